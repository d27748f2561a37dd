/** The learning log in SQLite: the store contract, restarts, and expired rows really deleted. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { learningFile, SqliteLearningStore } from '../../src/learning/sqliteLearningStore.js';
import { DAY_MS } from '../../src/learning/types.js';
import { describeLearningStore, logOver, RETENTION_DAYS, TestClock } from './learningStoreContract.js';

const dir = mkdtempSync(join(tmpdir(), 'pacs-learning-'));
let files = 0;
const open = (clock: TestClock, file = join(dir, `log-${++files}.sqlite`)): SqliteLearningStore =>
  new SqliteLearningStore({ file, retentionMs: RETENTION_DAYS * DAY_MS, now: clock.now, purgeIntervalMs: 0 });

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describeLearningStore('SqliteLearningStore', (clock) => open(clock));

describe('SqliteLearningStore', () => {
  it('lives in DATA_DIR/learning.sqlite, beside the state file', () => {
    expect(learningFile('/srv/bot/data')).toBe('/srv/bot/data/learning.sqlite');
  });

  it('still has the log after a restart', async () => {
    const clock = new TestClock();
    const file = join(dir, 'restart.sqlite');
    const first = open(clock, file);
    await logOver(first, clock).recordUnanswered({
      text: 'do programs run in summer',
      reason: 'article_silent',
      knowledgeVersion: 'v1',
    });
    await first.close();
    const second = open(clock, file);
    expect((await logOver(second, clock).report()).unanswered.map((g) => g.question)).toEqual([
      'do programs run in summer',
    ]);
    await second.close();
  });

  it('deletes expired rows from the file on purge, not just hides them', async () => {
    const clock = new TestClock();
    const file = join(dir, 'purge.sqlite');
    const store = open(clock, file);
    const log = logOver(store, clock);
    await log.recordTurn({ newConversation: true, fallback: true });
    await log.recordUnanswered({ text: 'an old question', reason: 'out_of_scope', knowledgeVersion: 'v1' });
    await log.recordFeedback({
      answerKey: 'what_is_pacs',
      knowledgeVersion: 'v1',
      reaction: 'down',
      comment: 'an old comment',
    });
    clock.advance((RETENTION_DAYS + 1) * DAY_MS);
    store.purge();
    const db = new Database(file, { readonly: true });
    const rows = ['learning_days', 'learning_unanswered', 'learning_feedback'].map(
      (t) => db.prepare(`SELECT count(*) AS n FROM ${t}`).get() as { n: number },
    );
    db.close();
    await store.close();
    expect(rows.map((r) => r.n)).toEqual([0, 0, 0]);
  });
});
