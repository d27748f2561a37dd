/** The turn error handler: a lost eTag race keeps the (newer) state; any other failure clears it. */
import { ConversationState, MemoryStorage, TestAdapter, TurnContext, type Activity } from 'botbuilder';
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { turnErrorHandler } from '../../src/app/createBot.js';
import { createLogger } from '../../src/platform/logger.js';
import { ETagConflictError } from '../../src/storage/etag.js';

const message: Partial<Activity> = {
  type: 'message',
  text: 'hi',
  channelId: 'test',
  conversation: { id: 'c', isGroup: false, conversationType: 'personal', name: '' },
  from: { id: 'u', name: 'u' },
  recipient: { id: 'b', name: 'b' },
};

async function afterError(error: Error): Promise<{ replies: string[]; stored: unknown }> {
  const storage = new MemoryStorage();
  const state = new ConversationState(storage);
  const adapter = new TestAdapter(async () => undefined);
  const seed = new TurnContext(adapter, message);
  await state.createProperty<number>('step').set(seed, 3);
  await state.saveChanges(seed);
  const context = new TurnContext(adapter, message);
  await turnErrorHandler(state, createLogger('silent'))(context, error);
  const replies = adapter.activeQueue.map((a) => a.text ?? '');
  return { replies, stored: await state.createProperty<number>('step').get(new TurnContext(adapter, message)) };
}

describe('turnErrorHandler', () => {
  it("asks the student to repeat after a lost state race, and keeps the other turn's state", async () => {
    const { replies, stored } = await afterError(new ETagConflictError('test/conversations/c/'));
    expect(replies).toEqual([
      "Two of your messages arrived at once, so I may have lost track of the last one. If my answer doesn't fit, please ask again.",
    ]);
    expect(stored).toBe(3);
  });

  it('apologises and starts the conversation over after any other failure', async () => {
    const { replies, stored } = await afterError(new Error('SQLITE_FULL: database or disk is full'));
    expect(replies[0]).toMatch(/Sorry, something went wrong on my side/);
    expect(stored).toBeUndefined();
  });

  it('never throws, even for a turn whose context botbuilder has already revoked, and logs that once', async () => {
    const logs: string[] = [];
    const sink = new Writable({ write: (chunk: Buffer, _enc, done) => (logs.push(chunk.toString()), done()) });
    const adapter = new TestAdapter(async () => undefined);
    const { proxy, revoke } = Proxy.revocable(new TurnContext(adapter, message), {});
    revoke();
    const handler = turnErrorHandler(new ConversationState(new MemoryStorage()), createLogger('info', sink));
    await expect(handler(proxy, new Error('ECONNREFUSED'))).resolves.toBeUndefined();
    await new Promise((r) => setImmediate(r));
    expect(logs.filter((l) => l.includes('turn error handler could not finish'))).toHaveLength(1);
  });
});
