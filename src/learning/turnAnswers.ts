/**
 * What the learning log is told about the answers of a turn, worked out where the understanding is
 * known (the root dialog): which answer a reply is, for feedback, and why a message went unanswered.
 * @remarks Pure: no framework types. The bot edge decides what is recorded (LEARNING_LOG).
 */
import type { KnowledgeBase } from '../knowledge/types.js';
import type { Reply } from '../replies/reply.js';
import { intentById, type Understanding } from '../understanding/understand.js';
import type { UnansweredReason } from './types.js';

/** What an answer is about: the intent it answers and the programs it names. */
export interface AnswerSubject {
  readonly intent: string | undefined;
  readonly programs: readonly string[];
}

/** A message the bot could not answer, as the turn reports it (the text not yet redacted). */
export interface UnansweredNote {
  readonly text: string;
  readonly reason: UnansweredReason;
  readonly leaningIntent?: string;
}

/** Longest answer key the learning log accepts. */
const KEY_MAX_CHARS = 100;
/** The key's first part when the recognizer settled on no intent (the answer came from the words named). */
export const NO_INTENT = 'no_intent';

/**
 * The key of an answer: its intent, then its programs, joined by `/` (`program_tuition/weber`).
 * Programs that do not fit in the key's 100 characters are left out.
 */
export function answerKey(subject: AnswerSubject): string {
  let key = subject.intent ?? NO_INTENT;
  for (const id of subject.programs) {
    if (key.length + 1 + id.length > KEY_MAX_CHARS) break;
    key = `${key}/${id}`;
  }
  return key.slice(0, KEY_MAX_CHARS);
}

/** The reply with its answer key, when it is an answer from the article (only those get feedback buttons). */
export function withAnswerKey(reply: Reply, subject: AnswerSubject): Reply {
  return reply.source === undefined ? reply : { ...reply, answerKey: answerKey(subject) };
}

/**
 * Why a reply left the message `text` unanswered, with the intent the recognizer leaned to. A
 * refusal is "out of scope" when the recognizer's best guess is the out-of-scope class (leaning to
 * the best intent in scope) and "below threshold" when it settled on nothing (leaning to its best guess).
 */
export function unansweredNote(
  reply: Reply,
  u: Understanding,
  kb: KnowledgeBase,
  text: string,
): UnansweredNote | undefined {
  const lean = (intent: string | undefined): { leaningIntent?: string } =>
    intent === undefined ? {} : { leaningIntent: intent };
  const inScope = (intent: string): boolean => intentById(kb, intent)?.action.kind !== 'outOfScope';
  switch (reply.unanswered) {
    case undefined:
      return undefined;
    case 'article_silent':
      return { text, reason: 'article_silent', ...lean(u.intent) };
    case 'out_of_scope': {
      const ranking = u.recognition.ranking;
      const top = ranking[0];
      if (u.intent === undefined && top !== undefined && inScope(top.intent))
        return { text, reason: 'below_threshold', ...lean(top.intent) };
      return { text, reason: 'out_of_scope', ...lean(ranking.find((r) => inScope(r.intent))?.intent) };
    }
  }
}

/** Whether an unanswered message counts as a fallback in the daily figures: the bot did not understand it. */
export function isFallback(reason: UnansweredReason): boolean {
  return reason !== 'article_silent';
}
