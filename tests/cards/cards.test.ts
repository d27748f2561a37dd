import { describe, expect, it } from 'vitest';
import { overviewAnswer } from '../../src/answers/programAnswers.js';
import { askAction } from '../../src/cards/cardElements.js';
import { comparisonCard } from '../../src/cards/comparisonCard.js';
import { listCard } from '../../src/cards/listCard.js';
import { loadKnowledge } from '../../src/knowledge/loadKnowledge.js';
import { comparisonAnswer } from '../../src/query/comparison.js';
import { adaptiveContent, cardProblems } from '../helpers/validateCard.js';
import { join } from 'node:path';

const kb = loadKnowledge(join(__dirname, '..', '..', 'knowledge'));

describe('the card validator', () => {
  it('reports unknown elements, so a passing card really is clean', () => {
    expect(cardProblems({ type: 'AdaptiveCard', version: '1.5', body: [{ type: 'Carousel' }] })).not.toEqual([]);
  });
});

describe('program card', () => {
  for (const program of kb.programs) {
    it(`is a valid 1.5 card for ${program.shortName} with its facts and the source`, () => {
      const answer = overviewAnswer(kb, program);
      const card = adaptiveContent(answer.attachments?.[0]);
      expect(card.version).toBe('1.5');
      expect(cardProblems(card)).toEqual([]);
      const json = JSON.stringify(card);
      expect(json).toContain(program.location.city);
      expect(json).toContain(kb.source.author);
      expect(answer.text).toContain(program.name);
    });
  }

  it('labels the Clarkson total as my estimate with its basis', () => {
    const clarkson = kb.programs.find((p) => p.id === 'clarkson');
    if (clarkson === undefined) throw new Error('no clarkson');
    expect(JSON.stringify(adaptiveContent(overviewAnswer(kb, clarkson).attachments?.[0]))).toContain('about $7,584 (my estimate: 12 semester hours × $632 per credit)');
  });
});

describe('comparison card', () => {
  it('is a valid 1.5 card with a table of every program compared', () => {
    const card = adaptiveContent(comparisonAnswer(kb, kb.programs).attachments?.[0]);
    expect(card.version).toBe('1.5');
    expect(cardProblems(card)).toEqual([]);
    expect(JSON.stringify(card)).toContain('"type":"Table"');
  });

  it('carries a plain-text fallback with the same facts', () => {
    const card = adaptiveContent(comparisonCard({ title: 'A vs B', programs: ['A', 'B'], rows: [{ label: 'Tuition', values: ['$1 per credit', 'not stated'] }], source: 'the article' }));
    expect(card.fallbackText).toBe('A vs B: Tuition: A: $1 per credit, B: not stated');
  });
});

describe('list card', () => {
  it('is a valid 1.5 card whose buttons ask questions the bot understands', () => {
    const card = adaptiveContent(listCard({ title: 'Programs', items: [{ title: 'Weber State University', subtitle: 'Ogden, Utah', detail: '**online**', action: 'Tell me about Weber State' }] }));
    expect(cardProblems(card)).toEqual([]);
    const json = JSON.stringify(card);
    expect(json).toContain('"msteams":{"type":"imBack","value":"Tell me about Weber State"}');
    expect(json).toContain('"text":"Tell me about Weber State"');
    expect(card.fallbackText).toBe('Programs: Weber State University (online)');
  });
});

describe('card buttons', () => {
  it('send the question as imBack in Teams and as value.text elsewhere', () => {
    expect(askAction('More', 'Tell me about HACC')).toEqual({ type: 'Action.Submit', title: 'More', data: { msteams: { type: 'imBack', value: 'Tell me about HACC' }, text: 'Tell me about HACC' } });
  });
});
