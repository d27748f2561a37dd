import { describe, expect, it } from 'vitest';
import { mostSharedAnswer } from '../../src/replies/programs.js';
import { kb, program } from '../helpers/fixtureUnderstanding.js';

describe('which value the most programs share', () => {
  // A fourth program like Alder, also accredited by the NWCCU and in Idaho: two bodies then share the lead.
  const dogwood = { ...program('alder'), id: 'dogwood', name: 'Dogwood College', shortName: 'Dogwood' };
  const four = [...kb.programs, dogwood];

  it('names both bodies when two share the lead, each with its programs', () => {
    const text = mostSharedAnswer(kb, four, 'accreditation').text;
    expect(text).toMatch(
      /^\*\*Northwest Commission on Colleges and Universities \(NWCCU\)\*\* and \*\*Higher Learning/,
    );
    expect(text).toContain('accredit the most of the four programs: two each');
    expect(text).toContain('NWCCU: Alder and Dogwood; HLC: Birchwood and Cedar Valley');
    expect(text).not.toContain('The others');
  });

  it('names the one state with most programs, then the others', () => {
    const text = mostSharedAnswer(kb, four, 'location').text;
    expect(text).toMatch(/^\*\*Idaho\*\* has the most of the four programs: two \(Alder and Dogwood\)\./);
    expect(text).toContain('The others: Arizona (Birchwood), Ohio (Cedar Valley).');
  });
});
