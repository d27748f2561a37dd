/**
 * Spelling correction against the model's own vocabulary (symmetric-delete lookup, verified with
 * a bounded Damerau-Levenshtein distance).
 * @remarks Only words the model has never seen are corrected, only to a word with the same first
 * letter, and only within one edit (two for long words): enough for "tution" or "clarksen",
 * without turning unrelated words into known ones. Ties go to the word that also keeps the last
 * letter ("helo" → "hello", not "help"), then to the more frequent word.
 */
import { boundedEditDistance } from './editDistance.js';

/** A correction the speller made, reported in the recognizer's explanation. */
export interface Correction {
  readonly from: string;
  readonly to: string;
}

const MIN_LENGTH = 4;
const LONG_WORD = 8;
/** Longer tokens (URLs, keyboard mashing) are left alone: their delete sets grow quadratically. */
const MAX_LENGTH = 24;

function deletes(word: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < word.length; i++) out.push(word.slice(0, i) + word.slice(i + 1));
  return out;
}

function maxEdits(word: string): number {
  return word.length >= LONG_WORD ? 2 : 1;
}

/** Corrects unknown words to the closest known word. Built once per model. */
export class Speller {
  private readonly index = new Map<string, string[]>();
  private readonly frequency: ReadonlyMap<string, number>;

  /** @param frequency how often each known word occurs; ties go to the more frequent word. */
  constructor(frequency: ReadonlyMap<string, number>) {
    this.frequency = frequency;
    for (const word of frequency.keys()) {
      if (word.length < MIN_LENGTH - 1 || word.length > MAX_LENGTH || /\d/.test(word)) continue;
      for (const key of this.keysOf(word)) {
        const bucket = this.index.get(key);
        if (bucket === undefined) this.index.set(key, [word]);
        else if (!bucket.includes(word)) bucket.push(word);
      }
    }
  }

  /** True when the word is in the vocabulary. */
  knows(word: string): boolean {
    return this.frequency.has(word);
  }

  /** The best known replacement for an unknown word, or undefined to keep it. */
  correct(word: string): string | undefined {
    if (this.frequency.has(word) || word.length < MIN_LENGTH || word.length > MAX_LENGTH || /\d/.test(word)) return undefined;
    const limit = maxEdits(word);
    let best: string | undefined;
    let bestRank = Infinity;
    for (const key of this.keysOf(word)) {
      for (const candidate of this.index.get(key) ?? []) {
        if (candidate[0] !== word[0]) continue;
        const bound = Math.min(limit, maxEdits(candidate));
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
    if (maxEdits(word) > 1) for (const d of first) for (const dd of deletes(d)) keys.add(dd);
    return keys;
  }
}
