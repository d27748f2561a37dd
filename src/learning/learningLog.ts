/**
 * The learning log: daily counts, the questions the bot could not answer (opt-in) and the reactions
 * to its answers, kept in a {@link LearningStore} for the staff report.
 * @remarks Everything personal is removed here, before the store sees it: texts are redacted and
 * capped, times rounded to the hour, and no user or conversation id is ever accepted. Recording
 * never fails a turn: a store error is logged (without the text) and the student still gets the
 * answer.
 */
import type { Logger } from '../platform/logger.js';
import { cleanForLog } from './redact.js';
import { buildReport, type LearningReport } from './report.js';
import {
  DAY_MS,
  UNANSWERED_REASONS,
  utcDay,
  type FeedbackInput,
  type LearningStore,
  type StoredFeedback,
  type StoredUnanswered,
  type TurnRecord,
  type UnansweredQuestion,
} from './types.js';

/** What the log keeps and for how long (LEARNING_LOG, LEARNING_LOG_DAYS). */
export interface LearningPolicy {
  /** Keep the text of unanswered questions (`LEARNING_LOG=on`); off by default. */
  readonly keepUnanswered: boolean;
  /** Every entry and day count is kept at most this many days. */
  readonly retentionDays: number;
}

/** What a {@link LearningLog} is built from. */
export interface LearningLogDeps {
  readonly store: LearningStore;
  readonly policy: LearningPolicy;
  readonly logger: Logger;
  /** The clock, in ms since the epoch (tests move it). */
  readonly now?: () => number;
}

/** Longest unanswered question kept, in characters (after redaction). */
export const QUESTION_MAX_CHARS = 300;
/** Longest feedback comment kept, in characters (after redaction). */
export const COMMENT_MAX_CHARS = 500;

const ANSWER_KEY = /^[A-Za-z0-9_.:/-]{1,100}$/;
const VERSION = /^[A-Za-z0-9_.-]{1,40}$/;
const INTENT_ID = /^[A-Za-z0-9_.-]{1,80}$/;
const DAY = /^\d{4}-\d{2}-\d{2}$/;
const HOUR_MS = 60 * 60 * 1000;

/** Records turns, unanswered questions and feedback, and reads them back as the staff report. */
export class LearningLog {
  private readonly now: () => number;

  constructor(private readonly deps: LearningLogDeps) {
    this.now = deps.now ?? Date.now;
  }

  /** Whether unanswered questions are kept (`LEARNING_LOG=on`). */
  get keepsUnanswered(): boolean {
    return this.deps.policy.keepUnanswered;
  }

  /** Counts one message of a day (and a new conversation, a fallback). Call once per student message. */
  async recordTurn(turn: TurnRecord): Promise<void> {
    const day = turn.day ?? utcDay(this.now());
    if (!DAY.test(day)) return;
    await this.safely('turn', () => this.deps.store.addTurn(day, turn.newConversation, turn.fallback));
  }

  /**
   * Keeps a message the bot could not answer, redacted, when `LEARNING_LOG=on`; returns whether it
   * was kept (false when the log is off, the input is malformed or nothing readable is left).
   */
  async recordUnanswered(question: UnansweredQuestion): Promise<boolean> {
    if (!this.deps.policy.keepUnanswered) return false;
    if (!UNANSWERED_REASONS.includes(question.reason) || !VERSION.test(question.knowledgeVersion)) return false;
    const text = cleanForLog(question.text, QUESTION_MAX_CHARS);
    if (text === '') return false;
    const leaning =
      question.leaningIntent !== undefined && INTENT_ID.test(question.leaningIntent)
        ? { leaningIntent: question.leaningIntent }
        : {};
    const entry: StoredUnanswered = {
      at: this.hour(),
      text,
      reason: question.reason,
      ...leaning,
      knowledgeVersion: question.knowledgeVersion,
    };
    return this.safely('unanswered', () => this.deps.store.addUnanswered(entry));
  }

  /** Keeps a reaction to an answer, with its comment redacted and capped; returns whether it was kept. */
  async recordFeedback(feedback: FeedbackInput): Promise<boolean> {
    if (!ANSWER_KEY.test(feedback.answerKey) || !VERSION.test(feedback.knowledgeVersion)) return false;
    if (feedback.reaction !== 'up' && feedback.reaction !== 'down') return false;
    const comment = cleanForLog(feedback.comment ?? '', COMMENT_MAX_CHARS);
    const entry: StoredFeedback = {
      at: this.hour(),
      answerKey: feedback.answerKey,
      knowledgeVersion: feedback.knowledgeVersion,
      reaction: feedback.reaction,
      ...(comment === '' ? {} : { comment }),
    };
    return this.safely('feedback', () => this.deps.store.addFeedback(entry));
  }

  /** The staff report over the retention window ending at `now`. */
  async report(now: number = this.now()): Promise<LearningReport> {
    const { retentionDays, keepUnanswered } = this.deps.policy;
    const snapshot = await this.deps.store.read(now - retentionDays * DAY_MS);
    return buildReport(snapshot, { now, retentionDays, keepsUnanswered: keepUnanswered });
  }

  /** Releases the store. */
  close(): Promise<void> {
    return this.deps.store.close();
  }

  /** Now, rounded down to the hour: entries say when, but not precisely enough to match a conversation. */
  private hour(): number {
    const now = this.now();
    return now - (now % HOUR_MS);
  }

  private async safely(what: string, write: () => Promise<void>): Promise<boolean> {
    try {
      await write();
      return true;
    } catch (error) {
      this.deps.logger.warn(
        { err: { name: (error as Error).name, message: (error as Error).message }, record: what },
        'learning log write failed',
      );
      return false;
    }
  }
}
