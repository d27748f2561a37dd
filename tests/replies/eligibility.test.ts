import { describe, expect, it } from 'vitest';
import { eligibility } from '../../src/advice/eligibility.js';
import { commonRequirementsAnswer, fitAnswer, type Fit } from '../../src/replies/eligibility.js';
import type { Program } from '../../src/knowledge/types.js';
import { kb, program } from '../helpers/fixtureUnderstanding.js';

describe('a question about where students must live', () => {
  // Birchwood without the note that it suits distance students: only its out-of-state rate speaks to it.
  const birch: Program = { ...program('birch'), suits: [] };
  const cedar = program('cedar');
  const fit = (p: Program, only: boolean): Fit => ({
    program: p,
    eligibility: eligibility(p, {}),
    suits: [],
    notForBeginners: false,
    residenceAsked: true,
    ...(only ? { onlyAsked: true } : { audienceAsked: true }),
  });

  it('answers "only for locals?" with no, from the out-of-state rate, and keeps the registration it asks for', () => {
    expect(fitAnswer(kb, [fit(birch, true)], {}).text).toMatch(
      /^No: the article names no rule about where Birchwood's students must live, .*out-of-state: \$12,000 per year/,
    );
    const withRate: Program = { ...cedar, suits: [], tuition: [...birch.tuition] };
    expect(fitAnswer(kb, [fit(withRate, true)], {}).text).toMatch(/What it does ask for is a registration: .*ARRT/);
  });

  it('answers "can people from other states do it?" with yes', () => {
    expect(fitAnswer(kb, [fit(birch, false)], {}).text).toMatch(/^Yes: the article names no rule about where/);
  });
});

describe('a requirement the student lacks', () => {
  const withTranscripts = {
    ...kb,
    commonRequirements: [...kb.commonRequirements, 'Course transcripts, where relevant'],
  };

  it('is not necessarily a problem when the article asks for it only where relevant', () => {
    const text = commonRequirementsAnswer(withTranscripts, ['Course transcripts, where relevant'], undefined, {
      lacking: true,
    }).text;
    expect(text).toMatch(/^Not necessarily: the article says nearly every PACS program asks for course transcripts/);
  });

  it('is most likely needed first when the article asks for it plainly', () => {
    const text = commonRequirementsAnswer(kb, ['An application form and fee'], undefined, { lacking: true }).text;
    expect(text).toMatch(/^Most likely you would need it first/);
  });
});
