/**
 * Conversation state that saves with the eTag it read, so a stale copy never silently wins.
 * @remarks botbuilder's `BotState.saveChanges` always writes with eTag `*` (last writer wins). With
 * two bot instances sharing Redis, two turns of one conversation running at once would then lose
 * one turn's state without a trace. Here the second save fails with an eTag conflict instead, and
 * the turn error handler tells the student to repeat the message.
 *
 * The turn's copy is cached here rather than in `BotState`'s cache, which hashes the whole state
 * with SHA-256 on every load and save; a JSON snapshot is enough to tell whether it changed. With
 * the stores here (SQLite, Redis) the state is read and written as JSON: the JSON read is the
 * snapshot, and the JSON found changed at save is what gets stored.
 */
import { ConversationState, type StatePropertyAccessor, type Storage, type TurnContext } from 'botbuilder';
import { isJsonItemStorage, type JsonItemStorage } from './etag.js';

interface Cached {
  /** The state this turn works on. */
  readonly state: Record<string, unknown>;
  /** The eTag the state was read with ('*' once this turn has saved it). */
  readonly eTag: string;
  /** The state as JSON (without its eTag) when loaded or last saved, to tell whether it changed; '' forces a save. */
  readonly json: string;
}

/** The state's JSON without its eTag (read from a store as a plain item, the state carries it). */
function snapshot(state: Record<string, unknown>): string {
  if (!Object.prototype.hasOwnProperty.call(state, 'eTag')) return JSON.stringify(state);
  // Rest destructuring rather than `delete`, which would switch the copy to V8's slow dictionary mode.
  const { eTag, ...rest } = state;
  return JSON.stringify(rest);
}

/** `ConversationState` with optimistic concurrency on save. */
export class OptimisticConversationState extends ConversationState {
  private readonly cacheKey = Symbol('optimisticState');
  /** The store, when it reads and writes items as JSON. */
  private readonly jsonStorage: JsonItemStorage | undefined;

  constructor(storage: Storage, namespace?: string) {
    super(storage, namespace);
    this.jsonStorage = isJsonItemStorage(storage) ? storage : undefined;
  }

  /** Loads the state once per turn (again when forced) and remembers its eTag and snapshot. */
  override async load(context: TurnContext, force = false): Promise<Record<string, unknown>> {
    const cached = this.cached(context);
    if (cached !== undefined && !force) return cached.state;
    const key = await this.storageKey(context);
    let loaded: Cached;
    if (this.jsonStorage !== undefined) {
      // The JSON read is the snapshot; no stored item means an empty state.
      const stored = await this.jsonStorage.readJson(key);
      loaded = stored === undefined ? { state: {}, eTag: '*', json: '{}' } : { state: JSON.parse(stored.json) as Record<string, unknown>, eTag: stored.eTag, json: stored.json };
    } else {
      loaded = await this.readAsItem(key);
    }
    context.turnState.set(this.cacheKey, loaded);
    return loaded.state;
  }

  private async readAsItem(key: string): Promise<Cached> {
    const items = await this.storage.read([key]);
    const state = (items[key] ?? {}) as Record<string, unknown>;
    return { state, eTag: typeof state.eTag === 'string' ? state.eTag : '*', json: snapshot(state) };
  }

  /** This turn's copy of the state, if loaded. */
  override get(context: TurnContext): Record<string, unknown> | undefined {
    return this.cached(context)?.state;
  }

  /** Empties this turn's copy; the next save writes the empty state (with the eTag that was read). */
  override async clear(context: TurnContext): Promise<void> {
    context.turnState.set(this.cacheKey, { state: {}, eTag: this.cached(context)?.eTag ?? '*', json: '' } satisfies Cached);
  }

  /** Forgets this turn's copy and deletes the stored state. */
  override async delete(context: TurnContext): Promise<void> {
    context.turnState.delete(this.cacheKey);
    await this.storage.delete([await this.storageKey(context)]);
  }

  /** Writes the state if it changed (or when forced), with the eTag it was read with; throws on a conflict. */
  override async saveChanges(context: TurnContext, force = false): Promise<void> {
    const cached = this.cached(context);
    if (cached === undefined && !force) return;
    const state = cached?.state ?? {};
    const json = snapshot(state);
    if (!force && json === cached?.json) return;
    const key = await this.storageKey(context);
    const eTag = cached?.eTag ?? '*';
    // Either way the store takes the state as it is now: a later change in this turn is not written.
    if (this.jsonStorage !== undefined) await this.jsonStorage.writeJson(key, json, eTag);
    else await this.storage.write({ [key]: { ...state, eTag } });
    // Later saves in this same turn overwrite our own write.
    context.turnState.set(this.cacheKey, { state, eTag: '*', json } satisfies Cached);
  }

  /** A property of this state; see {@link StateProperty}. */
  override createProperty<T>(name: string): StatePropertyAccessor<T> {
    return new StateProperty<T>(this, name);
  }

  private cached(context: TurnContext): Cached | undefined {
    return context.turnState.get(this.cacheKey) as Cached | undefined;
  }
}

/**
 * One property of a bot state, with the behaviour of botbuilder's `BotStatePropertyAccessor`
 * (a missing property gets a deep copy of the default) in native async functions: the dialogs read
 * and write properties several times a turn, and botbuilder's generator-based shim costs more.
 */
export class StateProperty<T> implements StatePropertyAccessor<T> {
  constructor(
    private readonly state: ConversationState,
    readonly name: string,
  ) {}

  async get(context: TurnContext): Promise<T | undefined>;
  async get(context: TurnContext, defaultValue: T): Promise<T>;
  async get(context: TurnContext, defaultValue?: T): Promise<T | undefined> {
    // Loaded already (every access after the turn's first): no wait for a load.
    const obj = (this.state.get(context) ?? (await this.state.load(context))) as Record<string, unknown>;
    if (!Object.prototype.hasOwnProperty.call(obj, this.name) && defaultValue !== undefined) {
      obj[this.name] = typeof defaultValue === 'object' && defaultValue !== null ? (JSON.parse(JSON.stringify(defaultValue)) as T) : defaultValue;
    }
    return obj[this.name] as T | undefined;
  }

  async set(context: TurnContext, value: T): Promise<void> {
    const obj = (this.state.get(context) ?? (await this.state.load(context))) as Record<string, unknown>;
    obj[this.name] = value;
  }

  async delete(context: TurnContext): Promise<void> {
    const obj = (this.state.get(context) ?? (await this.state.load(context))) as Record<string, unknown>;
    if (Object.prototype.hasOwnProperty.call(obj, this.name)) delete obj[this.name];
  }
}
