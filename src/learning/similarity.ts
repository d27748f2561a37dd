/**
 * Groups questions that ask the same thing in different words, for the staff report: each text
 * becomes the set of its content-word stems (the recognizer's own normalize → tokenize → stem), and
 * a text joins the group whose first question's set overlaps it most (Jaccard), if enough.
 */
import { FUNCTION_WORDS } from '../nlu/stopwords.js';
import { normalize, stem, tokenize } from '../nlu/text.js';

/** Jaccard overlap at or above which two questions count as the same question. */
export const SAME_QUESTION = 0.5;

/** The stems of a text's content words (all its words when it has no content word; the whole text when it has no word). */
export function questionSignature(text: string): ReadonlySet<string> {
  const normalized = normalize(text);
  const tokens = tokenize(normalized);
  const content = tokens.filter((t) => !FUNCTION_WORDS.has(t));
  const words = content.length > 0 ? content : tokens;
  return new Set(words.length > 0 ? words.map(stem) : [normalized]);
}

/** |a ∩ b| / |a ∪ b|; 0 for two empty sets. */
export function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 && b.size === 0) return 0;
  let shared = 0;
  for (const x of a) if (b.has(x)) shared++;
  return shared / (a.size + b.size - shared);
}

/**
 * Splits `items` into groups of similar texts, in order of each group's first item; an item joins
 * the most similar group at or above `threshold` (the earliest on a tie).
 * @remarks Only groups sharing a stem with the item are compared (an index from stem to groups),
 * so twenty thousand questions group in well under a second.
 */
export function groupBySimilarity<T>(
  items: readonly T[],
  textOf: (item: T) => string,
  threshold: number = SAME_QUESTION,
): T[][] {
  const groups: Array<{ signature: ReadonlySet<string>; members: T[] }> = [];
  const byStem = new Map<string, number[]>();
  for (const item of items) {
    const signature = questionSignature(textOf(item));
    let best = -1;
    let bestScore = threshold;
    const seen = new Set<number>();
    for (const s of signature) {
      for (const g of byStem.get(s) ?? []) {
        if (seen.has(g)) continue;
        seen.add(g);
        const score = jaccard(signature, groups[g]?.signature ?? new Set());
        if (score > bestScore || (score === bestScore && (best === -1 || g < best))) {
          best = g;
          bestScore = score;
        }
      }
    }
    const group = groups[best];
    if (group !== undefined) {
      group.members.push(item);
      continue;
    }
    groups.push({ signature, members: [item] });
    for (const s of signature) {
      const list = byStem.get(s);
      if (list === undefined) byStem.set(s, [groups.length - 1]);
      else list.push(groups.length - 1);
    }
  }
  return groups.map((g) => g.members);
}
