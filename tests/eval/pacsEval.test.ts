import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../src/knowledge/loadKnowledge.js';
import { trainingData } from '../../src/knowledge/trainingData.js';
import { Recognizer } from '../../src/nlu/recognizer.js';
import { entityErrors, evaluateItem, evaluatePacs } from '../../scripts/eval/pacsEval.js';
import { pacsHtml } from '../../scripts/eval/htmlReport.js';
import { pacsSummary } from '../../scripts/eval/summary.js';

const kb = loadKnowledge(join(__dirname, '../../knowledge'));
const recognizer = Recognizer.train(trainingData(kb));

describe('entityErrors', () => {
  it('accepts programs in any order and an unlabeled attribute', () => {
    expect(
      entityErrors({ program: ['a', 'b'] }, { program: ['b', 'a'], accreditor: [], attribute: 'tuition' }),
    ).toEqual([]);
  });

  it('flags a missing or extra program, a wrong attribute and a residency that was not asked for', () => {
    expect(
      entityErrors(
        { program: ['a'], attribute: 'duration' },
        { program: [], accreditor: [], attribute: 'tuition', residency: 'in_state' },
      ),
    ).toEqual(['program', 'attribute', 'residency']);
  });
});

describe('evaluateItem', () => {
  it('answers a follow-up in the context of its previous turn', () => {
    const r = evaluateItem(recognizer, kb, {
      text: 'and clarkson?',
      previous: 'how much is tuition at weber state',
      intent: 'program_tuition',
      entities: { program: ['clarkson'] },
      tags: [],
    });
    expect(r.predicted).toBe('program_tuition');
    expect(r.entityErrors).toEqual([]);
  });

  it('counts a message the bot cannot answer as out of scope', () => {
    const r = evaluateItem(recognizer, kb, {
      text: 'what is the airspeed of an unladen swallow',
      intent: 'out_of_scope',
      entities: {},
      tags: [],
    });
    expect(r.predicted).toBe('out_of_scope');
    expect(r.intentCorrect).toBe(true);
  });
});

describe('the PACS report', () => {
  const report = evaluatePacs(recognizer, kb, [
    {
      text: 'how much is OIT',
      intent: 'program_tuition',
      entities: { program: ['oit'], attribute: 'tuition' },
      tags: ['short'],
    },
    { text: 'what is PACS', intent: 'what_is_pacs', entities: {}, tags: ['short'] },
    { text: 'tell me a joke about <script>', intent: 'greeting', entities: {}, tags: ['oos'] },
  ]);

  it('summarizes in one flat line', () => {
    const summary = pacsSummary(report);
    expect(summary).toMatchObject({ set: 'pacs', items: 3, misses: report.misses.length });
    expect(JSON.stringify(summary)).not.toContain('\n');
  });

  it('renders a self-contained page with a heat map and a histogram, escaping user text', () => {
    const html = pacsHtml(report);
    expect(html).toContain('<svg');
    expect(html).toContain('Confusion matrix');
    expect(html).toContain('Top-score histogram');
    expect(html).not.toMatch(/<(script|link)\b|src="http|href="http/);
    expect(html).toContain('&#60;script&#62;');
  });
});
