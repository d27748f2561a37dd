/**
 * Cuts the text the bot reads to a maximum length before any dialog or recognizer sees it.
 * @remarks A 100 KB paste would otherwise cost the recognizer time that grows faster than its length
 * on every turn; nothing a student asks needs more than a couple of thousand characters. The text the
 * bot reads is not always `activity.text`: a card button without text carries its question in
 * `value.text` (or Teams' messageBack fields). So the limit applies to the typed text first (the
 * mention stripping scans it), then again to whatever the Teams and card preparation made the text.
 */
import { ActivityTypes, type Middleware, type TurnContext } from 'botbuilder';
import { prepareIncomingText } from './teams/incomingText.js';

/** Middleware that prepares a message's text (Teams mention, card button) and truncates it to `maxChars` characters. */
export class TextLimitMiddleware implements Middleware {
  constructor(private readonly maxChars: number) {}

  /** Truncates, prepares and truncates the incoming text, then runs the rest of the turn. */
  onTurn(context: TurnContext, next: () => Promise<void>): Promise<void> {
    const activity = context.activity;
    const text: unknown = activity.text;
    // A channel bug or a forged request can send text that is not a string: treat it as no text.
    if (text !== undefined && typeof text !== 'string') activity.text = '';
    if (typeof activity.text === 'string') activity.text = truncate(activity.text, this.maxChars);
    if (activity.type === ActivityTypes.Message) {
      prepareIncomingText(context);
      if (typeof activity.text === 'string') activity.text = truncate(activity.text, this.maxChars);
    }
    return next();
  }
}

/** The first `maxChars` UTF-16 units of `text`, one fewer if that would split a surrogate pair. */
export function truncate(text: string, maxChars: number): string {
  if (text.length <= maxChars) return text;
  const last = text.charCodeAt(maxChars - 1);
  return text.slice(0, last >= 0xd800 && last <= 0xdbff ? maxChars - 1 : maxChars);
}
