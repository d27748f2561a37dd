/**
 * The behaviour every {@link ConversationStore} must have, as a reusable suite: call
 * `describeConversationStore('RedisConversationStore', () => new RedisConversationStore(...))`.
 */
import { describe, expect, it } from 'vitest';
import type { ConversationStore, StoredActivity } from '../../../src/widget/directline/conversationStore.js';

/** Registers the contract tests for one store implementation. */
export function describeConversationStore(
  name: string,
  make: () => ConversationStore | Promise<ConversationStore>,
): void {
  describe(`${name} (ConversationStore contract)`, () => {
    const record = (id: string, userId = 'dl_user') => ({ id, userId, createdAt: Date.now() });

    it('knows a conversation once created, idempotently, and not before', async () => {
      const store = await make();
      expect(await store.get('c1')).toBeUndefined();
      await store.create(record('c1'));
      await store.create(record('c1'));
      expect((await store.get('c1'))?.userId).toBe('dl_user');
    });

    it('refuses to hand an existing conversation to another user', async () => {
      const store = await make();
      await store.create(record('c1'));
      await expect(store.create(record('c1', 'dl_other'))).rejects.toThrow();
    });

    it('numbers activities 1, 2, 3 and reads those after a watermark, oldest first', async () => {
      const store = await make();
      await store.create(record('c1'));
      for (const text of ['a', 'b', 'c']) await store.append('c1', { type: 'message', text });
      expect((await store.read('c1', 0)).map((s) => [s.position, s.activity.text])).toEqual([
        [1, 'a'],
        [2, 'b'],
        [3, 'c'],
      ]);
      expect((await store.read('c1', 2)).map((s) => s.activity.text)).toEqual(['c']);
      expect(await store.read('c1', 3)).toEqual([]);
    });

    it('keeps conversations apart', async () => {
      const store = await make();
      await store.create(record('c1'));
      await store.create(record('c2'));
      await store.append('c1', { type: 'message', text: 'for one' });
      expect(await store.read('c2', 0)).toEqual([]);
    });

    it('tells subscribers about later activities only, until they unsubscribe', async () => {
      const store = await make();
      await store.create(record('c1'));
      await store.append('c1', { type: 'message', text: 'before' });
      const seen: StoredActivity[] = [];
      const stop = store.subscribe('c1', (s) => seen.push(s));
      await store.append('c1', { type: 'message', text: 'during' });
      await new Promise((r) => setTimeout(r, 20));
      stop();
      await store.append('c1', { type: 'message', text: 'after' });
      await new Promise((r) => setTimeout(r, 20));
      expect(seen.map((s) => [s.position, s.activity.text])).toEqual([[2, 'during']]);
    });
  });
}
