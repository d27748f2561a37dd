/**
 * Conversation state that saves with the eTag it read, so a stale copy never silently wins.
 * @remarks botbuilder's `BotState.saveChanges` always writes with eTag `*` (last writer wins). With
 * two bot instances sharing Redis, two turns of one conversation running at once would then lose
 * one turn's state without a trace. Here the second save fails with an eTag conflict instead, and
 * the turn error handler tells the student to repeat the message.
 */
import { ConversationState, calculateChangeHash, type TurnContext } from 'botbuilder';

interface Loaded {
  /** The eTag the state was read with ('*' once this turn has saved it). */
  readonly eTag: string;
  readonly hash: string;
}

/** `ConversationState` with optimistic concurrency on save. */
export class OptimisticConversationState extends ConversationState {
  private readonly loadedKey = Symbol('optimisticStateLoaded');

  /** Loads the state and remembers its eTag and change hash for this turn. */
  override async load(context: TurnContext, force = false): Promise<Record<string, unknown>> {
    const state = (await super.load(context, force)) as Record<string, unknown>;
    if (force || !context.turnState.has(this.loadedKey)) {
      const eTag = typeof state.eTag === 'string' ? state.eTag : '*';
      context.turnState.set(this.loadedKey, { eTag, hash: calculateChangeHash(state) } satisfies Loaded);
    }
    return state;
  }

  /** Writes the state if it changed, with the eTag it was read with; throws on a conflict. */
  override async saveChanges(context: TurnContext, force = false): Promise<void> {
    const state = this.get(context) as Record<string, unknown> | undefined;
    const loaded = context.turnState.get(this.loadedKey) as Loaded | undefined;
    if (state === undefined || loaded === undefined) return super.saveChanges(context, force);
    const hash = calculateChangeHash(state);
    if (!force && hash === loaded.hash) return;
    const key = await this.storageKey(context);
    await this.storage.write({ [key]: { ...state, eTag: loaded.eTag } });
    // Later saves in this same turn overwrite our own write.
    context.turnState.set(this.loadedKey, { eTag: '*', hash } satisfies Loaded);
  }
}
