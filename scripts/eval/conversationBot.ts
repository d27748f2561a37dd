/**
 * The only place the conversation evaluation touches the bot's API: building the real bot through
 * the composition root, sending a user message, and reading what the user would see.
 * @remarks When the bot's internals change, adapt this file and nothing else in scripts/eval. The
 * bot is built once through the composition root, with in-memory state, and each conversation is
 * a new conversation id and user on it, driven through botbuilder's TestAdapter, with the same text-limit
 * middleware the real channels use, so long messages arrive cut exactly as they would in production.
 */
import { MemoryStorage, TestAdapter, type Activity, type Attachment } from 'botbuilder';
import { parseConfig } from '../../src/app/config.js';
import { createBot, incomingText, type BotApp } from '../../src/app/createBot.js';
import { createLogger } from '../../src/platform/logger.js';
import type { ProgramNames } from './conversationChecks.js';

/** Sends one user message and resolves to the text of every message the bot sent back. */
export type SendMessage = (text: string) => Promise<string[]>;

/** A bot for the evaluation: the program names a reply may use, the text limit, and fresh conversations. */
export interface EvalBot {
  readonly programs: readonly ProgramNames[];
  readonly maxTextChars: number;
  /** A new conversation with empty state. */
  startConversation(): SendMessage;
}

/** Text of an attachment the user sees when the card is not rendered: the Adaptive Card fallback, or a hero card's text. */
function attachmentText(attachment: Attachment): string[] {
  const content = attachment.content as Record<string, unknown> | undefined;
  if (content === undefined || content === null) return [];
  if (typeof content.fallbackText === 'string') return [content.fallbackText];
  return ['title', 'subtitle', 'text'].map((k) => content[k]).filter((v): v is string => typeof v === 'string');
}

/** What a message activity shows as text: its text, then the text of its cards. */
export function visibleText(activity: Partial<Activity>): string {
  return [activity.text ?? '', ...(activity.attachments ?? []).flatMap(attachmentText)]
    .filter((t) => t !== '')
    .join('\n\n');
}

/**
 * Builds the real bot once, silent, with in-memory state. Each conversation is a new one with that
 * bot, by a new user, so its state starts empty: one bot serves every conversation, as on a channel.
 */
export function createEvalBot(env: Record<string, string> = {}): EvalBot {
  const config = parseConfig({ LOG_LEVEL: 'silent', ...env });
  const logger = createLogger('silent');
  const base: BotApp = createBot(config, { logger, storage: new MemoryStorage() });
  let conversations = 0;
  const programs = base.kb.programs.map((p) => ({ id: p.id, names: [p.name, p.shortName, ...p.aliases] }));
  return {
    programs,
    maxTextChars: config.maxTextChars,
    startConversation(): SendMessage {
      conversations += 1;
      const template: Partial<Activity> = {
        conversation: { id: `eval-${conversations}`, isGroup: false, conversationType: 'personal', name: '' },
        from: { id: `student-${conversations}`, name: 'Student' },
      };
      const adapter = new TestAdapter((context) => base.bot.run(context), template).use(incomingText(config));
      return async (text) => {
        await adapter.receiveActivity(text);
        return adapter.activeQueue
          .splice(0)
          .filter((a) => a.type === 'message')
          .map(visibleText);
      };
    },
  };
}
