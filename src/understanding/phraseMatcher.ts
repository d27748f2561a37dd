/**
 * Finds vocabulary phrases in a message's tokens: stemmed, longest match first, no overlaps — the
 * same discipline as the recognizer's gazetteer, for the query vocabulary in `knowledge/lexicon.json`.
 */
import { normalize, stem, tokenize } from '../nlu/text.js';

/** One phrase found in the tokens; `start`/`end` are token positions (end exclusive). */
export interface PhraseMatch<T> {
  readonly tag: T;
  readonly start: number;
  readonly end: number;
}

/** Stemmed tokens of a phrase, normalized the way messages are. */
export function phraseStems(phrase: string): string[] {
  return tokenize(normalize(phrase)).map(stem);
}

/** Matches tagged phrases against token lists. */
export class PhraseMatcher<T> {
  private readonly entries: ReadonlyArray<{ readonly stems: readonly string[]; readonly tag: T }>;

  constructor(phrases: Iterable<readonly [string, T]>) {
    const entries: Array<{ stems: string[]; tag: T }> = [];
    for (const [phrase, tag] of phrases) {
      const stems = phraseStems(phrase);
      if (stems.length > 0) entries.push({ stems, tag });
    }
    // Longest first, so "do not require a license" wins over "license".
    this.entries = entries.sort((a, b) => b.stems.length - a.stems.length);
  }

  /** Every non-overlapping match, in message order; `taken` positions are skipped and then marked. */
  match(tokens: readonly string[], taken: boolean[] = new Array<boolean>(tokens.length).fill(false)): PhraseMatch<T>[] {
    const stems = tokens.map(stem);
    const found: PhraseMatch<T>[] = [];
    for (const entry of this.entries) {
      const n = entry.stems.length;
      for (let i = 0; i + n <= stems.length; i++) {
        if (taken.slice(i, i + n).some(Boolean)) continue;
        if (entry.stems.every((s, k) => stems[i + k] === s)) {
          found.push({ tag: entry.tag, start: i, end: i + n });
          for (let k = i; k < i + n; k++) taken[k] = true;
        }
      }
    }
    return found.sort((a, b) => a.start - b.start);
  }
}
