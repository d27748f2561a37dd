/** Builds the real bot (same composition root as the server) for transcript tests. */
import { MemoryStorage, TestAdapter, type Activity } from 'botbuilder';
import { parseConfig } from '../../src/app/config.js';
import { createBot, incomingText, type BotApp } from '../../src/app/createBot.js';
import { createLogger } from '../../src/platform/logger.js';

let shared: BotApp | undefined;

/** A bot with fresh in-memory state; the trained recognizer is shared between tests for speed. */
export function testBot(env: Record<string, string> = {}): BotApp {
  const base =
    shared ??
    (shared = createBot(parseConfig({ LOG_LEVEL: 'silent' }), {
      logger: createLogger('silent'),
      storage: new MemoryStorage(),
    }));
  return createBot(parseConfig({ LOG_LEVEL: 'silent', ...env }), {
    logger: base.logger,
    kb: base.kb,
    recognizer: base.recognizer,
    storage: new MemoryStorage(),
  });
}

/** A TestAdapter wired to a fresh bot. */
export function testAdapter(app: BotApp = testBot()): TestAdapter {
  return new TestAdapter((context) => app.bot.run(context)).use(incomingText(app.config));
}

/** The text of a reply, asserting it is a message. */
export function textOf(activity: Partial<Activity>): string {
  if (activity.type !== 'message') throw new Error(`expected a message, got ${activity.type}`);
  return activity.text ?? '';
}

/** The titles of the suggested actions of a reply. */
export function suggestionsOf(activity: Partial<Activity>): string[] {
  return (activity.suggestedActions?.actions ?? []).map((a) => String(a.title));
}
