import { MemoryStorage, TestAdapter } from 'botbuilder';
import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config.js';
import { createBot } from '../../src/createBot.js';
import { forStorage } from '../../src/conversation/storedUnderstanding.js';
import { understand } from '../../src/conversation/understand.js';
import { testBot } from '../helpers/testBot.js';

describe('what conversation state keeps of a student message', () => {
  it('does not store the raw text of a question waiting for "Which program?"', async () => {
    const storage = new MemoryStorage();
    const shared = testBot();
    const app = createBot(parseConfig({ LOG_LEVEL: 'silent', STORAGE: 'memory' }), { storage, logger: shared.logger, kb: shared.kb, recognizer: shared.recognizer });
    const secret = 'Tell me about the program, my name is Zelda Quartermain';
    await new TestAdapter((c) => app.bot.run(c))
      .send(secret)
      .assertReply((a) => expect(a.text).toMatch(/Which program/))
      .startTest();
    const stored = JSON.stringify((storage as unknown as { memory: Record<string, string> }).memory);
    expect(stored).toContain('program_overview');
    expect(stored).not.toContain(secret);
  });

  it('does not store the raw text of a question that starts the program finder', async () => {
    const storage = new MemoryStorage();
    const shared = testBot();
    const app = createBot(parseConfig({ LOG_LEVEL: 'silent', STORAGE: 'memory' }), { storage, logger: shared.logger, kb: shared.kb, recognizer: shared.recognizer });
    const secret = 'Help me choose a program please, I am Zelda Quartermain';
    await new TestAdapter((c) => app.bot.run(c)).send(secret).assertReply(() => undefined).startTest();
    const stored = JSON.stringify((storage as unknown as { memory: Record<string, string> }).memory);
    expect(stored).toContain('program_finder');
    expect(stored).not.toContain(secret);
  });

  it('keeps what the flows re-read and drops the raw text and the corrections', () => {
    const shared = testBot();
    const recognition = shared.recognizer.recognize('how much is webber, I am Zelda Quartermain');
    const u = understand(recognition, shared.kb, { programs: [] });
    const stored = forStorage(u);
    expect(stored.recognition).toEqual({ ...recognition, text: '', corrections: [] });
    expect(stored.programs).toEqual(u.programs);
  });
});
