/**
 * What a student's turn leaves in the learning log, as the staff report shows it: every message
 * counted once (a conversation on its first), and, with LEARNING_LOG=on only, the redacted text of
 * the messages the bot could not answer, with why and the intent it leaned to.
 */
import { MemoryStorage, TestAdapter } from 'botbuilder';
import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/app/config.js';
import { createBot, incomingText, type BotApp } from '../../src/app/createBot.js';
import { LearningLog } from '../../src/learning/learningLog.js';
import type { UnansweredGroup } from '../../src/learning/report.js';
import type { LearningStore } from '../../src/learning/types.js';
import { createLogger } from '../../src/platform/logger.js';
import { FIXTURE_KNOWLEDGE, fixtureKb } from '../helpers/fixtureBot.js';
import { stubRecognizer, type Stub } from '../helpers/stubRecognizer.js';
import { testBot } from '../helpers/testBot.js';
import { say, visibleText } from '../helpers/transcript.js';

/** A conversation of its own with the bot (its own conversation id, so its own state). */
function conversation(app: BotApp, id = 'Convo1'): TestAdapter {
  return new TestAdapter((context) => app.bot.run(context), TestAdapter.createConversation(id)).use(
    incomingText(app.config),
  );
}

/** Plays the messages in one conversation and returns what the bot said, message by message. */
async function chat(app: BotApp, messages: readonly string[], id?: string): Promise<string[]> {
  const adapter = conversation(app, id);
  const said: string[] = [];
  for (const m of messages) said.push(visibleText(await say(adapter, m)));
  return said;
}

/** The report's unanswered groups as [question, reason, leaning intent]. */
async function unanswered(app: BotApp): Promise<Array<[string, string, string | undefined]>> {
  const groups: readonly UnansweredGroup[] = (await app.learning.report()).unanswered;
  return groups.map((g) => [g.question, Object.keys(g.reasons).join(','), g.leaningIntent]);
}

/** The fixture bot with a stub recognizer: "alder, you know, that one" is unsure between two intents. */
function unsureBot(env: Record<string, string>): BotApp {
  const unsure: Stub = {
    intent: 'program_tuition',
    runnerUp: 'program_duration',
    ambiguous: true,
    programs: ['alder'],
  };
  return createBot(parseConfig({ LOG_LEVEL: 'silent', KNOWLEDGE_DIR: FIXTURE_KNOWLEDGE, ...env }), {
    kb: fixtureKb(),
    recognizer: stubRecognizer({ 'alder, you know, that one': unsure, 'what is pacs': { intent: 'what_is_pacs' } }),
    storage: new MemoryStorage(),
    logger: createLogger('silent'),
  });
}

describe('turn counting', () => {
  it('counts every message once, and a conversation on its first message', async () => {
    const app = testBot();
    await chat(app, ['what is PACS?', 'how much is weber state?'], 'first');
    await chat(app, ['hi'], 'second');
    const { totals } = await app.learning.report();
    expect(totals).toMatchObject({ conversations: 2, messages: 3, fallbacks: 0 });
  });

  it('counts a message the bot could not make sense of as a fallback, and an answer that the article is silent as none', async () => {
    const app = testBot();
    await chat(app, ['what is the weather in paris tomorrow', 'when does weber start?']);
    expect((await app.learning.report()).totals).toMatchObject({ conversations: 1, messages: 2, fallbacks: 1 });
  });
});

describe('the unanswered-question log with LEARNING_LOG=on', () => {
  it('keeps an out-of-scope question, redacted, leaning to the best intent in scope', async () => {
    const app = testBot({ LEARNING_LOG: 'on' });
    const [reply] = await chat(app, ['can you book me a flight to denver? mail me at kim@example.org']);
    expect(reply).toMatch(/^Sorry, I can't help with that/);
    const [[question, reason, leaning] = []] = await unanswered(app);
    expect(question).toBe('can you book me a flight to denver? mail me at [email]');
    expect(reason).toBe('out_of_scope');
    expect(leaning).not.toBe('out_of_scope');
    expect(app.kb.intents.map((i) => i.id)).toContain(leaning);
  });

  it('keeps "the article doesn\'t say" answers with the intent that was asked', async () => {
    const app = testBot({ LEARNING_LOG: 'on' });
    const [reply] = await chat(app, ['when does weber start?']);
    expect(reply).toMatch(/doesn't say when the program starts at Weber State University/);
    expect(await unanswered(app)).toEqual([['when does weber start?', 'article_silent', 'program_start_terms']]);
  });

  it('keeps a question below the threshold with the intent the recognizer ranked first', async () => {
    const app = createBot(parseConfig({ LOG_LEVEL: 'silent', KNOWLEDGE_DIR: FIXTURE_KNOWLEDGE, LEARNING_LOG: 'on' }), {
      kb: fixtureKb(),
      recognizer: stubRecognizer({
        'the thing about the money': {
          ranking: [
            ['program_tuition', 0.31],
            ['out_of_scope', 0.2],
          ],
        },
      }),
      storage: new MemoryStorage(),
      logger: createLogger('silent'),
    });
    await chat(app, ['the thing about the money']);
    expect(await unanswered(app)).toEqual([['the thing about the money', 'below_threshold', 'program_tuition']]);
  });

  it('keeps nothing for questions it answered', async () => {
    const app = testBot({ LEARNING_LOG: 'on' });
    await chat(app, ['what is PACS?', 'how much is clarkson?', 'thanks']);
    expect(await unanswered(app)).toEqual([]);
  });

  it('keeps the question of a "Did you mean…?" turned down with "None of these", leaning to the first option', async () => {
    const app = unsureBot({ LEARNING_LOG: 'on' });
    const said = await chat(app, ['alder, you know, that one', 'None of these']);
    expect(said[0]).toContain('Did you mean');
    expect(await unanswered(app)).toEqual([['alder, you know, that one', 'did_you_mean_refused', 'program_tuition']]);
    expect((await app.learning.report()).totals.fallbacks).toBe(1);
  });

  it('keeps the question of a "Did you mean…?" the student left for a new question, and answers the new one', async () => {
    const app = unsureBot({ LEARNING_LOG: 'on' });
    const said = await chat(app, ['alder, you know, that one', 'what is pacs']);
    expect(said[1]).toContain('What PACS is');
    expect(await unanswered(app)).toEqual([['alder, you know, that one', 'did_you_mean_refused', 'program_tuition']]);
  });

  it('keeps nothing when the student picks one of the options', async () => {
    const app = unsureBot({ LEARNING_LOG: 'on' });
    await chat(app, ['alder, you know, that one', 'How long does it take?']);
    expect(await unanswered(app)).toEqual([]);
  });
});

describe('the unanswered-question log with LEARNING_LOG off (the default)', () => {
  it('keeps no question at all, but still counts the turns and fallbacks', async () => {
    const app = testBot();
    await chat(app, ['what is the weather in paris tomorrow', 'when does weber start?']);
    const report = await app.learning.report();
    expect(report.keepsUnanswered).toBe(false);
    expect(report.unansweredCount).toBe(0);
    expect(report.totals).toMatchObject({ messages: 2, fallbacks: 1 });
  });

  it('keeps no text of a "Did you mean…?" question in the conversation state while it waits', async () => {
    for (const [env, kept] of [
      [{}, false],
      [{ LEARNING_LOG: 'on' }, true],
    ] as const) {
      const app = unsureBot(env);
      await chat(app, ['alder, you know, that one']);
      const state = await app.storage.read(['test/conversations/Convo1/']);
      const text = JSON.stringify(state);
      expect(text).toContain('didYouMeanDialog');
      expect(text.split('alder, you know, that one').length - 1, JSON.stringify(env)).toBe(kept ? 1 : 0);
    }
  });
});

describe('a learning store that fails', () => {
  it("never fails or changes the student's answer", async () => {
    const failing: LearningStore = {
      addTurn: () => Promise.reject(new Error('disk full')),
      addUnanswered: () => Promise.reject(new Error('disk full')),
      addFeedback: () => Promise.reject(new Error('disk full')),
      read: () => Promise.reject(new Error('disk full')),
      close: () => Promise.resolve(),
    };
    const base = testBot();
    const log = new LearningLog({
      store: failing,
      policy: { keepUnanswered: true, retentionDays: 30 },
      logger: base.logger,
    });
    const app = createBot(parseConfig({ LOG_LEVEL: 'silent', LEARNING_LOG: 'on' }), {
      logger: base.logger,
      kb: base.kb,
      recognizer: base.recognizer,
      storage: new MemoryStorage(),
      learning: log,
    });
    const [tuition, refusal] = await chat(app, ['how much is weber state?', 'what is the weather in paris tomorrow']);
    expect(tuition).toContain('$6,228');
    expect(refusal).toMatch(/^Sorry, I can't help with that/);
  });
});
