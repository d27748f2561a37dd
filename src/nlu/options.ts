/**
 * Every tuning constant of the recognizer in one place, with the values the bot uses. Configuration
 * (NLU_THRESHOLD) overrides the decision threshold; everything else is fixed at build time and is
 * part of the saved model's fingerprint.
 * @remarks This file imports nothing at run time, so configuration can read its defaults without
 * loading the recognizer.
 */

/** How a message becomes a feature vector. */
export interface FeatureOptions {
  /** Weight of a stem pair ("per credit") relative to a single stem. */
  readonly bigramWeight: number;
  /** Total weight of one word's character n-grams (shared among them). */
  readonly charWeight: number;
  /** Lengths of the character n-grams taken inside each word. */
  readonly charGrams: readonly number[];
  /** Weight of the words around a question (a personal story, a greeting) relative to the question's own words; 1 weighs all alike. */
  readonly contextWeight: number;
}

/** How the classifier is trained. */
export interface TrainingOptions {
  readonly epochs: number;
  readonly learningRate: number;
  /**
   * AdaGrad's starting sum of squared gradients. The larger, the smaller the first steps of a
   * weight: near zero, a weight's first gradient, however tiny, moves it by a whole learning rate.
   */
  readonly initialAccumulator: number;
  readonly l2: number;
  readonly seed: number;
  /** Gradients smaller than this (in absolute value) are not applied, which keeps training on many intents fast; 0 applies every one. */
  readonly minGradient: number;
}

/** How names are found in a message. */
export interface EntityOptions {
  /** Fuse.js score (0 exact … 1 anything) above which a fuzzy match is rejected. */
  readonly fuzzyThreshold: number;
  /** Windows of fewer letters than this are never matched fuzzily. */
  readonly fuzzyMinChars: number;
  /** Longest window of words matched fuzzily. */
  readonly maxFuzzyWindow: number;
  /** Phrases of at most this many letters ("OIT", "HACC") only match exactly: fuzzily they would match everywhere. */
  readonly exactOnlyMaxChars: number;
  /** A fuzzy window shorter than this share of the name it matches is a fragment ("florida" of "eastern florida state"). */
  readonly minNameShare: number;
}

/** Which unknown words the speller corrects. */
export interface SpellingOptions {
  /** Shorter words are left alone. */
  readonly minLength: number;
  /** Words this long or longer may be corrected by two edits, shorter ones by one. */
  readonly longWord: number;
  /** Longer tokens (URLs, keyboard mashing) are left alone: their delete sets grow quadratically. */
  readonly maxLength: number;
}

/** Recognizer settings: the decision (threshold, ambiguity) and everything training depends on. */
export interface RecognizerOptions {
  /** Below this top probability the message is out of scope. */
  readonly threshold: number;
  /** When the runner-up is within this distance of the top intent, the result is ambiguous. */
  readonly ambiguityMargin: number;
  readonly features: FeatureOptions;
  readonly training: TrainingOptions;
  readonly entities: EntityOptions;
  readonly spelling: SpellingOptions;
}

/** The settings the bot uses. */
export const DEFAULT_RECOGNIZER_OPTIONS: RecognizerOptions = {
  threshold: 0.3,
  ambiguityMargin: 0.12,
  features: { bigramWeight: 0.7, charWeight: 0.7, charGrams: [3, 4], contextWeight: 0.25 },
  training: { epochs: 15, learningRate: 0.5, initialAccumulator: 0.1, l2: 1e-5, seed: 7, minGradient: 0.001 },
  entities: { fuzzyThreshold: 0.25, fuzzyMinChars: 5, maxFuzzyWindow: 3, exactOnlyMaxChars: 4, minNameShare: 0.6 },
  spelling: { minLength: 4, longWord: 8, maxLength: 24 },
};

/** The decision settings, which can change without retraining. */
export type DecisionOptions = Pick<RecognizerOptions, 'threshold' | 'ambiguityMargin'>;

/** Defaults with some settings replaced (one level deep: a partial `training` keeps the other training defaults). */
export function recognizerOptions(options: RecognizerOverrides = {}): RecognizerOptions {
  const d = DEFAULT_RECOGNIZER_OPTIONS;
  return {
    threshold: options.threshold ?? d.threshold,
    ambiguityMargin: options.ambiguityMargin ?? d.ambiguityMargin,
    features: { ...d.features, ...options.features },
    training: { ...d.training, ...options.training },
    entities: { ...d.entities, ...options.entities },
    spelling: { ...d.spelling, ...options.spelling },
  };
}

/** Settings a caller may replace; groups may be given in part. */
export type RecognizerOverrides = {
  readonly [K in keyof RecognizerOptions]?: RecognizerOptions[K] extends number
    ? number
    : Partial<RecognizerOptions[K]>;
};
