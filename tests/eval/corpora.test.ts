import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { intentsOf, loadCorpus } from '../../scripts/eval/corpora.js';
import { evaluateCorpus, pooledBraun, tuneThreshold } from '../../scripts/eval/corpusEval.js';

const FIXTURES = join(__dirname, '../fixtures/corpora');

describe('loadCorpus', () => {
  it('splits a Braun et al. corpus on its training flag', () => {
    const c = loadCorpus(join(FIXTURES, 'braun-mini.json'));
    expect(c).toMatchObject({ name: 'MiniCorpus', family: 'braun', tune: [] });
    expect(c.train).toHaveLength(6);
    expect(c.test.map((s) => s.label)).toEqual(['Departure', 'Route']);
    expect(c.outOfScopeLabel).toBeUndefined();
  });

  it('reads CLINC150 with out-of-scope data in every split and validation kept for tuning', () => {
    const c = loadCorpus(join(FIXTURES, 'clinc-mini.json'));
    expect(c).toMatchObject({ name: 'CLINC150 clinc-mini', family: 'clinc150', outOfScopeLabel: 'oos' });
    expect(c.train).toHaveLength(8);
    expect(c.tune).toHaveLength(3);
    expect(c.test).toHaveLength(3);
  });

  it('names the file when the format is unknown', () => {
    expect(() => loadCorpus(join(__dirname, '../fixtures/eval/pacs-eval.json'))).toThrow(/pacs-eval\.json: neither/);
  });
});

describe('intentsOf', () => {
  it('groups examples by label in first-seen order', () => {
    expect(
      intentsOf([
        { text: 'a', label: 'x' },
        { text: 'b', label: 'y' },
        { text: 'c', label: 'x' },
      ]),
    ).toEqual([
      { id: 'x', examples: ['a', 'c'] },
      { id: 'y', examples: ['b'] },
    ]);
  });
});

describe('tuneThreshold', () => {
  it('picks the threshold with the best accuracy over in-scope and out-of-scope items', () => {
    const gold = [
      { text: '', label: 'a' },
      { text: '', label: 'a' },
      { text: '', label: 'oos' },
    ];
    const decisions = [
      { label: 'a', score: 0.9 },
      { label: 'a', score: 0.5 },
      { label: 'a', score: 0.3 },
    ];
    expect(tuneThreshold(decisions, gold, 'oos')).toBeCloseTo(0.31, 2);
  });
});

describe('evaluateCorpus', () => {
  it('trains on the training split and scores the test split', () => {
    const report = evaluateCorpus(loadCorpus(join(FIXTURES, 'braun-mini.json')));
    expect(report.testSize).toBe(2);
    expect(report.figures[0]?.name).toBe('micro F1');
    expect(report.figures[0]?.value).toBe(1);
  });

  it('reports in-scope accuracy and out-of-scope recall for CLINC150, with the tuned threshold', () => {
    const report = evaluateCorpus(loadCorpus(join(FIXTURES, 'clinc-mini.json')));
    expect(report.figures.map((f) => f.name)).toEqual(['in-scope accuracy', 'out-of-scope recall']);
    expect(report.notes[0]).toMatch(/threshold .* tuned on 3 validation items/);
  });

  it('pools Braun corpora by sentence, not by corpus', () => {
    const a = evaluateCorpus(loadCorpus(join(FIXTURES, 'braun-mini.json')));
    const pooled = pooledBraun([a, { ...a, testSize: 8, correct: 4 }]);
    expect(pooled?.value).toBeCloseTo(6 / 10);
  });
});
