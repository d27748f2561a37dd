/**
 * What a reply built from the article carries, per client: the citation (a `Claim` in Teams and
 * Web Chat, one source line elsewhere) and the feedback buttons (Teams' channelData flag, Web
 * Chat's like/dislike actions). The renderer calls {@link decorateReply} once per such reply.
 */
import type { Source } from '../knowledge/types.js';
import { citationClaim, citedText, sourceLine, type CitationStyle } from './citations.js';
import { teamsFeedbackChannelData, webChatFeedbackActions } from './feedbackShapes.js';
import { messageEntity, type SchemaMessageEntity } from './messageEntity.js';
import type { AnswerRef } from './types.js';

/** How a client shows citations and feedback: natively (Teams, Web Chat) or as text only. */
export type ReplyClient = CitationStyle | 'text';

/** The self-hosted widget's channel id (src/widget) and Azure Web Chat's. */
const WEB_CHAT_CHANNELS: ReadonlySet<string> = new Set(['directline', 'webchat']);

/**
 * The client behind a channel id. The Emulator and the terminal count as text only: the Emulator's
 * bundled Web Chat predates 4.18's citations and feedback buttons.
 */
export function replyClient(channelId: string | undefined): ReplyClient {
  if (channelId === 'msteams') return 'teams';
  return WEB_CHAT_CHANNELS.has(channelId ?? '') ? 'webchat' : 'text';
}

/** What a reply cites, if anything, and which answer it is, if it is one. */
export interface ReplyOrigin {
  /** The article and the section (or topic) the answer comes from; without it the reply cites nothing. */
  readonly citation?: { readonly source: Source; readonly section?: string };
  /** The answer, for feedback; without it the reply gets no feedback buttons. */
  readonly answer?: AnswerRef;
}

/** A reply's text with its citation, and the entities and channelData to put on the activity. */
export interface DecoratedReply {
  readonly text: string;
  /** Zero or one root `Message` entity; append to the activity's entities. */
  readonly entities: readonly SchemaMessageEntity[];
  /** Merge into the activity's channelData (Teams' feedback flag), if present. */
  readonly channelData?: { readonly feedbackLoopEnabled: true };
}

/** Adds the citation and the feedback buttons of `client` to a reply whose markdown text is `text`. */
export function decorateReply(text: string, client: ReplyClient, origin: ReplyOrigin): DecoratedReply {
  const { citation: cited, answer } = origin;
  if (client === 'text')
    return { text: cited === undefined ? text : `${text}\n\n${sourceLine(cited.source, cited.section)}`, entities: [] };
  const citation = cited === undefined ? [] : [citationClaim(cited.source, cited.section, client)];
  const marked = cited === undefined ? text : citedText(text, cited.source, client);
  if (client === 'teams') {
    const entities = citation.length > 0 ? [messageEntity({ citation })] : [];
    return { text: marked, entities, ...(answer === undefined ? {} : { channelData: teamsFeedbackChannelData() }) };
  }
  const potentialAction = answer === undefined ? [] : webChatFeedbackActions(answer);
  return {
    text: marked,
    entities: citation.length + potentialAction.length > 0 ? [messageEntity({ citation, potentialAction })] : [],
  };
}
