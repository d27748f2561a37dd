/**
 * The composition root: builds knowledge, recognizer, state, dialogs, bot and adapter from a
 * {@link Config}. The server, the terminal chat and the tests all build the bot through here.
 */
import {
  ConversationState,
  UserState,
  type Storage,
  type TurnContext,
} from 'botbuilder';
import { Advisor } from './answers/advisor.js';
import { AdvisorBot } from './bot/advisorBot.js';
import type { Config } from './config.js';
import { TurnUnderstanding } from './conversation/turnUnderstanding.js';
import type { TurnMemory } from './conversation/understand.js';
import { loadKnowledge } from './knowledge/loadKnowledge.js';
import { recognizerFor } from './knowledge/recognizerModel.js';
import type { KnowledgeBase } from './knowledge/types.js';
import { createLogger, type Logger } from './logger.js';
import type { Recognizer } from './nlu/recognizer.js';
import { RecognitionCache } from './nlu/recognitionCache.js';
import { SharedChatButtonsMiddleware } from './teams/promptButtons.js';
import { MainDialog, type FlowDialogs } from '../dialogs/mainDialog.js';
import { CompareProgramsDialog } from '../dialogs/compareProgramsDialog.js';
import { ProgramQueryDialog } from '../dialogs/programQueryDialog.js';
import { ProgramFinderDialog } from '../dialogs/programFinderDialog.js';
import { SideQuestions } from '../dialogs/sideQuestions.js';
import { FinderReplies } from './query/finderReplies.js';
import { ComparisonSelection } from './query/comparisonSelection.js';
import { QueryParser } from './query/constraints.js';
import { QueryEngine } from './query/queryEngine.js';
import { createStorage, type OpenStorage } from './storage/createStorage.js';
import { isETagConflict } from './storage/etag.js';
import { OptimisticConversationState } from './storage/optimisticState.js';
import { TextLimitMiddleware } from './security/textLimit.js';
import { createBotAuthentication } from './security/botAuthentication.js';
import { REQUEST_ID_KEY } from './security/httpErrors.js';
import { TypingIndicator } from './channels/typing.js';
import { MessagesAdapter } from './channels/messagesEndpoint.js';
import type { ConversationStore } from './directline/conversationStore.js';
import { MemoryConversationStore } from './directline/memoryConversationStore.js';
import { createWidgetChannel, type WidgetChannel } from './directline/widgetChannel.js';
import type { LearningLog } from './learning/learningLog.js';
import { openLearningLog } from './learning/openLearningLog.js';
import { knowledgeVersion } from './learning/knowledgeVersion.js';

/** Everything the bot is made of, for the server and for tests. */
export interface BotApp {
  readonly config: Config;
  readonly kb: KnowledgeBase;
  readonly recognizer: Recognizer;
  readonly storage: Storage;
  readonly conversationState: ConversationState;
  readonly userState: UserState;
  readonly bot: AdvisorBot;
  readonly adapter: MessagesAdapter;
  readonly logger: Logger;
  /** The website widget's channel: self-hosted Direct Line or Azure token exchange (see src/directline). */
  readonly widget: WidgetChannel;
  /** Daily counts, unanswered questions (LEARNING_LOG=on) and feedback, for the staff report at /admin. */
  readonly learning: LearningLog;
  /** Fingerprint of the knowledge files, recorded with unanswered questions and feedback. */
  readonly knowledgeVersion: string;
  /** Releases the state store (closes the SQLite file or the Redis connection); call after the server stops. */
  close(): Promise<void>;
}

/** Optional replacements, mostly for tests. */
export interface BotOverrides {
  readonly storage?: Storage;
  readonly logger?: Logger;
  readonly kb?: KnowledgeBase;
  readonly recognizer?: Recognizer;
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
  const built = overrides.recognizer !== undefined ? { recognizer: overrides.recognizer, origin: 'provided by caller' } : recognizerFor(kb, { threshold: config.nluThreshold });
  const recognizer = built.recognizer;
  logger.info({ recognizer: built.origin }, 'recognizer ready');
  // Durable by default (SQLite in DATA_DIR, or Redis); MemoryStorage only when configured or passed in by a test.
  const opened: OpenStorage = overrides.storage ? { storage: overrides.storage, description: 'provided by caller', close: async () => undefined } : createStorage(config.storage, logger);
  const storage = opened.storage;
  logger.info({ storage: opened.description }, 'state store opened');
  // Saves with the eTag it read: two instances (or two quick messages) never silently overwrite each other.
  const conversationState: ConversationState = new OptimisticConversationState(storage);
  const userState = new UserState(storage);
  const understanding = new TurnUnderstanding(new RecognitionCache(recognizer), kb, conversationState.createProperty<TurnMemory>('memory'));
  // Flows over the data: questions, comparisons and the program finder.
  const advisor = new Advisor(kb);
  const queryEngine = new QueryEngine(kb);
  const queryParser = new QueryParser(kb);
  const sideQuestions = new SideQuestions({ advisor, understanding, parser: queryParser, engine: queryEngine });
  const flows: FlowDialogs = {
    query: new ProgramQueryDialog({ understanding, parser: queryParser, engine: queryEngine }),
    compare: new CompareProgramsDialog({ kb, understanding, selection: new ComparisonSelection(kb), sideQuestions, parser: queryParser, engine: queryEngine }),
    finder: new ProgramFinderDialog({ advisor, understanding, replies: new FinderReplies(kb), parser: queryParser, sideQuestions }),
  };
  const mainDialog = new MainDialog({ advisor, understanding, flows });
  const bot = new AdvisorBot({ kb, conversationState, userState, mainDialog, logger });
  const adapter = new MessagesAdapter(createBotAuthentication(config.credentials, config.openIdMetadataUrl));
  adapter.onTurnError = turnErrorHandler(conversationState, logger);
  adapter.use(new TextLimitMiddleware(config.maxTextChars));
  adapter.use(new TypingIndicator(logger));
  adapter.use(new SharedChatButtonsMiddleware());
  const widget = createWidgetChannel({ config, store: overrides.conversationStore ?? opened.conversationStore ?? new MemoryConversationStore(), logic: (context) => bot.run(context), logger });
  widget.adapter.onTurnError = turnErrorHandler(conversationState, logger);
  widget.adapter.use(new TextLimitMiddleware(config.maxTextChars));
  widget.adapter.use(new TypingIndicator(logger));
  // Beside the state: a test that passes its own storage gets a learning log in memory too.
  const learningStorage = overrides.storage ? { ...config.storage, kind: 'memory' as const } : config.storage;
  const learning = overrides.learning ?? openLearning(learningStorage, config, logger);
  const close = async (): Promise<void> => {
    await learning.close();
    await opened.close();
  };
  return { config, kb, recognizer, storage, conversationState, userState, bot, adapter, logger, widget, learning, knowledgeVersion: knowledgeVersion(config.knowledgeDir), close };
}

/** Opens the learning log and says where it is and whether it keeps unanswered questions. */
function openLearning(storage: Config['storage'], config: Config, logger: Logger): LearningLog {
  const opened = openLearningLog(storage, config.learning, logger);
  logger.info({ learningLog: opened.description, keepsUnanswered: config.learning.keepUnanswered, retentionDays: config.learning.retentionDays }, 'learning log opened');
  return opened.log;
}

/** Logs the failure, apologises, and clears the conversation's state so the next message works. */
export function turnErrorHandler(conversationState: ConversationState, logger: Logger) {
  return async (context: TurnContext, error: Error): Promise<void> => {
    if (isETagConflict(error)) {
      // Another turn of this conversation saved first; its state is newer, so keep it rather than clear it.
      logger.warn({ reqId: context.turnState.get(REQUEST_ID_KEY) as unknown, channel: context.activity.channelId, err: { name: error.name } }, 'turn lost a state write race');
      await context.sendActivity("Two of your messages arrived at once, so I may have lost track of the last one. If my answer doesn't fit, please ask again.").catch(() => undefined);
      return;
    }
    const reqId: unknown = context.turnState.get(REQUEST_ID_KEY);
    logger.error({ reqId, err: { name: error.name, message: error.message, stack: error.stack }, channel: context.activity.channelId, activityType: context.activity.type }, 'turn failed');
    try {
      await context.sendActivity("Sorry, something went wrong on my side. Let's start again: what would you like to know?");
    } catch (sendError) {
      logger.warn({ err: { message: (sendError as Error).message } }, 'could not send the error message');
    }
    try {
      await conversationState.delete(context);
    } catch (deleteError) {
      logger.warn({ err: { message: (deleteError as Error).message } }, 'could not clear conversation state');
    }
  };
}
