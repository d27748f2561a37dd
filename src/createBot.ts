/**
 * The composition root: builds knowledge, recognizer, state, dialogs, bot and adapter from a
 * {@link Config}. The server, the terminal chat and the tests all build the bot through here.
 */
import {
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
  ConversationState,
  MemoryStorage,
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
import { trainingData } from './knowledge/trainingData.js';
import type { KnowledgeBase } from './knowledge/types.js';
import { createLogger, type Logger } from './logger.js';
import { Recognizer } from './nlu/recognizer.js';
import { MainDialog } from '../dialogs/mainDialog.js';

/** Everything the bot is made of, for the server and for tests. */
export interface BotApp {
  readonly config: Config;
  readonly kb: KnowledgeBase;
  readonly recognizer: Recognizer;
  readonly storage: Storage;
  readonly conversationState: ConversationState;
  readonly userState: UserState;
  readonly bot: AdvisorBot;
  readonly adapter: CloudAdapter;
  readonly logger: Logger;
}

/** Optional replacements, mostly for tests. */
export interface BotOverrides {
  readonly storage?: Storage;
  readonly logger?: Logger;
  readonly kb?: KnowledgeBase;
  readonly recognizer?: Recognizer;
}

/** Builds the whole bot. Throws if the knowledge base is invalid. */
export function createBot(config: Config, overrides: BotOverrides = {}): BotApp {
  const logger = overrides.logger ?? createLogger(config.logLevel);
  const kb = overrides.kb ?? loadKnowledge(config.knowledgeDir);
  const recognizer = overrides.recognizer ?? Recognizer.train(trainingData(kb), { threshold: config.nluThreshold });
  // MemoryStorage loses every conversation on restart; it is the default only until a durable store is configured.
  const storage = overrides.storage ?? new MemoryStorage();
  const conversationState = new ConversationState(storage);
  const userState = new UserState(storage);
  const understanding = new TurnUnderstanding(recognizer, kb, conversationState.createProperty<TurnMemory>('memory'));
  const mainDialog = new MainDialog({ advisor: new Advisor(kb), understanding });
  const bot = new AdvisorBot({ kb, conversationState, userState, mainDialog, logger });
  const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication({ ...config.credentials }));
  adapter.onTurnError = turnErrorHandler(conversationState, logger);
  return { config, kb, recognizer, storage, conversationState, userState, bot, adapter, logger };
}

/** Logs the failure, apologises, and clears the conversation's state so the next message works. */
export function turnErrorHandler(conversationState: ConversationState, logger: Logger) {
  return async (context: TurnContext, error: Error): Promise<void> => {
    logger.error({ err: { name: error.name, message: error.message, stack: error.stack }, channel: context.activity.channelId, activityType: context.activity.type }, 'turn failed');
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
