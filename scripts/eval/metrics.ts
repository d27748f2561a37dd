/**
 * Classification metrics from (expected, predicted) label pairs: accuracy, per-label
 * precision/recall/F1, micro and macro F1, and the most frequent confusions.
 */

/** Precision, recall and F1 of one label, with the counts behind them. */
export interface LabelScores {
  readonly label: string;
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
  /** How many items carry this label (the denominator of recall). */
  readonly support: number;
  readonly predicted: number;
  readonly correct: number;
}

/** One off-diagonal cell of the confusion matrix. */
export interface Confusion {
  readonly expected: string;
  readonly predicted: string;
  readonly count: number;
}

/** Every figure derived from a set of predictions. */
export interface ClassificationMetrics {
  readonly total: number;
  readonly correct: number;
  readonly accuracy: number;
  /** Micro F1 over all labels (equals accuracy for single-label classification). */
  readonly microF1: number;
  /** Unweighted mean F1 over the labels that occur in the expected set. */
  readonly macroF1: number;
  readonly perLabel: readonly LabelScores[];
  /** Labels in matrix order (expected labels first, sorted, then labels only ever predicted). */
  readonly labels: readonly string[];
  /** matrix[expected][predicted] counts, indexed like `labels`. */
  readonly matrix: readonly (readonly number[])[];
  /** Off-diagonal cells, most frequent first. */
  readonly confusions: readonly Confusion[];
}

/** An expected and a predicted label. */
export interface LabelPair {
  readonly expected: string;
  readonly predicted: string;
}

function ratio(a: number, b: number): number {
  return b === 0 ? 0 : a / b;
}

function f1(p: number, r: number): number {
  return p + r === 0 ? 0 : (2 * p * r) / (p + r);
}

/** Scores one label treated as the positive class (e.g. out-of-scope detection). */
export function labelScores(pairs: readonly LabelPair[], label: string): LabelScores {
  let support = 0;
  let predicted = 0;
  let correct = 0;
  for (const { expected, predicted: got } of pairs) {
    if (expected === label) support++;
    if (got === label) predicted++;
    if (expected === label && got === label) correct++;
  }
  const precision = ratio(correct, predicted);
  const recall = ratio(correct, support);
  return { label, precision, recall, f1: f1(precision, recall), support, predicted, correct };
}

/** Computes all metrics for a list of predictions. */
export function classificationMetrics(pairs: readonly LabelPair[]): ClassificationMetrics {
  const expectedLabels = [...new Set(pairs.map((p) => p.expected))].sort();
  const extra = [...new Set(pairs.map((p) => p.predicted))].filter((l) => !expectedLabels.includes(l)).sort();
  const labels = [...expectedLabels, ...extra];
  const at = new Map(labels.map((l, i) => [l, i]));
  const matrix = labels.map(() => new Array<number>(labels.length).fill(0));
  let correct = 0;
  for (const { expected, predicted } of pairs) {
    const row = matrix[at.get(expected) as number] as number[];
    const col = at.get(predicted) as number;
    row[col] = (row[col] as number) + 1;
    if (expected === predicted) correct++;
  }
  const perLabel = expectedLabels.map((l) => labelScores(pairs, l));
  const confusions: Confusion[] = [];
  labels.forEach((e, i) =>
    labels.forEach((p, j) => {
      const count = (matrix[i] as number[])[j] as number;
      if (i !== j && count > 0) confusions.push({ expected: e, predicted: p, count });
    }),
  );
  confusions.sort((a, b) => b.count - a.count || a.expected.localeCompare(b.expected));
  const accuracy = ratio(correct, pairs.length);
  return {
    total: pairs.length,
    correct,
    accuracy,
    microF1: accuracy,
    macroF1: ratio(
      perLabel.reduce((s, l) => s + l.f1, 0),
      perLabel.length,
    ),
    perLabel,
    labels,
    matrix,
    confusions,
  };
}
