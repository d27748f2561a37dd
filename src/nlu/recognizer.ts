/**
 * The intent recognizer: normalize → tokenize → spell-correct → extract entities → stem →
 * featurize → classify → threshold. It learns intents from example utterances and knows nothing
 * about any domain; the domain arrives as data.
 */
import { SoftmaxClassifier, DEFAULT_TRAINING, type ClassifierSnapshot, type TrainingOptions } from './classifier.js';
import { EntityExtractor, type EntityMention, type FuzzyMemo, type GazetteerEntry } from './entities.js';
import { DEFAULT_FEATURE_OPTIONS, FeatureSpace, featureCounts, type FeatureOptions, type FeatureSpaceSnapshot, type SparseVector } from './features.js';
import { Speller, type Correction } from './spelling.js';
import { normalize, stem, tokenize } from './text.js';
import { CappedMap } from '../boundedMaps.js';

/** Intents with their examples, and the entities to look for. */
export interface TrainingData {
  readonly intents: ReadonlyArray<{ readonly id: string; readonly examples: readonly string[] }>;
  readonly entities?: readonly GazetteerEntry[];
  /** Entity kinds replaced by a placeholder before classification, so names don't sway intents. */
  readonly placeholderKinds?: readonly string[];
  /** The intent that stands for "none of the above", if the data has one. */
  readonly outOfScopeIntent?: string;
}

/** Recognizer settings. */
export interface RecognizerOptions {
  /** Below this top probability the message is out of scope. */
  readonly threshold: number;
  /** When the runner-up is within this distance of the top intent, the result is ambiguous. */
  readonly ambiguityMargin: number;
  readonly features: FeatureOptions;
  readonly training: TrainingOptions;
}

/** The settings the bot uses. */
export const DEFAULT_RECOGNIZER_OPTIONS: RecognizerOptions = {
  threshold: 0.3,
  ambiguityMargin: 0.12,
  features: DEFAULT_FEATURE_OPTIONS,
  training: DEFAULT_TRAINING,
};

/** One scored intent. */
export interface IntentScore {
  readonly intent: string;
  readonly score: number;
}

/** What the recognizer understood, and why. */
export interface Recognition {
  readonly text: string;
  /** The winning intent, or undefined when the message is out of scope. */
  readonly intent: IntentScore | undefined;
  /** The best intents, highest first (the out-of-scope class included). */
  readonly ranking: readonly IntentScore[];
  readonly runnerUp: IntentScore | undefined;
  /** True when the top two intents are too close to call. */
  readonly ambiguous: boolean;
  readonly entities: readonly EntityMention[];
  /** The normalized, spell-corrected tokens. */
  readonly tokens: readonly string[];
  readonly corrections: readonly Correction[];
  /** The words and word pairs that pushed hardest towards the winning intent. */
  readonly matchedTerms: readonly string[];
}

interface Prepared {
  readonly tokens: string[];
  readonly corrections: Correction[];
  readonly entities: EntityMention[];
  readonly stems: string[];
}

const RANKING_SIZE = 5;

/**
 * What training learned, as plain JSON: the feature space and the classifier. The rest of a
 * recognizer (speller, gazetteer) is rebuilt from the training data, which is quick.
 */
export interface RecognizerSnapshot {
  readonly labels: readonly string[];
  readonly space: FeatureSpaceSnapshot;
  readonly classifier: ClassifierSnapshot;
}

/** Everything training produces; shared by recognizers that differ only in decision settings. */
interface Model {
  readonly labels: readonly string[];
  readonly space: FeatureSpace;
  readonly classifier: SoftmaxClassifier;
  readonly extractor: EntityExtractor | undefined;
  readonly speller: Speller;
  readonly placeholderKinds: ReadonlySet<string>;
  readonly outOfScopeIntent: string | undefined;
  /** Fuzzy entity lookups seen while recognizing (pure: the gazetteer never changes). */
  readonly fuzzyMemo: FuzzyMemo;
}

/** A trained recognizer. Build with {@link Recognizer.train}. */
export class Recognizer {
  private readonly labels: readonly string[];
  private readonly space: FeatureSpace;
  private readonly classifier: SoftmaxClassifier;
  /** Class probabilities of the message being recognized (reused: recognition is synchronous). */
  private readonly probs: Float64Array;

  private constructor(
    private readonly model: Model,
    readonly options: RecognizerOptions,
  ) {
    this.labels = model.labels;
    this.space = model.space;
    this.classifier = model.classifier;
    this.probs = new Float64Array(model.labels.length);
  }

  /** Learns a recognizer from example utterances. */
  static train(data: TrainingData, options: Partial<RecognizerOptions> = {}): Recognizer {
    const opts: RecognizerOptions = { ...DEFAULT_RECOGNIZER_OPTIONS, ...options };
    const base = untrainedModel(data);
    const { labels } = base;
    const docs: Array<{ counts: Map<string, number>; label: number }> = [];
    const memo: FuzzyMemo = new Map();
    data.intents.forEach((intent, label) => {
      for (const ex of intent.examples) docs.push({ counts: featureCounts(prepare(base, ex, memo).stems, opts.features), label });
    });
    const space = new FeatureSpace();
    space.fit(docs.map((d) => d.counts));
    const examples = docs.map((d) => ({ vector: space.vectorize(d.counts), label: d.label }));
    const classifier = new SoftmaxClassifier(labels.length, space.size);
    classifier.train(examples, opts.training);
    return new Recognizer({ ...base, space, classifier }, opts);
  }

  /**
   * A recognizer trained earlier, from its {@link Recognizer.snapshot} and the same training data
   * (the caller makes sure they belong together, e.g. with {@link modelFingerprint}).
   * @remarks Skips the costly part of training: preparing every example and fitting the weights.
   */
  static restore(data: TrainingData, snapshot: RecognizerSnapshot, options: Partial<RecognizerOptions> = {}): Recognizer {
    const base = untrainedModel(data);
    if (base.labels.join('\n') !== snapshot.labels.join('\n')) throw new Error('recognizer snapshot: its intents differ from the training data');
    const space = FeatureSpace.restore(snapshot.space);
    const classifier = SoftmaxClassifier.restore(snapshot.classifier);
    if (classifier.classes !== base.labels.length || classifier.features !== space.size) throw new Error('recognizer snapshot: classifier and feature space sizes disagree');
    return new Recognizer({ ...base, space, classifier }, { ...DEFAULT_RECOGNIZER_OPTIONS, ...options });
  }

  /** What training learned, as JSON-safe data for {@link Recognizer.restore}. */
  snapshot(): RecognizerSnapshot {
    return { labels: [...this.labels], space: this.space.snapshot(), classifier: this.classifier.snapshot() };
  }

  /** The same trained model with other decision settings (threshold, ambiguity margin); nothing is retrained. */
  withDecision(decision: Partial<Pick<RecognizerOptions, 'threshold' | 'ambiguityMargin'>>): Recognizer {
    const options = { ...this.options, ...decision };
    return new Recognizer(this.model, options);
  }

  /** The intent ids this recognizer knows. */
  get intents(): readonly string[] {
    return this.labels;
  }

  /** Recognizes one message. Never throws: any text, however odd, gets a result. */
  recognize(text: string): Recognition {
    const prepared = prepare(this.model, text, this.model.fuzzyMemo);
    const vector = this.space.vectorizeStems(prepared.stems, this.options.features);
    const probs = this.classifier.probabilities(vector, this.probs);
    const best = topIndices(probs, RANKING_SIZE);
    const ranking = best.map((i) => ({ intent: this.labels[i] as string, score: probs[i] as number }));
    const [top, second] = ranking as [IntentScore, IntentScore | undefined];
    const topIndex = best[0] as number;
    let knowsAWord = false;
    for (let n = 0; n < vector.indices.length && !knowsAWord; n++) knowsAWord = this.space.isWordFeature(vector.indices[n] as number);
    const inScope = knowsAWord && top.intent !== this.model.outOfScopeIntent && top.score >= this.options.threshold;
    // The explanation is for people (tests, debugging), not for answering: worked out when first asked for.
    let matchedTerms: readonly string[] | undefined;
    const explain = (): readonly string[] => (matchedTerms ??= this.termsPushing(vector, topIndex));
    return {
      text,
      intent: inScope ? top : undefined,
      ranking,
      runnerUp: second,
      ambiguous: inScope && second !== undefined && second.intent !== this.model.outOfScopeIntent && top.score - second.score < this.options.ambiguityMargin,
      entities: prepared.entities,
      tokens: prepared.tokens,
      corrections: prepared.corrections,
      get matchedTerms() {
        return explain();
      },
    };
  }

  /** The (at most five) word features of the message pushing hardest towards intent `cls`, as words. */
  private termsPushing(vector: SparseVector, cls: number): string[] {
    const pushing: number[] = [];
    const pushes: number[] = [];
    for (let n = 0; n < vector.indices.length; n++) {
      const f = vector.indices[n] as number;
      if (!this.space.isWordFeature(f)) continue;
      const c = this.classifier.weight(cls, f) * (vector.values[n] as number);
      if (c > 0) {
        pushing.push(f);
        pushes.push(c);
      }
    }
    return topIndices(pushes, 5).map((p) => (this.space.nameOf(pushing[p] as number) ?? '').slice(2).replace('_', ' '));
  }
}

/**
 * The indices of the `k` highest scores, highest first; equal scores keep index order (as a stable
 * sort would), without sorting every class.
 */
function topIndices(scores: ArrayLike<number>, k: number): number[] {
  const top: number[] = [];
  for (let i = 0; i < scores.length; i++) {
    const score = scores[i] as number;
    const full = top.length === k;
    if (full && !(score > (scores[top[k - 1] as number] as number))) continue;
    // The slot to fill: a new one at the end, or the last one (whose index drops out). Lower scores move down.
    let at = full ? k - 1 : top.push(i) - 1;
    while (at > 0 && score > (scores[top[at - 1] as number] as number)) {
      top[at] = top[at - 1] as number;
      at--;
    }
    top[at] = i;
  }
  return top;
}

/** Fuzzy entity lookups remembered while recognizing: the same word windows recur in message after message. */
const FUZZY_MEMO_LIMIT = 20_000;

/** The parts of a model that come straight from the data: labels, gazetteer and the speller's vocabulary. */
function untrainedModel(data: TrainingData): Omit<Model, 'space' | 'classifier'> {
  const extractor = data.entities && data.entities.length > 0 ? new EntityExtractor(data.entities) : undefined;
  const frequency = new Map<string, number>();
  const count = (w: string): void => {
    frequency.set(w, (frequency.get(w) ?? 0) + 1);
  };
  for (const intent of data.intents) for (const ex of intent.examples) tokenize(normalize(ex)).forEach(count);
  extractor?.words().forEach(count);
  return {
    labels: data.intents.map((i) => i.id),
    extractor,
    speller: new Speller(frequency),
    placeholderKinds: new Set(data.placeholderKinds ?? []),
    outOfScopeIntent: data.outOfScopeIntent,
    fuzzyMemo: new CappedMap(FUZZY_MEMO_LIMIT),
  };
}

/** normalize → tokenize → spell-correct → entities → stems with placeholders. */
function prepare(model: Pick<Model, 'speller' | 'extractor' | 'placeholderKinds'>, text: string, memo?: FuzzyMemo): Prepared {
  const raw = tokenize(normalize(text));
  const corrections: Correction[] = [];
  const tokens = raw.map((t) => {
    const fixed = model.speller.correct(t);
    if (fixed === undefined) return t;
    corrections.push({ from: t, to: fixed });
    return fixed;
  });
  const entities = model.extractor?.extract(tokens, memo) ?? [];
  const stems: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const mention = entities.find((e) => e.start === i && model.placeholderKinds.has(e.kind));
    if (mention !== undefined) {
      stems.push(`<${mention.kind}>`);
      i = mention.end - 1;
    } else {
      stems.push(stem(tokens[i] as string));
    }
  }
  return { tokens, corrections, entities, stems };
}
