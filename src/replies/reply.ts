/** The channel-neutral shape of everything the bot says. No framework types: the bot edge renders it. */

/** A card as it travels on any channel: a content type and its JSON. */
export interface CardAttachment {
  readonly contentType: string;
  readonly content: unknown;
}

/** The part of the article an answer comes from: a program's name, a topic's title. */
export interface ReplySource {
  readonly section: string;
}

/** Why a reply does not answer the question: it is outside what the article covers, or the article is silent on it. */
export type UnansweredMark = 'out_of_scope' | 'article_silent';

/** One bot answer: markdown text, suggested next questions, optional cards, and where it comes from. */
export interface Reply {
  /** Markdown; also the plain-text fallback of any card. */
  readonly text: string;
  /** Next questions the bot understands, shown as buttons. */
  readonly suggestions: readonly string[];
  readonly attachments?: readonly CardAttachment[];
  /**
   * Set on every reply built from the article, never on small talk, help, prompts or refusals.
   * @remarks The bot edge renders it as a citation (or a source line) and offers feedback on it.
   */
  readonly source?: ReplySource;
  /** Which answer this is (see learning/answerKey), set by the root dialog on replies with a source. */
  readonly answerKey?: string;
  /** Set when the reply does not answer the question, for the learning log. */
  readonly unanswered?: UnansweredMark;
}

/** How many suggested next questions a reply offers at most. */
const MAX_SUGGESTIONS = 3;

/** Builds a reply; suggestions are de-duplicated and capped. */
export function reply(
  text: string,
  suggestions: readonly string[] = [],
  attachments?: readonly CardAttachment[],
): Reply {
  const unique = [...new Set(suggestions)].slice(0, MAX_SUGGESTIONS);
  const tidy = text.trimEnd();
  return attachments && attachments.length > 0
    ? { text: tidy, suggestions: unique, attachments }
    : { text: tidy, suggestions: unique };
}

/** The reply as an answer from the article's `section`. */
export function fromArticle(section: string, r: Reply): Reply {
  return { ...r, source: { section } };
}

/** Two answers to one message as one reply: both texts, both sets of buttons, the first one's source. */
export function bothReplies(first: Reply, second: Reply): Reply {
  const attachments = [...(first.attachments ?? []), ...(second.attachments ?? [])];
  const joined = reply(`${first.text}\n\n${second.text}`, [...first.suggestions, ...second.suggestions], attachments);
  const source = first.source ?? second.source;
  return source === undefined ? joined : { ...joined, source };
}

/** The reply marked as not answering the question. */
export function notAnswered(mark: UnansweredMark, r: Reply): Reply {
  return { ...r, unanswered: mark };
}

/** A question with every option as a button (not capped: a prompt shows all its answers). */
export function question(text: string, options: readonly string[]): Reply {
  return { text, suggestions: [...new Set(options)] };
}

/** A markdown bullet list. */
export function bullets(lines: readonly string[]): string {
  return lines.map((l) => `- ${l}`).join('\n');
}
