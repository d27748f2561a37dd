/** The channel-neutral shape of everything the bot says. */
import type { Attachment } from 'botbuilder';

/** One bot answer: markdown text, suggested next questions, optional cards. */
export interface Reply {
  /** Markdown; also the plain-text fallback of any card. */
  readonly text: string;
  /** Next questions the bot understands, shown as buttons. */
  readonly suggestions: readonly string[];
  readonly attachments?: readonly Attachment[];
  /** Program ids the answer lists, in order, for "the second one" next turn. */
  readonly listed?: readonly string[];
}

/** Builds a reply; suggestions are de-duplicated and capped at three. */
export function reply(text: string, suggestions: readonly string[] = [], attachments?: readonly Attachment[]): Reply {
  const unique = [...new Set(suggestions)].slice(0, 3);
  return attachments && attachments.length > 0 ? { text, suggestions: unique, attachments } : { text, suggestions: unique };
}

/** A markdown bullet list. */
export function bullets(lines: readonly string[]): string {
  return lines.map((l) => `- ${l}`).join('\n');
}
