/**
 * Picks entries of the last list the bot showed by their place in it: "the second one", "number 3",
 * "the last school", or just "second" on its own.
 */
import type { QueryVocabulary } from '../knowledge/types.js';
import { FUNCTION_WORDS } from '../nlu/stopwords.js';

/** The places (1-based; -1 for the last) a message points at, in the order mentioned, without repeats. */
export function listPositions(
  tokens: readonly string[],
  vocabulary: Pick<QueryVocabulary, 'positions' | 'numberWords'>,
): number[] {
  const { ordinals, nouns, numberPrefixes } = vocabulary.positions;
  const ordinalOf = (token: string): number | undefined => ordinals.find((o) => o.word === token)?.value;
  const numberOf = (token: string): number | undefined =>
    /^\d+$/.test(token) ? Number(token) : vocabulary.numberWords.find((w) => w.word === token)?.value;
  const content = tokens.filter((t) => !FUNCTION_WORDS.has(t));
  // A message that is nothing but an ordinal ("second", "the last") picks that place.
  const lone = content.length === 1 && content[0] !== undefined ? ordinalOf(content[0]) : undefined;
  if (lone !== undefined) return [lone];
  const found: number[] = [];
  tokens.forEach((token, i) => {
    const next = tokens[i + 1];
    if (next === undefined) return;
    const ordinal = ordinalOf(token);
    // "the second one", "the last program", and "the first and second ones" (the noun after the last ordinal).
    if (
      ordinal !== undefined &&
      (nouns.includes(next) ||
        nouns.includes(next.replace(/s$/, '')) ||
        (['and', 'or'].includes(next) && tokens.slice(i + 2, i + 4).some((t) => ordinalOf(t) !== undefined)))
    )
      found.push(ordinal);
    const number = numberPrefixes.includes(token) ? numberOf(next) : undefined;
    if (number !== undefined && number > 0) found.push(number);
  });
  return [...new Set(found)];
}

/** The entries of `list` at those places; undefined when any place is not in the list. */
export function entriesAt<T>(list: readonly T[], positions: readonly number[]): T[] | undefined {
  const entries = positions.map((p) => (p < 0 ? list[list.length + p] : list[p - 1]));
  return entries.every((e): e is T => e !== undefined) ? entries : undefined;
}

/** Verbs of paying before "the rest", which then means the rest of a sum ("can aid cover the rest?"). */
const PAYING: ReadonlySet<string> = new Set(['cover', 'covers', 'pay', 'pays', 'paying', 'fund', 'finance', 'foot']);

/** Pronouns for the school under discussion ("what else would they want?", "what else does it need?"). */
const SCHOOL_PRONOUNS: ReadonlySet<string> = new Set(['they', 'it', 'them']);

/** Words after "remaining" that make it the rest of a sum ("the remaining cost"). */
const SUM_NOUNS: ReadonlySet<string> = new Set(['cost', 'costs', 'balance', 'amount', 'tuition', 'fees', 'money']);

/**
 * Whether the word at `i` speaks of other programs ("the others", "anything else"), not of the rest of a sum
 * ("can aid cover the rest?", "the remaining cost").
 */
export function isOtherWord(tokens: readonly string[], i: number, otherWords: readonly string[]): boolean {
  return (
    otherWords.includes(tokens[i] ?? '') &&
    !(tokens[i - 1] === 'the' && PAYING.has(tokens[i - 2] ?? '')) &&
    !SUM_NOUNS.has(tokens[i + 1] ?? '') &&
    // "What else would they want?": more of what the school under discussion asks, not another school.
    !tokens.slice(i + 1, i + 3).some((t) => SCHOOL_PRONOUNS.has(t))
  );
}

/** How many words may stand between "the other" and its noun ("the other fully online one"). */
const OTHER_REACH = 2;

/** The words between "the other" and the noun it qualifies ("the other **online** one"); an empty span when there are none. */
export function otherDescription(
  tokens: readonly string[],
  vocabulary: Pick<QueryVocabulary, 'positions' | 'otherWords'>,
): { from: number; to: number } {
  const at = tokens.findIndex((t, i) => vocabulary.otherWords.includes(t) && tokens[i - 1] === 'the');
  const noun =
    at < 0
      ? -1
      : tokens.findIndex((t, i) => i > at && i <= at + OTHER_REACH + 1 && vocabulary.positions.nouns.includes(t));
  return noun < 0 ? { from: -1, to: -1 } : { from: at, to: noun };
}

/**
 * "The other one", "the other online one", "the other's accreditor", "what about the others?": a
 * message pointing at the programs of the last list or pair that are not the ones under discussion.
 */
export function pointsAtOthers(
  tokens: readonly string[],
  vocabulary: Pick<QueryVocabulary, 'positions' | 'otherWords'>,
): 'one' | 'all' | undefined {
  const { nouns } = vocabulary.positions;
  const at = tokens.findIndex(
    (t, i) =>
      isOtherWord(tokens, i, vocabulary.otherWords) &&
      tokens[i - 1] === 'the' &&
      (t.endsWith('s') ||
        i === tokens.length - 1 ||
        tokens
          .slice(i + 1, i + 1 + OTHER_REACH)
          .some((n) => nouns.includes(n) || nouns.includes(n.replace(/s$/, '')) || n === 's')),
  );
  if (at < 0) return undefined;
  // "The others", "the other ones", "the other schools": all of them.
  const plural = [
    tokens[at],
    ...tokens.slice(at + 1, at + 1 + OTHER_REACH).filter((n) => n !== 's' && nouns.includes(n.replace(/s$/, ''))),
  ];
  return plural.some((w) => w !== undefined && w.endsWith('s')) ? 'all' : 'one';
}

/**
 * The programs of the last list besides those under discussion; of a pair both under discussion, the
 * second; with no list, every other program when the message asks about them all ("the others").
 */
export function theOthers(
  discussed: readonly string[],
  lastResults: readonly string[] | undefined,
  all: readonly string[],
  plural: boolean,
): string[] {
  const rest = (lastResults ?? discussed).filter((id) => !discussed.includes(id));
  if (rest.length > 0) return rest;
  if (discussed.length === 2) return discussed.slice(1);
  return plural ? all.filter((id) => !discussed.includes(id)) : [];
}
