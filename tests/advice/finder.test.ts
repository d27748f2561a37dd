import { describe, expect, it } from 'vitest';
import { rankForProfile } from '../../src/advice/finder.js';
import { finderAnswer } from '../../src/replies/finder.js';
import { kb } from '../helpers/fixtureUnderstanding.js';

describe('rankForProfile', () => {
  it('rules out programs that fail an answer and keeps the reason', () => {
    const r = rankForProfile(kb, { audience: 'newcomer', maxMonths: 12 });
    expect(r.ruledOut.map((x) => x.program.id)).toEqual(['cedar']);
    expect(finderAnswer(kb, r).text).toMatch(/Cedar Valley: .*takes 2 years/);
  });

  it('lists what the article leaves open as things to check', () => {
    const r = rankForProfile(kb, { online: true });
    expect(r.fits[0]?.program.id).toBe('alder');
    expect(finderAnswer(kb, r).text).toMatch(/Check with Birchwood:\* online\? the article doesn't say/);
  });

  it("uses in-state figures for a student from the program's state", () => {
    const text = finderAnswer(kb, rankForProfile(kb, { state: 'AZ', budget: 4000 })).text;
    expect(text).toMatch(/Birchwood.*in your state/s);
    expect(text).toMatch(/in-state: \$5,000 per year/);
    expect(text).not.toMatch(/12,000/);
  });
});
