import { describe, expect, it } from 'vitest';
import { askAction } from '../../src/replies/cards/cardElements.js';
import { comparisonCard } from '../../src/replies/cards/comparisonCard.js';
import { listCard } from '../../src/replies/cards/listCard.js';
import { comparisonAnswer } from '../../src/replies/comparison.js';
import { overviewAnswer } from '../../src/replies/programs.js';
import { kb, program } from '../helpers/fixtureUnderstanding.js';
import { adaptiveContent, cardProblems } from '../helpers/validateCard.js';

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

  it('labels a total as my estimate with its basis', () => {
    expect(JSON.stringify(adaptiveContent(overviewAnswer(kb, program('alder')).attachments?.[0]))).toContain(
      'about $6,000 (my estimate: 20 credits × $300 per credit)',
    );
  });
});

describe('comparison card', () => {
  it('is a valid 1.5 card with a table of every program compared', () => {
    const card = adaptiveContent(comparisonAnswer(kb, kb.programs).attachments?.[0]);
    expect(card.version).toBe('1.5');
    expect(cardProblems(card)).toEqual([]);
    expect(JSON.stringify(card)).toContain('"type":"Table"');
  });

  it('has no empty header cell', () => {
    const card = adaptiveContent(comparisonAnswer(kb, kb.programs).attachments?.[0]);
    const header = (
      card.body as Array<{ type: string; rows?: Array<{ cells: Array<{ items: Array<{ text: string }> }> }> }>
    ).find((b) => b.type === 'Table')?.rows?.[0];
    expect(header?.cells.map((c) => c.items[0]?.text)).toEqual(['Attribute', 'Alder', 'Birchwood', 'Cedar Valley']);
  });

  it('carries a plain-text fallback with the same facts', () => {
    const card = adaptiveContent(
      comparisonCard({
        title: 'A vs B',
        programs: ['A', 'B'],
        rows: [{ label: 'Tuition', values: ['$1 per credit', 'not stated'] }],
        source: 'the article',
      }),
    );
    expect(card.fallbackText).toBe('A vs B: Tuition: A: $1 per credit, B: not stated');
  });
});

describe('list card', () => {
  it('is a valid 1.5 card whose buttons ask questions the bot understands', () => {
    const card = adaptiveContent(
      listCard({
        title: 'Programs',
        items: [
          {
            title: 'Weber State University',
            subtitle: 'Ogden, Utah',
            detail: '**online**',
            action: 'Tell me about Weber State',
          },
        ],
      }),
    );
    expect(cardProblems(card)).toEqual([]);
    const json = JSON.stringify(card);
    expect(json).toContain('"msteams":{"type":"imBack","value":"Tell me about Weber State"}');
    expect(json).toContain('"text":"Tell me about Weber State"');
    expect(card.fallbackText).toBe('Programs: Weber State University (online)');
  });
});

describe('card buttons', () => {
  it('send the question as imBack in Teams and as value.text elsewhere', () => {
    expect(askAction('More', 'Tell me about HACC')).toEqual({
      type: 'Action.Submit',
      title: 'More',
      data: { msteams: { type: 'imBack', value: 'Tell me about HACC' }, text: 'Tell me about HACC' },
    });
  });
});
