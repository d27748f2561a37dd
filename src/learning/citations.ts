/**
 * Citations of the article for replies built from it: a numbered marker in the text and a schema.org
 * `Claim` that Teams and Web Chat render as a reference, or one short source line where a channel
 * shows text only.
 * @remarks The shapes follow what the clients read: Teams' "Add citations" (a `Claim` with a
 * `position` matching `[n]` in the text, `appearance` a `DigitalDocument` with `name` ≤ 80 and
 * `abstract` ≤ 160 characters), and Web Chat 4.18's `MarkdownTextContent`, which lists a claim
 * under the message when the markdown has a link definition `[n]: cite:n` for its position and
 * shows `appearance.text` in a pop-up when the claim has no URL.
 */
import type { Source } from '../knowledge/types.js';
import type { Claim } from './messageEntity.js';

/** How a client shows where an answer comes from. */
export type CitationStyle = 'teams' | 'webchat';

/** Longest citation title Teams shows. */
export const TITLE_MAX_CHARS = 80;
/** Longest citation abstract Teams shows. */
export const ABSTRACT_MAX_CHARS = 160;

/** `text` cut to `max` characters with an ellipsis. */
function fit(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}

/** The part of the article an answer comes from, in words: "section X of the article by Y". */
function describe(source: Source, section: string | undefined): string {
  return section === undefined ? `An article by ${source.author}.` : `By ${source.author}. Section: ${section}.`;
}

/**
 * The citation of the article (and the section the answer comes from) as a schema.org `Claim`.
 * Web Chat's also carries markdown for its pop-up; Teams' does not (it expects an Adaptive Card there).
 */
export function citationClaim(source: Source, section: string | undefined, style: CitationStyle, position = 1): Claim {
  // The pop-up's header already shows the title.
  const details = `An article by ${source.author}.${section === undefined ? '' : `\n\nSection: ${section}`}`;
  return {
    '@type': 'Claim',
    position,
    appearance: {
      '@type': 'DigitalDocument',
      name: fit(source.title, TITLE_MAX_CHARS),
      abstract: fit(describe(source, section), ABSTRACT_MAX_CHARS),
      ...(style === 'webchat' ? { text: details } : {}),
    },
  };
}

/**
 * The reply's text with the marker `[n]` at the end of its first paragraph (the answer's main
 * statement); in Web Chat also the link definition `[n]: cite:n "title"` that makes it a citation.
 */
export function citedText(text: string, source: Source, style: CitationStyle, position = 1): string {
  const marker = `[${position}]`;
  const breakAt = text.indexOf('\n\n');
  const marked = breakAt === -1 ? `${text} ${marker}` : `${text.slice(0, breakAt)} ${marker}${text.slice(breakAt)}`;
  if (style === 'teams') return marked;
  const title = fit(source.title, TITLE_MAX_CHARS).replace(/["\\]/g, '');
  return `${marked}\n\n${marker}: cite:${position} "${title}"`;
}

/** The one short line that names the source where a channel shows text only. */
export function sourceLine(source: Source, section?: string): string {
  return `Source: ${source.title} by ${source.author}${section === undefined ? '' : `, section "${section}"`}.`;
}
