import { describe, expect, it } from 'vitest';
import { DEFAULT_FEATURE_OPTIONS, FeatureSpace, featureCounts } from '../../src/nlu/features.js';

const TRAINING = [
  ['how', 'much', 'is', 'tuition'],
  ['is', 'the', 'program', 'onlin'],
  ['<program>', 'tuition', 'per', 'credit'],
  ['what', 'is', 'pac'],
];

function fitted(): FeatureSpace {
  const space = new FeatureSpace();
  space.fit(TRAINING.map((stems) => featureCounts(stems, DEFAULT_FEATURE_OPTIONS)));
  return space;
}

describe('FeatureSpace.vectorizeStems', () => {
  it('gives exactly the vector of vectorize(featureCounts(...)), with unknown words, repeats, placeholders and nothing at all', () => {
    const space = fitted();
    const messages = [['how', 'much', 'is', 'tuition'], ['tuition', 'tuition', 'onlin', 'zzz'], ['<program>', 'onlin'], ['unheard', 'of'], []];
    for (const stems of messages) {
      const expected = space.vectorize(featureCounts(stems, DEFAULT_FEATURE_OPTIONS));
      // Twice: the second call reads the per-stem n-gram cache.
      for (let i = 0; i < 2; i++) {
        const got = space.vectorizeStems(stems, DEFAULT_FEATURE_OPTIONS);
        expect(Array.from(got.indices)).toEqual(Array.from(expected.indices));
        expect(Array.from(got.values)).toEqual(Array.from(expected.values));
      }
    }
  });

  it('does not reuse cached n-grams computed under other feature options', () => {
    const space = fitted();
    const stems = ['tuition', 'onlin'];
    space.vectorizeStems(stems, DEFAULT_FEATURE_OPTIONS);
    const other = { ...DEFAULT_FEATURE_OPTIONS, charWeight: 0.9 };
    expect(Array.from(space.vectorizeStems(stems, other).values)).toEqual(Array.from(space.vectorize(featureCounts(stems, other)).values));
  });

  it('lists each feature once, in increasing order, with unit length — also when a feature family weighs nothing', () => {
    const space = fitted();
    for (const options of [DEFAULT_FEATURE_OPTIONS, { ...DEFAULT_FEATURE_OPTIONS, bigramWeight: 0 }]) {
      const { indices, values } = space.vectorizeStems(['tuition', 'tuition', 'per', 'credit', 'tuition'], options);
      const list = Array.from(indices);
      expect(list).toEqual([...new Set(list)].sort((a, b) => a - b));
      expect(Math.hypot(...Array.from(values))).toBeCloseTo(1, 5);
    }
  });
});
