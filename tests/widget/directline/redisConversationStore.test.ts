/** The Redis Direct Line conversation store: the shared contract, and two instances sharing one Redis. */
import { createClient } from 'redis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StoredActivity } from '../../../src/widget/directline/conversationStore.js';
import { RedisConversationStore } from '../../../src/widget/directline/redisConversationStore.js';
import { describeConversationStore } from './conversationStoreContract.js';
import { waitFor } from '../../helpers/connectorStub.js';
import { startRedis, type TestRedis } from '../../helpers/redisServer.js';

let redis: TestRedis;
const clients: Array<ReturnType<typeof createClient>> = [];
const stores: RedisConversationStore[] = [];
let prefixes = 0;

beforeAll(async () => {
  redis = await startRedis();
});

afterAll(async () => {
  for (const s of stores) await s.close();
  for (const c of clients) await c.close();
  await redis.stop();
});

/** A store on its own connection; `prefix` shared means the same data (another instance). */
async function store(
  prefix = `t${++prefixes}:`,
  options: { idleMs?: number; maxActivities?: number } = {},
): Promise<RedisConversationStore> {
  const client = createClient({ url: redis.url });
  await client.connect();
  clients.push(client);
  const s = new RedisConversationStore(client, { keyPrefix: prefix, ...options });
  stores.push(s);
  return s;
}

describeConversationStore('RedisConversationStore', () => store());

describe('RedisConversationStore across instances', () => {
  it('numbers activities from two instances in one sequence and shows each instance all of them', async () => {
    const a = await store('shared1:');
    const b = await store('shared1:');
    await a.create({ id: 'c', userId: 'u', createdAt: 1 });
    expect((await b.get('c'))?.userId).toBe('u');
    await expect(b.create({ id: 'c', userId: 'intruder', createdAt: 2 })).rejects.toThrow(/another user/);
    await a.append('c', { type: 'message', text: 'from A' });
    await b.append('c', { type: 'message', text: 'from B' });
    await a.append('c', { type: 'message', text: 'A again' });
    expect((await b.read('c', 0)).map((s) => [s.position, s.activity.text])).toEqual([
      [1, 'from A'],
      [2, 'from B'],
      [3, 'A again'],
    ]);
  });

  it('delivers a reply appended on one instance to a subscriber on the other, in order', async () => {
    const a = await store('shared2:');
    const b = await store('shared2:');
    await a.create({ id: 'c', userId: 'u', createdAt: 1 });
    const seen: StoredActivity[] = [];
    const stop = b.subscribe('c', (s) => seen.push(s));
    await b.append('c', { type: 'message', text: 'user says' });
    for (let i = 0; i < 5; i++) await a.append('c', { type: 'message', text: `bot ${i}` });
    await waitFor(() => (seen.length === 6 ? true : undefined));
    expect(seen.map((s) => s.position)).toEqual([1, 2, 3, 4, 5, 6]);
    stop();
  });

  it('refuses to append to an unknown conversation', async () => {
    await expect((await store()).append('nope', { type: 'message' })).rejects.toThrow(/unknown conversation/);
  });

  it('keeps only the newest activities and forgets idle conversations', async () => {
    const s = await store(undefined, { maxActivities: 2, idleMs: 150 });
    await s.create({ id: 'c', userId: 'u', createdAt: 1 });
    for (const text of ['a', 'b', 'c']) await s.append('c', { type: 'message', text });
    expect((await s.read('c', 0)).map((x) => [x.position, x.activity.text])).toEqual([
      [2, 'b'],
      [3, 'c'],
    ]);
    await new Promise((r) => setTimeout(r, 300));
    expect(await s.get('c')).toBeUndefined();
    expect(await s.read('c', 0)).toEqual([]);
  });
});
