/**
 * What the learning log records and how a storage backend keeps it.
 * @remarks No record has a user id, a conversation id or a precise time: a day, an hour at most,
 * the redacted text of a question the bot could not answer, and which answer a reaction was about.
 */

/** Why the bot could not (or would not confidently) answer a message. */
export const UNANSWERED_REASONS = [
  'out_of_scope',
  'below_threshold',
  'did_you_mean_refused',
  'article_silent',
] as const;
export type UnansweredReason = (typeof UNANSWERED_REASONS)[number];

/** A thumbs-up or a thumbs-down. */
export type Reaction = 'up' | 'down';

/** Which answer a reply gave, in the knowledge it came from: what feedback on that reply is about. */
export interface AnswerRef {
  /** Names the answer, e.g. an intent id or `intent/program`; letters, digits and `_ . : / -`. */
  readonly answerKey: string;
  /** The knowledge version the answer was written from (see `knowledgeVersion`). */
  readonly knowledgeVersion: string;
}

/** One turn, counted for the daily figures. */
export interface TurnRecord {
  /** UTC day `YYYY-MM-DD`; today by the log's clock when omitted. */
  readonly day?: string;
  /** True when the bot fell back (did not understand or could not answer). */
  readonly fallback: boolean;
  /** True on the first message of a conversation. */
  readonly newConversation: boolean;
}

/** A message the bot could not answer, as the bot's turn hands it over (the text is not yet redacted). */
export interface UnansweredQuestion {
  readonly text: string;
  readonly reason: UnansweredReason;
  /** The intent the recognizer leaned to, if any (the runner-up, or the refused "Did you mean…?"). */
  readonly leaningIntent?: string;
  readonly knowledgeVersion: string;
}

/** A reaction to an answer, with the student's optional comment (not yet redacted). */
export interface FeedbackInput extends AnswerRef {
  readonly reaction: Reaction;
  readonly comment?: string;
}

/** An unanswered question as stored: redacted, with the hour it arrived. */
export interface StoredUnanswered {
  /** Milliseconds since the epoch, rounded down to the hour. */
  readonly at: number;
  readonly text: string;
  readonly reason: UnansweredReason;
  readonly leaningIntent?: string;
  readonly knowledgeVersion: string;
}

/** A reaction as stored: the comment redacted, with the hour it arrived. */
export interface StoredFeedback extends AnswerRef {
  /** Milliseconds since the epoch, rounded down to the hour. */
  readonly at: number;
  readonly reaction: Reaction;
  readonly comment?: string;
}

/** One day's counts. */
export interface DayCounts {
  /** UTC day `YYYY-MM-DD`. */
  readonly day: string;
  readonly conversations: number;
  readonly messages: number;
  readonly fallbacks: number;
}

/** Everything a backend holds from a moment on, for the report. */
export interface LearningSnapshot {
  readonly days: readonly DayCounts[];
  readonly unanswered: readonly StoredUnanswered[];
  readonly feedback: readonly StoredFeedback[];
}

/**
 * A storage backend of the learning log (SQLite, Redis or memory). It stores what it is given
 * (the log has already redacted and checked it) and forgets entries older than its retention.
 */
export interface LearningStore {
  /** Adds one message (and one conversation, one fallback when set) to a day's counts. */
  addTurn(day: string, conversation: boolean, fallback: boolean): Promise<void>;
  addUnanswered(entry: StoredUnanswered): Promise<void>;
  addFeedback(entry: StoredFeedback): Promise<void>;
  /** Day counts from `since`'s day on and entries from `since` on (ms since the epoch). */
  read(since: number): Promise<LearningSnapshot>;
  /** Releases the file or connection. */
  close(): Promise<void>;
}

/** The UTC day `YYYY-MM-DD` of a moment. */
export function utcDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** How many entries of each kind a backend keeps at most; the oldest go first beyond it. */
export const MAX_ENTRIES = 20_000;

/** One day in milliseconds. */
export const DAY_MS = 24 * 60 * 60 * 1000;
