/**
 * The conversation policy: what a message means for the flow that is waiting for an answer. One
 * pure function, applied by the root dialog alone; each flow only says whether a message answers
 * its prompt.
 */
import type { IntentAction, QueryVocabulary } from '../knowledge/types.js';
import type { Understanding } from '../understanding/understand.js';
import { WH_WORDS } from '../understanding/understander.js';

/** What to do with a message while a prompt is open. */
export type Interruption = 'cancel' | 'help' | 'sideQuestion' | 'newQuestion' | 'answer';

/**
 * The prompt that is waiting: an offer ("Did you mean…?": anything but a pick is a new question), a
 * clarification ("Which program?": a clear question of its own is a new question) or a form
 * question (the finder: a clear question of its own is answered on the side).
 */
export interface OpenPrompt {
  readonly kind: 'offer' | 'clarification' | 'form';
  /** Whether the message can be read as an answer to it. */
  readonly answers: boolean;
  /** For a form: whether it answers the very question asked, not only one given out of turn. */
  readonly answersOpen?: boolean;
}

/** How sure the recognizer must be before a message counts as a question of its own. */
export const CONFIDENT = 0.6;

/** Intent kinds that are answered in one reply, without a flow of their own. */
const ONE_TURN: ReadonlySet<IntentAction['kind']> = new Set([
  'topic',
  'programAttribute',
  'programOverview',
  'programList',
  'accreditors',
  'source',
  'query',
  'compare',
  'outOfScope',
]);

/** The words of the vocabulary the policy reads. */
export type PolicyVocabulary = Pick<QueryVocabulary, 'questionWords' | 'fillers'>;

/** A message at least this long with a question word anywhere in it asks something. */
const WH_QUESTION_WORDS = 6;

/** A clause at least this long that opens with a question word asks something ("…, would weber count for that"). */
const QUESTION_CLAUSE_WORDS = 3;

/**
 * True when the message is worded as a question: a question mark, even mid-message ("Weber would be out of state,
 * right? what would a year run me"), a question word first ("ok so which is…") or first in a later clause ("weber
 * for both of us for a year, what would that be"), or a question word anywhere in a longer message.
 */
export function isQuestion(u: Understanding, vocabulary: PolicyVocabulary): boolean {
  if (u.recognition.text.includes('?') || u.yesNo) return true;
  const opensQuestion = (tokens: readonly string[]): boolean =>
    vocabulary.questionWords.includes(tokens.find((t) => !vocabulary.fillers.includes(t)) ?? '');
  const tokens = u.recognition.tokens;
  if (opensQuestion(tokens)) return true;
  // "and if I take the full 12 months, does the price go up": the question after a condition.
  const opener = tokens.findIndex((t) => !vocabulary.fillers.includes(t));
  if (tokens[opener] === 'if' && tokens.slice(opener + 2).some((t) => vocabulary.questionWords.includes(t)))
    return true;
  // ("Who" there mostly opens a clause about a person: "a nurse who works nights".)
  if (tokens.length >= WH_QUESTION_WORDS && tokens.some((t) => WH_WORDS.has(t) && t !== 'who')) return true;
  return u.recognition.text
    .split(/[,;:.!]|\s-\s/)
    .slice(1)
    .some((clause) => {
      const words = clause.toLowerCase().match(/[a-z0-9']+/g) ?? [];
      return words.length >= QUESTION_CLAUSE_WORDS && opensQuestion(words);
    });
}

/**
 * A question at least this long is the student's own even when it also says something the form would
 * ask later ("ok so which is cheapest for me as an Idaho resident" while it asks about online study).
 */
const LONG_QUESTION_WORDS = 8;

/**
 * Decides what a message means while a prompt is open.
 * - "cancel" and "help" interrupt anything, unless the message is a plain answer ("no idea"); a message that opens
 *   with words of cancelling and goes on to a question of its own ("forget it, what does EFSC require?") is that question.
 * - A message that answers the prompt is an answer, unless it is a clear question that names a
 *   program of its own ("is Weber under $10,000?") or a long question during a form: questions are
 *   never swallowed as slot values.
 * - A clear question of its own is a side question during a form (answered, then the form asks
 *   again) and a new question during a clarification (the user moved on), as is a long question there
 *   that the recognizer can't place.
 * - Anything else goes to the prompt, which asks again.
 */
export function interruption(
  u: Understanding,
  action: IntentAction | undefined,
  prompt: OpenPrompt,
  vocabulary: PolicyVocabulary,
  cancelOpeners: readonly (readonly string[])[] = [],
): Interruption {
  const sure = !u.ambiguous && u.score >= CONFIDENT;
  const question = isQuestion(u, vocabulary);
  // "Eh forget it, just tell me what EFSC requires": the flow dropped, and the rest is the student's own question.
  // ("Never mind the quiz thing. Where's Weber?": the words may open the story before the question.)
  const tokens = u.story ?? u.recognition.tokens;
  const from = tokens.findIndex((t) => !vocabulary.fillers.includes(t));
  const dropped = cancelOpeners.some(
    (o) => o.length > 0 && from >= 0 && tokens.length > from + o.length && o.every((w, k) => tokens[from + k] === w),
  );
  if (dropped && action !== undefined && ONE_TURN.has(action.kind) && action.kind !== 'outOfScope')
    return 'newQuestion';
  if (action?.kind === 'smalltalk' && !u.ambiguous && !prompt.answers) {
    if (action.reply === 'cancel') return 'cancel';
    if (action.reply === 'help') return 'help';
  }
  const namesProgram = u.programs.length > 0 && !u.programsFromContext;
  // …and asks something answered in one turn: "ok so what would you pick for me?" asks the form to finish.
  const longQuestion =
    prompt.kind === 'form' &&
    prompt.answersOpen !== true &&
    question &&
    u.recognition.tokens.length >= LONG_QUESTION_WORDS &&
    (action === undefined || ONE_TURN.has(action.kind));
  // "Weber would be out of state for me, right? what would a year run me": a question about a program by name is the
  // student's own, however unsure the recognizer is, as no prompt asks for a program's facts.
  // So is a long one that goes on from the last answer ("what if I get it done in 6 months, do I only pay half that").
  const namedQuestion =
    question &&
    (namesProgram || (u.followUp && u.recognition.tokens.length >= LONG_QUESTION_WORDS)) &&
    action !== undefined &&
    ONE_TURN.has(action.kind) &&
    action.kind !== 'outOfScope';
  const ownQuestion =
    action !== undefined &&
    action.kind !== 'smalltalk' &&
    (sure || namedQuestion || (question && (!prompt.answers || longQuestion)));
  if (prompt.answers && !(ownQuestion && namedQuestion) && !longQuestion) return 'answer';
  if (prompt.kind === 'offer') return 'newQuestion';
  // A long question that doesn't answer "Which program?" is the user moving on, even one the recognizer can't place.
  if (action === undefined)
    return question && prompt.kind === 'form'
      ? 'sideQuestion'
      : question && u.recognition.tokens.length >= LONG_QUESTION_WORDS
        ? 'newQuestion'
        : 'answer';
  if (!ownQuestion) return 'answer';
  if (prompt.kind === 'clarification') return 'newQuestion';
  return ONE_TURN.has(action.kind) ? 'sideQuestion' : 'newQuestion';
}
