import { describe, expect, it } from 'vitest';
import { rankForProfile } from '../../src/query/finderRanking.js';
import { FinderReplies } from '../../src/query/finderReplies.js';
import { kb, tokens } from './fixtures.js';

const replies = new FinderReplies(kb);

describe('FinderReplies', () => {
  it('reads time, budget and state answers, or a skip', () => {
    expect(replies.months(tokens('under a year'))).toEqual({ skipped: false, value: 12 });
    expect(replies.months(tokens('9'))).toEqual({ skipped: false, value: 9 });
    expect(replies.budget(tokens('$8k'))).toEqual({ skipped: false, value: 8000 });
    expect(replies.state(tokens('I live in New York'))).toEqual({ skipped: false, value: 'NY' });
    expect(replies.state(tokens('tx'))).toEqual({ skipped: false, value: 'TX' });
    expect(replies.budget(tokens("I don't know"))).toEqual({ skipped: true });
    expect(replies.months(tokens('whenever'))).toBeUndefined();
  });
});

describe('rankForProfile', () => {
  it('rules out programs that fail an answer and keeps the reason', () => {
    const r = rankForProfile(kb, { audience: 'newcomer', maxMonths: 12 });
    expect(r.ruledOut.map((x) => x.program.id)).toEqual(['hacc', 'efsc']);
    expect(r.ruledOut[0]?.reasons).toEqual(['takes 3 years']);
  });

  it('lists what the article leaves open as things to check', () => {
    const r = rankForProfile(kb, { online: true });
    const oit = r.fits.find((f) => f.program.id === 'oit');
    expect(oit?.toCheck).toEqual(["online? the article doesn't say"]);
    expect(r.fits[0]?.program.id).toMatch(/weber|clarkson/);
  });

  it('uses in-state figures for a student from the program\'s state', () => {
    const r = rankForProfile(kb, { state: 'UT', budget: 7000 });
    const weber = r.fits.find((f) => f.program.id === 'weber');
    expect(weber?.pluses.join(' ')).toMatch(/in your state/);
    expect(weber?.toCheck.join(' ')).toMatch(/in-state: \*\*\$6,228\*\* per year/);
    expect(weber?.toCheck.join(' ')).not.toMatch(/16,644/);
  });
});
