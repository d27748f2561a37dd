import { describe, expect, it } from 'vitest';
import { classificationMetrics, labelScores } from '../../scripts/eval/metrics.js';

const pairs = [
  { expected: 'a', predicted: 'a' },
  { expected: 'a', predicted: 'b' },
  { expected: 'b', predicted: 'b' },
  { expected: 'b', predicted: 'b' },
  { expected: 'c', predicted: 'a' },
];

describe('classificationMetrics', () => {
  const m = classificationMetrics(pairs);

  it('counts accuracy and equates micro F1 with it', () => {
    expect(m.accuracy).toBeCloseTo(3 / 5);
    expect(m.microF1).toBeCloseTo(3 / 5);
  });

  it('computes precision, recall and F1 per label', () => {
    const a = m.perLabel.find((l) => l.label === 'a');
    expect(a?.precision).toBeCloseTo(1 / 2);
    expect(a?.recall).toBeCloseTo(1 / 2);
    const b = m.perLabel.find((l) => l.label === 'b');
    expect(b?.precision).toBeCloseTo(2 / 3);
    expect(b?.recall).toBe(1);
    expect(b?.f1).toBeCloseTo(0.8);
  });

  it('averages F1 over expected labels for macro F1', () => {
    expect(m.macroF1).toBeCloseTo((0.5 + 0.8 + 0) / 3);
  });

  it('lists confusions, most frequent first, and a matching matrix', () => {
    expect(m.confusions).toEqual([
      { expected: 'a', predicted: 'b', count: 1 },
      { expected: 'c', predicted: 'a', count: 1 },
    ]);
    expect(m.matrix[1]).toEqual([0, 2, 0]);
  });
});

describe('labelScores', () => {
  it('scores one label as the positive class', () => {
    const s = labelScores(pairs, 'c');
    expect(s).toMatchObject({ support: 1, predicted: 0, precision: 0, recall: 0 });
  });
});
