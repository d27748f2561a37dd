/**
 * Entity extraction from a gazetteer: exact matches on stemmed phrases (longest first), then
 * fuse.js fuzzy matching for what is left (joined words, heavier typos, partial names).
 */
import { boundedEditDistance } from './editDistance.js';
import Fuse from 'fuse.js';
import { BigramFilter } from './bigramFilter.js';
import { DEFAULT_RECOGNIZER_OPTIONS, type EntityOptions } from './options.js';
import { FUNCTION_WORDS } from './stopwords.js';
import { normalize, stem, tokenize } from './text.js';

/** One phrase that names an entity, e.g. `{ kind: 'program', id: 'oit', phrase: 'Oregon Tech' }`. */
export interface GazetteerEntry {
  readonly kind: string;
  readonly id: string;
  readonly phrase: string;
  /** Exact match only, e.g. for common words; phrases as short as an abbreviation ("OIT") are exact-only anyway. */
  readonly exactOnly?: boolean;
  /** Matches only as spelled, never by its stem: a place's stem may be another word ("Maine" and "main"). */
  readonly spelled?: boolean;
}

/** An entity found in a message. `start`/`end` are token positions (end exclusive). */
export interface EntityMention {
  readonly kind: string;
  readonly id: string;
  readonly text: string;
  readonly start: number;
  readonly end: number;
  /** 1 for exact matches; lower for fuzzy ones. */
  readonly confidence: number;
}

interface FuzzyItem {
  readonly key: string;
  readonly entries: readonly GazetteerEntry[];
}

/** Entity kinds that are places, matched fuzzily only when nearly whole. */
const PLACE_KINDS: ReadonlySet<string> = new Set(['state', 'city']);
/** How much of a place's name a misspelling must keep. */
const PLACE_NAME_SHARE = 0.8;
/** How many letters a misspelt place may have wrong, missing or extra. */
const PLACE_MAX_EDITS = 2;

/** The best fuzzy match for a window of text, if any. */
interface FuzzyHit {
  readonly entries: readonly GazetteerEntry[];
  readonly confidence: number;
}

/** Finds gazetteer entities in token sequences. */
export class EntityExtractor {
  private readonly exact = new Map<string, GazetteerEntry[]>();
  /** Every word-prefix of every exact key ("picture", "picture archiv", …), so a scan stops as soon as no phrase can match. */
  private readonly prefixes = new Set<string>();
  /** One small index per phrase, so a search only visits the phrases the pre-filter lets through. */
  private readonly fuses: ReadonlyArray<Fuse<FuzzyItem>>;
  private readonly prefilter: BigramFilter;
  /** How the entries that match only as spelled are written, in normalized words. */
  private readonly spellings = new Map<GazetteerEntry, string>();

  /**
   * @param plainWords words that are words in their own right, never a misspelt place ("indian" is not Indiana).
   */
  constructor(
    entries: readonly GazetteerEntry[],
    private readonly options: EntityOptions = DEFAULT_RECOGNIZER_OPTIONS.entities,
    private readonly plainWords: ReadonlySet<string> = new Set(),
  ) {
    const fuzzy = new Map<string, GazetteerEntry[]>();
    for (const entry of entries) {
      const tokens = tokenize(normalize(entry.phrase));
      if (tokens.length === 0) continue;
      const stems = tokens.map(stem);
      for (let n = 1; n <= stems.length; n++) this.prefixes.add(stems.slice(0, n).join(' '));
      const key = stems.join(' ');
      pushUnique(this.exact, key, entry);
      const surface = tokens.join(' ');
      if (entry.spelled === true) this.spellings.set(entry, surface);
      const letters = surface.replace(/ /g, '').length;
      if (!entry.exactOnly && letters > options.exactOnlyMaxChars && surface.length >= options.fuzzyMinChars)
        pushUnique(fuzzy, surface, entry);
    }
    const items = [...fuzzy].map(([key, list]) => ({ key, entries: list }));
    this.prefilter = new BigramFilter(items.map((i) => i.key));
    const fuseOptions = {
      keys: ['key'],
      includeScore: true,
      threshold: options.fuzzyThreshold,
      ignoreLocation: true,
      minMatchCharLength: 3,
    };
    this.fuses = items.map((item) => new Fuse<FuzzyItem>([item], fuseOptions));
  }

  /** All words that appear in gazetteer phrases of any kind but `except` (so the speller can correct towards them). */
  words(except: ReadonlySet<string> = new Set()): string[] {
    const out = new Set<string>();
    for (const list of this.exact.values())
      for (const e of list) if (!except.has(e.kind)) for (const t of tokenize(normalize(e.phrase))) out.add(t);
    return [...out];
  }

  /** Finds entities in already normalized, spell-corrected tokens; `stems` are their stems, when the caller has them already. */
  extract(tokens: readonly string[], stems: readonly string[] = tokens.map(stem)): EntityMention[] {
    const taken = new Array<boolean>(tokens.length).fill(false);
    const mentions: EntityMention[] = [];
    for (let i = 0; i < tokens.length;) {
      // The longest phrase starting here: grow the window while it is still the start of some phrase.
      let matched = 0;
      let found: readonly GazetteerEntry[] | undefined;
      let key = stems[i] as string;
      for (let len = 1; i + len <= tokens.length && this.prefixes.has(key); len++) {
        const here = this.spelledAsWritten(this.exact.get(key), tokens, i, len);
        if (here !== undefined && here.length > 0) {
          found = here;
          matched = len;
        }
        if (i + len < tokens.length) key += ` ${stems[i + len] as string}`;
      }
      if (found !== undefined) {
        const text = tokens.slice(i, i + matched).join(' ');
        for (const e of found)
          mentions.push({ kind: e.kind, id: e.id, text, start: i, end: i + matched, confidence: 1 });
        taken.fill(true, i, i + matched);
      }
      i += Math.max(matched, 1);
    }
    mentions.push(...this.fuzzyMatches(tokens, taken));
    return mentions.sort((a, b) => a.start - b.start);
  }

  /** The entries of a stem match that also match as written: all of them unless some must be spelled exactly. */
  private spelledAsWritten(
    found: readonly GazetteerEntry[] | undefined,
    tokens: readonly string[],
    start: number,
    length: number,
  ): readonly GazetteerEntry[] | undefined {
    if (found === undefined || !found.some((e) => this.spellings.has(e))) return found;
    const written = tokens.slice(start, start + length).join(' ');
    return found.filter((e) => (this.spellings.get(e) ?? written) === written);
  }

  /** fuse.js over windows of content words that no exact match claimed. */
  private fuzzyMatches(tokens: readonly string[], taken: boolean[]): EntityMention[] {
    const out: EntityMention[] = [];
    for (let len = this.options.maxFuzzyWindow; len > 0; len--) {
      for (let i = 0; i + len <= tokens.length; i++) {
        if (FUNCTION_WORDS.has(tokens[i] as string) || FUNCTION_WORDS.has(tokens[i + len - 1] as string)) continue;
        let free = true;
        let letters = 0;
        for (let j = i; j < i + len; j++) {
          if (taken[j] === true) free = false;
          letters += (tokens[j] as string).length;
        }
        if (!free || letters < this.options.fuzzyMinChars) continue;
        const text = tokens.slice(i, i + len).join(' ');
        const best = this.bestFuzzy(text);
        if (best === undefined) continue;
        for (const e of best.entries)
          out.push({ kind: e.kind, id: e.id, text, start: i, end: i + len, confidence: best.confidence });
        taken.fill(true, i, i + len);
      }
    }
    return out;
  }

  private bestFuzzy(text: string): FuzzyHit | undefined {
    let top: { item: FuzzyItem; score: number } | undefined;
    const { fuzzyThreshold, minNameShare } = this.options;
    for (const id of this.prefilter.candidates(text, fuzzyThreshold)) {
      const [hit] = (this.fuses[id] as Fuse<FuzzyItem>).search(text, { limit: 1 });
      if (hit?.score !== undefined && (top === undefined || hit.score < top.score))
        top = { item: hit.item, score: hit.score };
    }
    if (top === undefined || top.score > fuzzyThreshold) return undefined;
    // A window much shorter than the phrase is a partial name ("florida" in "eastern florida state"): too weak alone.
    const spaceless = (s: string): number => s.replace(/ /g, '').length;
    if (spaceless(text) < spaceless(top.item.key) * minNameShare) return undefined;
    // …and a name is misspelt from its first letter on: "technology" alone is no "Oregon Technology".
    if (text[0] !== top.item.key[0]) return undefined;
    // A word the model knows in its own right is that word: "my license clears" names no Clarkson.
    if (this.plainWords.has(text)) return undefined;
    // A place is named nearly whole and from its first letter, with a typo or two: "pensylvania" is Pennsylvania,
    // "award" is not Delaware, and "connection" is not Connecticut.
    if (
      top.item.entries.every((e) => PLACE_KINDS.has(e.kind)) &&
      (this.plainWords.has(text) ||
        text[0] !== top.item.key[0] ||
        spaceless(text) < spaceless(top.item.key) * PLACE_NAME_SHARE ||
        boundedEditDistance(text, top.item.key, PLACE_MAX_EDITS) > PLACE_MAX_EDITS)
    )
      return undefined;
    return { entries: top.item.entries, confidence: 1 - top.score };
  }
}

function pushUnique(map: Map<string, GazetteerEntry[]>, key: string, entry: GazetteerEntry): void {
  const list = map.get(key) ?? [];
  if (!list.some((e) => e.kind === entry.kind && e.id === entry.id)) list.push(entry);
  map.set(key, list);
}
