/** The bot built on the fixture knowledge base (three invented programs), for dialog and query tests. */
import { join } from 'node:path';
import { MemoryStorage } from 'botbuilder';
import { parseConfig } from '../../src/app/config.js';
import { createBot, type BotApp } from '../../src/app/createBot.js';
import type { KnowledgeBase } from '../../src/knowledge/types.js';
import { createLogger } from '../../src/platform/logger.js';

/** Where the fixture knowledge lives. */
export const FIXTURE_KNOWLEDGE = join(__dirname, '..', 'fixtures', 'knowledge');

let shared: BotApp | undefined;

/** The fixture knowledge base. */
export function fixtureKb(): KnowledgeBase {
  return (shared ??= build()).kb;
}

function build(): BotApp {
  return createBot(parseConfig({ LOG_LEVEL: 'silent', KNOWLEDGE_DIR: FIXTURE_KNOWLEDGE }), {
    logger: createLogger('silent'),
    storage: new MemoryStorage(),
  });
}

/** The one bot on the fixture knowledge that step tables share, each in a conversation of its own. */
export function sharedFixtureBot(): BotApp {
  return (shared ??= build());
}

/** A bot on the fixture knowledge with fresh in-memory state; the trained recognizer is shared between tests. */
export function fixtureBot(env: Record<string, string> = {}): BotApp {
  const base = (shared ??= build());
  return createBot(parseConfig({ LOG_LEVEL: 'silent', KNOWLEDGE_DIR: FIXTURE_KNOWLEDGE, ...env }), {
    logger: base.logger,
    kb: base.kb,
    recognizer: base.recognizer,
    storage: new MemoryStorage(),
  });
}
