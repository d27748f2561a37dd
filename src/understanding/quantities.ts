/**
 * Reads amounts of money, rates, credits and lengths of time from a message's tokens: "under
 * $10,000", "$300 per credit" (a rate, not a budget), "15 credits", "less than a year", "longer
 * than a year" (strictly more). Vocabulary (units, number words, comparators) is data from
 * `knowledge/lexicon.json`.
 */
import type { Quantity } from '../advice/queryEngine.js';
import type { Comparator, QueryVocabulary, UnitWord } from '../knowledge/types.js';
import { PhraseMatcher } from './phraseMatcher.js';

/** How far before a number a comparator may stand ("less than about 12 months"). */
const COMPARATOR_REACH = 3;
/** How many words may stand between the two ends of a range ("6 and 12", "$5,000 to $10,000"). */
const RANGE_GAP = 2;
/** A bare number this large, without a unit, is taken as money ("anything under 5000"). */
const BARE_MONEY_FLOOR = 100;

/** Parses quantities with the vocabulary it was built with. */
export class QuantityParser {
  private readonly numbers: PhraseMatcher<number>;
  private readonly units: PhraseMatcher<UnitWord>;
  private readonly comparators: PhraseMatcher<Comparator>;
  private readonly after: PhraseMatcher<'rate' | 'ignored'>;

  constructor(vocabulary: QueryVocabulary) {
    this.numbers = new PhraseMatcher(vocabulary.numberWords.map((n) => [n.word, n.value] as const));
    this.units = new PhraseMatcher(vocabulary.units.map((u) => [u.phrase, u] as const));
    this.comparators = new PhraseMatcher(vocabulary.comparators.flatMap((c) => c.phrases.map((p) => [p, c.id] as const)));
    this.after = new PhraseMatcher([...vocabulary.rateUnits.map((p) => [p, 'rate'] as const), ...vocabulary.ignoredUnits.map((p) => [p, 'ignored'] as const)]);
  }

  /** Every quantity in the tokens, in order; "between 6 and 12 months" gives a lower and an upper bound. */
  parse(tokens: readonly string[]): Quantity[] {
    const units = this.units.match(tokens);
    const comparators = this.comparators.match(tokens);
    const numbers = [
      ...tokens.flatMap((t, i) => (/^\d+(\.\d+)?$/.test(t) ? [{ tag: Number(t), start: i, end: i + 1, digits: true }] : [])),
      ...this.numbers.match(tokens).map((m) => ({ ...m, digits: false })),
    ].sort((a, b) => a.start - b.start);
    const afterUnits = this.after.match(tokens);
    const unitMatch = (n: { end: number }) => units.find((u) => u.start === n.end || (u.start === n.end + 1 && tokens[n.end] === 'of'));
    const unitAfter = (n: { end: number }): UnitWord | undefined => unitMatch(n)?.tag;
    // "$300 per credit" is a rate; "$25 an hour" is neither a budget nor a rate.
    const perWord = (n: { end: number }) => {
      const end = unitMatch(n)?.end ?? n.end;
      return afterUnits.find((a) => a.start === end)?.tag;
    };
    const out: Quantity[] = [];
    const push = (q: Quantity, n: { end: number }): void => {
      const per = q.measure === 'money' ? perWord(n) : undefined;
      if (per === 'ignored') return;
      out.push(per === 'rate' ? { ...q, measure: 'rate' } : q);
    };
    let closesRange = false;
    numbers.forEach((n, k) => {
      if (closesRange) {
        // The upper end of a range: its comparator is the range's own "between".
        closesRange = false;
        const unit = unitAfter(n);
        if (unit !== undefined) push({ measure: unit.measure, value: n.tag * unit.factor, bound: 'at_most' }, n);
        else if (n.digits && n.tag >= BARE_MONEY_FLOOR) push({ measure: 'money', value: n.tag, bound: 'at_most' }, n);
        return;
      }
      const comparator = comparators.filter((c) => c.end <= n.start && c.end >= n.start - COMPARATOR_REACH).pop()?.tag;
      const upper = numbers[k + 1];
      const opensRange = comparator === 'between' && upper !== undefined && upper.start - n.end <= RANGE_GAP;
      // The lower end of a range takes the unit of the upper end: "between 6 and 12 months".
      const unit = unitAfter(n) ?? (opensRange ? unitAfter(upper) : undefined);
      let measure: Quantity['measure'];
      let value = n.tag;
      if (unit !== undefined) {
        measure = unit.measure;
        value *= unit.factor;
      } else if (n.digits && n.tag >= BARE_MONEY_FLOOR) {
        measure = 'money';
      } else {
        return;
      }
      closesRange = opensRange;
      if (comparator === 'between') push({ measure, value, bound: 'at_least' }, n);
      else if (comparator === 'less_than') push({ measure, value, bound: 'at_most', strict: true }, n);
      else if (comparator === 'more_than') push({ measure, value, bound: 'at_least', strict: true }, n);
      else push({ measure, value, bound: comparator ?? 'at_most' }, n);
    });
    return out;
  }

  /** The first quantity of a measure, if any. */
  first(tokens: readonly string[], measure: Quantity['measure']): Quantity | undefined {
    return this.parse(tokens).find((q) => q.measure === measure);
  }
}
