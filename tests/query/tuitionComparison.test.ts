import { describe, expect, it } from 'vitest';
import { budgetVerdict, compareTuition } from '../../src/query/tuitionComparison.js';
import { kb, program } from './fixtures.js';

describe('compareTuition', () => {
  it('ranks only the unit most programs share and lists the rest with their own units', () => {
    const c = compareTuition(kb.programs, 'lowest');
    expect(c.unit).toBe('per_credit');
    expect(c.ranked.map((r) => [r.program.id, r.figure.amount])).toEqual([['oit', 281], ['clarkson', 632]]);
    expect(c.others.map((o) => o.program.id)).toEqual(['hacc', 'weber', 'efsc']);
    expect(c.others.find((o) => o.program.id === 'weber')?.figures).toContain('per year');
  });

  it('refuses to rank programs that share no unit', () => {
    const c = compareTuition([program('weber'), program('clarkson')], 'lowest');
    expect(c.unit).toBeUndefined();
    expect(c.ranked).toEqual([]);
    expect(c.estimates).toEqual([{ program: program('clarkson'), amount: 7584, basis: '12 semester hours × $632 per credit' }]);
  });

  it('uses the figures of the residency asked for', () => {
    const c = compareTuition([program('weber'), program('efsc')], 'lowest', 'out_of_state');
    expect(c.others.map((o) => o.figures)).toEqual(['out-of-state: **$16,644** per year', 'out-of-state: **$9,739** per semester']);
  });
});

describe('budgetVerdict', () => {
  it('compares a budget with an estimated total, labelled as my estimate', () => {
    expect(budgetVerdict(program('clarkson'), 10000, 'at_most')).toEqual({ status: 'yes', reason: 'about $7,584 in total by my estimate (12 semester hours × $632 per credit)' });
    expect(budgetVerdict(program('clarkson'), 5000, 'at_most').status).toBe('no');
  });

  it('leaves a per-credit rate without credits open', () => {
    expect(budgetVerdict(program('oit'), 10000, 'at_most')).toMatchObject({ status: 'unknown', reason: expect.stringMatching(/doesn't give the number of credits/) });
  });

  it('does not rule out a yearly rate over budget when the program can take under a year', () => {
    expect(budgetVerdict(program('weber'), 5000, 'at_most')).toMatchObject({ status: 'unknown', reason: expect.stringMatching(/may not pay a full year/) });
  });
});
