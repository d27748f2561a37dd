/**
 * Reads the answers to the program finder's questions from a reply's tokens: time available,
 * budget, state of residence, or "skip". Vocabulary comes from `knowledge/lexicon.json`.
 */
import type { KnowledgeBase } from '../knowledge/types.js';
import { PhraseMatcher } from './phraseMatcher.js';
import { QuantityParser } from './quantities.js';

/** An answer, or the user skipping the question. */
export type Answer<T> = { readonly skipped: true } | { readonly skipped: false; readonly value: T };

/** A bare number this small, in answer to "how much time", is a number of months. */
const MAX_BARE_MONTHS = 60;

/** Parses replies to the finder's free-text questions. */
export class FinderReplies {
  private readonly skipWords: PhraseMatcher<true>;
  private readonly stateNames: PhraseMatcher<string>;
  private readonly quantities: QuantityParser;

  constructor(private readonly kb: KnowledgeBase) {
    this.skipWords = new PhraseMatcher(kb.query.skip.map((p) => [p, true] as const));
    this.stateNames = new PhraseMatcher(kb.states.map((s) => [s.name, s.code] as const));
    this.quantities = new QuantityParser(kb.query);
  }

  /** True when the reply skips the question ("skip", "no idea", "doesn't matter"). */
  isSkip(tokens: readonly string[]): boolean {
    return this.skipWords.match(tokens).length > 0;
  }

  /** Time available in months: "under a year", "18 months", "2 years", or a bare "9". */
  months(tokens: readonly string[]): Answer<number> | undefined {
    const q = this.quantities.first(tokens, 'months');
    if (q !== undefined) return { skipped: false, value: q.value };
    const bare = tokens.length === 1 && /^\d+$/.test(tokens[0] ?? '') ? Number(tokens[0]) : undefined;
    if (bare !== undefined && bare > 0 && bare <= MAX_BARE_MONTHS) return { skipped: false, value: bare };
    return this.isSkip(tokens) ? { skipped: true } : undefined;
  }

  /** Budget in dollars: "$8,000", "8k", "under 10000 dollars". */
  budget(tokens: readonly string[]): Answer<number> | undefined {
    const q = this.quantities.first(tokens, 'money');
    if (q !== undefined) return { skipped: false, value: q.value };
    return this.isSkip(tokens) ? { skipped: true } : undefined;
  }

  /** State of residence as a code: a state's name, or its two-letter code on its own. */
  state(tokens: readonly string[], recognized: readonly string[] = []): Answer<string> | undefined {
    const named = recognized[0] ?? this.stateNames.match(tokens)[0]?.tag;
    if (named !== undefined) return { skipped: false, value: named };
    const code = tokens.length === 1 ? this.kb.states.find((s) => s.code.toLowerCase() === tokens[0])?.code : undefined;
    if (code !== undefined) return { skipped: false, value: code };
    return this.isSkip(tokens) ? { skipped: true } : undefined;
  }
}
