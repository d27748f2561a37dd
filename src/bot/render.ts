/**
 * Turns a channel-neutral {@link Reply} into a Bot Framework activity for the turn's channel.
 * @remarks Teams gets its own treatment: paragraph breaks it renders, Adaptive Cards no newer than
 * 1.5, and, in group chats and channels, follow-ups as card buttons instead of suggested actions
 * (which Teams shows only in personal chats). An answer from the article carries its citation and
 * feedback buttons the way each client renders them (see learning/replyDecorations).
 */
import { ActivityTypes, MessageFactory, type Activity, type Attachment, type TurnContext } from 'botbuilder';
import type { RenderReply } from '../../dialogs/flow.js';
import type { Source } from '../knowledge/types.js';
import { decorateReply, replyClient, type ReplyOrigin } from '../learning/replyDecorations.js';
import type { Reply } from '../replies/reply.js';
import { capCardVersion, withFollowUpButtons } from './teams/cardButtons.js';
import { teamsMarkdown } from './teams/markdown.js';
import { isSharedTeamsConversation } from './teams/scope.js';

/** What the renderer cites and which knowledge its answers' feedback refers to. */
export interface RendererDeps {
  /** The article every answer comes from. */
  readonly source: Source;
  /** The knowledge version recorded with feedback on an answer. */
  readonly knowledgeVersion: string;
}

/** The renderer for replies: markdown text plus suggested actions or card buttons, and an answer's citation and feedback. */
export function replyRenderer(deps: RendererDeps): RenderReply {
  return (reply, context) => renderReply(reply, context, deps);
}

/** Where an answer comes from and which answer it is; nothing for a reply that is not from the article. */
function originOf(reply: Reply, deps: RendererDeps): ReplyOrigin {
  if (reply.source === undefined) return {};
  const citation = { source: deps.source, section: reply.source.section };
  return reply.answerKey === undefined
    ? { citation }
    : { citation, answer: { answerKey: reply.answerKey, knowledgeVersion: deps.knowledgeVersion } };
}

function renderReply(reply: Reply, context: TurnContext, deps: RendererDeps): Partial<Activity> {
  const teams = context.activity.channelId === 'msteams';
  const shared = teams && isSharedTeamsConversation(context.activity);
  // Cited as written: the marker goes after the first paragraph of the answer, before Teams' line breaks are added.
  const decorated = decorateReply(reply.text, replyClient(context.activity.channelId), originOf(reply, deps));
  const text = teams ? teamsMarkdown(decorated.text) : decorated.text;
  let attachments: Attachment[] = (reply.attachments ?? []).map((a) => ({
    contentType: a.contentType,
    content: a.content,
  }));
  if (teams) attachments = attachments.map(capCardVersion);
  let activity: Partial<Activity>;
  if (reply.suggestions.length > 0 && shared) {
    attachments = withFollowUpButtons(attachments, reply.suggestions);
    activity = MessageFactory.text(text);
  } else if (reply.suggestions.length > 0) {
    activity = MessageFactory.suggestedActions([...reply.suggestions], text);
  } else {
    activity = MessageFactory.text(text);
  }
  return {
    ...activity,
    type: ActivityTypes.Message,
    textFormat: 'markdown',
    ...(attachments.length > 0 ? { attachments } : {}),
    ...(decorated.entities.length > 0 ? { entities: [...decorated.entities] } : {}),
    ...(decorated.channelData === undefined ? {} : { channelData: { ...decorated.channelData } }),
  };
}
