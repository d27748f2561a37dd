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

/** d loss / d score of the squared hinge max(0, 1 − y·z)² for one class (y = +1 for the label, −1 for the rest). */
function hingeGradient(score: number, positive: boolean): number {
  const y = positive ? 1 : -1;
  const margin = y * score;
  return margin >= 1 ? 0 : -2 * y * (1 - margin);
}

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
  if (bytes.byteLength !== length * 4) throw new Error(`classifier snapshot: ${what} holds ${bytes.byteLength / 4} values, expected ${length}`);
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
    return { classes: this.classes, features: this.features, weights: floatsToBase64(this.weights), bias: floatsToBase64(this.bias) };
  }

  /** A classifier with the weights of a snapshot, bit for bit. Throws when the sizes disagree. */
  static restore(snapshot: ClassifierSnapshot): SoftmaxClassifier {
    const out = new SoftmaxClassifier(snapshot.classes, snapshot.features);
    out.weights.set(base64ToFloats(snapshot.weights, snapshot.classes * snapshot.features, 'weights'));
    out.bias.set(base64ToFloats(snapshot.bias, snapshot.classes, 'bias'));
    return out;
  }

  /** Trains in place. */
  train(examples: readonly TrainingExample[], options: TrainingOptions): void {
    const members = Math.max(1, Math.floor(options.ensemble));
    if (members === 1) {
      this.trainOne(examples, options);
      return;
    }
    this.weights.fill(0);
    this.bias.fill(0);
    for (let m = 0; m < members; m++) {
      const member = new SoftmaxClassifier(this.classes, this.features);
      member.trainOne(examples, { ...options, seed: options.seed + m });
      for (let i = 0; i < this.weights.length; i++) this.weights[i] = (this.weights[i] as number) + (member.weights[i] as number) / members;
      for (let c = 0; c < this.classes; c++) this.bias[c] = (this.bias[c] as number) + (member.bias[c] as number) / members;
    }
  }

  private trainOne(examples: readonly TrainingExample[], options: TrainingOptions): void {
    const { classes, weights, bias } = this;
    const gradSq = new Float32Array(classes * this.features).fill(1e-8);
    const biasSq = new Float32Array(classes).fill(1e-8);
    const order = examples.map((_, i) => i);
    const random = seededRandom(options.seed);
    const gradients = new Float64Array(classes);
    const activeClasses = new Int32Array(classes);
    const { learningRate: rate, l2 } = options;
    const minGradient = options.minGradient;
    const hinge = options.loss === 'squaredHinge';
    const classWeight = classWeights(examples, classes, options.classBalance);
    for (let epoch = 0; epoch < options.epochs; epoch++) {
      for (let i = order.length - 1; i > 0; i--) {
        const j = Math.floor(random() * (i + 1));
        [order[i], order[j]] = [order[j] as number, order[i] as number];
      }
      for (const k of order) {
        const { vector, label } = examples[k] as TrainingExample;
        const { indices, values } = vector;
        const probs = hinge ? this.scores(vector) : this.probabilities(vector);
        let active = 0;
        for (let c = 0; c < classes; c++) {
          const g = (classWeight[label] as number) * (hinge ? hingeGradient(probs[c] as number, c === label) : (probs[c] as number) - (c === label ? 1 : 0));
          if (g < minGradient && g > -minGradient) continue;
          activeClasses[active] = c;
          gradients[active++] = g;
          const sq = (biasSq[c] as number) + g * g;
          biasSq[c] = sq;
          bias[c] = (bias[c] as number) - (rate * g) / Math.sqrt(sq);
        }
        // Feature-outer, class-inner: each feature's classes sit side by side in memory.
        for (let n = 0; n < indices.length; n++) {
          const row = (indices[n] as number) * classes;
          const v = values[n] as number;
          for (let a = 0; a < active; a++) {
            const at = row + (activeClasses[a] as number);
            const w = weights[at] as number;
            const grad = (gradients[a] as number) * v + l2 * w;
            const sq = (gradSq[at] as number) + grad * grad;
            gradSq[at] = sq;
            weights[at] = w - (rate * grad) / Math.sqrt(sq);
          }
        }
      }
    }
    if (hinge) {
      for (let i = 0; i < weights.length; i++) weights[i] = (weights[i] as number) * options.hingeScale;
      for (let c = 0; c < classes; c++) bias[c] = (bias[c] as number) * options.hingeScale;
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
export function softmax(scores: readonly number[]): number[] {
  const max = Math.max(...scores);
  const e = scores.map((s) => Math.exp(s - max));
  const sum = e.reduce((a, b) => a + b, 0);
  return e.map((x) => x / sum);
}

/**
 * A weight per class for its examples' gradients: (mean class size / class size) ^ balance, so 0
 * weighs every example alike and 1 gives every class the same total weight.
 */
function classWeights(examples: readonly TrainingExample[], classes: number, balance: number): number[] {
  const sizes = new Array<number>(classes).fill(0);
  for (const e of examples) sizes[e.label] = (sizes[e.label] as number) + 1;
  const mean = examples.length / Math.max(1, sizes.filter((n) => n > 0).length);
  return sizes.map((n) => (n > 0 ? (mean / n) ** balance : 0));
}
