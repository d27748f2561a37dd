/**
 * The learning log over its in-memory backend: the store contract, the LEARNING_LOG switch, and input
 * it refuses rather than stores.
 */
import { describe, expect, it } from 'vitest';
import { LearningLog } from '../../src/learning/learningLog.js';
import { MemoryLearningStore } from '../../src/learning/memoryLearningStore.js';
import { DAY_MS, type LearningStore } from '../../src/learning/types.js';
import { createLogger } from '../../src/platform/logger.js';
import { describeLearningStore, logOver, RETENTION_DAYS, TestClock } from './learningStoreContract.js';

const memory = (clock: TestClock): MemoryLearningStore =>
  new MemoryLearningStore({ retentionMs: RETENTION_DAYS * DAY_MS, now: clock.now });

describeLearningStore('MemoryLearningStore', memory);

describe('the learning log', () => {
  it('keeps no unanswered question while LEARNING_LOG is off, but still counts the turn and keeps feedback', async () => {
    const clock = new TestClock();
    const store = memory(clock);
    const log = logOver(store, clock, false);
    await log.recordTurn({ newConversation: true, fallback: true });
    expect(
      await log.recordUnanswered({ text: 'do you know my grades', reason: 'out_of_scope', knowledgeVersion: 'v1' }),
    ).toBe(false);
    expect(await log.recordFeedback({ answerKey: 'what_is_pacs', knowledgeVersion: 'v1', reaction: 'up' })).toBe(true);
    const snapshot = await store.read(0);
    expect(snapshot.unanswered).toEqual([]);
    expect(snapshot.days.map((d) => d.fallbacks)).toEqual([1]);
    expect((await log.report()).keepsUnanswered).toBe(false);
  });

  it('refuses a malformed reason, version, answer key or reaction instead of storing it', async () => {
    const clock = new TestClock();
    const store = memory(clock);
    const log = logOver(store, clock);
    const bad = [
      log.recordUnanswered({ text: 'hello?', reason: 'because' as never, knowledgeVersion: 'v1' }),
      log.recordUnanswered({ text: 'hello?', reason: 'out_of_scope', knowledgeVersion: 'v1; DROP TABLE' }),
      log.recordUnanswered({ text: ' \u200b\u0000 ', reason: 'out_of_scope', knowledgeVersion: 'v1' }),
      log.recordFeedback({ answerKey: '<script>', knowledgeVersion: 'v1', reaction: 'up' }),
      log.recordFeedback({ answerKey: 'what_is_pacs', knowledgeVersion: 'v1', reaction: 'meh' as never }),
    ];
    expect(await Promise.all(bad)).toEqual([false, false, false, false, false]);
    const snapshot = await store.read(0);
    expect([snapshot.unanswered, snapshot.feedback]).toEqual([[], []]);
  });

  it('drops a leaning intent that is not an intent id but keeps the question', async () => {
    const clock = new TestClock();
    const store = memory(clock);
    await logOver(store, clock).recordUnanswered({
      text: 'night classes?',
      reason: 'below_threshold',
      leaningIntent: 'not an id!',
      knowledgeVersion: 'v1',
    });
    expect((await store.read(0)).unanswered.map((u) => [u.text, u.leaningIntent])).toEqual([
      ['night classes?', undefined],
    ]);
  });

  it('answers the turn even when its store fails, and says so in the log without the text', async () => {
    const lines: string[] = [];
    const failing: LearningStore = {
      addTurn: () => Promise.reject(new Error('disk full')),
      addUnanswered: () => Promise.reject(new Error('disk full')),
      addFeedback: () => Promise.reject(new Error('disk full')),
      read: () => Promise.reject(new Error('disk full')),
      close: async () => undefined,
    };
    const logger = createLogger('warn', { write: (line: string) => lines.push(line) });
    const log = new LearningLog({ store: failing, policy: { keepUnanswered: true, retentionDays: 30 }, logger });
    await expect(log.recordTurn({ newConversation: true, fallback: false })).resolves.toBeUndefined();
    await expect(
      log.recordUnanswered({ text: 'my secret question', reason: 'out_of_scope', knowledgeVersion: 'v1' }),
    ).resolves.toBe(false);
    expect(lines).toHaveLength(2);
    expect(lines.join('')).toContain('learning log write failed');
    expect(lines.join('')).not.toContain('secret');
  });
});
