/** Where in Teams a conversation happens, read from the incoming activity. */
import type { Activity } from 'botbuilder';

/** The three kinds of Teams conversation a bot can be part of. */
export type TeamsScope = 'personal' | 'groupChat' | 'channel';

/** The Teams scope of an activity, or undefined outside Teams (or when Teams didn't say). */
export function teamsScope(activity: Partial<Activity>): TeamsScope | undefined {
  if (activity.channelId !== 'msteams') return undefined;
  const type = activity.conversation?.conversationType;
  return type === 'personal' || type === 'groupChat' || type === 'channel' ? type : undefined;
}

/** True in Teams group chats and channels, where many people share one conversation. */
export function isSharedTeamsConversation(activity: Partial<Activity>): boolean {
  const scope = teamsScope(activity);
  return scope === 'groupChat' || scope === 'channel';
}
