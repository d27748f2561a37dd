/**
 * Turns a channel-neutral {@link Reply} into a Bot Framework activity for the current channel.
 * @remarks Teams gets its own treatment: paragraph breaks it renders, Adaptive Cards no newer than
 * 1.5, and, in group chats and channels, follow-ups as card buttons instead of suggested actions.
 */
import { ActivityTypes, MessageFactory, type Activity, type Attachment, type TurnContext } from 'botbuilder';
import type { Reply } from '../answers/reply.js';
import { deepFreeze } from '../knowledge/fields.js';
import { capCardVersion, withFollowUpButtons } from '../teams/cardButtons.js';
import { teamsMarkdown } from '../teams/markdown.js';
import { isSharedTeamsConversation } from '../teams/scope.js';

/** Where a reply is shown, as far as its rendering is concerned. */
type Surface = 'other' | 'teamsPersonal' | 'teamsShared';

/**
 * Activities already rendered for shared replies (the advisor's frozen, reused answers), one per
 * surface: the same answer goes out in many turns, and botbuilder copies an activity before
 * sending it. Frozen like the replies themselves.
 */
const rendered = new WeakMap<Reply, Partial<Record<Surface, Partial<Activity>>>>();

/** The activity for a reply: markdown text plus suggested actions or, where those don't show, card buttons. */
export function renderReply(reply: Reply, context: TurnContext): Partial<Activity> {
  const surface: Surface = context.activity.channelId !== 'msteams' ? 'other' : isSharedTeamsConversation(context.activity) ? 'teamsShared' : 'teamsPersonal';
  if (!Object.isFrozen(reply)) return render(reply, surface);
  let bySurface = rendered.get(reply);
  if (bySurface === undefined) rendered.set(reply, (bySurface = {}));
  return (bySurface[surface] ??= deepFreeze(render(reply, surface)));
}

function render(reply: Reply, surface: Surface): Partial<Activity> {
  const teams = surface !== 'other';
  const text = teams ? teamsMarkdown(reply.text) : reply.text;
  let attachments: Attachment[] = [...(reply.attachments ?? [])];
  if (teams) attachments = attachments.map(capCardVersion);
  let activity: Partial<Activity>;
  if (reply.suggestions.length > 0 && surface === 'teamsShared') {
    attachments = withFollowUpButtons(attachments, reply.suggestions);
    activity = MessageFactory.text(text);
  } else if (reply.suggestions.length > 0) {
    activity = MessageFactory.suggestedActions([...reply.suggestions], text);
  } else {
    activity = MessageFactory.text(text);
  }
  return { ...activity, type: ActivityTypes.Message, textFormat: 'markdown', ...(attachments.length > 0 ? { attachments } : {}) };
}

/** Sends a reply on the turn. */
export async function sendReply(context: TurnContext, reply: Reply): Promise<void> {
  await context.sendActivity(renderReply(reply, context));
}
