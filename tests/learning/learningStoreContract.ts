/**
 * The behaviour every learning-log backend must have, run through the {@link LearningLog} the bot
 * uses: `describeLearningStore('SQLite', (clock) => new SqliteLearningStore({ ..., now: clock.now }))`.
 */
import { describe, expect, it } from 'vitest';
import { LearningLog } from '../../src/learning/learningLog.js';
import { DAY_MS, utcDay, type LearningStore } from '../../src/learning/types.js';
import { createLogger } from '../../src/platform/logger.js';

/**
 * A clock tests move by hand, starting today at 15:42:17 UTC: real days, because Redis expires keys
 * by its own clock.
 */
export class TestClock {
  private t = Date.parse(`${utcDay(Date.now())}T15:42:17Z`);
  readonly now = (): number => this.t;
  advance(ms: number): void {
    this.t += ms;
  }
}

/** How long the contract's logs keep entries. */
export const RETENTION_DAYS = 30;

/** A log over `store` that keeps unanswered questions, on `clock`. */
export function logOver(store: LearningStore, clock: TestClock, keepUnanswered = true): LearningLog {
  return new LearningLog({
    store,
    policy: { keepUnanswered, retentionDays: RETENTION_DAYS },
    logger: createLogger('silent'),
    now: clock.now,
  });
}

/** Registers the contract tests for one backend; `make` builds a fresh, empty store on a clock. */
export function describeLearningStore(
  name: string,
  make: (clock: TestClock) => LearningStore | Promise<LearningStore>,
): void {
  describe(`${name} (learning store contract)`, () => {
    it('counts conversations, messages and fallbacks per day, with the fallback rate', async () => {
      const clock = new TestClock();
      const log = logOver(await make(clock), clock);
      await log.recordTurn({ newConversation: true, fallback: false });
      await log.recordTurn({ newConversation: false, fallback: true });
      await log.recordTurn({ newConversation: false, fallback: false });
      await log.recordTurn({ newConversation: true, fallback: true });
      clock.advance(DAY_MS);
      await log.recordTurn({ newConversation: true, fallback: false });
      const report = await log.report();
      const day = (offset: number): string => utcDay(clock.now() + offset * DAY_MS);
      expect(report.days).toHaveLength(RETENTION_DAYS);
      expect(report.days.slice(-2)).toEqual([
        { day: day(-1), conversations: 2, messages: 4, fallbacks: 2, fallbackRate: 0.5 },
        { day: day(0), conversations: 1, messages: 1, fallbacks: 0, fallbackRate: 0 },
      ]);
      expect(report.days[0]).toEqual({
        day: day(1 - RETENTION_DAYS),
        conversations: 0,
        messages: 0,
        fallbacks: 0,
        fallbackRate: null,
      });
      expect(report.totals).toMatchObject({ conversations: 3, messages: 5, fallbacks: 2, fallbackRate: 0.4 });
    });

    it('stores an unanswered question redacted, to the hour, with nothing that names the student or the conversation', async () => {
      const clock = new TestClock();
      const store = await make(clock);
      const log = logOver(store, clock);
      const kept = await log.recordUnanswered({
        text: 'can I email jane.doe@example.edu or call 402-555-0188 about student 20231234?',
        reason: 'out_of_scope',
        leaningIntent: 'program_admission',
        knowledgeVersion: 'abc123def456',
      });
      expect(kept).toBe(true);
      const { unanswered } = await store.read(0);
      expect(unanswered).toEqual([
        {
          at: Date.parse(`${utcDay(clock.now())}T15:00:00Z`),
          text: 'can I email [email] or call [phone] about student [number]?',
          reason: 'out_of_scope',
          leaningIntent: 'program_admission',
          knowledgeVersion: 'abc123def456',
        },
      ]);
    });

    it('keeps reactions per answer, with comments redacted and capped', async () => {
      const clock = new TestClock();
      const store = await make(clock);
      const log = logOver(store, clock);
      await log.recordFeedback({
        answerKey: 'program_tuition/weber',
        knowledgeVersion: 'v1',
        reaction: 'down',
        comment: `wrong, mail me at a@b.co ${'very '.repeat(200)}`,
      });
      await log.recordFeedback({ answerKey: 'program_tuition/weber', knowledgeVersion: 'v1', reaction: 'up' });
      await log.recordFeedback({ answerKey: 'what_is_pacs', knowledgeVersion: 'v1', reaction: 'up', comment: '  ' });
      const { feedback } = await store.read(0);
      expect(feedback).toHaveLength(3);
      expect(feedback.map((f) => Object.keys(f).sort())).toEqual([
        ['answerKey', 'at', 'comment', 'knowledgeVersion', 'reaction'],
        ['answerKey', 'at', 'knowledgeVersion', 'reaction'],
        ['answerKey', 'at', 'knowledgeVersion', 'reaction'],
      ]);
      expect(feedback[0]?.comment).toMatch(/^wrong, mail me at \[email\] very very/);
      expect(feedback[0]?.comment?.length).toBeLessThanOrEqual(500);
      const report = await log.report();
      expect(report.feedback.map((a) => [a.answerKey, a.up, a.down, a.comments.length])).toEqual([
        ['program_tuition/weber', 1, 1, 1],
        ['what_is_pacs', 1, 0, 0],
      ]);
    });

    it(`forgets entries and day counts older than ${RETENTION_DAYS} days`, async () => {
      const clock = new TestClock();
      const store = await make(clock);
      const log = logOver(store, clock);
      await log.recordTurn({ newConversation: true, fallback: true });
      await log.recordUnanswered({ text: 'is there a night class', reason: 'below_threshold', knowledgeVersion: 'v1' });
      await log.recordFeedback({
        answerKey: 'what_is_pacs',
        knowledgeVersion: 'v1',
        reaction: 'down',
        comment: 'too short',
      });
      clock.advance((RETENTION_DAYS - 1) * DAY_MS);
      expect((await log.report()).unansweredCount).toBe(1);
      clock.advance(2 * DAY_MS);
      await log.recordUnanswered({
        text: 'what about evening courses',
        reason: 'out_of_scope',
        knowledgeVersion: 'v1',
      });
      const old = await store.read(0);
      expect(old.unanswered.map((u) => u.text)).toEqual(['what about evening courses']);
      expect(old.feedback).toEqual([]);
      expect(old.days).toEqual([]);
      const report = await log.report();
      expect(report.totals.messages).toBe(0);
      expect(report.feedback).toEqual([]);
    });
  });
}
