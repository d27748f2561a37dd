import { describe, expect, it } from 'vitest';
import { NO_CONSTRAINTS } from '../../src/query/constraints.js';
import { QueryEngine } from '../../src/query/queryEngine.js';
import { queryAnswer } from '../../src/query/queryAnswer.js';
import { adaptiveContent, cardProblems } from '../helpers/validateCard.js';
import { kb } from './fixtures.js';

const engine = new QueryEngine(kb);
const ids = (list: ReadonlyArray<{ program: { id: string } }>) => list.map((v) => v.program.id);

describe('QueryEngine', () => {
  it('sorts programs into matches, open questions and exclusions', () => {
    const r = engine.run({ ...NO_CONSTRAINTS, criteria: ['online'], months: { measure: 'months', value: 12, bound: 'at_most' } });
    expect(ids(r.matches)).toEqual(['weber', 'clarkson']);
    expect(ids(r.open)).toEqual(['oit', 'efsc']);
    expect(ids(r.excluded)).toEqual(['hacc']);
  });

  it('offers online programs when no program is in the state asked for', () => {
    const r = engine.run({ ...NO_CONSTRAINTS, states: ['CA'] });
    expect(r.matches).toEqual([]);
    expect(r.alternative?.instead?.label).toBe('online');
    expect(r.alternative?.programs.map((p) => p.id)).toEqual(['weber', 'clarkson']);
  });

  it('ranks durations and reports ties', () => {
    const r = engine.run({ ...NO_CONSTRAINTS, criteria: ['online'], superlative: kb.query.superlatives.find((s) => s.id === 'fastest') });
    expect(r.ranking?.measure).toBe('duration');
    if (r.ranking?.measure === 'duration') expect(r.ranking.winners.map((p) => p.id)).toEqual(['weber', 'clarkson']);
  });

  it('answers with a valid list card and remembers the matches', () => {
    const answer = queryAnswer(engine.run({ ...NO_CONSTRAINTS, criteria: ['online'] }));
    expect(cardProblems(adaptiveContent(answer.reply.attachments?.[0]))).toEqual([]);
    expect(answer.lastResults).toEqual(['weber', 'clarkson']);
  });

  it('turns a negated criterion around and keeps what the article leaves open as open', () => {
    const r = engine.run({ ...NO_CONSTRAINTS, excluded: ['online'] });
    expect(ids(r.matches)).toEqual([]);
    expect(ids(r.excluded)).toEqual(['weber', 'clarkson']);
    expect(ids(r.open)).toEqual(['oit', 'hacc', 'efsc']);
    const text = queryAnswer(r).reply.text;
    expect(text).toMatch(/None of the five programs\*\* is campus-only/);
    expect(text).toMatch(/leaves it open/);
  });
});
