/**
 * Turns a stem sequence into a sparse, L2-normalised TF-IDF vector of word stems, stem bigrams
 * and character n-grams (the n-grams carry the signal through typos and word forms the stemmer
 * misses).
 */
import type { FeatureOptions } from './options.js';

/** Sparse vector: feature indices in increasing order and their weights. */
export interface SparseVector {
  readonly indices: readonly number[];
  readonly values: readonly number[];
}

/**
 * Raw feature names and their counts, before indexing. `weights` gives each stem's weight (all 1
 * when left out): a word of the story around a question counts for less than a word of the question.
 */
export function featureCounts(
  stems: readonly string[],
  options: FeatureOptions,
  weights: readonly number[] = [],
): Map<string, number> {
  const counts = new Map<string, number>();
  const add = (name: string, weight: number): void => {
    counts.set(name, (counts.get(name) ?? 0) + weight);
  };
  const weightOf = (i: number): number => weights[i] ?? 1;
  stems.forEach((s, i) => {
    const w = weightOf(i);
    add(`w:${s}`, w);
    const next = stems[i + 1];
    // A pair across a clause boundary counts as much as its heavier word.
    if (next !== undefined) add(`b:${s}_${next}`, options.bigramWeight * Math.max(w, weightOf(i + 1)));
    // Placeholders such as <program> have no character n-grams.
    if (s.startsWith('<')) return;
    const padded = `^${s}$`;
    const gramWeight = (w * options.charWeight) / padded.length;
    for (const n of options.charGrams) {
      for (let j = 0; j + n <= padded.length; j++) add(`c:${padded.slice(j, j + n)}`, gramWeight);
    }
  });
  if (stems.length === 0) add('w:<empty>', 1);
  return counts;
}

/** A fitted feature space as plain JSON: feature names in index order and their IDF. */
export interface FeatureSpaceSnapshot {
  readonly names: readonly string[];
  readonly idf: readonly number[];
}

/** Maps feature names to indices and holds their inverse document frequencies. Immutable once built. */
export class FeatureSpace {
  private readonly index: ReadonlyMap<string, number>;

  private constructor(
    private readonly names: readonly string[],
    private readonly idf: readonly number[],
  ) {
    this.index = new Map(names.map((name, i) => [name, i]));
  }

  /** Learns the feature names and their IDF from training documents. */
  static fit(documents: readonly ReadonlyMap<string, number>[]): FeatureSpace {
    const df = new Map<string, number>();
    for (const doc of documents) for (const name of doc.keys()) df.set(name, (df.get(name) ?? 0) + 1);
    const n = documents.length;
    return new FeatureSpace(
      [...df.keys()],
      [...df.values()].map((d) => Math.log((1 + n) / (1 + d)) + 1),
    );
  }

  /** A feature space fitted as a snapshot says. Throws when names and IDF disagree in length. */
  static restore(snapshot: FeatureSpaceSnapshot): FeatureSpace {
    if (snapshot.names.length !== snapshot.idf.length)
      throw new Error(`feature space snapshot: ${snapshot.names.length} names but ${snapshot.idf.length} IDF values`);
    return new FeatureSpace([...snapshot.names], [...snapshot.idf]);
  }

  /** The fitted names and IDF as JSON-safe data; {@link FeatureSpace.restore} gives the same space back. */
  snapshot(): FeatureSpaceSnapshot {
    return { names: [...this.names], idf: [...this.idf] };
  }

  /** How many features the space knows. */
  get size(): number {
    return this.names.length;
  }

  /** Known features of a document as a normalised sparse vector (sublinear TF × IDF); unknown features are dropped. */
  vectorize(counts: ReadonlyMap<string, number>): SparseVector {
    const weighted: Array<[number, number]> = [];
    for (const [name, count] of counts) {
      const i = this.index.get(name);
      if (i === undefined) continue;
      const tf = count >= 1 ? 1 + Math.log(count) : count;
      weighted.push([i, tf * (this.idf[i] as number)]);
    }
    weighted.sort((a, b) => a[0] - b[0]);
    const norm = Math.sqrt(weighted.reduce((sum, [, w]) => sum + w * w, 0));
    const scale = norm > 0 ? 1 / norm : 0;
    return { indices: weighted.map(([i]) => i), values: weighted.map(([, w]) => w * scale) };
  }

  /** True for word and word-pair features, false for character n-grams. */
  isWordFeature(index: number): boolean {
    return this.names[index]?.startsWith('c:') === false;
  }

  /** The feature name at an index (for explanations). */
  nameOf(index: number): string | undefined {
    return this.names[index];
  }
}
