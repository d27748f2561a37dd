/**
 * Middleware that turns suggested actions into card buttons in Teams group chats and channels.
 * @remarks Replies built by {@link renderReply} already do this, but choice prompts
 * ("Which program?", the program finder's questions) send their own activities; this catches those
 * too, so no question in a shared conversation ends up without its buttons.
 */
import type { Activity, Middleware, TurnContext } from 'botbuilder';
import { withFollowUpButtons } from './cardButtons.js';
import { isSharedTeamsConversation } from './scope.js';

/** The activity with its suggested actions moved onto card buttons. */
export function suggestionsToButtons(activity: Partial<Activity>): Partial<Activity> {
  const actions = activity.suggestedActions?.actions ?? [];
  if (actions.length === 0) return activity;
  const questions = actions.map((a) => (typeof a.value === 'string' && a.value !== '' ? a.value : String(a.title)));
  return { ...activity, suggestedActions: undefined, attachments: withFollowUpButtons(activity.attachments ?? [], questions) };
}

/** Rewrites outgoing activities of shared Teams conversations; other conversations pass untouched. */
export class SharedChatButtonsMiddleware implements Middleware {
  onTurn(context: TurnContext, next: () => Promise<void>): Promise<void> {
    if (isSharedTeamsConversation(context.activity)) {
      context.onSendActivities(async (_ctx, activities, send) => {
        for (let i = 0; i < activities.length; i++) activities[i] = suggestionsToButtons(activities[i] as Partial<Activity>);
        return send();
      });
    }
    return next();
  }
}
