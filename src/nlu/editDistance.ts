/**
 * Bounded optimal-string-alignment distance (Damerau-Levenshtein with adjacent transpositions),
 * for the speller: it gives up as soon as the distance must exceed the bound.
 */

/**
 * The edit distance between `a` and `b` counting insertions, deletions, substitutions and
 * adjacent transpositions, or `bound + 1` when it is larger than `bound`.
 */
export function boundedEditDistance(a: string, b: string, bound: number): number {
  if (Math.abs(a.length - b.length) > bound) return bound + 1;
  const n = b.length;
  let prevPrev = new Int32Array(n + 1);
  let prev = new Int32Array(n + 1);
  let cur = new Int32Array(n + 1);
  for (let j = 0; j <= n; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let rowMin = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= n; j++) {
      const cb = b.charCodeAt(j - 1);
      const cost = ca === cb ? 0 : 1;
      let d = Math.min((prev[j] as number) + 1, (cur[j - 1] as number) + 1, (prev[j - 1] as number) + cost);
      if (i > 1 && j > 1 && ca === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === cb)
        d = Math.min(d, (prevPrev[j - 2] as number) + 1);
      cur[j] = d;
      if (d < rowMin) rowMin = d;
    }
    if (rowMin > bound) return bound + 1;
    [prevPrev, prev, cur] = [prev, cur, prevPrev];
  }
  const distance = prev[n] as number;
  return distance > bound ? bound + 1 : distance;
}
