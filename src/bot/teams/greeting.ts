/**
 * Which greeting, if any, a conversationUpdate or installationUpdate deserves.
 * @remarks In Teams the bot is told about every member who joins a team. Greeting each of them
 * would flood a channel of hundreds of people (a "welcome storm"), so in group chats and channels
 * the bot introduces itself once, when it is added, and stays quiet when people join.
 *
 * Installing the app makes Teams send both an installationUpdate and a conversationUpdate, at the
 * same moment; two turns that both read "not yet welcomed" would greet twice. So the bot greets
 * from the conversationUpdate only (the per-conversation `welcomed` flag still stops repeats), and
 * installationUpdate is deliberately not a greeting trigger.
 *
 * In a personal chat Teams shows the manifest's prompt starters, and Microsoft's guidance is that a
 * bot uses either prompt starters or a welcome message there, not both: so no welcome in Teams
 * personal chats. Other channels have no prompt starters and keep the welcome.
 */
import type { Activity } from 'botbuilder';
import { teamsScope } from './scope.js';

/** A welcome (outside Teams), a short introduction to a team or group chat, or nothing. */
export type Greeting = 'welcome' | 'teamIntro' | 'none';

/** The greeting for members joining a conversation (conversationUpdate with membersAdded). */
export function greetingOnMembersAdded(activity: Partial<Activity>, joinEventChannels: ReadonlySet<string>): Greeting {
  const added = activity.membersAdded ?? [];
  const botId = activity.recipient?.id;
  const botAdded = added.some((m) => m.id === botId);
  const othersAdded = added.some((m) => m.id !== botId);
  if (activity.channelId === 'msteams') {
    const scope = teamsScope(activity);
    // A personal chat opens on the prompt starters instead of a welcome.
    if (scope === 'personal' || scope === undefined) return 'none';
    return botAdded ? 'teamIntro' : 'none';
  }
  if (joinEventChannels.has(activity.channelId ?? '')) return 'none';
  return othersAdded ? 'welcome' : 'none';
}
