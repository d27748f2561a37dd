/**
 * Cuts message text to a maximum length before any dialog or recognizer sees it.
 * @remarks A 100 KB paste would otherwise cost the recognizer time proportional to its length on
 * every turn; nothing a student asks needs more than a couple of thousand characters.
 */
import type { Middleware, TurnContext } from 'botbuilder';

/** Middleware that truncates `activity.text` to `maxChars` characters (without splitting a surrogate pair) and blanks non-string text. */
export class TextLimitMiddleware implements Middleware {
  constructor(private readonly maxChars: number) {}

  /** Truncates the incoming text, then runs the rest of the turn. */
  onTurn(context: TurnContext, next: () => Promise<void>): Promise<void> {
    const text: unknown = context.activity.text;
    if (typeof text === 'string' && text.length > this.maxChars) context.activity.text = truncate(text, this.maxChars);
    // A channel bug or a forged request can send text that is not a string: treat it as no text.
    if (text !== undefined && typeof text !== 'string') context.activity.text = '';
    return next();
  }
}

/** The first `maxChars` UTF-16 units of `text`, one fewer if that would split a surrogate pair. */
export function truncate(text: string, maxChars: number): string {
  if (text.length <= maxChars) return text;
  const last = text.charCodeAt(maxChars - 1);
  return text.slice(0, last >= 0xd800 && last <= 0xdbff ? maxChars - 1 : maxChars);
}
