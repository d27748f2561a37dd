/**
 * Conversation state that saves with the eTag it read, so a stale copy never silently wins.
 * @remarks botbuilder's `BotState.saveChanges` always writes with eTag `*` (last writer wins). With
 * two bot instances sharing Redis, two turns of one conversation running at once would then lose
 * one turn's state without a trace. Here the second save fails with an eTag conflict instead, and
 * the turn error handler tells the student to repeat the message.
 */
import { ConversationState, type TurnContext } from 'botbuilder';

interface Loaded {
  /** The eTag the state was read with ('*' once this turn has saved it). */
  readonly eTag: string;
  /** The state as JSON (without its eTag) when loaded or last saved, to tell whether it changed. */
  readonly json: string;
}

/** The state's JSON without its eTag (native JSON.stringify: cheaper than botbuilder's sha256 change hash). */
function snapshot(state: Record<string, unknown>): string {
  const rest: Record<string, unknown> = { ...state };
  delete rest.eTag;
  return JSON.stringify(rest);
}

/** `ConversationState` with optimistic concurrency on save. */
export class OptimisticConversationState extends ConversationState {
  private readonly loadedKey = Symbol('optimisticStateLoaded');

  /** Loads the state and remembers its eTag and change hash for this turn. */
  override async load(context: TurnContext, force = false): Promise<Record<string, unknown>> {
    const state = (await super.load(context, force)) as Record<string, unknown>;
    if (force || !context.turnState.has(this.loadedKey)) {
      const eTag = typeof state.eTag === 'string' ? state.eTag : '*';
      context.turnState.set(this.loadedKey, { eTag, json: snapshot(state) } satisfies Loaded);
    }
    return state;
  }

  /** Writes the state if it changed, with the eTag it was read with; throws on a conflict. */
  override async saveChanges(context: TurnContext, force = false): Promise<void> {
    const state = this.get(context) as Record<string, unknown> | undefined;
    const loaded = context.turnState.get(this.loadedKey) as Loaded | undefined;
    if (state === undefined || loaded === undefined) return super.saveChanges(context, force);
    const json = snapshot(state);
    if (!force && json === loaded.json) return;
    const key = await this.storageKey(context);
    await this.storage.write({ [key]: { ...state, eTag: loaded.eTag } });
    // Later saves in this same turn overwrite our own write.
    context.turnState.set(this.loadedKey, { eTag: '*', json } satisfies Loaded);
  }
}
