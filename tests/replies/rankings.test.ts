import { describe, expect, it } from 'vitest';
import { NO_CONSTRAINTS, runQuery, type QueryConstraints } from '../../src/advice/queryEngine.js';
import { queryAnswer } from '../../src/replies/queries.js';
import { kb, program } from '../helpers/fixtureUnderstanding.js';

describe('ranking the programs by what they cost a student', () => {
  const cedar = program('cedar');
  // Cedar Valley (Ohio) with an in-state figure below every total the others come to, and no unit.
  const cheapCedar = {
    ...cedar,
    tuition: [{ amount: 2000, currency: 'USD' as const, unit: 'unspecified' as const, residency: 'in_state' as const }],
  };
  const withCheapCedar = { ...kb, programs: kb.programs.map((p) => (p.id === 'cedar' ? cheapCedar : p)) };
  const cheapest = kb.query.superlatives.find((s) => s.id === 'cheapest');
  const ask = (homeState: string): QueryConstraints => ({ ...NO_CONSTRAINTS, superlative: cheapest, homeState });

  it('says when the rate the student pays has no unit but is below every total it estimates', () => {
    const text = queryAnswer(withCheapCedar, runQuery(withCheapCedar, ask('OH'))).text;
    expect(text).toMatch(/Of the totals I can estimate, Alder and Birchwood/);
    expect(text).toMatch(/Cedar Valley's in-state figure, your rate there, \*\*\$2,000\*\*, is below all of these/);
    // …and says who it takes, when the program has an entry rule.
    expect(text).toMatch(/ask Cedar Valley\. It takes only people in good standing with the ARRT/);
  });

  it('says nothing of it to a student who pays another rate there', () => {
    const text = queryAnswer(withCheapCedar, runQuery(withCheapCedar, ask('ID'))).text;
    expect(text).not.toMatch(/is below all of these/);
  });
});
