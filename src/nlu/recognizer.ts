/**
 * The intent recognizer: normalize → tokenize → spell-correct → extract entities → stem →
 * featurize → classify → threshold. It learns intents from example utterances and knows nothing
 * about any domain; the domain arrives as data.
 */
import { SoftmaxClassifier, DEFAULT_TRAINING, type TrainingOptions } from './classifier.js';
import { EntityExtractor, type EntityMention, type GazetteerEntry } from './entities.js';
import { DEFAULT_FEATURE_OPTIONS, FeatureSpace, featureCounts, type FeatureOptions } from './features.js';
import { Speller, type Correction } from './spelling.js';
import { normalize, stem, tokenize } from './text.js';

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

/** A trained recognizer. Build with {@link Recognizer.train}. */
export class Recognizer {
  private constructor(
    private readonly labels: readonly string[],
    private readonly space: FeatureSpace,
    private readonly classifier: SoftmaxClassifier,
    private readonly extractor: EntityExtractor | undefined,
    private readonly speller: Speller,
    private readonly placeholderKinds: ReadonlySet<string>,
    private readonly outOfScopeIntent: string | undefined,
    readonly options: RecognizerOptions,
  ) {}

  /** Learns a recognizer from example utterances. */
  static train(data: TrainingData, options: Partial<RecognizerOptions> = {}): Recognizer {
    const opts: RecognizerOptions = { ...DEFAULT_RECOGNIZER_OPTIONS, ...options };
    const extractor = data.entities && data.entities.length > 0 ? new EntityExtractor(data.entities) : undefined;
    const frequency = new Map<string, number>();
    const count = (w: string): void => {
      frequency.set(w, (frequency.get(w) ?? 0) + 1);
    };
    for (const intent of data.intents) for (const ex of intent.examples) tokenize(normalize(ex)).forEach(count);
    extractor?.words().forEach(count);
    const speller = new Speller(frequency);
    const labels = data.intents.map((i) => i.id);
    const placeholders = new Set(data.placeholderKinds ?? []);

    const recognizer = new Recognizer(labels, new FeatureSpace(), undefined as unknown as SoftmaxClassifier, extractor, speller, placeholders, data.outOfScopeIntent, opts);
    const docs: Array<{ counts: Map<string, number>; label: number }> = [];
    data.intents.forEach((intent, label) => {
      for (const ex of intent.examples) docs.push({ counts: featureCounts(recognizer.prepare(ex).stems, opts.features), label });
    });
    recognizer.space.fit(docs.map((d) => d.counts));
    const classifier = new SoftmaxClassifier(labels.length, recognizer.space.size);
    classifier.train(docs.map((d) => ({ vector: recognizer.space.vectorize(d.counts), label: d.label })), opts.training);
    return new Recognizer(labels, recognizer.space, classifier, extractor, speller, placeholders, data.outOfScopeIntent, opts);
  }

  /** The same trained model with other decision settings (threshold, ambiguity margin); nothing is retrained. */
  withDecision(decision: Partial<Pick<RecognizerOptions, 'threshold' | 'ambiguityMargin'>>): Recognizer {
    const options = { ...this.options, ...decision };
    return new Recognizer(this.labels, this.space, this.classifier, this.extractor, this.speller, this.placeholderKinds, this.outOfScopeIntent, options);
  }

  /** The intent ids this recognizer knows. */
  get intents(): readonly string[] {
    return this.labels;
  }

  /** Recognizes one message. Never throws: any text, however odd, gets a result. */
  recognize(text: string): Recognition {
    const prepared = this.prepare(text);
    const counts = featureCounts(prepared.stems, this.options.features);
    const vector = this.space.vectorize(counts);
    const probs = this.classifier.probabilities(vector);
    const ranking = [...probs]
      .map((score, i) => ({ intent: this.labels[i] as string, score }))
      .sort((a, b) => b.score - a.score)
      .slice(0, RANKING_SIZE);
    const [top, second] = ranking as [IntentScore, IntentScore | undefined];
    const knowsAWord = [...vector.indices].some((f) => !(this.space.nameOf(f) ?? 'c:').startsWith('c:'));
    const inScope = knowsAWord && top.intent !== this.outOfScopeIntent && top.score >= this.options.threshold;
    const topIndex = this.labels.indexOf(top.intent);
    const contributions = [...vector.indices]
      .map((f, n) => ({ f, c: this.classifier.weight(topIndex, f) * (vector.values[n] as number) }))
      .filter((x) => x.c > 0)
      .sort((a, b) => b.c - a.c);
    const matchedTerms = contributions
      .map((x) => this.space.nameOf(x.f) ?? '')
      .filter((n) => n.startsWith('w:') || n.startsWith('b:'))
      .slice(0, 5)
      .map((n) => n.slice(2).replace('_', ' '));
    return {
      text,
      intent: inScope ? top : undefined,
      ranking,
      runnerUp: second,
      ambiguous: inScope && second !== undefined && second.intent !== this.outOfScopeIntent && top.score - second.score < this.options.ambiguityMargin,
      entities: prepared.entities,
      tokens: prepared.tokens,
      corrections: prepared.corrections,
      matchedTerms,
    };
  }

  /** normalize → tokenize → spell-correct → entities → stems with placeholders. */
  private prepare(text: string): Prepared {
    const raw = tokenize(normalize(text));
    const corrections: Correction[] = [];
    const tokens = raw.map((t) => {
      const fixed = this.speller.correct(t);
      if (fixed === undefined) return t;
      corrections.push({ from: t, to: fixed });
      return fixed;
    });
    const entities = this.extractor?.extract(tokens) ?? [];
    const stems: string[] = [];
    for (let i = 0; i < tokens.length; i++) {
      const mention = entities.find((e) => e.start === i && this.placeholderKinds.has(e.kind));
      if (mention !== undefined) {
        stems.push(`<${mention.kind}>`);
        i = mention.end - 1;
      } else {
        stems.push(stem(tokens[i] as string));
      }
    }
    return { tokens, corrections, entities, stems };
  }
}
