/**
 * The learning log in a SQLite file (better-sqlite3) next to the bot's state, `DATA_DIR/learning.sqlite`.
 * @remarks Three tables: counts per day, unanswered questions, reactions. Entries past the retention
 * are deleted on open and then hourly, and reads never return them even before that. A file of its
 * own keeps the log's retention and size apart from conversation state.
 */
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import Database from 'better-sqlite3';
import {
  MAX_ENTRIES,
  utcDay,
  type DayCounts,
  type LearningSnapshot,
  type LearningStore,
  type Reaction,
  type StoredFeedback,
  type StoredUnanswered,
  type UnansweredReason,
} from './types.js';

/** The learning log's file inside a data directory. */
export function learningFile(dataDir: string): string {
  return join(dataDir, 'learning.sqlite');
}

/** Options of {@link SqliteLearningStore}. */
export interface SqliteLearningStoreOptions {
  /** Database file; its folder is created if missing. `:memory:` works for tests. */
  readonly file: string;
  /** Entries and day counts older than this are deleted. */
  readonly retentionMs: number;
  /** How often to delete expired entries; default one hour. 0 disables the timer. */
  readonly purgeIntervalMs?: number;
  /** The clock, in ms since the epoch (tests move it). */
  readonly now?: () => number;
}

const SCHEMA = `
CREATE TABLE IF NOT EXISTS learning_days (
  day TEXT PRIMARY KEY,
  conversations INTEGER NOT NULL,
  messages INTEGER NOT NULL,
  fallbacks INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS learning_unanswered (
  id INTEGER PRIMARY KEY,
  at INTEGER NOT NULL,
  text TEXT NOT NULL,
  reason TEXT NOT NULL,
  leaning_intent TEXT,
  knowledge_version TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS learning_unanswered_at ON learning_unanswered (at);
CREATE TABLE IF NOT EXISTS learning_feedback (
  id INTEGER PRIMARY KEY,
  at INTEGER NOT NULL,
  answer_key TEXT NOT NULL,
  knowledge_version TEXT NOT NULL,
  reaction TEXT NOT NULL,
  comment TEXT
);
CREATE INDEX IF NOT EXISTS learning_feedback_at ON learning_feedback (at);`;

interface UnansweredRow {
  readonly at: number;
  readonly text: string;
  readonly reason: UnansweredReason;
  readonly leaning_intent: string | null;
  readonly knowledge_version: string;
}

interface FeedbackRow {
  readonly at: number;
  readonly answer_key: string;
  readonly knowledge_version: string;
  readonly reaction: Reaction;
  readonly comment: string | null;
}

/** The learning log in SQLite; survives restarts, shared by the processes that open the same file. */
export class SqliteLearningStore implements LearningStore {
  private readonly db: Database.Database;
  private readonly now: () => number;
  private readonly timer: NodeJS.Timeout | undefined;
  private readonly countTurn: Database.Statement<[string, number, number]>;
  private readonly insertUnanswered: Database.Statement<[number, string, string, string | null, string]>;
  private readonly insertFeedback: Database.Statement<[number, string, string, string, string | null]>;
  private readonly selectDays: Database.Statement<[string], DayCounts>;
  private readonly selectUnanswered: Database.Statement<[number], UnansweredRow>;
  private readonly selectFeedback: Database.Statement<[number], FeedbackRow>;
  private readonly purgeAll: (cutoff: number) => void;

  constructor(private readonly options: SqliteLearningStoreOptions) {
    if (options.file !== ':memory:') mkdirSync(dirname(options.file), { recursive: true });
    this.db = new Database(options.file);
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('synchronous = NORMAL');
    this.db.pragma('busy_timeout = 5000');
    this.db.exec(SCHEMA);
    this.now = options.now ?? Date.now;
    this.countTurn = this.db.prepare(
      `INSERT INTO learning_days (day, conversations, messages, fallbacks) VALUES (?, ?, 1, ?)
       ON CONFLICT(day) DO UPDATE SET conversations = conversations + excluded.conversations, messages = messages + 1, fallbacks = fallbacks + excluded.fallbacks`,
    );
    this.insertUnanswered = this.db.prepare(
      'INSERT INTO learning_unanswered (at, text, reason, leaning_intent, knowledge_version) VALUES (?, ?, ?, ?, ?)',
    );
    this.insertFeedback = this.db.prepare(
      'INSERT INTO learning_feedback (at, answer_key, knowledge_version, reaction, comment) VALUES (?, ?, ?, ?, ?)',
    );
    this.selectDays = this.db.prepare(
      'SELECT day, conversations, messages, fallbacks FROM learning_days WHERE day >= ? ORDER BY day',
    );
    this.selectUnanswered = this.db.prepare(
      'SELECT at, text, reason, leaning_intent, knowledge_version FROM learning_unanswered WHERE at >= ? ORDER BY id',
    );
    this.selectFeedback = this.db.prepare(
      'SELECT at, answer_key, knowledge_version, reaction, comment FROM learning_feedback WHERE at >= ? ORDER BY id',
    );
    const purgeDays = this.db.prepare<[string]>('DELETE FROM learning_days WHERE day < ?');
    const purgeUnanswered = this.db.prepare<[number, number]>(
      'DELETE FROM learning_unanswered WHERE at < ? OR id <= (SELECT max(id) FROM learning_unanswered) - ?',
    );
    const purgeFeedback = this.db.prepare<[number, number]>(
      'DELETE FROM learning_feedback WHERE at < ? OR id <= (SELECT max(id) FROM learning_feedback) - ?',
    );
    this.purgeAll = this.db.transaction((cutoff: number) => {
      purgeDays.run(utcDay(cutoff));
      purgeUnanswered.run(cutoff, MAX_ENTRIES);
      purgeFeedback.run(cutoff, MAX_ENTRIES);
    });
    this.purge();
    const interval = options.purgeIntervalMs ?? 60 * 60 * 1000;
    // unref'd: the purge timer alone never keeps the process alive.
    this.timer = interval > 0 ? setInterval(() => this.purge(), interval).unref() : undefined;
  }

  async addTurn(day: string, conversation: boolean, fallback: boolean): Promise<void> {
    this.countTurn.run(day, conversation ? 1 : 0, fallback ? 1 : 0);
  }

  async addUnanswered(entry: StoredUnanswered): Promise<void> {
    this.insertUnanswered.run(entry.at, entry.text, entry.reason, entry.leaningIntent ?? null, entry.knowledgeVersion);
  }

  async addFeedback(entry: StoredFeedback): Promise<void> {
    this.insertFeedback.run(entry.at, entry.answerKey, entry.knowledgeVersion, entry.reaction, entry.comment ?? null);
  }

  async read(since: number): Promise<LearningSnapshot> {
    // Never older than the retention, even if the hourly purge has not run yet.
    const from = Math.max(since, this.now() - this.options.retentionMs);
    return {
      days: this.selectDays.all(utcDay(from)),
      unanswered: this.selectUnanswered.all(from).map((r) => ({
        at: r.at,
        text: r.text,
        reason: r.reason,
        ...(r.leaning_intent === null ? {} : { leaningIntent: r.leaning_intent }),
        knowledgeVersion: r.knowledge_version,
      })),
      feedback: this.selectFeedback.all(from).map((r) => ({
        at: r.at,
        answerKey: r.answer_key,
        knowledgeVersion: r.knowledge_version,
        reaction: r.reaction,
        ...(r.comment === null ? {} : { comment: r.comment }),
      })),
    };
  }

  async close(): Promise<void> {
    if (this.timer !== undefined) clearInterval(this.timer);
    if (this.db.open) this.db.close();
  }

  /** Deletes day counts and entries past the retention, and the oldest entries beyond {@link MAX_ENTRIES}. */
  purge(): void {
    this.purgeAll(this.now() - this.options.retentionMs);
  }
}
