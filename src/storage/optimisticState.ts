/**
 * Conversation state that saves with the eTag it read, so a stale copy never silently wins.
 * @remarks botbuilder's `BotState.saveChanges` always writes with eTag `*` (last writer wins). With
 * two bot instances sharing Redis, or two quick messages on one, two turns of a conversation running
 * at once would then lose one turn's state without a trace. Here the second save fails with an eTag
 * conflict instead, and the turn error handler tells the student to repeat the message. A brand-new
 * conversation is saved with {@link NEW_ITEM_ETAG} (insert if absent), so two simultaneous first
 * messages conflict too. Loading, properties and the turn's cache are botbuilder's own.
 */
import { ConversationState, calculateChangeHash, type TurnContext } from 'botbuilder';
import { NEW_ITEM_ETAG } from './etag.js';

/** What this turn read: the eTag to write with, and the state's hash to tell whether it changed. */
interface ReadMark {
  readonly eTag: string;
  readonly hash: string;
}

/** `ConversationState` with optimistic concurrency on save. */
export class OptimisticConversationState extends ConversationState {
  private readonly readKey = Symbol('optimisticStateRead');

  /** Loads the state as botbuilder does, remembering the eTag it was read with (once per turn, again when forced). */
  override async load(context: TurnContext, force = false): Promise<Record<string, unknown>> {
    const state = (await super.load(context, force)) as Record<string, unknown>;
    if (force || context.turnState.get(this.readKey) === undefined) {
      const eTag = typeof state.eTag === 'string' ? state.eTag : NEW_ITEM_ETAG;
      context.turnState.set(this.readKey, { eTag, hash: calculateChangeHash(state) } satisfies ReadMark);
    }
    return state;
  }

  /** Writes the state if it changed (or when forced) with the eTag it was read with; throws on a conflict. */
  override async saveChanges(context: TurnContext, force = false): Promise<void> {
    const state = this.get(context) as Record<string, unknown> | undefined;
    const read = context.turnState.get(this.readKey) as ReadMark | undefined;
    if (state === undefined || read === undefined) {
      if (force) await super.saveChanges(context, true);
      return;
    }
    const hash = calculateChangeHash(state);
    if (!force && hash === read.hash) return;
    const key = await this.storageKey(context);
    await this.storage.write({ [key]: { ...state, eTag: read.eTag } });
    // The state now is this turn's own write: a later save in the same turn overwrites it.
    context.turnState.set(this.readKey, { eTag: '*', hash } satisfies ReadMark);
  }

  /** Forgets this turn's copy (and what it read) and deletes the stored state. */
  override async delete(context: TurnContext): Promise<void> {
    context.turnState.delete(this.readKey);
    await super.delete(context);
  }
}
