/**
 * Multinomial logistic regression over sparse feature vectors, trained with AdaGrad.
 * @remarks Deterministic: examples are shuffled with a seeded generator, so the same data always
 * gives the same model and the accuracy floors in the tests are stable. Weights are stored
 * feature-major (all classes of one feature side by side), and classes whose gradient is
 * negligible for an example are skipped, so training cost follows the classes that still
 * compete for it rather than all of them.
 */
import type { SparseVector } from './features.js';
import type { TrainingOptions } from './options.js';

/** A labelled training vector. */
export interface TrainingExample {
  readonly vector: SparseVector;
  readonly label: number;
}

/** A trained classifier as plain JSON: weights and biases as base64 of their little-endian float32 bytes. */
export interface ClassifierSnapshot {
  readonly classes: number;
  readonly features: number;
  readonly weights: string;
  readonly bias: string;
}

function floatsToBase64(values: Float32Array): string {
  return Buffer.from(values.buffer, values.byteOffset, values.byteLength).toString('base64');
}

function base64ToFloats(text: string, length: number, what: string): Float32Array {
  const bytes = Buffer.from(text, 'base64');
  if (bytes.byteLength !== length * 4)
    throw new Error(`classifier snapshot: ${what} holds ${bytes.byteLength / 4} values, expected ${length}`);
  const out = new Float32Array(length);
  new Uint8Array(out.buffer).set(bytes);
  return out;
}

/** A small seeded pseudo-random generator (mulberry32). */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Softmax classifier: `classes` outputs over `features` inputs. */
export class SoftmaxClassifier {
  /** Feature-major weights: weights[f * classes + c]. */
  private readonly weights: Float32Array;
  private readonly bias: Float32Array;

  constructor(
    readonly classes: number,
    readonly features: number,
  ) {
    this.weights = new Float32Array(classes * features);
    this.bias = new Float32Array(classes);
  }

  /** The trained weights as JSON-safe data; {@link SoftmaxClassifier.restore} gives the same classifier back. */
  snapshot(): ClassifierSnapshot {
    return {
      classes: this.classes,
      features: this.features,
      weights: floatsToBase64(this.weights),
      bias: floatsToBase64(this.bias),
    };
  }

  /** A classifier with the weights of a snapshot, bit for bit. Throws when the sizes disagree. */
  static restore(snapshot: ClassifierSnapshot): SoftmaxClassifier {
    const out = new SoftmaxClassifier(snapshot.classes, snapshot.features);
    out.weights.set(base64ToFloats(snapshot.weights, snapshot.classes * snapshot.features, 'weights'));
    out.bias.set(base64ToFloats(snapshot.bias, snapshot.classes, 'bias'));
    return out;
  }

  /** Trains in place (softmax cross-entropy, AdaGrad), examples in a seeded shuffled order each epoch. */
  train(examples: readonly TrainingExample[], options: TrainingOptions): void {
    const { classes, weights, bias } = this;
    const { learningRate: rate, l2, minGradient, initialAccumulator } = options;
    const gradSq = new Float32Array(classes * this.features).fill(initialAccumulator);
    const biasSq = new Float32Array(classes).fill(initialAccumulator);
    const order = examples.map((_, i) => i);
    const random = seededRandom(options.seed);
    for (let epoch = 0; epoch < options.epochs; epoch++) {
      for (let i = order.length - 1; i > 0; i--) {
        const j = Math.floor(random() * (i + 1));
        [order[i], order[j]] = [order[j] as number, order[i] as number];
      }
      for (const k of order) {
        const { vector, label } = examples[k] as TrainingExample;
        // The classes whose gradient is worth applying for this example, and their gradients.
        const active: Array<{ readonly c: number; readonly g: number }> = [];
        this.probabilities(vector).forEach((p, c) => {
          const g = p - (c === label ? 1 : 0);
          if (g >= minGradient || g <= -minGradient) active.push({ c, g });
        });
        for (const { c, g } of active) {
          const sq = (biasSq[c] as number) + g * g;
          biasSq[c] = sq;
          bias[c] = (bias[c] as number) - (rate * g) / Math.sqrt(sq);
        }
        // Feature-outer, class-inner: each feature's classes sit side by side in memory.
        vector.indices.forEach((feature, n) => {
          const row = feature * classes;
          const v = vector.values[n] as number;
          for (const { c, g } of active) {
            const at = row + c;
            const w = weights[at] as number;
            const grad = g * v + l2 * w;
            const sq = (gradSq[at] as number) + grad * grad;
            gradSq[at] = sq;
            weights[at] = w - (rate * grad) / Math.sqrt(sq);
          }
        });
      }
    }
  }

  /** The raw class scores (logits) for `vector`. */
  scores(vector: SparseVector): number[] {
    const { classes, weights } = this;
    const out = Array.from(this.bias);
    vector.indices.forEach((feature, n) => {
      const row = feature * classes;
      const v = vector.values[n] as number;
      for (let c = 0; c < classes; c++) out[c] = (out[c] as number) + (weights[row + c] as number) * v;
    });
    return out;
  }

  /** Class probabilities for `vector` (the softmax of its scores). */
  probabilities(vector: SparseVector): number[] {
    return softmax(this.scores(vector));
  }

  /** The weight of one feature for one class (for explanations). */
  weight(cls: number, feature: number): number {
    return this.weights[feature * this.classes + cls] as number;
  }
}

/** Probabilities from scores: exp(score) over the sum of all, computed without overflow. */
function softmax(scores: readonly number[]): number[] {
  const max = Math.max(...scores);
  const e = scores.map((s) => Math.exp(s - max));
  const sum = e.reduce((a, b) => a + b, 0);
  return e.map((x) => x / sum);
}
