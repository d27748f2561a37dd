/**
 * The intent recognizer: normalize → tokenize → spell-correct → extract entities → stem →
 * featurize → classify → threshold. It learns intents from example utterances and knows nothing
 * about any domain; the domain arrives as data.
 */
import { SoftmaxClassifier, type ClassifierSnapshot } from './classifier.js';
import { clauses, focusWeights } from './clauses.js';
import { EntityExtractor, type EntityMention, type GazetteerEntry } from './entities.js';
import { FeatureSpace, featureCounts, type FeatureSpaceSnapshot, type SparseVector } from './features.js';
import {
  recognizerOptions,
  type DecisionOptions,
  type RecognizerOptions,
  type RecognizerOverrides,
} from './options.js';
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
  /** Words the speller leaves alone but never corrects to: the knowledge's own phrases beyond the examples. */
  readonly vocabulary?: readonly string[];
}

/** One scored intent. */
export interface IntentScore {
  readonly intent: string;
  readonly score: number;
}

/** What the recognizer understood. A plain value: nothing in it is computed later or shared. */
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
}

/** Anything that recognizes text: the {@link Recognizer}, or a stand-in in tests. */
export type Recognize = Pick<Recognizer, 'recognize'>;

/** A message after the text stages: its tokens, what was corrected, the entities and the stems to classify. */
interface Prepared {
  readonly tokens: string[];
  readonly corrections: Correction[];
  readonly entities: EntityMention[];
  readonly stems: string[];
  /** Each stem's weight: less for the words around a question. */
  readonly weights: number[];
}

const RANKING_SIZE = 5;
/** How many terms {@link Recognizer.explain} names. */
const EXPLAINED_TERMS = 5;

/**
 * What training learned, as plain JSON: the feature space and the classifier. The rest of a
 * recognizer (speller, gazetteer) is rebuilt from the training data, which is quick.
 */
export interface RecognizerSnapshot {
  readonly labels: readonly string[];
  readonly space: FeatureSpaceSnapshot;
  readonly classifier: ClassifierSnapshot;
}

/** The parts of a model that come straight from the data: labels, gazetteer and the speller's vocabulary. */
class TextStages {
  readonly labels: readonly string[];
  private readonly extractor: EntityExtractor | undefined;
  private readonly speller: Speller;
  private readonly placeholderKinds: ReadonlySet<string>;

  private readonly contextWeight: number;

  constructor(data: TrainingData, options: RecognizerOptions) {
    this.contextWeight = options.features.contextWeight;
    this.labels = data.intents.map((i) => i.id);
    const frequency = new Map<string, number>();
    const count = (w: string): void => {
      frequency.set(w, (frequency.get(w) ?? 0) + 1);
    };
    for (const intent of data.intents) for (const ex of intent.examples) tokenize(normalize(ex)).forEach(count);
    const kept = new Set((data.vocabulary ?? []).flatMap((phrase) => tokenize(normalize(phrase))));
    // A word the model knows is that word, not a misspelt place.
    const plainWords = new Set([...frequency.keys(), ...kept]);
    this.extractor =
      data.entities && data.entities.length > 0
        ? new EntityExtractor(data.entities, options.entities, plainWords)
        : undefined;
    // City names are spelled as they are and never offered as corrections: "forms" must not become Grand Forks' "forks".
    this.extractor?.words(new Set(['city'])).forEach(count);
    this.speller = new Speller(frequency, options.spelling, kept);
    this.placeholderKinds = new Set(data.placeholderKinds ?? []);
  }

  /** clauses → normalize → tokenize → spell-correct → entities → stems, with placeholders for named entities. */
  prepare(text: string): Prepared {
    const corrections: Correction[] = [];
    const parts = clauses(text);
    const focus = focusWeights(parts, this.contextWeight);
    const tokens = parts
      .flatMap((c) => c.tokens)
      .map((t) => {
        const fixed = this.speller.correct(t);
        if (fixed === undefined) return t;
        corrections.push({ from: t, to: fixed });
        return fixed;
      });
    const tokenStems = tokens.map(stem);
    const entities = this.extractor?.extract(tokens, tokenStems) ?? [];
    // Placeholder mentions by first token: one look-up per token keeps this linear in the message length.
    const placeholders = new Map<number, EntityMention>();
    for (const e of entities)
      if (this.placeholderKinds.has(e.kind) && !placeholders.has(e.start)) placeholders.set(e.start, e);
    const stems: string[] = [];
    const weights: number[] = [];
    for (let i = 0; i < tokens.length; i++) {
      const mention = placeholders.get(i);
      stems.push(mention !== undefined ? `<${mention.kind}>` : (tokenStems[i] as string));
      weights.push(focus[i] as number);
      if (mention !== undefined) i = mention.end - 1;
    }
    return { tokens, corrections, entities, stems, weights };
  }
}

/** A trained recognizer. Build with {@link Recognizer.train} or {@link Recognizer.restore}; immutable and re-entrant. */
export class Recognizer {
  private constructor(
    private readonly stages: TextStages,
    private readonly space: FeatureSpace,
    private readonly classifier: SoftmaxClassifier,
    private readonly outOfScopeIntent: string | undefined,
    readonly options: RecognizerOptions,
  ) {}

  /** Learns a recognizer from example utterances. */
  static train(data: TrainingData, overrides: RecognizerOverrides = {}): Recognizer {
    const options = recognizerOptions(overrides);
    const stages = new TextStages(data, options);
    const docs = data.intents.flatMap((intent, label) =>
      intent.examples.map((ex) => ({ counts: countsOf(stages.prepare(ex), options), label })),
    );
    const space = FeatureSpace.fit(docs.map((d) => d.counts));
    const classifier = new SoftmaxClassifier(stages.labels.length, space.size);
    classifier.train(
      docs.map((d) => ({ vector: space.vectorize(d.counts), label: d.label })),
      options.training,
    );
    return new Recognizer(stages, space, classifier, data.outOfScopeIntent, options);
  }

  /**
   * A recognizer trained earlier, from its {@link Recognizer.snapshot} and the same training data
   * (the caller makes sure they belong together, e.g. with {@link modelFingerprint}).
   * @remarks Skips the costly part of training: preparing every example and fitting the weights.
   */
  static restore(data: TrainingData, snapshot: RecognizerSnapshot, overrides: RecognizerOverrides = {}): Recognizer {
    const options = recognizerOptions(overrides);
    const stages = new TextStages(data, options);
    if (stages.labels.join('\n') !== snapshot.labels.join('\n'))
      throw new Error('recognizer snapshot: its intents differ from the training data');
    const space = FeatureSpace.restore(snapshot.space);
    const classifier = SoftmaxClassifier.restore(snapshot.classifier);
    if (classifier.classes !== stages.labels.length || classifier.features !== space.size)
      throw new Error('recognizer snapshot: classifier and feature space sizes disagree');
    return new Recognizer(stages, space, classifier, data.outOfScopeIntent, options);
  }

  /** What training learned, as JSON-safe data for {@link Recognizer.restore}. */
  snapshot(): RecognizerSnapshot {
    return { labels: [...this.stages.labels], space: this.space.snapshot(), classifier: this.classifier.snapshot() };
  }

  /** The same trained model with other decision settings (threshold, ambiguity margin); nothing is retrained. */
  withDecision(decision: Partial<DecisionOptions>): Recognizer {
    return new Recognizer(this.stages, this.space, this.classifier, this.outOfScopeIntent, {
      ...this.options,
      ...decision,
    });
  }

  /** The intent ids this recognizer knows. */
  get intents(): readonly string[] {
    return this.stages.labels;
  }

  /** Recognizes one message. Never throws: any text, however odd, gets a result. */
  recognize(text: string): Recognition {
    const prepared = this.stages.prepare(text);
    const vector = this.vectorOf(prepared);
    const ranking = this.classifier
      .probabilities(vector)
      .map((score, i) => ({ intent: this.stages.labels[i] as string, score }))
      .sort((a, b) => b.score - a.score)
      .slice(0, RANKING_SIZE);
    const [top, second] = ranking as [IntentScore, IntentScore | undefined];
    const knowsAWord = vector.indices.some((f) => this.space.isWordFeature(f));
    const inScope = knowsAWord && top.intent !== this.outOfScopeIntent && top.score >= this.options.threshold;
    return {
      text,
      intent: inScope ? top : undefined,
      ranking,
      runnerUp: second,
      ambiguous:
        inScope &&
        second !== undefined &&
        second.intent !== this.outOfScopeIntent &&
        top.score - second.score < this.options.ambiguityMargin,
      entities: prepared.entities,
      tokens: prepared.tokens,
      corrections: prepared.corrections,
    };
  }

  /**
   * Why a message got its top intent: the (at most five) words and word pairs of the message that
   * push hardest towards it, strongest first. For people (tests, the evaluation report), not for answering.
   */
  explain(text: string): string[] {
    const vector = this.vectorOf(this.stages.prepare(text));
    const scores = this.classifier.scores(vector);
    const top = scores.indexOf(Math.max(...scores));
    return vector.indices
      .map((f, n) => ({ f, push: this.classifier.weight(top, f) * (vector.values[n] as number) }))
      .filter(({ f, push }) => push > 0 && this.space.isWordFeature(f))
      .sort((a, b) => b.push - a.push)
      .slice(0, EXPLAINED_TERMS)
      .map(({ f }) => (this.space.nameOf(f) ?? '').slice(2).replace('_', ' '));
  }

  private vectorOf(prepared: Prepared): SparseVector {
    return this.space.vectorize(countsOf(prepared, this.options));
  }
}

/** The raw feature counts of a prepared message. */
function countsOf(prepared: Prepared, options: RecognizerOptions): Map<string, number> {
  return featureCounts(prepared.stems, options.features, prepared.weights);
}
