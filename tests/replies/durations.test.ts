import { describe, expect, it } from 'vitest';
import { durationComparisonAnswer } from '../../src/replies/claims.js';
import { program } from '../helpers/fixtureUnderstanding.js';

describe('comparing lengths that only touch (6 months against 6 to 12)', () => {
  const quick = { ...program('alder'), duration: { ...program('alder').duration, minMonths: 6, maxMonths: 6 } };
  const ranged = program('birch');

  it('says the shorter one is most likely faster, not plainly faster', () => {
    const text = durationComparisonAnswer(quick, ranged, { yesNo: true, faster: true }).text;
    expect(text).toMatch(/^Yes, most likely: \*\*Alder\*\* is at least as fast as Birchwood, and faster unless/);
  });

  it('says a plain no when the one asked about can never be the faster', () => {
    const text = durationComparisonAnswer(ranged, quick, { yesNo: true, faster: true }).text;
    expect(text).toMatch(/^No: \*\*Alder\*\* is at least as fast/);
  });
});
