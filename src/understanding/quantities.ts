/**
 * Reads amounts from a message's tokens: money ("under $10,000"), tuition figures with their unit
 * ("$300 per credit", "$15,000 a year": figures, not budgets), credits ("15 credits"), and time
 * ("less than a year", "longer than a year": strictly more). Vocabulary (units, number words,
 * comparators) is data from `knowledge/lexicon.json`.
 */
import type { Quantity } from '../advice/queryEngine.js';
import type { Comparator, QueryVocabulary, UnitWord } from '../knowledge/types.js';
import { PhraseMatcher, type PhraseMatch } from './phraseMatcher.js';

/** Lengths that "over" spans rather than exceeds ("over the summer"). */
const DURING_UNITS: ReadonlySet<string> = new Set(['summer', 'semester']);
/** How far before a number a comparator may stand ("less than about 12 months"). */
const COMPARATOR_REACH = 3;
/** How many words may stand between the two ends of a range ("6 and 12", "$5,000 to $10,000"). */
const RANGE_GAP = 2;
/** Words after a comparator that point back at a figure given before ("cheaper than that"). */
const POINTERS: ReadonlySet<string> = new Set(['that', 'this', 'it']);
/** Bounds that may follow a figure instead of preceding it ("a year at most", "$8k max"). */
const TRAILING_BOUNDS: ReadonlySet<string> = new Set([
  'at most',
  'max',
  'maximum',
  'at least',
  'minimum',
  'or less',
  'or under',
  'or fewer',
  'or shorter',
  'or cheaper',
  'tops',
  'or more',
  'or longer',
  'or over',
]);
/** A bare number this large, without a unit, is taken as money ("anything under 5000"). */
const BARE_MONEY_FLOOR = 100;
/** Words that open a unit of one whole ("the full year", "the whole year"). */
const WHOLE_WORDS: ReadonlySet<string> = new Set(['full', 'whole', 'entire']);
/** Words before a figure that quote one already given ("the $14,198", "that 6,228"). */
const QUOTING: ReadonlySet<string> = new Set(['the', 'that', 'this']);
/** Words after a quoted figure that make it the student's own money ("the $5,000 I saved"). */
const OWNERS: ReadonlySet<string> = new Set(['i', 'we', 'you', 'my', 'our', 'he', 'she', 'they']);
/** "a", "an": before a bare number and a noun, the number names the noun ("a 911 dispatcher"). */
const ARTICLES: ReadonlySet<string> = new Set(['a', 'an']);
/** Nouns after "a 5000" that still make it money ("a 5000 budget"). */
const BUDGET_NOUNS: ReadonlySet<string> = new Set(['budget', 'limit', 'cap', 'max', 'maximum', 'total', 'dollar']);
/** Words that deny a floor said after them ("don't want to spend more than", "can't afford over", "won't pay above"). */
const DENIALS: ReadonlySet<string> = new Set(['not', 'never', 'wont', 'cant', 'dont']);

/** Verbs of paying that must stand between the denial and "more than" ("not sure, more than 10k" is a floor). */
const SPENDING_VERBS: ReadonlySet<string> = new Set(['spend', 'pay', 'afford', 'go', 'put', 'borrow', 'take', 'owe']);

/** How far before "more than" such a word may stand. */
const DENIAL_REACH = 5;

/** Bare numbers in this span after a word of time ("in 2009", "since 2015") are years, not money. */
const YEARS = { from: 1900, to: 2099 } as const;

type After = { readonly per: NonNullable<Quantity['per']> } | 'ignored';

interface NumberMatch {
  readonly tag: number;
  readonly start: number;
  readonly end: number;
  readonly digits: boolean;
}

/** Parses quantities with the vocabulary it was built with. */
export class QuantityParser {
  private readonly yearWords: ReadonlySet<string>;
  private readonly frequencyWords: ReadonlySet<string>;
  private readonly numbers: PhraseMatcher<number>;
  private readonly units: PhraseMatcher<UnitWord>;
  private readonly comparators: PhraseMatcher<Comparator>;
  private readonly after: PhraseMatcher<After>;

  constructor(vocabulary: QueryVocabulary) {
    this.yearWords = new Set(vocabulary.yearWords);
    this.frequencyWords = new Set(vocabulary.frequencyWords);
    this.numbers = new PhraseMatcher(vocabulary.numberWords.map((n) => [n.word, n.value] as const));
    this.units = new PhraseMatcher(vocabulary.units.map((u) => [u.phrase, u] as const));
    this.comparators = new PhraseMatcher(
      vocabulary.comparators.flatMap((c) => c.phrases.map((p) => [p, c.id] as const)),
    );
    this.after = new PhraseMatcher<After>([
      ...vocabulary.moneyUnits.map((m) => [m.phrase, { per: m.unit }] as const),
      ...vocabulary.ignoredUnits.map((p) => [p, 'ignored'] as const),
    ]);
  }

  /** Every quantity in the tokens, in order; "between 6 and 12 months" gives a lower and an upper bound. */
  parse(tokens: readonly string[]): Quantity[] {
    // "A summer term": a unit before one of its blocking words is no unit.
    const units = this.units.match(tokens).filter((u) => !(u.tag.notBefore?.includes(tokens[u.end] ?? '') ?? false));
    const comparators = this.comparators.match(tokens);
    const digitNumbers: NumberMatch[] = tokens.flatMap((t, i) =>
      /^\d+(\.\d+)?$/.test(t) ? [{ tag: Number(t), start: i, end: i + 1, digits: true }] : [],
    );
    const unitMatch = (n: { end: number }): PhraseMatch<UnitWord> | undefined =>
      units.find((u) => u.start === n.end || (u.start === n.end + 1 && tokens[n.end] === 'of'));
    // A unit phrase right after an amount of money ("a year" in "$6,000 a year") or of credits ("3 credits a term", "two
    // credit hours per term") is not a number of its own.
    const wordNumbers = this.numbers.match(tokens);
    const afterMoney = this.after
      .match(tokens)
      .filter(
        (a) =>
          digitNumbers.some(
            (n) =>
              (unitMatch(n)?.tag.measure === 'money' ||
                unitMatch(n)?.tag.measure === 'credits' ||
                n.tag >= BARE_MONEY_FLOOR) &&
              (unitMatch(n)?.end ?? n.end) === a.start,
          ) || wordNumbers.some((n) => unitMatch(n)?.tag.measure === 'credits' && unitMatch(n)?.end === a.start),
      );
    const taken = new Set(afterMoney.flatMap((a) => range(a.start, a.end)));
    // "And if it took the full year?": one whole unit, as "a full year" is.
    const theWhole: NumberMatch[] = units
      .filter((u) => tokens[u.start - 1] === 'the' && WHOLE_WORDS.has(tokens[u.start] ?? ''))
      .map((u) => ({ tag: 1, start: u.start - 1, end: u.start, digits: false }));
    const numbers = [
      ...digitNumbers,
      ...theWhole,
      ...wordNumbers.filter((m) => !taken.has(m.start)).map((m) => ({ ...m, digits: false })),
    ].sort((a, b) => a.start - b.start);
    const perWord = (n: { end: number }): After | undefined =>
      afterMoney.find((a) => a.start === (unitMatch(n)?.end ?? n.end))?.tag;
    const out: Quantity[] = [];
    const push = (q: Quantity, n: NumberMatch): void => {
      // "3 credit hours per term": a pace, not a number of credits.
      const pace = q.measure === 'credits' ? perWord(n) : undefined;
      if (pace !== undefined && pace !== 'ignored' && pace.per !== 'per_credit')
        return void out.push({ ...q, per: pace.per });
      if (q.measure !== 'money') return void out.push(q);
      const per = perWord(n);
      if (per === 'ignored') return;
      // "Is the $14,198 at HACC the same for me?": a figure quoted back, not a budget ("the $5,000 I saved" is one).
      // ("HACC's 14k" reaches here as "hacc 14000": the understander, which knows program names, sets that aside.)
      const quoted = QUOTING.has(tokens[n.start - 1] ?? '');
      if (per === undefined && quoted && !OWNERS.has(tokens[unitMatch(n)?.end ?? n.end] ?? '')) return;
      out.push(per === undefined ? q : { ...q, per: per.per });
    };
    // "Anything under 5000" is money; "I graduated in 2009" is a year.
    const bareMoney = (n: NumberMatch): boolean =>
      n.digits &&
      n.tag >= BARE_MONEY_FLOOR &&
      // "a 911 dispatcher", "a 300 bed hospital": a number naming something, not an amount of money.
      !(
        ARTICLES.has(tokens[n.start - 1] ?? '') &&
        /^[a-z]+$/.test(tokens[n.end] ?? '') &&
        !BUDGET_NOUNS.has(tokens[n.end] ?? '')
      ) &&
      !(n.tag >= YEARS.from && n.tag <= YEARS.to && this.yearWords.has(tokens[n.start - 1] ?? ''));
    let closesRange = false;
    numbers.forEach((n, k) => {
      // "We relocate every two years": how often, never a length or an amount asked about.
      if (taken.has(n.start) || this.frequencyWords.has(tokens[n.start - 1] ?? '')) return;
      if (closesRange) {
        // The upper end of a range: its comparator is the range's own "between".
        closesRange = false;
        const unit = unitMatch(n)?.tag;
        if (unit !== undefined) push({ measure: unit.measure, value: n.tag * unit.factor, bound: 'at_most' }, n);
        else if (bareMoney(n)) push({ measure: 'money', value: n.tag, bound: 'at_most' }, n);
        return;
      }
      // "a year at most", "$8,000 max": a bound may also follow the figure and its unit.
      const after = unitMatch(n)?.end ?? n.end;
      const trailing = comparators.find(
        (c) => c.start === after && TRAILING_BOUNDS.has(tokens.slice(c.start, c.end).join(' ')),
      )?.tag;
      // "It costs $300 per credit. Would OIT be cheaper than that?": the one figure is the one "that" points back at.
      const pointedBack =
        numbers.length === 1
          ? comparators.find((c) => c.start > n.end && POINTERS.has(tokens[c.end] ?? ''))?.tag
          : undefined;
      const before = comparators.filter((c) => c.end <= n.start && c.end >= n.start - COMPARATOR_REACH).pop();
      // "I don't want to spend more than 10k", "can't afford over $8,000": a floor denied is a ceiling.
      const denied =
        before !== undefined &&
        (before.tag === 'more_than' || before.tag === 'at_least') &&
        tokens
          .slice(Math.max(0, before.start - DENIAL_REACH), before.start)
          .some((t, i, near) => DENIALS.has(t) && near.slice(i + 1).some((w) => SPENDING_VERBS.has(w)));
      // "Over one summer", "over a semester": during it, so at most its length ("over a year" is more than one).
      const during =
        before?.tag === 'more_than' &&
        tokens.slice(before.start, before.end).join(' ') === 'over' &&
        DURING_UNITS.has(tokens[(unitMatch(n)?.end ?? n.end) - 1] ?? '');
      const comparator = (denied || during ? 'at_most' : before?.tag) ?? trailing ?? pointedBack;
      const upper = numbers[k + 1];
      const opensRange = comparator === 'between' && upper !== undefined && upper.start - n.end <= RANGE_GAP;
      // The lower end of a range takes the unit of the upper end: "between 6 and 12 months".
      const unit = unitMatch(n)?.tag ?? (opensRange && upper !== undefined ? unitMatch(upper)?.tag : undefined);
      let measure: Quantity['measure'];
      let value = n.tag;
      // "I work at a dollar general": "a" before a currency word is no amount of money ("a year" is one year).
      if (unit?.measure === 'money' && ARTICLES.has(tokens[n.start] ?? '')) return;
      // "Hours a week": less than a month after "a" is how often, never a length.
      if (unit?.measure === 'months' && unit.factor < 1 && ARTICLES.has(tokens[n.start] ?? '')) return;
      if (unit !== undefined) {
        measure = unit.measure;
        value *= unit.factor;
      } else if (bareMoney(n)) {
        measure = 'money';
      } else {
        return;
      }
      closesRange = opensRange;
      push(quantity(measure, value, comparator), n);
    });
    return out;
  }

  /** The first quantity of a measure, if any (money figures with a unit are not budgets). */
  first(tokens: readonly string[], measure: Quantity['measure']): Quantity | undefined {
    return this.parse(tokens).find((q) => q.measure === measure && q.per === undefined);
  }
}

function quantity(measure: Quantity['measure'], value: number, comparator: Comparator | undefined): Quantity {
  switch (comparator) {
    case 'between':
      return { measure, value, bound: 'at_least' };
    case 'less_than':
      return { measure, value, bound: 'at_most', strict: true };
    case 'more_than':
      return { measure, value, bound: 'at_least', strict: true };
    case undefined:
      return { measure, value, bound: 'at_most', plain: true };
    default:
      return { measure, value, bound: comparator };
  }
}

function range(start: number, end: number): number[] {
  return Array.from({ length: end - start }, (_, i) => start + i);
}
