/**
 * Turns a channel-neutral {@link Reply} into a Bot Framework activity for the turn's channel.
 * @remarks Teams gets its own treatment: paragraph breaks it renders, Adaptive Cards no newer than
 * 1.5, and, in group chats and channels, follow-ups as card buttons instead of suggested actions
 * (which Teams shows only in personal chats).
 */
import { ActivityTypes, MessageFactory, type Activity, type Attachment, type TurnContext } from 'botbuilder';
import type { Reply } from '../replies/reply.js';
import { capCardVersion, withFollowUpButtons } from '../teams/cardButtons.js';
import { teamsMarkdown } from '../teams/markdown.js';
import { isSharedTeamsConversation } from '../teams/scope.js';

/** The activity for a reply: markdown text plus suggested actions or, where those don't show, card buttons. */
export function renderReply(reply: Reply, context: TurnContext): Partial<Activity> {
  const teams = context.activity.channelId === 'msteams';
  const shared = teams && isSharedTeamsConversation(context.activity);
  const text = teams ? teamsMarkdown(reply.text) : reply.text;
  let attachments: Attachment[] = (reply.attachments ?? []).map((a) => ({ contentType: a.contentType, content: a.content }));
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
  return { ...activity, type: ActivityTypes.Message, textFormat: 'markdown', ...(attachments.length > 0 ? { attachments } : {}) };
}
