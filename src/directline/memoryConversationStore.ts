/**
 * A {@link ConversationStore} in process memory, for a single bot instance.
 * @remarks Everything is lost on restart, and idle conversations are dropped after `idleMs` so the
 * map cannot grow without bound; each conversation keeps at most `maxActivities` (oldest dropped), and
 * past `maxConversations` the least recently used conversation without an open stream makes room.
 */
import type { Activity } from 'botbuilder';
import type { ActivityListener, ConversationRecord, ConversationStore, StoredActivity } from './conversationStore.js';

interface Entry {
  readonly record: ConversationRecord;
  readonly activities: StoredActivity[];
  readonly listeners: Set<ActivityListener>;
  next: number;
  touchedAt: number;
}

/** Limits of the in-memory store. */
export interface MemoryStoreOptions {
  readonly idleMs?: number;
  readonly maxActivities?: number;
  /** How many conversations are kept at most (a burst of visitors must not grow memory for a day). */
  readonly maxConversations?: number;
  readonly now?: () => number;
}

/** Conversations in a Map; see {@link ConversationStore} for the contract. */
export class MemoryConversationStore implements ConversationStore {
  private readonly entries = new Map<string, Entry>();
  private readonly idleMs: number;
  private readonly maxActivities: number;
  private readonly maxConversations: number;
  private readonly now: () => number;
  private lastSweep = 0;

  constructor(options: MemoryStoreOptions = {}) {
    this.idleMs = options.idleMs ?? 24 * 60 * 60 * 1000;
    this.maxActivities = options.maxActivities ?? 500;
    this.maxConversations = options.maxConversations ?? 10_000;
    this.now = options.now ?? Date.now;
  }

  async create(record: ConversationRecord): Promise<void> {
    this.sweep();
    const existing = this.entries.get(record.id);
    if (existing !== undefined) {
      if (existing.record.userId !== record.userId) throw new Error(`conversation ${record.id} belongs to another user`);
      return;
    }
    this.makeRoom();
    this.entries.set(record.id, { record, activities: [], listeners: new Set(), next: 1, touchedAt: this.now() });
  }

  /** Evicts least recently used conversations without an open stream until one more fits. */
  private makeRoom(): void {
    for (const [id, entry] of this.entries) {
      if (this.entries.size < this.maxConversations) return;
      if (entry.listeners.size === 0) this.entries.delete(id);
    }
  }

  async get(id: string): Promise<ConversationRecord | undefined> {
    return this.live(id)?.record;
  }

  async append(id: string, activity: Partial<Activity>): Promise<StoredActivity> {
    const entry = this.live(id);
    if (entry === undefined) throw new Error(`unknown conversation ${id}`);
    const stored: StoredActivity = { activity, position: entry.next++ };
    entry.activities.push(stored);
    if (entry.activities.length > this.maxActivities) entry.activities.splice(0, entry.activities.length - this.maxActivities);
    for (const listener of [...entry.listeners]) listener(stored);
    return stored;
  }

  async read(id: string, after: number): Promise<readonly StoredActivity[]> {
    return (this.live(id)?.activities ?? []).filter((s) => s.position > after);
  }

  subscribe(id: string, listener: ActivityListener): () => void {
    const entry = this.entries.get(id);
    if (entry === undefined) return () => undefined;
    entry.listeners.add(listener);
    return () => entry.listeners.delete(listener);
  }

  /** The entry if it exists and is not idle-expired; reading or writing keeps it alive. */
  private live(id: string): Entry | undefined {
    const entry = this.entries.get(id);
    if (entry === undefined) return undefined;
    if (this.now() - entry.touchedAt > this.idleMs && entry.listeners.size === 0) {
      this.entries.delete(id);
      return undefined;
    }
    entry.touchedAt = this.now();
    // Re-insert so the Map's order is least recently used first (see makeRoom).
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
      if (entry.touchedAt < cutoff && entry.listeners.size === 0) this.entries.delete(id);
    }
  }
}
