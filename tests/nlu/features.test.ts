import { describe, expect, it } from 'vitest';
import { FeatureSpace, featureCounts } from '../../src/nlu/features.js';
import { DEFAULT_RECOGNIZER_OPTIONS } from '../../src/nlu/options.js';

const OPTIONS = DEFAULT_RECOGNIZER_OPTIONS.features;
const TRAINING = [
  ['how', 'much', 'is', 'tuition'],
  ['is', 'the', 'program', 'onlin'],
  ['<program>', 'tuition', 'per', 'credit'],
  ['what', 'is', 'pac'],
];
const space = FeatureSpace.fit(TRAINING.map((stems) => featureCounts(stems, OPTIONS)));
const vector = (stems: string[]): { names: string[]; values: readonly number[] } => {
  const v = space.vectorize(featureCounts(stems, OPTIONS));
  return { names: v.indices.map((i) => space.nameOf(i) ?? '?'), values: v.values };
};

describe('featureCounts', () => {
  it('counts stems, stem pairs and the character n-grams of each word, but none of a placeholder', () => {
    const counts = featureCounts(['<program>', 'cost'], OPTIONS);
    expect(counts.get('w:cost')).toBe(1);
    expect(counts.get('b:<program>_cost')).toBe(OPTIONS.bigramWeight);
    expect(counts.has('c:^co')).toBe(true);
    expect([...counts.keys()].some((k) => k.startsWith('c:') && k.includes('<'))).toBe(false);
  });
});

describe('FeatureSpace', () => {
  it('keeps only the features it was fitted on, each once, in increasing order, with unit length', () => {
    const { names, values } = vector(['tuition', 'tuition', 'per', 'credit', 'zzz']);
    expect(names).toContain('w:tuition');
    expect(names).not.toContain('w:zzz');
    expect(new Set(names).size).toBe(names.length);
    const indices = space.vectorize(featureCounts(['tuition', 'per', 'credit'], OPTIONS)).indices;
    expect([...indices]).toEqual([...indices].sort((a, b) => a - b));
    expect(Math.hypot(...values)).toBeCloseTo(1, 10);
  });

  it('gives an empty vector for words it never saw', () => {
    expect(vector(['qqqqqq'])).toEqual({ names: [], values: [] });
  });

  it('weighs rare features above common ones', () => {
    const { names, values } = vector(['is', 'tuition']);
    expect(values[names.indexOf('w:tuition')]).toBeGreaterThan(values[names.indexOf('w:is')] as number);
  });

  it('tells word features from character n-grams', () => {
    const v = space.vectorize(featureCounts(['tuition'], OPTIONS));
    const kinds = v.indices.map((i) => space.isWordFeature(i));
    expect(kinds).toContain(true);
    expect(kinds).toContain(false);
  });

  it('survives a snapshot', () => {
    const back = FeatureSpace.restore(
      JSON.parse(JSON.stringify(space.snapshot())) as ReturnType<FeatureSpace['snapshot']>,
    );
    const counts = featureCounts(['how', 'much', 'tuition'], OPTIONS);
    expect(back.vectorize(counts)).toEqual(space.vectorize(counts));
  });
});
