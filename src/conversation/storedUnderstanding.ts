/**
 * The part of an understanding that may be kept in conversation state while a question waits for
 * its clarification (a "Which program?" prompt, the comparison or finder flow).
 * @remarks Conversation state lives up to STATE_EXPIRY_DAYS on disk or in Redis. The raw message
 * text, spelling corrections are dropped; the normalized tokens stay because
 * the flows re-read numbers and filter words from them, and they disappear when the flow ends.
 */
import type { Understanding } from './understand.js';

/** A copy of `u` without the student's raw text. */
export function forStorage(u: Understanding): Understanding {
  return { ...u, recognition: { ...u.recognition, text: '', corrections: [] } };
}
