import { describe, expect, it } from 'vitest';
import { lengthTies, NO_CONSTRAINTS, runQuery } from '../../src/advice/queryEngine.js';
import { lengthTiesAnswer, queryAnswer } from '../../src/replies/queries.js';
import { kb } from '../helpers/fixtureUnderstanding.js';
import { adaptiveContent, cardProblems } from '../helpers/validateCard.js';

const ids = (list: ReadonlyArray<{ program: { id: string } }>) => list.map((v) => v.program.id);

describe('runQuery', () => {
  it('sorts programs into matches, open questions and exclusions', () => {
    const r = runQuery(kb, {
      ...NO_CONSTRAINTS,
      criteria: ['online'],
      months: { measure: 'months', value: 12, bound: 'at_most' },
    });
    expect(ids(r.matches)).toEqual(['alder']);
    expect(ids(r.open)).toEqual(['birch']);
    expect(ids(r.excluded)).toEqual(['cedar']);
  });

  it('counts a program never longer than a yardstick of several lengths as shorter, and one of the same lengths as not', () => {
    const short = { ...kb.programs[0]!, id: 'short', duration: { minMonths: 6, maxMonths: 6 } };
    const same = { ...kb.programs[0]!, id: 'same', duration: { minMonths: 6, maxMonths: 12 } };
    const withBoth = { ...kb, programs: [...kb.programs, short, same] };
    const r = runQuery(withBoth, {
      ...NO_CONSTRAINTS,
      than: { program: 'birch', measure: 'duration', order: 'lowest' },
    });
    expect(ids(r.matches)).toEqual(['short']);
    expect(ids(r.open)).toEqual([]);
  });

  it('offers online programs when no program is in the state asked for', () => {
    const r = runQuery(kb, { ...NO_CONSTRAINTS, states: ['CA'] });
    expect(r.matches).toEqual([]);
    expect(r.alternative?.instead).toEqual({ kind: 'criterion', id: 'online', negated: false });
    expect(r.alternative?.programs.map((p) => p.id)).toEqual(['alder']);
  });

  it('ranks durations and reports ties', () => {
    const fastest = kb.query.superlatives.find((s) => s.id === 'fastest');
    const r = runQuery(kb, { ...NO_CONSTRAINTS, scope: ['alder', 'birch'], superlative: fastest });
    expect(r.ranking?.measure).toBe('duration');
    if (r.ranking?.measure === 'duration') expect(r.ranking.ranked.map((p) => p.id)).toEqual(['alder', 'birch']);
  });

  it('answers with a valid list card', () => {
    const reply = queryAnswer(kb, runQuery(kb, { ...NO_CONSTRAINTS, criteria: ['online'] }));
    expect(cardProblems(adaptiveContent(reply.attachments?.[0]))).toEqual([]);
  });

  it('turns a negated criterion around and keeps what the article leaves open as open', () => {
    const r = runQuery(kb, { ...NO_CONSTRAINTS, excluded: ['online'] });
    expect(ids(r.matches)).toEqual(['cedar']);
    expect(ids(r.excluded)).toEqual(['alder']);
    expect(ids(r.open)).toEqual(['birch']);
    expect(queryAnswer(kb, r).text).toMatch(/One of the three programs\*\* is campus-only/);
  });
});

describe('a place in a ranking on one tuition unit', () => {
  // The fixture with a second per-credit program, so the per-credit rates have an order.
  const twoPerCredit = {
    ...kb,
    programs: kb.programs.map((p) =>
      p.id === 'cedar'
        ? {
            ...p,
            tuition: [
              { amount: 400, currency: 'USD' as const, unit: 'per_credit' as const, residency: 'any' as const },
            ],
          }
        : p,
    ),
  };
  const cheapest = kb.query.superlatives.find((t) => t.measure === 'tuition' && t.order === 'lowest');
  const answer = (place: number): string =>
    queryAnswer(
      twoPerCredit,
      runQuery(twoPerCredit, { ...NO_CONSTRAINTS, superlative: cheapest, askedUnit: 'per_credit', place }),
    ).text;

  it('names the program at that place, or says there is none', () => {
    expect(answer(2)).toContain('**Second lowest per-credit rate: Cedar Valley Community College, $400 per credit.**');
    expect(answer(3)).toContain('There is no third: only two programs give per-credit rates.');
  });
});

describe('lengthTies', () => {
  it('groups the programs that take the same time, and none when every length differs', () => {
    const [alder, birch, cedar] = kb.programs;
    if (alder === undefined || birch === undefined || cedar === undefined)
      throw new Error('fixture has three programs');
    expect(lengthTies(kb.programs)).toEqual([]);
    const twin = { ...alder, id: 'alder-twin', shortName: 'Alder Twin' };
    expect(lengthTies([alder, birch, twin, cedar]).map((tied) => tied.map((p) => p.id))).toEqual([
      ['alder', 'alder-twin'],
    ]);
    expect(lengthTiesAnswer(lengthTies([alder, twin])).text).toMatch(
      /^\*\*Alder\*\* and \*\*Alder Twin\*\* are tied at 9 months/,
    );
  });
});
