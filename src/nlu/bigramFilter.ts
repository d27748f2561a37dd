/**
 * A lossless pre-filter for fuzzy phrase search: a pattern of length L found within a phrase
 * with at most e edits keeps at least L - 1 - 2e of its character bigrams (the q-gram lemma), so
 * a phrase sharing fewer cannot match and the costly fuzzy search is skipped.
 */

function bigrams(text: string): string[] {
  const out: string[] = [];
  for (let i = 0; i + 2 <= text.length; i++) out.push(text.slice(i, i + 2));
  return out;
}

/** Indexes phrases by character bigram. */
export class BigramFilter {
  private readonly index = new Map<string, number[]>();
  private readonly size: number;

  /** @param phrases the searchable phrases; results refer to them by position. */
  constructor(phrases: readonly string[]) {
    phrases.forEach((phrase, id) => {
      for (const gram of new Set(bigrams(phrase))) {
        const list = this.index.get(gram);
        if (list === undefined) this.index.set(gram, [id]);
        else list.push(id);
      }
    });
    this.size = phrases.length;
  }

  /**
   * Positions of the phrases that could contain `pattern` with at most `errorRate × length`
   * edits, in ascending order.
   */
  candidates(pattern: string, errorRate: number): number[] {
    const grams = bigrams(pattern);
    const need = grams.length - 2 * Math.floor(errorRate * pattern.length);
    if (need <= 0) return Array.from({ length: this.size }, (_, i) => i);
    const counts = new Int32Array(this.size);
    for (const gram of grams) for (const id of this.index.get(gram) ?? []) counts[id] = (counts[id] as number) + 1;
    const out: number[] = [];
    counts.forEach((c, id) => {
      if (c >= need) out.push(id);
    });
    return out;
  }
}
