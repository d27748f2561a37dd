/**
 * A student midway through a dialog continues after the bot restarts: two bots built one after
 * the other over the same data directory (the default SQLite store).
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TestAdapter } from 'botbuilder';
import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/app/config.js';
import { createBot, type BotApp } from '../../src/app/createBot.js';
import { SqliteStorage } from '../../src/storage/sqliteStorage.js';
import { testBot, textOf } from '../helpers/testBot.js';

function botOver(dataDir: string): BotApp {
  const shared = testBot();
  return createBot(parseConfig({ LOG_LEVEL: 'silent', DATA_DIR: dataDir }), {
    logger: shared.logger,
    kb: shared.kb,
    recognizer: shared.recognizer,
  });
}

describe('state across a restart', () => {
  it('uses the SQLite store in DATA_DIR by default', async () => {
    const app = botOver(mkdtempSync(join(tmpdir(), 'data-')));
    expect(app.storage).toBeInstanceOf(SqliteStorage);
    await app.close();
  });

  it('continues the "Which program?" choice (answered "the third one" = Weber State) after the bot is rebuilt over the same data', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'data-'));
    const before = botOver(dataDir);
    await new TestAdapter((c) => before.bot.run(c))
      .send('tell me about the program')
      .assertReply((a) => expect(textOf(a)).toMatch(/Which program/))
      .startTest();
    await before.close();

    const after = botOver(dataDir);
    await new TestAdapter((c) => after.bot.run(c))
      .send('the third one')
      .assertReply((a) => expect(textOf(a)).toContain('Weber State University'))
      .startTest();
    await after.close();
  });

  it('forgets the pending choice when the store is memory (so the test above proves durability)', async () => {
    const before = createBot(parseConfig({ LOG_LEVEL: 'silent', STORAGE: 'memory' }), {
      logger: testBot().logger,
      kb: testBot().kb,
      recognizer: testBot().recognizer,
    });
    await new TestAdapter((c) => before.bot.run(c))
      .send('tell me about the program')
      .assertReply((a) => expect(textOf(a)).toMatch(/Which program/))
      .startTest();
    const after = createBot(parseConfig({ LOG_LEVEL: 'silent', STORAGE: 'memory' }), {
      logger: before.logger,
      kb: before.kb,
      recognizer: before.recognizer,
    });
    await new TestAdapter((c) => after.bot.run(c))
      .send('the third one')
      .assertReply((a) => expect(textOf(a)).not.toContain('Weber State University'))
      .startTest();
  });
});
