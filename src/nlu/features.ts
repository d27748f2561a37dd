/**
 * Turns a token sequence into a sparse, L2-normalised TF-IDF vector of word stems, stem bigrams
 * and character n-grams (the n-grams carry the signal through typos and word forms the stemmer
 * misses).
 */
import { CappedMap } from '../boundedMaps.js';

/** Sparse vector: feature index → weight, sorted by index. */
export interface SparseVector {
  readonly indices: Int32Array;
  readonly values: Float32Array;
}

/** Tunable weights of the feature families. */
export interface FeatureOptions {
  readonly bigramWeight: number;
  readonly charWeight: number;
  readonly charGrams: readonly number[];
}

export const DEFAULT_FEATURE_OPTIONS: FeatureOptions = { bigramWeight: 0.7, charWeight: 0.35, charGrams: [3, 4] };

/** Raw feature names and their counts, before indexing. */
export function featureCounts(stems: readonly string[], options: FeatureOptions): Map<string, number> {
  const counts = new Map<string, number>();
  const add = (name: string, weight: number): void => {
    counts.set(name, (counts.get(name) ?? 0) + weight);
  };
  for (let i = 0; i < stems.length; i++) {
    const s = stems[i] as string;
    add(`w:${s}`, 1);
    if (i + 1 < stems.length) add(`b:${s}_${stems[i + 1] as string}`, options.bigramWeight);
    if (s.startsWith('<')) continue;
    const padded = `^${s}$`;
    for (const n of options.charGrams) {
      for (let j = 0; j + n <= padded.length; j++) add(`c:${padded.slice(j, j + n)}`, options.charWeight / padded.length);
    }
  }
  if (stems.length === 0) add('w:<empty>', 1);
  return counts;
}

/** One stem's known features: its word feature, its character n-grams and the weight each n-gram adds. */
interface StemFeatures {
  readonly word: number | undefined;
  readonly grams: readonly number[];
  readonly gramWeight: number;
}

/** Stems whose features are cached; the vocabulary people use is far smaller. */
const STEM_CACHE_LIMIT = 50_000;

/** A fitted feature space as plain JSON: feature names in index order and their IDF. */
export interface FeatureSpaceSnapshot {
  readonly names: readonly string[];
  readonly idf: readonly number[];
}

/** Maps feature names to indices and holds their inverse document frequencies. */
export class FeatureSpace {
  private readonly index = new Map<string, number>();
  private readonly names: string[] = [];
  private idf: Float32Array = new Float32Array(0);
  private wordFeature: Uint8Array = new Uint8Array(0);
  /** Dense row of a document's counts, then weights, by feature index; all zero between calls. */
  private scratch: Float64Array = new Float64Array(0);
  /** The features of the document being built, in the order first seen, and a mark for each. */
  private touched: Int32Array = new Int32Array(0);
  private seen: Uint8Array = new Uint8Array(0);
  /** Per stem, its known features (for the options they were computed with). */
  private readonly stemCache = new CappedMap<string, StemFeatures>(STEM_CACHE_LIMIT);
  private stemCacheOptions: FeatureOptions | undefined;

  get size(): number {
    return this.index.size;
  }

  /** Learns the feature names and IDF from training documents. */
  fit(documents: readonly Map<string, number>[]): void {
    const df: number[] = [];
    for (const doc of documents) {
      for (const name of doc.keys()) {
        let i = this.index.get(name);
        if (i === undefined) {
          i = this.index.size;
          this.index.set(name, i);
          this.names.push(name);
          df.push(0);
        }
        df[i] = (df[i] ?? 0) + 1;
      }
    }
    const n = documents.length;
    this.setIdf(Float32Array.from(df, (d) => Math.log((1 + n) / (1 + d)) + 1));
  }

  /** The fitted names and IDF as JSON-safe data; {@link FeatureSpace.restore} gives the same space back. */
  snapshot(): FeatureSpaceSnapshot {
    return { names: [...this.names], idf: Array.from(this.idf) };
  }

  /** A feature space fitted as a snapshot says. Throws when names and IDF disagree in length. */
  static restore(snapshot: FeatureSpaceSnapshot): FeatureSpace {
    if (snapshot.names.length !== snapshot.idf.length) throw new Error(`feature space snapshot: ${snapshot.names.length} names but ${snapshot.idf.length} IDF values`);
    const space = new FeatureSpace();
    snapshot.names.forEach((name, i) => {
      space.index.set(name, i);
      space.names.push(name);
    });
    space.setIdf(Float32Array.from(snapshot.idf));
    return space;
  }

  private setIdf(idf: Float32Array): void {
    this.idf = idf;
    this.wordFeature = Uint8Array.from(this.names, (name) => (name.startsWith('c:') ? 0 : 1));
    this.scratch = new Float64Array(this.names.length);
    this.touched = new Int32Array(this.names.length);
    this.seen = new Uint8Array(this.names.length);
  }

  /** Known features of a document as a normalised sparse vector; unknown features are dropped. */
  vectorize(counts: ReadonlyMap<string, number>): SparseVector {
    let size = 0;
    for (const [name, count] of counts) {
      const i = this.index.get(name);
      if (i !== undefined) size = this.accumulate(i, count, size);
    }
    return this.normalized(size);
  }

  /**
   * The same vector as `vectorize(featureCounts(stems, options))`, built without naming every
   * character n-gram: each stem's known n-grams are looked up once and cached (recognition's hot path).
   */
  vectorizeStems(stems: readonly string[], options: FeatureOptions): SparseVector {
    if (this.stemCacheOptions !== options) {
      this.stemCacheOptions = options;
      this.stemCache.clear();
    }
    let size = 0;
    for (let i = 0; i < stems.length; i++) {
      const s = stems[i] as string;
      const known = this.stemFeatures(s, options);
      if (known.word !== undefined) size = this.accumulate(known.word, 1, size);
      if (i + 1 < stems.length) {
        const pair = this.index.get(`b:${s}_${stems[i + 1] as string}`);
        if (pair !== undefined) size = this.accumulate(pair, options.bigramWeight, size);
      }
      for (const g of known.grams) size = this.accumulate(g, known.gramWeight, size);
    }
    if (stems.length === 0) {
      const empty = this.index.get('w:<empty>');
      if (empty !== undefined) size = this.accumulate(empty, 1, size);
    }
    return this.normalized(size);
  }

  /** A stem's known word feature and character n-gram features (in the order `featureCounts` adds them), cached. */
  private stemFeatures(stem: string, options: FeatureOptions): StemFeatures {
    let known = this.stemCache.get(stem);
    if (known === undefined) {
      const grams: number[] = [];
      const padded = `^${stem}$`;
      // Placeholders such as <program> have no character n-grams.
      if (!stem.startsWith('<')) {
        for (const n of options.charGrams) {
          for (let j = 0; j + n <= padded.length; j++) {
            const i = this.index.get(`c:${padded.slice(j, j + n)}`);
            if (i !== undefined) grams.push(i);
          }
        }
      }
      known = { word: this.index.get(`w:${stem}`), grams, gramWeight: options.charWeight / padded.length };
      this.stemCache.set(stem, known);
    }
    return known;
  }

  /**
   * Adds a count to feature `i` in the dense scratch row, noting the feature the first time it is
   * seen; returns the number of features seen so far.
   */
  private accumulate(i: number, count: number, size: number): number {
    this.scratch[i] = (this.scratch[i] as number) + count;
    if (this.seen[i] === 1) return size;
    this.seen[i] = 1;
    this.touched[size] = i;
    return size + 1;
  }

  /**
   * The first `size` features seen, their raw counts in the scratch row turned into TF-IDF weights
   * (in first-seen order), L2-normalised; leaves the scratch row and the marks empty again.
   */
  private normalized(size: number): SparseVector {
    const scratch = this.scratch;
    let norm = 0;
    for (let n = 0; n < size; n++) {
      const i = this.touched[n] as number;
      const count = scratch[i] as number;
      const tf = count >= 1 ? 1 + Math.log(count) : count;
      const w = tf * (this.idf[i] as number);
      scratch[i] = w;
      norm += w * w;
    }
    const indices = this.touched.slice(0, size).sort();
    const scale = norm > 0 ? 1 / Math.sqrt(norm) : 0;
    const values = new Float32Array(size);
    for (let n = 0; n < size; n++) {
      const i = indices[n] as number;
      values[n] = (scratch[i] as number) * scale;
      scratch[i] = 0;
      this.seen[i] = 0;
    }
    return { indices, values };
  }

  /** True for word and word-pair features, false for character n-grams. */
  isWordFeature(index: number): boolean {
    return this.wordFeature[index] === 1;
  }

  /** The feature name at an index (for explanations). */
  nameOf(index: number): string | undefined {
    return this.names[index];
  }
}
