import { describe, expect, it } from 'vitest';
import { NO_CONSTRAINTS, runQuery, type QueryConstraints } from '../../src/advice/queryEngine.js';
import { queryAnswer, queryFocus } from '../../src/replies/queries.js';
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
  // The same figure at a program of six months: on every reading of it (the whole program, a year, a semester) its
  // total is at most $2,000, below the lowest estimate.
  const shortCedar = { ...cheapCedar, duration: { ...cedar.duration, minMonths: 6, maxMonths: 6 } };
  const withShortCedar = { ...kb, programs: kb.programs.map((p) => (p.id === 'cedar' ? shortCedar : p)) };

  it('says a figure without a unit very likely comes lowest, first, when every reading of it is below every total', () => {
    const forThem = queryAnswer(withShortCedar, runQuery(withShortCedar, ask('OH'))).text;
    expect(forThem).toMatch(
      /\*\*Cedar Valley's in-state figure, your rate there, \$2,000, very likely comes lowest\.\*\*/,
    );
    expect(forThem).toMatch(/it comes to at most about \$2,000 \(my estimate\)/);
    // Asked with no home: said as the rate of the school's own residents.
    const anyone = queryAnswer(
      withShortCedar,
      runQuery(withShortCedar, { ...NO_CONSTRAINTS, superlative: cheapest }),
    ).text;
    expect(anyone).toMatch(/Cedar Valley's in-state figure \(for Ohio residents\) \$2,000, very likely comes lowest/);
  });

  it('remembers the program it leads with as the one the answer is about ("how much?" next asks about it)', () => {
    expect(queryFocus(runQuery(withShortCedar, ask('OH'))).focus.map((p) => p.id)).toEqual(['cedar']);
    // Below the estimates on one reading only, it is said but not led with: the lowest estimate stays the answer.
    expect(queryFocus(runQuery(withCheapCedar, ask('OH'))).focus.map((p) => p.id)).not.toContain('cedar');
  });
});
