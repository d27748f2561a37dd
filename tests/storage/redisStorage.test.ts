/** RedisStorage against a real redis-server on loopback. */
import { createClient } from 'redis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ETagConflictError, NEW_ITEM_ETAG } from '../../src/storage/etag.js';
import { RedisStorage, type RedisCommands } from '../../src/storage/redisStorage.js';
import { startRedis, type TestRedis } from '../helpers/redisServer.js';

describe('RedisStorage', () => {
  let redis: TestRedis;
  let client: ReturnType<typeof createClient>;
  let storage: RedisStorage;

  beforeAll(async () => {
    redis = await startRedis();
    client = createClient({ url: redis.url });
    await client.connect();
    storage = new RedisStorage(client as unknown as RedisCommands, { keyPrefix: 'test:', expiryMs: 60_000 });
  });

  afterAll(async () => {
    await client.close();
    await redis.stop();
  });

  it('reads back what it wrote, under the key prefix, with an expiry', async () => {
    await storage.write({ 'conv/1': { step: 2, memory: { program: 'weber' } } });
    const items = await storage.read(['conv/1', 'missing']);
    expect(items['conv/1']).toMatchObject({ step: 2, memory: { program: 'weber' } });
    expect(typeof items['conv/1'].eTag).toBe('string');
    expect(items.missing).toBeUndefined();
    expect(await client.exists('test:conv/1')).toBe(1);
    const ttl = await client.pTTL('test:conv/1');
    expect(ttl).toBeGreaterThan(50_000);
    expect(ttl).toBeLessThanOrEqual(60_000);
  });

  it('rejects a write with a stale eTag and keeps the newer value', async () => {
    await storage.write({ k: { v: 0 } });
    const copyA = (await storage.read(['k'])).k;
    const copyB = (await storage.read(['k'])).k;
    await storage.write({ k: { ...copyA, v: 'A' } });
    await expect(storage.write({ k: { ...copyB, v: 'B' } })).rejects.toBeInstanceOf(ETagConflictError);
    expect((await storage.read(['k'])).k.v).toBe('A');
  });

  it('lets exactly one of two concurrent writes with the same eTag win', async () => {
    await storage.write({ race: { v: 0 } });
    const seen = (await storage.read(['race'])).race;
    const results = await Promise.allSettled([
      storage.write({ race: { ...seen, v: 'first' } }),
      storage.write({ race: { ...seen, v: 'second' } }),
    ]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const failure = results.find((r) => r.status === 'rejected');
    expect(failure?.status === 'rejected' && failure.reason).toBeInstanceOf(ETagConflictError);
  });

  it('overwrites with "*" or without an eTag, and writes nothing from a conflicting batch', async () => {
    await storage.write({ a: { v: 1 }, b: { v: 1 } });
    await storage.write({ a: { v: 2, eTag: '*' } });
    await expect(storage.write({ a: { v: 3 }, b: { v: 3, eTag: 'stale' } })).rejects.toThrow(/eTag conflict/);
    const items = await storage.read(['a', 'b']);
    expect([items.a.v, items.b.v]).toEqual([2, 1]);
  });

  it('creates an item with the new-item eTag only if no other write created it first', async () => {
    await storage.write({ fresh: { v: 'first', eTag: NEW_ITEM_ETAG } });
    await expect(storage.write({ fresh: { v: 'second', eTag: NEW_ITEM_ETAG } })).rejects.toBeInstanceOf(
      ETagConflictError,
    );
    expect((await storage.read(['fresh'])).fresh).toMatchObject({ v: 'first' });
  });

  it('deletes keys and ignores missing ones', async () => {
    await storage.write({ gone: { v: 1 } });
    await storage.delete(['gone', 'never']);
    expect(await storage.read(['gone'])).toEqual({});
  });

  it('lets Redis expire items after the configured time', async () => {
    const short = new RedisStorage(client as unknown as RedisCommands, { keyPrefix: 'short:', expiryMs: 100 });
    await short.write({ k: { v: 1 } });
    await new Promise((r) => setTimeout(r, 250));
    expect(await short.read(['k'])).toEqual({});
  });

  it('fails an operation instead of hanging when Redis never connects', async () => {
    const never = new Promise<never>(() => undefined);
    const offline = new RedisStorage(client as unknown as RedisCommands, {
      keyPrefix: 'x:',
      expiryMs: 1000,
      ready: never,
      connectTimeoutMs: 50,
    });
    await expect(offline.read(['k'])).rejects.toThrow(/not connected after 50 ms/);
    await expect(offline.write({ k: { v: 1 } })).rejects.toThrow(/not connected/);
  });
});
