import { describe, expect, it } from 'vitest';
import { budgetFit } from '../../src/advice/costs.js';
import { compareTuition } from '../../src/advice/tuition.js';
import { kb, program } from '../helpers/fixtureUnderstanding.js';

describe('compareTuition', () => {
  it('ranks only figures in a unit two programs share, and lists the rest with their own figures', () => {
    const c = compareTuition(kb.programs, 'lowest');
    expect(c.unit).toBeUndefined();
    expect(c.ranked).toEqual([]);
    expect(c.others.map((o) => o.program.id)).toEqual(['alder', 'birch', 'cedar']);
  });

  it('uses the figures of the residency asked for', () => {
    const c = compareTuition([program('birch'), program('cedar')], 'lowest', 'out_of_state');
    expect(c.others.map((o) => o.figures.map((f) => f.amount))).toEqual([[12000], [8000]]);
  });
});

describe('budgetFit', () => {
  it('fits a figure without a unit whose every reading comes within the budget, and only then', () => {
    // Cedar Valley's $8,000 without a unit over its two years: at most $32,000 (a figure a semester), at least $8,000.
    expect(budgetFit(program('cedar'), 32000, 'at_most')).toMatchObject({
      status: 'yes',
      basis: { kind: 'bounded', ceiling: 32000 },
    });
    expect(budgetFit(program('cedar'), 20000, 'at_most').status).toBe('unknown');
  });

  it('compares a budget with an estimated total', () => {
    expect(budgetFit(program('alder'), 7000, 'at_most')).toMatchObject({ status: 'yes', basis: { kind: 'estimate' } });
    expect(budgetFit(program('alder'), 5000, 'at_most').status).toBe('no');
  });

  it('does not rule out a yearly rate over budget when the program can take under a year', () => {
    expect(budgetFit(program('birch'), 4000, 'at_most')).toMatchObject({
      status: 'unknown',
      basis: { kind: 'noTotal', shortYear: true },
    });
  });

  it("counts a yearly rate for the program's share of a year, a range for a range of lengths, for the student's residency", () => {
    expect(budgetFit(program('birch'), 6000, 'at_most', 'in_state')).toMatchObject({
      status: 'yes',
      basis: { kind: 'estimate', estimate: { low: 2500, amount: 5000 } },
    });
    expect(budgetFit(program('birch'), 6000, 'at_most', 'out_of_state')).toMatchObject({
      status: 'unknown',
      basis: { kind: 'estimate', estimate: { low: 6000, amount: 12000 } },
    });
    expect(budgetFit(program('birch'), 5000, 'at_most', 'out_of_state')).toMatchObject({ status: 'no' });
  });

  it('settles a budget without a residency when the estimate at every rate agrees, citing the rate that settles it', () => {
    expect(budgetFit(program('birch'), 2000, 'at_most')).toMatchObject({
      status: 'no',
      basis: { kind: 'estimate', estimate: { low: 2500, amount: 5000 } },
    });
    expect(budgetFit(program('birch'), 15000, 'at_most')).toMatchObject({
      status: 'yes',
      basis: { kind: 'estimate', estimate: { low: 6000, amount: 12000 } },
    });
  });

  it('rules out a figure past the budget when no shorter time could make it fit', () => {
    expect(budgetFit(program('cedar'), 5000, 'at_most')).toMatchObject({ status: 'no', basis: { kind: 'pastLimit' } });
  });
});
