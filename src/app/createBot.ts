/**
 * The composition root: builds knowledge, recognizer, state, dialogs, bot and adapter from a
 * {@link Config}. The server, the terminal chat and the tests all build the bot through here.
 */
import { type CloudAdapter, ConversationState, type Storage, type TurnContext } from 'botbuilder';
import { recognizeChoices } from 'botbuilder-dialogs';
import { Advisor } from '../acts/advisor.js';
import { AdvisorBot } from '../bot/advisorBot.js';
import { replyRenderer } from '../bot/render.js';
import { TurnLearning } from '../bot/turnLearning.js';
import type { Config } from './config.js';
import { MODEL_FILE } from '../platform/paths.js';
import { loadKnowledge } from '../knowledge/loadKnowledge.js';
import { recognizerFor } from '../knowledge/recognizerModel.js';
import type { KnowledgeBase } from '../knowledge/types.js';
import { createLogger, errorFields, type Logger } from '../platform/logger.js';
import { ComparisonSelection } from '../understanding/comparisonSelection.js';
import { FinderAnswers } from '../understanding/finderAnswers.js';
import type { TurnMemory } from '../understanding/memory.js';
import { QueryParser } from '../understanding/queryParser.js';
import { Understander, type Recognize } from '../understanding/understander.js';
import { ChooseProgramDialog } from '../../dialogs/chooseProgramDialog.js';
import { CompareProgramsDialog } from '../../dialogs/compareProgramsDialog.js';
import { DidYouMeanDialog } from '../../dialogs/didYouMeanDialog.js';
import { ProgramFinderDialog } from '../../dialogs/programFinderDialog.js';
import { RootDialog } from '../../dialogs/rootDialog.js';
import { createStorage, type OpenStorage } from '../storage/createStorage.js';
import { isETagConflict } from '../storage/etag.js';
import { OptimisticConversationState } from '../storage/optimisticState.js';
import { TextLimitMiddleware } from '../bot/textLimit.js';
import { createBotAuthentication } from '../bot/botAuthentication.js';
import { REQUEST_ID_KEY } from '../security/httpErrors.js';
import { ChannelAdapter } from '../bot/channelAdapter.js';
import { TypingMiddleware } from '../bot/typing.js';
import { createWidgetChannel, type ConversationStore, type WidgetChannel } from '../widget/index.js';
import type { LearningLog } from '../learning/learningLog.js';
import { openLearningLog } from '../learning/openLearningLog.js';
import { knowledgeVersion } from '../learning/knowledgeVersion.js';

/** Everything the bot is made of, for the server and for tests. */
export interface BotApp {
  readonly config: Config;
  readonly kb: KnowledgeBase;
  readonly recognizer: Recognize;
  readonly storage: Storage;
  readonly conversationState: ConversationState;
  readonly bot: AdvisorBot;
  readonly adapter: CloudAdapter;
  readonly logger: Logger;
  /** The website widget's channel: self-hosted Direct Line or Azure token exchange (see src/widget). */
  readonly widget: WidgetChannel;
  /** Daily counts, unanswered questions (LEARNING_LOG=on) and feedback, for the staff report at /admin. */
  readonly learning: LearningLog;
  /** Fingerprint of the knowledge files, recorded with unanswered questions and feedback. */
  readonly knowledgeVersion: string;
  /** Why the bot cannot serve right now (the state store is unreachable), or undefined when it can; for `/healthz`. */
  health(): Promise<string | undefined>;
  /** Releases the state store (closes the SQLite file or the Redis connection); call after the server stops. */
  close(): Promise<void>;
}

/** A store passed in by a caller that can also say whether it works (as the stores here can). */
interface HealthReporting {
  health(): Promise<string | undefined>;
}

/** Optional replacements, mostly for tests. */
export interface BotOverrides {
  readonly storage?: Storage;
  readonly logger?: Logger;
  readonly kb?: KnowledgeBase;
  readonly recognizer?: Recognize;
  /** Where self-hosted Direct Line conversations live; in memory (one instance) by default. */
  readonly conversationStore?: ConversationStore;
  /** The learning log; by default on the same backend as the state (SQLite, Redis or memory). */
  readonly learning?: LearningLog;
}

/** Builds the whole bot. Throws if the knowledge base is invalid. */
export function createBot(config: Config, overrides: BotOverrides = {}): BotApp {
  const logger = overrides.logger ?? createLogger(config.logLevel);
  const kb = overrides.kb ?? loadKnowledge(config.knowledgeDir);
  // Read from dist/model.json (written by `npm run build`) when it fits this knowledge base, else trained here.
  const built =
    overrides.recognizer !== undefined
      ? { recognizer: overrides.recognizer, origin: 'provided by caller' }
      : recognizerFor(kb, { threshold: config.nluThreshold }, MODEL_FILE);
  const recognizer = built.recognizer;
  logger.info({ recognizer: built.origin }, 'recognizer ready');
  // Durable by default (SQLite in DATA_DIR, or Redis); MemoryStorage only when configured or passed in by a test.
  const opened: OpenStorage = overrides.storage
    ? providedStorage(overrides.storage)
    : createStorage(config.storage, logger);
  const storage = opened.storage;
  logger.info({ storage: opened.description }, 'state store opened');
  // Saves with the eTag it read: two instances (or two quick messages) never silently overwrite each other.
  const conversationState: ConversationState = new OptimisticConversationState(storage);
  // Beside the state: a test that passes its own storage gets a learning log in memory too.
  const learningStorage = overrides.storage ? { ...config.storage, kind: 'memory' as const } : config.storage;
  const learning = overrides.learning ?? openLearning(learningStorage, config, logger);
  const version = knowledgeVersion(config.knowledgeDir);
  const turnLearning = new TurnLearning({ log: learning, knowledgeVersion: version, conversationState, logger });
  const renderReply = replyRenderer({ source: kb.source, knowledgeVersion: version });
  const understander = new Understander(recognizer, kb, { maxTextChars: config.maxTextChars });
  const finderAnswers = new FinderAnswers(kb);
  const advisor = new Advisor({
    kb,
    parser: new QueryParser(kb),
    finderAnswers,
    selection: new ComparisonSelection(kb),
    contact: config.advisorContact ?? { text: '', url: '' },
    maxTextChars: config.maxTextChars,
  });
  const rootDialog = new RootDialog({
    advisor,
    understander,
    memory: conversationState.createProperty<TurnMemory>('memory'),
    render: renderReply,
    flows: [
      new DidYouMeanDialog(renderReply),
      new ChooseProgramDialog(kb, renderReply),
      new CompareProgramsDialog(kb, renderReply),
      new ProgramFinderDialog({ understander, answers: finderAnswers, render: renderReply }),
    ],
    report: turnLearning,
  });
  // The choice prompts' number and ordinal models are built on first use; build them now, not in a student's turn.
  recognizeChoices('the first one', ['a', 'b']);
  const bot = new AdvisorBot({
    kb,
    conversationState,
    rootDialog,
    render: renderReply,
    learning: turnLearning,
    logger,
  });
  const adapter = new ChannelAdapter(
    createBotAuthentication(config.credentials, config.openIdMetadataUrl),
    config.channelTimeoutMs,
  );
  adapter.onTurnError = turnErrorHandler(conversationState, logger);
  adapter.use(incomingText(config));
  adapter.use(new TypingMiddleware(logger));
  const widget = createWidgetChannel({
    config,
    store: overrides.conversationStore,
    redis: opened.redis,
    logic: (context) => bot.run(context),
    logger,
  });
  widget.adapter.onTurnError = turnErrorHandler(conversationState, logger);
  widget.adapter.use(incomingText(config));
  widget.adapter.use(new TypingMiddleware(logger));
  const close = async (): Promise<void> => {
    await widget.close();
    await learning.close();
    await opened.close();
  };
  return {
    config,
    kb,
    recognizer,
    storage,
    conversationState,
    bot,
    adapter,
    logger,
    widget,
    learning,
    knowledgeVersion: version,
    health: () => opened.health(),
    close,
  };
}

/** Opens the learning log and says where it is and whether it keeps unanswered questions. */
function openLearning(storage: Config['storage'], config: Config, logger: Logger): LearningLog {
  const opened = openLearningLog(storage, config.learning, logger);
  logger.info(
    {
      learningLog: opened.description,
      keepsUnanswered: config.learning.keepUnanswered,
      retentionDays: config.learning.retentionDays,
    },
    'learning log opened',
  );
  return opened.log;
}

/**
 * The middleware that prepares every message's text (Teams mentions, card buttons) and caps its
 * length, for the channels and for tests that drive the bot through botbuilder's TestAdapter.
 * @remarks The cap is twice MAX_TEXT_CHARS: the understanding reads the first MAX_TEXT_CHARS and
 * tells the student when it cut their message, so it must see that there was more.
 */
export function incomingText(config: Pick<Config, 'maxTextChars'>): TextLimitMiddleware {
  return new TextLimitMiddleware(config.maxTextChars * 2);
}

/** A store passed in by the caller: healthy unless it can say otherwise. */
function providedStorage(storage: Storage): OpenStorage {
  const reporting = storage as Partial<HealthReporting>;
  const health =
    typeof reporting.health === 'function'
      ? () => (storage as Storage & HealthReporting).health()
      : async () => undefined;
  return { storage, description: 'provided by caller', health, close: async () => undefined };
}

/**
 * Logs the failure, apologises, and clears the conversation's state so the next message works.
 * @remarks It never throws: whatever fails in here (the apology, the delete, or reading a context
 * botbuilder has already revoked) is logged once and dropped, since an error leaving this handler
 * would reach the endpoint or, from a late callback, the process.
 */
export function turnErrorHandler(conversationState: ConversationState, logger: Logger) {
  return async (context: TurnContext, error: Error): Promise<void> => {
    try {
      const reqId: unknown = context.turnState.get(REQUEST_ID_KEY);
      const channel = context.activity.channelId;
      if (isETagConflict(error)) {
        // Another turn of this conversation saved first; its state is newer, so keep it rather than clear it.
        logger.warn({ reqId, channel, err: { name: error.name } }, 'turn lost a state write race');
        await context
          .sendActivity(
            "Two of your messages arrived at once, so I may have lost track of the last one. If my answer doesn't fit, please ask again.",
          )
          .catch(() => undefined);
        return;
      }
      logger.error(
        {
          reqId,
          err: { ...errorFields(error), stack: error instanceof Error ? error.stack : undefined },
          channel,
          activityType: context.activity.type,
        },
        'turn failed',
      );
      await context
        .sendActivity("Sorry, something went wrong on my side. Let's start again: what would you like to know?")
        .catch((sendError: unknown) =>
          logger.warn({ reqId, err: errorFields(sendError) }, 'could not send the error message'),
        );
      await conversationState
        .delete(context)
        .catch((deleteError: unknown) =>
          logger.warn({ reqId, err: errorFields(deleteError) }, 'could not clear conversation state'),
        );
    } catch (handlerError) {
      // Typically a context revoked because its turn is over: nothing more can be done for it.
      logger.warn(
        { err: errorFields(handlerError), turnError: errorFields(error) },
        'turn error handler could not finish',
      );
    }
  };
}
