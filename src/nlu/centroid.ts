/**
 * Nearest-centroid (Rocchio) classifier over the same sparse TF-IDF vectors: each class is the
 * normalised mean of its examples, scored by cosine similarity.
 * @remarks It needs no training loop and generalises well from a handful of examples, where the
 * softmax model over-trusts single words; the recognizer blends the two.
 */
import type { SparseVector } from './features.js';
import type { TrainingExample } from './classifier.js';

/** Class centroids, stored feature-major like the softmax weights. */
export class CentroidClassifier {
  private readonly centroids: Float32Array;

  constructor(
    readonly classes: number,
    readonly features: number,
    examples: readonly TrainingExample[],
  ) {
    const sums = new Float64Array(classes * features);
    for (const { vector, label } of examples) {
      vector.indices.forEach((f, n) => {
        sums[f * classes + label] = (sums[f * classes + label] as number) + (vector.values[n] as number);
      });
    }
    const norms = new Float64Array(classes);
    sums.forEach((v, at) => {
      norms[at % classes] = (norms[at % classes] as number) + v * v;
    });
    this.centroids = Float32Array.from(sums, (v, at) => {
      const norm = norms[at % classes] as number;
      return norm > 0 ? v / Math.sqrt(norm) : 0;
    });
  }

  /** Writes the cosine similarity of `vector` to each class centroid into `out`. */
  similarities(vector: SparseVector, out: Float64Array = new Float64Array(this.classes)): Float64Array {
    const { classes, centroids } = this;
    out.fill(0);
    const { indices, values } = vector;
    for (let n = 0; n < indices.length; n++) {
      const row = (indices[n] as number) * classes;
      const v = values[n] as number;
      for (let c = 0; c < classes; c++) out[c] = (out[c] as number) + (centroids[row + c] as number) * v;
    }
    return out;
  }
}

/** Turns similarities into probabilities with a softmax at the given temperature, in place. */
export function softmaxInPlace(scores: Float64Array, temperature: number): Float64Array {
  let max = -Infinity;
  for (const s of scores) if (s > max) max = s;
  let sum = 0;
  for (let c = 0; c < scores.length; c++) {
    const e = Math.exp(((scores[c] as number) - max) / temperature);
    scores[c] = e;
    sum += e;
  }
  for (let c = 0; c < scores.length; c++) scores[c] = (scores[c] as number) / sum;
  return scores;
}
