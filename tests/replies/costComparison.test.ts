import { describe, expect, it } from 'vitest';
import { costEstimate } from '../../src/advice/costs.js';
import { costComparisonAnswer, residencyGapAnswer, residencyGapsAnswer } from '../../src/replies/claims.js';
import { kb, program } from '../helpers/fixtureUnderstanding.js';

describe('comparing the cost of two programs that give a rate in the same unit', () => {
  const alder = program('alder');
  const dearer = { ...alder, id: 'dear', shortName: 'Dearer', tuition: [{ ...alder.tuition[0]!, amount: 450 }] };
  const side = (p: typeof alder) => ({ program: p, figures: p.tuition, estimate: undefined });

  it('says by how much one costs less, in that unit', () => {
    const text = costComparisonAnswer(kb, side(alder), side(dearer), { yesNo: true, cheaper: true }).text;
    expect(text).toMatch(/^Yes: \*\*Alder\*\* costs less than Dearer, .*\$150 less per credit/);
  });

  it('says by how much one costs more when that is what was asked', () => {
    const text = costComparisonAnswer(kb, side(alder), side(dearer), { yesNo: false, cheaper: false }).text;
    expect(text).toMatch(/\*\*Dearer\*\* costs more than Alder, .*\$150 more per credit/);
  });

  it('answers "is it more than double?" with how many times the one rate is the other', () => {
    const more = costComparisonAnswer(kb, side(dearer), side(alder), { yesNo: false, cheaper: true, times: 2 }).text;
    expect(more).toMatch(/^No: Dearer's \*\*\$450\*\* per credit is about 1\.5 times Alder's \*\*\$300\*\* per credit/);
    const over = costComparisonAnswer(kb, side(dearer), side(alder), { yesNo: false, cheaper: true, times: 1 }).text;
    expect(over).toMatch(/^Yes: /);
  });
});

describe('comparing a figure without a unit with an estimated total', () => {
  const alder = program('alder');
  const cedar = program('cedar');
  // A six-month program whose only figure has no unit: on any reading its total is at most that figure.
  const short = {
    ...cedar,
    id: 'short',
    shortName: 'Short',
    duration: { minMonths: 6, maxMonths: 6 },
    tuition: [{ ...cedar.tuition[0]!, amount: 2500 }],
  };
  const side = (p: typeof alder) => ({
    program: p,
    figures: p.tuition,
    estimate: costEstimate(p, undefined),
  });

  it('says it is very likely cheaper when even charged per semester it is below the other total', () => {
    const text = costComparisonAnswer(kb, side(short), side(alder), { yesNo: true, cheaper: true }).text;
    expect(text).toMatch(/^Yes: \*\*Short\*\* very likely costs less than Alder, by at least about \$3,500/);
    expect(text).toContain("doesn't say what Short's $2,500 is per");
  });

  it('says it is very likely dearer when even as the whole program it is above the other total', () => {
    const text = costComparisonAnswer(kb, side(cedar), side(alder), { yesNo: true, cheaper: true }).text;
    expect(text).toMatch(/^No: \*\*Alder\*\* very likely costs less than Cedar Valley, by at least about \$2,000/);
  });
});

describe('comparing, for each rate, a program whose in-state rate has no unit', () => {
  const alder = program('alder');
  const [inState, outOfState] = program('birch').tuition;
  const split = {
    ...program('birch'),
    id: 'split',
    shortName: 'Split',
    duration: { minMonths: 6, maxMonths: 6 },
    tuition: [
      { ...inState!, amount: 2000, unit: 'unspecified' as const },
      { ...outOfState!, amount: 8000, unit: 'per_semester' as const },
    ],
  };
  const side = (p: typeof alder) => ({ program: p, figures: p.tuition, estimate: costEstimate(p, undefined) });

  it('settles the in-state case on every reading of the bare figure, and the other case by the estimates', () => {
    const text = costComparisonAnswer(kb, side(split), side(alder), { yesNo: false, cheaper: true }).text;
    expect(text).toMatch(/If you live in Arizona, \*\*Split\*\* very likely costs less, by at least about \$4,000/);
    expect(text).toContain('If you live anywhere else, **Alder** costs less');
    expect(text).not.toContain("figures don't settle it");
  });
});

describe('the gap between the in-state and out-of-state rates of one program', () => {
  const birch = program('birch');
  const [inState, outOfState] = birch.tuition;
  const bare = {
    ...birch,
    tuition: [
      { ...inState!, amount: 2000, unit: 'unspecified' as const },
      { ...outOfState!, amount: 8000, unit: 'per_semester' as const },
    ],
  };

  it('works it out in their shared unit', () => {
    expect(residencyGapAnswer(birch).text).toMatch(/\$7,000 more per year.*my estimate/);
  });

  it('gives the gap only as a guess when one rate has no unit, and says so', () => {
    const text = residencyGapAnswer(bare).text;
    expect(text).toMatch(/^I can't work out the difference .* for certain/);
    expect(text).toMatch(
      /If that rate is also per semester, which the article doesn't say, .*\$6,000 more per semester, about 4 times/,
    );
  });
});

describe('the gaps between the in-state and out-of-state rates of several programs', () => {
  const birch = program('birch');
  const wide = {
    ...birch,
    id: 'wide',
    shortName: 'Wide',
    tuition: birch.tuition.map((f) => (f.residency === 'out_of_state' ? { ...f, amount: 20000 } : f)),
  };

  it('names the larger gap when both are in the same unit', () => {
    const text = residencyGapsAnswer([birch, wide], { largest: true }).text;
    expect(text).toMatch(
      /^Both give separate in-state and out-of-state rates\. The larger gap is at \*\*Wide\*\*: \$15,000 per year \(my estimate\)/,
    );
  });

  it('says which gap cannot be told when only one can be worked out for certain', () => {
    const bare = {
      ...wide,
      tuition: wide.tuition.map((f) => (f.residency === 'in_state' ? { ...f, unit: 'unspecified' as const } : f)),
    };
    const text = residencyGapsAnswer([birch, bare], { largest: true }).text;
    expect(text).toContain("Only Birchwood's gap can be worked out for certain (my estimate: $7,000 per year)");
  });

  it('leaves programs with one figure out of the gaps and says the article does not tell', () => {
    const text = residencyGapsAnswer([program('alder'), birch], { largest: false }).text;
    expect(text).toMatch(
      /^\*\*One of the two programs\*\* gives separate in-state and out-of-state rates: Birchwood\./,
    );
    expect(text).toContain('The article gives Alder one figure, with no residency');
  });
});
