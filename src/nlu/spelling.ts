/**
 * Spelling correction against the model's own vocabulary (symmetric-delete lookup, verified with
 * a bounded Damerau-Levenshtein distance).
 * @remarks Only words the model has never seen are corrected, only to a word with the same first
 * letter, and only within one edit (two for long words): enough for "tution" or "clarksen",
 * without turning unrelated words into known ones. Ties go to the word that also keeps the last
 * letter ("helo" → "hello", not "help"), then to the more frequent word.
 */
import { boundedEditDistance } from './editDistance.js';
import { DEFAULT_RECOGNIZER_OPTIONS, type SpellingOptions } from './options.js';

/** A correction the speller made, reported in the recognizer's explanation. */
export interface Correction {
  readonly from: string;
  readonly to: string;
}

function deletes(word: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < word.length; i++) out.push(word.slice(0, i) + word.slice(i + 1));
  return out;
}

/** Corrects unknown words to the closest known word. Built once per model. */
export class Speller {
  private readonly index = new Map<string, string[]>();
  private readonly frequency: ReadonlyMap<string, number>;

  /**
   * @param frequency how often each known word occurs; ties go to the more frequent word.
   * @param kept words that are never corrected but never offered as corrections either ("oversees" stays, and nothing becomes "overseas").
   */
  constructor(
    frequency: ReadonlyMap<string, number>,
    private readonly options: SpellingOptions = DEFAULT_RECOGNIZER_OPTIONS.spelling,
    private readonly kept: ReadonlySet<string> = new Set(),
  ) {
    this.frequency = frequency;
    for (const word of frequency.keys()) {
      if (word.length < options.minLength - 1 || word.length > options.maxLength || /\d/.test(word)) continue;
      for (const key of this.keysOf(word)) {
        const bucket = this.index.get(key);
        if (bucket === undefined) this.index.set(key, [word]);
        else if (!bucket.includes(word)) bucket.push(word);
      }
    }
  }

  /** The best known replacement for an unknown word, or undefined to keep it. */
  correct(word: string): string | undefined {
    const { minLength, maxLength } = this.options;
    if (
      this.frequency.has(word) ||
      this.kept.has(word) ||
      word.length < minLength ||
      word.length > maxLength ||
      /\d/.test(word)
    )
      return undefined;
    const limit = this.maxEdits(word);
    let best: string | undefined;
    let bestRank = Infinity;
    for (const key of this.keysOf(word)) {
      for (const candidate of this.index.get(key) ?? []) {
        if (candidate[0] !== word[0]) continue;
        const bound = Math.min(limit, this.maxEdits(candidate));
        const distance = boundedEditDistance(word, candidate, bound);
        if (distance > bound) continue;
        // Fewest edits first; then a word keeping the last letter too (typists keep first and last letters); then the more frequent.
        const lastDiffers = candidate[candidate.length - 1] !== word[word.length - 1] ? 1 : 0;
        const rank = (distance * 2 + lastDiffers) * 1e9 - (this.frequency.get(candidate) ?? 0);
        if (rank < bestRank) {
          best = candidate;
          bestRank = rank;
        }
      }
    }
    return best;
  }

  /** The word itself, its one-deletes and, for long words, its two-deletes. */
  private keysOf(word: string): Set<string> {
    const keys = new Set<string>([word]);
    const first = deletes(word);
    for (const d of first) keys.add(d);
    if (this.maxEdits(word) > 1) for (const d of first) for (const dd of deletes(d)) keys.add(dd);
    return keys;
  }

  /** Edits allowed for a word of this length: two for long words, else one. */
  private maxEdits(word: string): number {
    return word.length >= this.options.longWord ? 2 : 1;
  }
}
