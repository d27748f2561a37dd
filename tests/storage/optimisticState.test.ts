import { MemoryStorage, TestAdapter, TurnContext, type Activity } from 'botbuilder';
import { describe, expect, it } from 'vitest';
import { isETagConflict } from '../../src/storage/etag.js';
import { OptimisticConversationState } from '../../src/storage/optimisticState.js';
import { SqliteStorage } from '../../src/storage/sqliteStorage.js';

const adapter = new TestAdapter(async () => undefined);
const message = (text: string): Partial<Activity> => ({
  type: 'message',
  text,
  channelId: 'test',
  conversation: { id: 'c1', isGroup: false, conversationType: 'personal', name: '' },
  from: { id: 'u1', name: 'u' },
  recipient: { id: 'b', name: 'b' },
});

/**
 * Two overlapping turns after a conversation's first save: the first to save wins, the second
 * fails with an eTag conflict instead of overwriting it, and the winner's count is what is kept.
 */
async function expectOverlappingSavesToConflict(state: OptimisticConversationState): Promise<void> {
  const count = state.createProperty<number>('count');
  const first = new TurnContext(adapter, message('a'));
  await count.set(first, (await count.get(first, 0)) + 1);
  await state.saveChanges(first);
  const second = new TurnContext(adapter, message('b'));
  const third = new TurnContext(adapter, message('c'));
  await count.set(second, (await count.get(second, 0)) + 1);
  await count.set(third, (await count.get(third, 0)) + 100);
  await state.saveChanges(second);
  await expect(state.saveChanges(third)).rejects.toSatisfy(isETagConflict);
  expect(await count.get(new TurnContext(adapter, message('d')), 0)).toBe(2);
}

describe('OptimisticConversationState', () => {
  it('fails the second of two overlapping turns instead of overwriting the first', async () => {
    await expectOverlappingSavesToConflict(new OptimisticConversationState(new MemoryStorage()));
  });

  it('does the same on the SQLite store', async () => {
    const sqlite = new SqliteStorage({ file: ':memory:', expiryMs: 60_000, purgeIntervalMs: 0 });
    await expectOverlappingSavesToConflict(new OptimisticConversationState(sqlite));
    sqlite.close();
  });

  it('fails the second of two simultaneous first messages of a new conversation instead of losing one', async () => {
    const state = new OptimisticConversationState(
      new SqliteStorage({ file: ':memory:', expiryMs: 60_000, purgeIntervalMs: 0 }),
    );
    const flow = state.createProperty<string>('flow');
    const finder = new TurnContext(adapter, message('help me choose'));
    const compare = new TurnContext(adapter, message('compare weber and clarkson'));
    // Both turns read the conversation before either has saved: there is nothing stored yet.
    await flow.get(finder);
    await flow.get(compare);
    await flow.set(finder, 'finder');
    await flow.set(compare, 'compare');
    await state.saveChanges(finder);
    await expect(state.saveChanges(compare)).rejects.toSatisfy(isETagConflict);
    expect(await flow.get(new TurnContext(adapter, message('skip')))).toBe('finder');
  });

  it('saves nothing when the state did not change, and saves twice in one turn without conflicting with itself', async () => {
    const storage = new MemoryStorage();
    let writes = 0;
    const counting = {
      read: storage.read.bind(storage),
      delete: storage.delete.bind(storage),
      write: (c: Record<string, unknown>) => (writes++, storage.write(c)),
    };
    const state = new OptimisticConversationState(counting);
    const count = state.createProperty<number>('count');
    const turn = new TurnContext(adapter, message('a'));
    await state.load(turn);
    await state.saveChanges(turn);
    expect(writes).toBe(0);
    await count.set(turn, 1);
    await state.saveChanges(turn);
    await count.set(turn, 2);
    await state.saveChanges(turn);
    expect(writes).toBe(2);
    expect(await count.get(new TurnContext(adapter, message('b')), 0)).toBe(2);
  });

  it('clears and deletes: a cleared state is saved empty, a deleted one is gone from storage', async () => {
    const storage = new MemoryStorage();
    const state = new OptimisticConversationState(storage);
    const count = state.createProperty<number>('count');
    const first = new TurnContext(adapter, message('a'));
    await count.set(first, 5);
    await state.saveChanges(first);
    const second = new TurnContext(adapter, message('b'));
    expect(state.get(second)).toBeUndefined();
    expect(await count.get(second, 0)).toBe(5);
    await state.clear(second);
    expect(state.get(second)).toEqual({});
    await state.saveChanges(second);
    expect(await count.get(new TurnContext(adapter, message('c')), 0)).toBe(0);
    const third = new TurnContext(adapter, message('d'));
    await count.set(third, 7);
    await state.saveChanges(third);
    await state.delete(third);
    expect(await storage.read(['test/conversations/c1'])).toEqual({});
    expect(await count.get(new TurnContext(adapter, message('e')), 1)).toBe(1);
  });

  it('gives properties a private copy of their default, and sets and deletes them', async () => {
    const state = new OptimisticConversationState(new MemoryStorage());
    const memory = state.createProperty<{ programs: string[] }>('memory');
    const fallback = { programs: [] as string[] };
    const turn = new TurnContext(adapter, message('a'));
    expect(await memory.get(turn)).toBeUndefined();
    const value = await memory.get(turn, fallback);
    value.programs.push('weber');
    expect(fallback.programs).toEqual([]);
    expect(await memory.get(turn, fallback)).toEqual({ programs: ['weber'] });
    await memory.set(turn, { programs: ['oit'] });
    await state.saveChanges(turn);
    const next = new TurnContext(adapter, message('b'));
    expect(await memory.get(next)).toEqual({ programs: ['oit'] });
    await memory.delete(next);
    expect(await memory.get(next)).toBeUndefined();
  });
});
