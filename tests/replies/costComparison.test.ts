import { describe, expect, it } from 'vitest';
import { costComparisonAnswer, residencyGapAnswer } from '../../src/replies/claims.js';
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
