/** The channel-neutral shape of everything the bot says. No framework types: the bot edge renders it. */

/** A card as it travels on any channel: a content type and its JSON. */
export interface CardAttachment {
  readonly contentType: string;
  readonly content: unknown;
}

/** One bot answer: markdown text, suggested next questions, optional cards. */
export interface Reply {
  /** Markdown; also the plain-text fallback of any card. */
  readonly text: string;
  /** Next questions the bot understands, shown as buttons. */
  readonly suggestions: readonly string[];
  readonly attachments?: readonly CardAttachment[];
}

/** How many suggested next questions a reply offers at most. */
const MAX_SUGGESTIONS = 3;

/** Builds a reply; suggestions are de-duplicated and capped. */
export function reply(text: string, suggestions: readonly string[] = [], attachments?: readonly CardAttachment[]): Reply {
  const unique = [...new Set(suggestions)].slice(0, MAX_SUGGESTIONS);
  return attachments && attachments.length > 0 ? { text, suggestions: unique, attachments } : { text, suggestions: unique };
}

/** A question with every option as a button (not capped: a prompt shows all its answers). */
export function question(text: string, options: readonly string[]): Reply {
  return { text, suggestions: [...new Set(options)] };
}

/** A markdown bullet list. */
export function bullets(lines: readonly string[]): string {
  return lines.map((l) => `- ${l}`).join('\n');
}
