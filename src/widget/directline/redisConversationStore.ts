/**
 * Self-hosted Direct Line conversations in Redis, so a widget's WebSocket on one instance sees
 * replies produced on another.
 * @remarks Per conversation (keys share a `{id}` hash tag): a record string, a sequence counter and
 * a capped list of `{ position, activity }`, all expiring after `idleMs` without use. `append` is one
 * Lua script (check, number, push, trim, publish), so positions are gap-free and published in order
 * across instances; subscribers listen on one shared pub/sub connection.
 */
import type { Activity } from 'botbuilder';
import type { createClient } from 'redis';
import type { ActivityListener, ConversationRecord, ConversationStore, StoredActivity } from './conversationStore.js';
import type { Logger } from '../../platform/logger.js';

/** A connected node-redis client (the state store's, shared). */
export type RedisClient = ReturnType<typeof createClient>;

/** Options of {@link RedisConversationStore}. */
export interface RedisConversationStoreOptions {
  readonly keyPrefix: string;
  /** A conversation unused for this long is forgotten; default one day (as the in-memory store). */
  readonly idleMs?: number;
  /** Activities kept per conversation (oldest dropped); default 500. */
  readonly maxActivities?: number;
  readonly logger?: Logger;
}

/** KEYS: record, seq, list. ARGV: activity JSON, idle ms, max activities, channel. Returns the position or -1. */
const APPEND_SCRIPT = `
if redis.call('EXISTS', KEYS[1]) == 0 then return -1 end
local pos = redis.call('INCR', KEYS[2])
local stored = '{"position":' .. pos .. ',"activity":' .. ARGV[1] .. '}'
redis.call('RPUSH', KEYS[3], stored)
redis.call('LTRIM', KEYS[3], -tonumber(ARGV[3]), -1)
for i = 1, 3 do redis.call('PEXPIRE', KEYS[i], ARGV[2]) end
redis.call('PUBLISH', ARGV[4], stored)
return pos`;

/** {@link ConversationStore} shared by every bot instance through Redis. */
export class RedisConversationStore implements ConversationStore {
  private readonly idleMs: number;
  private readonly maxActivities: number;
  private readonly listeners = new Map<string, Set<ActivityListener>>();
  /** SUBSCRIBE/UNSUBSCRIBE calls not yet confirmed; appends wait for them so a subscriber never misses a later append of this process. */
  private readonly pending = new Set<Promise<unknown>>();
  private subscriber: Promise<RedisClient> | undefined;

  constructor(
    private readonly client: RedisClient,
    private readonly options: RedisConversationStoreOptions,
  ) {
    this.idleMs = options.idleMs ?? 24 * 60 * 60 * 1000;
    this.maxActivities = options.maxActivities ?? 500;
  }

  /** Creates the conversation; idempotent for the same user, refused for another. */
  async create(record: ConversationRecord): Promise<void> {
    const key = this.key(record.id, 'record');
    for (let attempt = 0; attempt < 2; attempt++) {
      if (
        (await this.client.set(key, JSON.stringify(record), {
          condition: 'NX',
          expiration: { type: 'PX', value: this.idleMs },
        })) === 'OK'
      )
        return;
      const existing = await this.get(record.id);
      if (existing === undefined) continue; // expired in between: try again
      if (existing.userId !== record.userId) throw new Error(`conversation ${record.id} belongs to another user`);
      return;
    }
    throw new Error(`could not create conversation ${record.id}`);
  }

  /** The conversation's record, or undefined if unknown or expired; reading keeps it alive. */
  async get(id: string): Promise<ConversationRecord | undefined> {
    const json = await this.client.get(this.key(id, 'record'));
    if (typeof json !== 'string') return undefined;
    await this.touch(id);
    return JSON.parse(json) as ConversationRecord;
  }

  /** Appends an activity, numbering it after the last one (across instances), and notifies subscribers. */
  async append(id: string, activity: Partial<Activity>): Promise<StoredActivity> {
    if (this.pending.size > 0) await Promise.all([...this.pending]);
    const position = Number(
      await this.client.eval(APPEND_SCRIPT, {
        keys: [this.key(id, 'record'), this.key(id, 'seq'), this.key(id, 'activities')],
        arguments: [JSON.stringify(activity), String(this.idleMs), String(this.maxActivities), this.key(id, 'events')],
      }),
    );
    if (position < 0) throw new Error(`unknown conversation ${id}`);
    return { activity, position };
  }

  /** Every kept activity with a position after `after`, oldest first. */
  async read(id: string, after: number): Promise<readonly StoredActivity[]> {
    const rows = await this.client.lRange(this.key(id, 'activities'), 0, -1);
    if (rows.length > 0) await this.touch(id);
    return rows.map((row) => JSON.parse(row) as StoredActivity).filter((s) => s.position > after);
  }

  /** Delivers activities appended (by any instance) after this call, in order; the returned function stops it. */
  subscribe(id: string, listener: ActivityListener): () => void {
    let set = this.listeners.get(id);
    if (set === undefined) {
      const fresh = new Set<ActivityListener>();
      set = fresh;
      this.listeners.set(id, fresh);
      this.track(
        this.subscriberClient().then((sub) =>
          sub.subscribe(this.key(id, 'events'), (message) => this.deliver(fresh, message)),
        ),
      );
    }
    const listeners = set;
    listeners.add(listener);
    return () => {
      if (!listeners.delete(listener) || listeners.size > 0 || this.listeners.get(id) !== listeners) return;
      this.listeners.delete(id);
      this.track(this.subscriberClient().then((sub) => sub.unsubscribe(this.key(id, 'events'))));
    };
  }

  /** Closes the pub/sub connection (the main client belongs to the caller). */
  async close(): Promise<void> {
    const sub = this.subscriber;
    this.subscriber = undefined;
    if (sub) await sub.then((s) => (s.isOpen ? s.close() : undefined)).catch(() => undefined);
  }

  private deliver(listeners: ReadonlySet<ActivityListener>, message: string): void {
    const stored = JSON.parse(message) as StoredActivity;
    for (const listener of [...listeners]) listener(stored);
  }

  private subscriberClient(): Promise<RedisClient> {
    if (this.subscriber === undefined) {
      const sub = this.client.duplicate();
      sub.on('error', (error: Error) =>
        this.options.logger?.error({ err: { name: error.name, message: error.message } }, 'redis pub/sub error'),
      );
      this.subscriber = sub.connect().then(() => sub);
    }
    return this.subscriber;
  }

  private track(operation: Promise<unknown>): void {
    const tracked = operation.catch((error: unknown) =>
      this.options.logger?.error({ err: { message: (error as Error).message } }, 'redis (un)subscribe failed'),
    );
    this.pending.add(tracked);
    void tracked.finally(() => this.pending.delete(tracked));
  }

  private async touch(id: string): Promise<void> {
    await Promise.all(
      ['record', 'seq', 'activities'].map((part) => this.client.pExpire(this.key(id, part), this.idleMs)),
    );
  }

  private key(id: string, part: string): string {
    return `${this.options.keyPrefix}dl:{${id}}:${part}`;
  }
}
