/**
 * The learning log in Redis, shared by every instance of the bot (`REDIS_URL`).
 * @remarks Day counts are hashes that expire when the day leaves the retention window; unanswered
 * questions and reactions are sorted sets scored by time, trimmed of expired and surplus entries on
 * every write and read from the cutoff on, so an expired entry is never reported. Each operation is
 * one Lua script, atomic across instances. Keys share the hash tag `{learning}`, so the scripts that
 * touch several keys also work on a Redis Cluster.
 */
import { randomUUID } from 'node:crypto';
import {
  DAY_MS,
  MAX_ENTRIES,
  utcDay,
  type DayCounts,
  type LearningSnapshot,
  type LearningStore,
  type StoredFeedback,
  type StoredUnanswered,
} from './types.js';

/** The one Redis command the store needs (the node `redis` client has it). */
export interface RedisScripting {
  eval(script: string, options: { keys: string[]; arguments: string[] }): Promise<unknown>;
}

/** Options of {@link RedisLearningStore}. */
export interface RedisLearningStoreOptions {
  /** Put before every key (`REDIS_KEY_PREFIX`), so several bots can share one Redis. */
  readonly keyPrefix: string;
  /** Entries and day counts older than this expire. */
  readonly retentionMs: number;
  /** The clock, in ms since the epoch (tests move it). */
  readonly now?: () => number;
  /** Closes the connection when the store owns it; a shared connection is left to its owner. */
  readonly release?: () => Promise<void>;
}

/** KEYS[1] day hash; ARGV: conversation 0/1, fallback 0/1, expiry (ms since the epoch). */
const COUNT_TURN = `
redis.call('HINCRBY', KEYS[1], 'messages', 1)
if ARGV[1] == '1' then redis.call('HINCRBY', KEYS[1], 'conversations', 1) end
if ARGV[2] == '1' then redis.call('HINCRBY', KEYS[1], 'fallbacks', 1) end
redis.call('PEXPIREAT', KEYS[1], ARGV[3])
return 0`;

/** KEYS[1] sorted set; ARGV: score, member, cutoff score, most entries kept, ttl ms. */
const ADD_ENTRY = `
redis.call('ZADD', KEYS[1], ARGV[1], ARGV[2])
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', '(' .. ARGV[3])
redis.call('ZREMRANGEBYRANK', KEYS[1], 0, -(tonumber(ARGV[4]) + 1))
redis.call('PEXPIRE', KEYS[1], ARGV[5])
return 0`;

/** KEYS: the two sorted sets, then the day hashes; ARGV[1] cutoff score. Returns [unanswered, feedback, days...]. */
const READ_ALL = `
local out = {}
out[1] = redis.call('ZRANGEBYSCORE', KEYS[1], ARGV[1], '+inf')
out[2] = redis.call('ZRANGEBYSCORE', KEYS[2], ARGV[1], '+inf')
for i = 3, #KEYS do
  out[i] = redis.call('HMGET', KEYS[i], 'conversations', 'messages', 'fallbacks')
end
return out`;

/** A stored member: the entry plus a random nonce, so two identical entries in one hour stay two. */
type Member<T> = T & { readonly n: string };

/** The learning log in Redis. */
export class RedisLearningStore implements LearningStore {
  private readonly now: () => number;

  constructor(
    private readonly client: RedisScripting,
    private readonly options: RedisLearningStoreOptions,
  ) {
    this.now = options.now ?? Date.now;
  }

  async addTurn(day: string, conversation: boolean, fallback: boolean): Promise<void> {
    // The hash lives until its day has left the window: the end of the day plus the retention.
    const expiresAt = Date.parse(`${day}T00:00:00Z`) + DAY_MS + this.options.retentionMs;
    await this.client.eval(COUNT_TURN, {
      keys: [this.dayKey(day)],
      arguments: [conversation ? '1' : '0', fallback ? '1' : '0', String(expiresAt)],
    });
  }

  async addUnanswered(entry: StoredUnanswered): Promise<void> {
    await this.addEntry(this.key('unanswered'), entry);
  }

  async addFeedback(entry: StoredFeedback): Promise<void> {
    await this.addEntry(this.key('feedback'), entry);
  }

  async read(since: number): Promise<LearningSnapshot> {
    const now = this.now();
    const from = Math.max(since, now - this.options.retentionMs);
    const dayList: string[] = [];
    for (let t = from; utcDay(t) <= utcDay(now); t += DAY_MS) dayList.push(utcDay(t));
    const reply = (await this.client.eval(READ_ALL, {
      keys: [this.key('unanswered'), this.key('feedback'), ...dayList.map((d) => this.dayKey(d))],
      arguments: [String(from)],
    })) as [string[], string[], ...Array<Array<string | null>>];
    const [unanswered, feedback, ...counts] = reply;
    const days: DayCounts[] = [];
    dayList.forEach((day, i) => {
      const [conversations, messages, fallbacks] = counts[i] ?? [];
      if (messages === null || messages === undefined) return;
      days.push({
        day,
        conversations: Number(conversations ?? 0),
        messages: Number(messages),
        fallbacks: Number(fallbacks ?? 0),
      });
    });
    return {
      days,
      unanswered: unanswered.map((m) => withoutNonce<StoredUnanswered>(m)),
      feedback: feedback.map((m) => withoutNonce<StoredFeedback>(m)),
    };
  }

  async close(): Promise<void> {
    await this.options.release?.();
  }

  private async addEntry(key: string, entry: StoredUnanswered | StoredFeedback): Promise<void> {
    const member = JSON.stringify({ ...entry, n: randomUUID().slice(0, 8) });
    const cutoff = this.now() - this.options.retentionMs;
    await this.client.eval(ADD_ENTRY, {
      keys: [key],
      arguments: [String(entry.at), member, String(cutoff), String(MAX_ENTRIES), String(this.options.retentionMs)],
    });
  }

  private key(name: string): string {
    return `${this.options.keyPrefix}{learning}:${name}`;
  }

  private dayKey(day: string): string {
    return this.key(`day:${day}`);
  }
}

function withoutNonce<T>(member: string): T {
  const { n: _nonce, ...entry } = JSON.parse(member) as Member<T>;
  return entry as T;
}
