/**
 * Understands the current message once per turn and shares the result between the interruption
 * check and the dialog that handles the turn.
 */
import type { StatePropertyAccessor, TurnContext } from 'botbuilder';
import type { KnowledgeBase } from '../knowledge/types.js';
import type { Recognize } from '../nlu/recognizer.js';
import { remember, understand, type TurnMemory, type Understanding } from './understand.js';

const CACHE_KEY = Symbol('understanding');
/** The memory of a conversation that has none yet (shared, so frozen). */
const NO_MEMORY: TurnMemory = Object.freeze({ programs: Object.freeze([]) });

/** Recognizes messages in the context of the conversation's memory. */
export class TurnUnderstanding {
  constructor(
    private readonly recognizer: Recognize,
    private readonly kb: KnowledgeBase,
    private readonly memory: StatePropertyAccessor<TurnMemory>,
  ) {}

  /** The meaning of this turn's message (computed once, then cached on the turn). */
  async of(context: TurnContext): Promise<Understanding> {
    const cached = context.turnState.get(CACHE_KEY) as Understanding | undefined;
    if (cached !== undefined) return cached;
    const text = typeof context.activity.text === 'string' ? context.activity.text : '';
    const u = understand(this.recognizer.recognize(text), this.kb, await this.recall(context));
    context.turnState.set(CACHE_KEY, u);
    return u;
  }

  /** Replaces the cached meaning, e.g. after the user picked an option in "Did you mean…?". */
  override(context: TurnContext, u: Understanding): void {
    context.turnState.set(CACHE_KEY, u);
  }

  /** What the conversation remembers from earlier turns. */
  async recall(context: TurnContext): Promise<TurnMemory> {
    return (await this.memory.get(context, NO_MEMORY)) ?? NO_MEMORY;
  }

  /** Stores this turn for the next one's follow-ups. */
  async commit(context: TurnContext, u: Understanding, extra: Partial<TurnMemory> = {}): Promise<void> {
    await this.memory.set(context, { ...remember(u, await this.recall(context)), ...extra });
  }

  /** Forgets everything about the conversation so far ("start over"). */
  async forget(context: TurnContext): Promise<void> {
    await this.memory.set(context, { programs: [] });
  }
}
