import { describe, expect, it } from 'vitest';
import { MemoryConversationStore } from '../../../src/widget/directline/memoryConversationStore.js';
import { describeConversationStore } from './conversationStoreContract.js';

describeConversationStore('MemoryConversationStore', () => new MemoryConversationStore());

describe('MemoryConversationStore limits', () => {
  it('forgets a conversation left idle longer than its idle time', async () => {
    let now = 0;
    const store = new MemoryConversationStore({ idleMs: 1000, now: () => now });
    await store.create({ id: 'c1', userId: 'u', createdAt: 0 });
    now = 900;
    expect(await store.get('c1')).toBeDefined();
    now = 2000;
    expect(await store.get('c1')).toBeUndefined();
  });

  it('keeps only the newest activities of a long conversation', async () => {
    const store = new MemoryConversationStore({ maxActivities: 2 });
    await store.create({ id: 'c1', userId: 'u', createdAt: 0 });
    for (const text of ['a', 'b', 'c']) await store.append('c1', { type: 'message', text });
    expect((await store.read('c1', 0)).map((s) => [s.position, s.activity.text])).toEqual([
      [2, 'b'],
      [3, 'c'],
    ]);
  });

  it('makes room past its conversation limit by forgetting the least recently used one without a stream', async () => {
    const store = new MemoryConversationStore({ maxConversations: 2 });
    await store.create({ id: 'a', userId: 'u', createdAt: 0 });
    await store.create({ id: 'b', userId: 'u', createdAt: 0 });
    const unsubscribe = store.subscribe('a', () => undefined);
    await store.get('b');
    await store.create({ id: 'c', userId: 'u', createdAt: 0 });
    // 'a' is older but has an open stream, so 'b' goes.
    expect(await store.get('a')).toBeDefined();
    expect(await store.get('b')).toBeUndefined();
    expect(await store.get('c')).toBeDefined();
    unsubscribe();
  });

  it('keeps a conversation within its byte limit by dropping its oldest activities', async () => {
    const store = new MemoryConversationStore({ maxConversationBytes: 3000 });
    await store.create({ id: 'c1', userId: 'u', createdAt: 0 });
    for (let i = 0; i < 5; i++) await store.append('c1', { type: 'message', text: `${i}`.repeat(1000) });
    const kept = await store.read('c1', 0);
    expect(kept.map((s) => s.position)).toEqual([4, 5]);
    expect(store.size.bytes).toBeLessThanOrEqual(3000);
  });

  it('stays within its total byte limit by forgetting the least recently used conversations', async () => {
    const store = new MemoryConversationStore({ maxTotalBytes: 5000 });
    for (const id of ['a', 'b', 'c']) {
      await store.create({ id, userId: 'u', createdAt: 0 });
      await store.append(id, { type: 'message', text: 'x'.repeat(2000) });
    }
    expect(await store.get('a')).toBeUndefined();
    expect(await store.get('b')).toBeDefined();
    expect(await store.get('c')).toBeDefined();
    expect(store.size).toMatchObject({ conversations: 2 });
    expect(store.size.bytes).toBeLessThanOrEqual(5000);
  });
});
