/**
 * The typing indicator: a turn that takes longer than {@link TYPING_DELAY_MS} shows "typing…"
 * until its answer is sent (Teams, Web Chat and the Emulator all display it).
 */
import { ShowTypingMiddleware } from 'botbuilder';

/** How long a turn may run before the user sees "typing…"; quick answers show no indicator. */
export const TYPING_DELAY_MS = 400;
/** How often the indicator is renewed while a slow answer is still being written. */
export const TYPING_PERIOD_MS = 2000;

/** Adapter middleware that sends typing activities before slow answers. */
export function typingIndicator(): ShowTypingMiddleware {
  return new ShowTypingMiddleware(TYPING_DELAY_MS, TYPING_PERIOD_MS);
}
