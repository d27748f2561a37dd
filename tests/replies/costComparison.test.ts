import { describe, expect, it } from 'vitest';
import { costComparisonAnswer } from '../../src/replies/claims.js';
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
