/**
 * Shared bot state in Redis, for several bot instances behind a load balancer.
 * @remarks Each item is a hash `{ etag, json }` under `prefix + key`, expiring after the configured
 * time without a write. A write checks every eTag and writes every item in one Lua script, so it is
 * atomic across instances: a stale eTag fails the whole write instead of overwriting.
 */
import type { Storage, StoreItems } from 'botbuilder';
import { ETagConflictError, deserialize, newETag, serialize } from './etag.js';

/** The few Redis commands the store needs (the node `redis` client has them). */
export interface RedisCommands {
  hmGet(key: string, fields: string[]): Promise<unknown>;
  eval(script: string, options: { keys: string[]; arguments: string[] }): Promise<unknown>;
  del(keys: string[]): Promise<unknown>;
}

/** Options of {@link RedisStorage}. */
export interface RedisStorageOptions {
  /** Put before every key, so several bots can share one Redis. */
  readonly keyPrefix: string;
  /** Items untouched for this long expire (Redis TTL). */
  readonly expiryMs: number;
  /** Settles once the client is connected; operations wait for it (up to `connectTimeoutMs`). */
  readonly ready?: Promise<unknown>;
  /** How long an operation waits for the first connection; default 5 s. */
  readonly connectTimeoutMs?: number;
}

/** Checks each key's eTag (ARGV: ttl, then expected, new eTag, json per key); writes all or none. */
const WRITE_SCRIPT = `
local ttl = tonumber(ARGV[1])
for i = 1, #KEYS do
  local expected = ARGV[(i - 1) * 3 + 2]
  if expected ~= '' and expected ~= '*' then
    local stored = redis.call('HGET', KEYS[i], 'etag')
    if stored and stored ~= expected then return i end
  end
end
for i = 1, #KEYS do
  local base = (i - 1) * 3 + 2
  redis.call('HSET', KEYS[i], 'etag', ARGV[base + 1], 'json', ARGV[base + 2])
  redis.call('PEXPIRE', KEYS[i], ttl)
end
return 0`;

/** Bot state in Redis with optimistic concurrency on eTags. */
export class RedisStorage implements Storage {
  private isReady: boolean;

  constructor(
    private readonly client: RedisCommands,
    private readonly options: RedisStorageOptions,
  ) {
    this.isReady = options.ready === undefined;
    options.ready?.then(
      () => (this.isReady = true),
      () => undefined,
    );
  }

  /** Reads the items that exist (expired ones are gone: Redis removed them). */
  async read(keys: string[]): Promise<StoreItems> {
    if (!Array.isArray(keys)) throw new ReferenceError('Keys are required when reading.');
    await this.connected();
    const rows = await Promise.all(keys.map((key) => this.stored(key)));
    const items: StoreItems = {};
    keys.forEach((key, i) => {
      const row = rows[i];
      if (row !== undefined) items[key] = deserialize(row.json, row.eTag);
    });
    return items;
  }

  /** Writes all changes atomically; throws {@link ETagConflictError} (writing nothing) on a stale eTag. */
  async write(changes: StoreItems): Promise<void> {
    if (changes === null || typeof changes !== 'object') throw new ReferenceError('Changes are required when writing.');
    const entries = Object.entries(changes).map(
      ([key, item]) => [key, serialize(item), (item as { eTag?: unknown }).eTag] as const,
    );
    if (entries.length === 0) return;
    const args = [String(this.options.expiryMs)];
    for (const [, json, expected] of entries) args.push(typeof expected === 'string' ? expected : '', newETag(), json);
    await this.connected();
    const failed = Number(
      await this.client.eval(WRITE_SCRIPT, { keys: entries.map(([key]) => this.redisKey(key)), arguments: args }),
    );
    if (failed > 0) throw new ETagConflictError(entries[failed - 1]?.[0] ?? '');
  }

  /** A key's JSON and eTag as stored, if any (call once connected). */
  private async stored(key: string): Promise<{ readonly json: string; readonly eTag: string } | undefined> {
    const [eTag, json] = (await this.client.hmGet(this.redisKey(key), ['etag', 'json'])) as Array<string | null>;
    return typeof eTag === 'string' && typeof json === 'string' ? { json, eTag } : undefined;
  }

  /** Deletes the items; missing keys are ignored. */
  async delete(keys: string[]): Promise<void> {
    if (!Array.isArray(keys)) throw new ReferenceError('Keys are required when deleting.');
    if (keys.length === 0) return;
    await this.connected();
    await this.client.del(keys.map((key) => this.redisKey(key)));
  }

  private redisKey(key: string): string {
    return this.options.keyPrefix + key;
  }

  private async connected(): Promise<void> {
    if (this.isReady || !this.options.ready) return;
    const ms = this.options.connectTimeoutMs ?? 5000;
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`Storage: Redis not connected after ${ms} ms`)), ms);
    });
    try {
      await Promise.race([this.options.ready, timeout]);
    } finally {
      clearTimeout(timer);
    }
  }
}
