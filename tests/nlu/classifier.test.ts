import { describe, expect, it } from 'vitest';
import { SoftmaxClassifier, seededRandom, type TrainingExample } from '../../src/nlu/classifier.js';
import { DEFAULT_RECOGNIZER_OPTIONS } from '../../src/nlu/options.js';

const vec = (pairs: Array<[number, number]>): TrainingExample['vector'] => ({
  indices: pairs.map((p) => p[0]),
  values: pairs.map((p) => p[1]),
});

const examples: TrainingExample[] = [
  { vector: vec([[0, 1]]), label: 0 },
  {
    vector: vec([
      [0, 0.8],
      [2, 0.6],
    ]),
    label: 0,
  },
  { vector: vec([[1, 1]]), label: 1 },
  {
    vector: vec([
      [1, 0.6],
      [2, 0.8],
    ]),
    label: 1,
  },
];
const options = { ...DEFAULT_RECOGNIZER_OPTIONS.training, epochs: 20, seed: 3 };

function trained(): SoftmaxClassifier {
  const c = new SoftmaxClassifier(2, 3);
  c.train(examples, options);
  return c;
}

describe('SoftmaxClassifier', () => {
  it('learns to separate the classes', () => {
    const c = trained();
    expect(c.probabilities(vec([[0, 1]]))[0]).toBeGreaterThan(0.8);
    expect(c.probabilities(vec([[1, 1]]))[1]).toBeGreaterThan(0.8);
  });

  it('gives probabilities that sum to one', () => {
    const p = trained().probabilities(vec([[2, 1]]));
    expect((p[0] as number) + (p[1] as number)).toBeCloseTo(1, 6);
  });

  it('is deterministic: the same data and seed give the same weights', () => {
    const a = trained();
    const b = trained();
    for (let f = 0; f < 3; f++) for (let k = 0; k < 2; k++) expect(a.weight(k, f)).toBe(b.weight(k, f));
  });

  it('survives a snapshot bit for bit', () => {
    const c = trained();
    const back = SoftmaxClassifier.restore(
      JSON.parse(JSON.stringify(c.snapshot())) as ReturnType<SoftmaxClassifier['snapshot']>,
    );
    expect(
      Array.from(
        back.scores(
          vec([
            [0, 0.5],
            [2, 0.5],
          ]),
        ),
      ),
    ).toEqual(
      Array.from(
        c.scores(
          vec([
            [0, 0.5],
            [2, 0.5],
          ]),
        ),
      ),
    );
  });

  it('orders scores like probabilities', () => {
    const c = trained();
    const s = c.scores(vec([[0, 1]]));
    expect(s[0]).toBeGreaterThan(s[1] as number);
  });
});

describe('seededRandom', () => {
  it('repeats its sequence for the same seed and stays in [0, 1)', () => {
    const a = seededRandom(42);
    const b = seededRandom(42);
    const xs = Array.from({ length: 100 }, () => a());
    expect(xs).toEqual(Array.from({ length: 100 }, () => b()));
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
  });
});
