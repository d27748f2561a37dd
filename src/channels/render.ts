/**
 * Turns a channel-neutral {@link Reply} into a Bot Framework activity for the current channel.
 */
import { ActivityTypes, CardFactory, MessageFactory, type Activity, type TurnContext } from 'botbuilder';
import type { Reply } from '../answers/reply.js';

/** True where suggested actions are not shown (Teams group chats and channels). */
export function suggestionsHidden(context: TurnContext): boolean {
  const type = context.activity.conversation?.conversationType;
  return context.activity.channelId === 'msteams' && type !== undefined && type !== 'personal';
}

/** The activity for a reply: markdown text plus suggested actions or, where those don't show, card buttons. */
export function renderReply(reply: Reply, context: TurnContext): Partial<Activity> {
  const attachments = [...(reply.attachments ?? [])];
  let activity: Partial<Activity>;
  if (reply.suggestions.length > 0 && suggestionsHidden(context)) {
    attachments.push(CardFactory.heroCard('', undefined, CardFactory.actions(reply.suggestions.map((s) => ({ type: 'imBack', title: s, value: s })))));
    activity = MessageFactory.text(reply.text);
  } else if (reply.suggestions.length > 0) {
    activity = MessageFactory.suggestedActions([...reply.suggestions], reply.text);
  } else {
    activity = MessageFactory.text(reply.text);
  }
  return { ...activity, type: ActivityTypes.Message, textFormat: 'markdown', ...(attachments.length > 0 ? { attachments } : {}) };
}

/** Sends a reply on the turn. */
export async function sendReply(context: TurnContext, reply: Reply): Promise<void> {
  await context.sendActivity(renderReply(reply, context));
}
