/**
 * Where self-hosted Direct Line conversations and their activity queues live.
 * @remarks The in-memory store serves one process. A multi-instance deployment needs a shared
 * implementation (e.g. Redis: a list per conversation for `append`/`read`, a key with TTL for the
 * record, pub/sub for `subscribe`) so that a WebSocket on one instance sees replies produced on
 * another. Every method is async for that reason.
 */
import type { Activity } from 'botbuilder';

/** A conversation as the store keeps it. */
export interface ConversationRecord {
  readonly id: string;
  /** The server-chosen user the conversation belongs to. */
  readonly userId: string;
  /** Epoch milliseconds. */
  readonly createdAt: number;
}

/** A stored activity and its position (watermark after it) in the conversation. */
export interface StoredActivity {
  readonly activity: Partial<Activity>;
  /** 1-based position; `watermark = String(position)` after reading it. */
  readonly position: number;
}

/** Called with each activity appended after subscribing, in order. */
export type ActivityListener = (stored: StoredActivity) => void;

/**
 * The contract every conversation store keeps:
 * - `create` is idempotent for the same id and user; `get` returns undefined for unknown or expired ids.
 * - `append` assigns positions 1, 2, 3 … per conversation, in call order, and notifies subscribers.
 * - `read(id, after)` returns every activity with position > `after`, oldest first.
 * - `subscribe` delivers only activities appended after it was called; the returned function stops it.
 */
export interface ConversationStore {
  create(record: ConversationRecord): Promise<void>;
  get(id: string): Promise<ConversationRecord | undefined>;
  append(id: string, activity: Partial<Activity>): Promise<StoredActivity>;
  read(id: string, after: number): Promise<readonly StoredActivity[]>;
  subscribe(id: string, listener: ActivityListener): () => void;
}
