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
  /** Phrases by their first stem, each with its rank: longer phrases first, then in the order given. */
  private readonly byFirst = new Map<
    string,
    Array<{ readonly stems: readonly string[]; readonly tag: T; readonly rank: number }>
  >();

  constructor(phrases: Iterable<readonly [string, T]>) {
    const entries: Array<{ stems: string[]; tag: T }> = [];
    for (const [phrase, tag] of phrases) {
      const stems = phraseStems(phrase);
      if (stems.length > 0) entries.push({ stems, tag });
    }
    // Longest first, so "do not require a license" wins over "license".
    entries.sort((a, b) => b.stems.length - a.stems.length);
    entries.forEach((e, rank) => {
      const first = e.stems[0] as string;
      const list = this.byFirst.get(first) ?? [];
      list.push({ ...e, rank });
      this.byFirst.set(first, list);
    });
  }

  /** Every non-overlapping match, in message order; `taken` positions are skipped and then marked. */
  match(tokens: readonly string[], taken?: boolean[]): PhraseMatch<T>[] {
    const stems = stemsOf(tokens);
    const candidates: Array<{ readonly rank: number; readonly tag: T; readonly start: number; readonly end: number }> =
      [];
    stems.forEach((first, i) => {
      for (const e of this.byFirst.get(first) ?? []) {
        if (e.stems.every((s, k) => stems[i + k] === s))
          candidates.push({ rank: e.rank, tag: e.tag, start: i, end: i + e.stems.length });
      }
    });
    if (candidates.length === 0) return [];
    // Longer phrases claim their words first; then earlier ones.
    candidates.sort((a, b) => a.rank - b.rank || a.start - b.start);
    const claimed = taken ?? new Array<boolean>(tokens.length).fill(false);
    const found: PhraseMatch<T>[] = [];
    for (const c of candidates) {
      if (claimed.slice(c.start, c.end).some(Boolean)) continue;
      found.push({ tag: c.tag, start: c.start, end: c.end });
      claimed.fill(true, c.start, c.end);
    }
    return found.sort((a, b) => a.start - b.start);
  }
}

/**
 * The stems of a list of tokens. A message's tokens are matched against dozens of vocabularies in
 * one turn, so they are stemmed once, for as long as the list itself is in use.
 */
const stemmed = new WeakMap<readonly string[], readonly string[]>();

function stemsOf(tokens: readonly string[]): readonly string[] {
  let stems = stemmed.get(tokens);
  if (stems === undefined) {
    stems = tokens.map(stem);
    stemmed.set(tokens, stems);
  }
  return stems;
}
