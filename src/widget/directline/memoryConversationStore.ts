/**
 * A {@link ConversationStore} in process memory, for a single bot instance.
 * @remarks Everything is lost on restart. Memory is bounded twice: each conversation keeps at most
 * `maxActivities` and `maxConversationBytes` (oldest activities dropped first), and the store as a
 * whole keeps at most `maxConversations` and `maxTotalBytes`, making room by forgetting the least
 * recently used conversation, one without an open stream first. Idle conversations go after `idleMs`.
 */
import type { Activity } from 'botbuilder';
import type { ActivityListener, ConversationRecord, ConversationStore, StoredActivity } from './conversationStore.js';

interface Kept {
  readonly stored: StoredActivity;
  readonly bytes: number;
}

interface Entry {
  readonly record: ConversationRecord;
  readonly activities: Kept[];
  readonly listeners: Set<ActivityListener>;
  next: number;
  bytes: number;
  touchedAt: number;
}

/** Limits of the in-memory store. */
export interface MemoryStoreOptions {
  readonly idleMs?: number;
  /** Activities kept per conversation; default 500. */
  readonly maxActivities?: number;
  /** Bytes (as JSON) kept per conversation; default 256 KB. */
  readonly maxConversationBytes?: number;
  /** How many conversations are kept at most (a burst of visitors must not grow memory for a day); default 10,000. */
  readonly maxConversations?: number;
  /** Bytes (as JSON) kept in all; default 64 MB. */
  readonly maxTotalBytes?: number;
  readonly now?: () => number;
}

/** Conversations in a Map; see {@link ConversationStore} for the contract. */
export class MemoryConversationStore implements ConversationStore {
  /** Least recently used first: a Map keeps insertion order, and every use re-inserts. */
  private readonly entries = new Map<string, Entry>();
  private readonly idleMs: number;
  private readonly maxActivities: number;
  private readonly maxConversationBytes: number;
  private readonly maxConversations: number;
  private readonly maxTotalBytes: number;
  private readonly now: () => number;
  private totalBytes = 0;
  private lastSweep = 0;

  constructor(options: MemoryStoreOptions = {}) {
    this.idleMs = options.idleMs ?? 24 * 60 * 60 * 1000;
    this.maxActivities = options.maxActivities ?? 500;
    this.maxConversationBytes = options.maxConversationBytes ?? 256 * 1024;
    this.maxConversations = options.maxConversations ?? 10_000;
    this.maxTotalBytes = options.maxTotalBytes ?? 64 * 1024 * 1024;
    this.now = options.now ?? Date.now;
  }

  async create(record: ConversationRecord): Promise<void> {
    this.sweep();
    const existing = this.entries.get(record.id);
    if (existing !== undefined) {
      if (existing.record.userId !== record.userId)
        throw new Error(`conversation ${record.id} belongs to another user`);
      return;
    }
    this.entries.set(record.id, {
      record,
      activities: [],
      listeners: new Set(),
      next: 1,
      bytes: 0,
      touchedAt: this.now(),
    });
    this.makeRoom(record.id);
  }

  async get(id: string): Promise<ConversationRecord | undefined> {
    return this.live(id)?.record;
  }

  async append(id: string, activity: Partial<Activity>): Promise<StoredActivity> {
    const entry = this.live(id);
    if (entry === undefined) throw new Error(`unknown conversation ${id}`);
    const stored: StoredActivity = { activity, position: entry.next++ };
    const bytes = Buffer.byteLength(JSON.stringify(activity), 'utf8');
    entry.activities.push({ stored, bytes });
    entry.bytes += bytes;
    this.totalBytes += bytes;
    while (
      entry.activities.length > 1 &&
      (entry.activities.length > this.maxActivities || entry.bytes > this.maxConversationBytes)
    ) {
      const dropped = entry.activities.shift();
      entry.bytes -= dropped?.bytes ?? 0;
      this.totalBytes -= dropped?.bytes ?? 0;
    }
    this.makeRoom(id);
    for (const listener of [...entry.listeners]) listener(stored);
    return stored;
  }

  async read(id: string, after: number): Promise<readonly StoredActivity[]> {
    return (this.live(id)?.activities ?? []).filter((k) => k.stored.position > after).map((k) => k.stored);
  }

  subscribe(id: string, listener: ActivityListener): () => void {
    const entry = this.entries.get(id);
    if (entry === undefined) return () => undefined;
    entry.listeners.add(listener);
    return () => entry.listeners.delete(listener);
  }

  /** Bytes held in all (for tests and diagnostics). */
  get size(): { readonly conversations: number; readonly bytes: number } {
    return { conversations: this.entries.size, bytes: this.totalBytes };
  }

  /** Forgets least recently used conversations (other than `keep`) until the store is within its limits. */
  private makeRoom(keep: string): void {
    const over = (): boolean => this.entries.size > this.maxConversations || this.totalBytes > this.maxTotalBytes;
    // Conversations nobody is watching go first; only then those with an open stream.
    for (const watched of [false, true]) {
      for (const [id, entry] of this.entries) {
        if (!over()) return;
        if (id !== keep && entry.listeners.size > 0 === watched) this.forget(id, entry);
      }
    }
  }

  private forget(id: string, entry: Entry): void {
    this.entries.delete(id);
    this.totalBytes -= entry.bytes;
  }

  /** The entry if it exists and is not idle-expired; reading or writing keeps it alive. */
  private live(id: string): Entry | undefined {
    const entry = this.entries.get(id);
    if (entry === undefined) return undefined;
    if (this.now() - entry.touchedAt > this.idleMs && entry.listeners.size === 0) {
      this.forget(id, entry);
      return undefined;
    }
    entry.touchedAt = this.now();
    this.entries.delete(id);
    this.entries.set(id, entry);
    return entry;
  }

  /** Drops idle conversations with no open stream, at most once a minute. */
  private sweep(): void {
    if (this.now() - this.lastSweep < 60_000) return;
    this.lastSweep = this.now();
    const cutoff = this.now() - this.idleMs;
    for (const [id, entry] of this.entries) {
      if (entry.touchedAt < cutoff && entry.listeners.size === 0) this.forget(id, entry);
    }
  }
}
