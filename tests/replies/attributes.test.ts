import { describe, expect, it } from 'vitest';
import { attributeAnswer } from '../../src/replies/programs.js';
import { kb, program } from '../helpers/fixtureUnderstanding.js';

describe('attribute answers over several programs', () => {
  const alder = program('alder');
  const birch = { ...program('birch'), delivery: { known: true, value: 'online' } } as const;

  it('says first when every program asked about can be taken online', () => {
    expect(attributeAnswer(kb, [alder, birch], 'delivery').text).toMatch(/^Both can be taken online/);
  });

  it('gives no such lead when one of them is not known to be online', () => {
    expect(attributeAnswer(kb, [alder, program('birch')], 'delivery').text).not.toMatch(/can be taken online, per/);
  });

  it('names the accreditor as the guide names it for a program, as part of its regional body', () => {
    const named = {
      ...alder,
      accreditorAsNamed: { name: 'Northwest Commission Board of Colleges', abbreviation: 'NWCBC' },
    };
    const text = attributeAnswer(kb, [named], 'accreditation').text;
    expect(text).toContain('Northwest Commission Board of Colleges (NWCBC), part of the Northwest Commission');
  });
});
