/**
 * Recent recognitions by exact message text. Suggested-action clicks, greetings and thanks arrive
 * word for word again and again; recognizing them is the largest part of the bot's own work per
 * turn, and the result depends on nothing but the text.
 *
 * A text is cached the second time it is seen, not the first: most typed questions never come
 * again, and keeping each one's recognition for a thousand turns only moves it into the old
 * generation of the heap for the garbage collector to trace (`npm run loadtest`, `bot-unique`).
 * The texts seen once are remembered in a set that starts over when full.
 */
import { LruMap } from '../boundedMaps.js';
import type { Recognition, Recognizer } from './recognizer.js';

/** Anything that recognizes text: a {@link Recognizer} or this cache in front of one. */
export type Recognize = Pick<Recognizer, 'recognize'>;

/** Longer messages are typed, not clicked, and rarely repeat: they are not cached. */
const MAX_CACHED_CHARS = 200;

/** A bounded least-recently-used cache in front of a recognizer. */
export class RecognitionCache implements Recognize {
  private readonly entries: LruMap<string, Recognition>;
  /** Texts seen once since the set last started over. */
  private seenOnce = new Set<string>();

  constructor(
    private readonly recognizer: Recognize,
    private readonly capacity = 1000,
  ) {
    this.entries = new LruMap(capacity);
  }

  /** The recognizer's result for the text, from the cache when the same text was seen recently. */
  recognize(text: string): Recognition {
    const hit = this.entries.get(text);
    if (hit !== undefined) return hit;
    const recognition = this.recognizer.recognize(text);
    if (text.length > MAX_CACHED_CHARS) return recognition;
    if (!this.seenOnce.has(text)) {
      if (this.seenOnce.size >= this.capacity) this.seenOnce = new Set();
      this.seenOnce.add(text);
      return recognition;
    }
    this.seenOnce.delete(text);
    // Shared by every later turn with this text: frozen, so no turn can change another's result.
    this.entries.set(text, frozen(recognition));
    return recognition;
  }

  /** How many recognitions are held. */
  get size(): number {
    return this.entries.size;
  }
}

/** The recognition with itself, its lists and their items frozen. */
function frozen(recognition: Recognition): Recognition {
  for (const list of [recognition.entities, recognition.ranking, recognition.corrections]) {
    for (const item of list) Object.freeze(item);
  }
  for (const list of [recognition.entities, recognition.ranking, recognition.corrections, recognition.tokens, recognition.matchedTerms]) Object.freeze(list);
  if (recognition.intent !== undefined) Object.freeze(recognition.intent);
  return Object.freeze(recognition);
}
