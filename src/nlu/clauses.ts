/**
 * Finds the question in a message: splits the text into clauses at sentence ends and commas and
 * tells questions from the rest, so that a story around a question ("I'm a nurse and I live in
 * Idaho, how much is Weber?") can weigh less than the question itself.
 */
import { normalize, tokenize } from './text.js';

/** One clause of a message: its tokens, and whether it asks something. */
export interface Clause {
  readonly tokens: readonly string[];
  readonly question: boolean;
}

/** Words that open a question or a request ("what…", "is it…", "tell me…"). */
const QUESTION_STARTERS: ReadonlySet<string> = new Set(
  (
    'what whats which who whom whose where when why how ' +
    'is are am was were do does did can could will would should shall may might have has ' +
    'tell explain compare show list help give describe recommend find'
  ).split(' '),
);

/** Words that may come before a question's first word without changing it ("so what…", "ok how…"). */
const OPENERS: ReadonlySet<string> = new Set(
  'so ok okay and but also please hey hi hello yo well anyway then um lol just'.split(' '),
);

/** Clause ends: sentence punctuation, or a comma, followed by a space or the end of the text. */
const CLAUSE_END = /(?<=[.!?;:,\n])\s+|\n+/;

/** Splits a message into clauses with their tokens (normalized as the recognizer reads them); empty clauses are dropped. */
export function clauses(text: string): Clause[] {
  const out: Clause[] = [];
  for (const part of text.split(CLAUSE_END)) {
    const tokens = tokenize(normalize(part));
    if (tokens.length === 0) continue;
    const first = tokens.find((t) => !OPENERS.has(t));
    out.push({ tokens, question: /\?\s*$/.test(part) || (first !== undefined && QUESTION_STARTERS.has(first)) });
  }
  return out;
}

/**
 * The weight of each token of the message: 1 in a question, `contextWeight` in the clauses around
 * it; all 1 when the message has no question or nothing but questions.
 */
export function focusWeights(parts: readonly Clause[], contextWeight: number): number[] {
  const mixed = parts.some((c) => c.question) && parts.some((c) => !c.question);
  return parts.flatMap((c) => c.tokens.map(() => (mixed && !c.question ? contextWeight : 1)));
}

/** Words that open the student's reason after a question ("…since it's only six months", "…because they're online"). */
const REASON_OPENERS: ReadonlySet<string> = new Set(['since', 'because', 'cause', 'cuz', 'coz']);
/** What follows a reason's opener ("since it is", "because they are"); "since 2019" is a date. */
const REASON_SUBJECTS: ReadonlySet<string> = new Set(['it', 'its', 'they', 'that', 'this', 'the', 'i', 'we', 'my']);

/** Where the student's own reason starts in a question's tokens ("could I do EFSC | since it's only six months?"), or -1. */
export function reasonStart(tokens: readonly string[]): number {
  return tokens.findIndex((t, i) => i > 0 && REASON_OPENERS.has(t) && REASON_SUBJECTS.has(tokens[i + 1] ?? ''));
}
