/**
 * Benchmarks the recognizer on a public corpus with the bot's own settings: train on the training
 * split, tune the out-of-scope threshold on validation data only (CLINC150), score the test split.
 */
import type { RecognizerOverrides } from '../../src/nlu/options.js';
import { Recognizer } from '../../src/nlu/recognizer.js';
import {
  BRAUN_PUBLISHED,
  CLINC_PUBLISHED,
  intentsOf,
  type CorpusSplits,
  type Labeled,
  type Published,
} from './corpora.js';
import { classificationMetrics, type ClassificationMetrics } from './metrics.js';

/** One reported number, with the published figure it is compared to. */
export interface Figure {
  readonly name: string;
  readonly value: number;
  readonly published?: Published;
}

/** The outcome of one corpus run. */
export interface CorpusReport {
  readonly corpus: string;
  readonly family: CorpusSplits['family'];
  readonly trainSize: number;
  readonly testSize: number;
  readonly trainMs: number;
  readonly testMs: number;
  /** Test items answered correctly (for pooling several corpora). */
  readonly correct: number;
  readonly figures: readonly Figure[];
  readonly metrics: ClassificationMetrics;
  readonly notes: readonly string[];
}

/** What the recognizer decided for one utterance, before any threshold. */
export interface Decision {
  readonly label: string;
  /** The top score, or -1 when the recognizer itself said out of scope (unknown words, OOS class). */
  readonly score: number;
}

const NO_INTENT = '<none>';

function decide(recognizer: Recognizer, items: readonly Labeled[]): Decision[] {
  return items.map(({ text }) => {
    const r = recognizer.recognize(text);
    return r.intent !== undefined ? { label: r.intent.intent, score: r.intent.score } : { label: NO_INTENT, score: -1 };
  });
}

function apply(decisions: readonly Decision[], threshold: number, oos: string): string[] {
  return decisions.map((d) => (d.score >= threshold ? d.label : oos));
}

/**
 * The threshold that maximizes accuracy over all tuning items, in scope and out of scope alike
 * (the usual choice for CLINC150, where validation has 3,000 in-scope and 100 out-of-scope items).
 */
export function tuneThreshold(decisions: readonly Decision[], gold: readonly Labeled[], oos: string): number {
  let best = 0;
  let bestScore = -Infinity;
  for (let step = 0; step <= 95; step++) {
    const t = step / 100;
    const predicted = apply(decisions, t, oos);
    let inScope = 0;
    let inCorrect = 0;
    let outScope = 0;
    let outCorrect = 0;
    gold.forEach((g, i) => {
      if (g.label === oos) {
        outScope++;
        if (predicted[i] === oos) outCorrect++;
      } else {
        inScope++;
        if (predicted[i] === g.label) inCorrect++;
      }
    });
    const score = (inCorrect + outCorrect) / Math.max(1, inScope + outScope);
    if (score > bestScore + 1e-9) {
      best = t;
      bestScore = score;
    }
  }
  return best;
}

/** Trains and tests on one corpus. */
export function evaluateCorpus(corpus: CorpusSplits, options: RecognizerOverrides = {}): CorpusReport {
  const started = performance.now();
  const oos = corpus.outOfScopeLabel;
  const recognizer = Recognizer.train(
    { intents: intentsOf(corpus.train), ...(oos !== undefined ? { outOfScopeIntent: oos } : {}) },
    options,
  );
  const notes: string[] = [];
  let threshold = recognizer.options.threshold;
  if (corpus.tune.length > 0 && oos !== undefined) {
    threshold = tuneThreshold(decide(recognizer.withDecision({ threshold: 0 }), corpus.tune), corpus.tune, oos);
    notes.push(`out-of-scope threshold ${threshold.toFixed(2)}, tuned on ${corpus.tune.length} validation items`);
  }
  const trainMs = performance.now() - started;
  const testStarted = performance.now();
  const predicted = apply(decide(recognizer.withDecision({ threshold: 0 }), corpus.test), threshold, oos ?? NO_INTENT);
  const testMs = performance.now() - testStarted;
  const pairs = corpus.test.map((g, i) => ({ expected: g.label, predicted: predicted[i] as string }));
  const metrics = classificationMetrics(pairs);
  return {
    corpus: corpus.name,
    family: corpus.family,
    trainSize: corpus.train.length,
    testSize: corpus.test.length,
    trainMs,
    testMs,
    correct: metrics.correct,
    figures:
      corpus.family === 'clinc150'
        ? clincFigures(pairs, oos ?? 'oos', corpus.name)
        : [{ name: 'micro F1', value: metrics.microF1, ...published(BRAUN_PUBLISHED[corpus.name]) }],
    metrics,
    notes,
  };
}

function published(p: Published | undefined): { published?: Published } {
  return p === undefined ? {} : { published: p };
}

function clincFigures(
  pairs: ReadonlyArray<{ expected: string; predicted: string }>,
  oos: string,
  name: string,
): Figure[] {
  const inScope = pairs.filter((p) => p.expected !== oos);
  const outScope = pairs.filter((p) => p.expected === oos);
  const full = name.endsWith('full');
  return [
    {
      name: 'in-scope accuracy',
      value: inScope.filter((p) => p.predicted === p.expected).length / inScope.length,
      ...published(full ? CLINC_PUBLISHED.inScopeAccuracy : undefined),
    },
    {
      name: 'out-of-scope recall',
      value: outScope.filter((p) => p.predicted === oos).length / outScope.length,
      ...published(full ? CLINC_PUBLISHED.oosRecall : undefined),
    },
  ];
}

/** Micro F1 pooled over several Braun corpora (the "overall" figure of the published comparisons). */
export function pooledBraun(reports: readonly CorpusReport[]): Figure | undefined {
  const braun = reports.filter((r) => r.family === 'braun');
  if (braun.length < 2) return undefined;
  const total = braun.reduce((s, r) => s + r.testSize, 0);
  return {
    name: `overall micro F1 (${total} sentences)`,
    value: braun.reduce((s, r) => s + r.correct, 0) / total,
    ...published(BRAUN_PUBLISHED.overall),
  };
}
