/** Activities shaped like the ones Microsoft Teams sends, for Teams behaviour tests. */
import type { Activity, ChannelAccount, ConversationAccount } from 'botbuilder';
import type { TeamsScope } from '../../src/bot/teams/scope.js';

/** The bot as Teams addresses it (28: is Teams' prefix for bots). */
export const BOT: ChannelAccount = { id: '28:3f2504e0-4f89-41d3-9a0c-0305e82c3301', name: 'PACS Advisor' };
/** The user talking to the bot. */
export const USER: ChannelAccount = {
  id: '29:1user-alex',
  name: 'Alex Wilber',
  aadObjectId: '00000000-0000-0000-0000-0000000000a1',
};
export const TENANT = { id: '72f988bf-0000-4000-8000-000000000000' };
const TEAM = { id: '19:team-root@thread.tacv2', name: 'Imaging Staff' };

const CONVERSATIONS: Readonly<Record<TeamsScope, ConversationAccount>> = {
  personal: {
    id: 'a:1personal-chat-with-alex',
    conversationType: 'personal',
    tenantId: TENANT.id,
    isGroup: false,
    name: '',
  },
  groupChat: {
    id: '19:group-chat@thread.v2',
    conversationType: 'groupChat',
    tenantId: TENANT.id,
    isGroup: true,
    name: 'Study group',
  },
  channel: {
    id: '19:general@thread.tacv2',
    conversationType: 'channel',
    tenantId: TENANT.id,
    isGroup: true,
    name: 'General',
  },
};

function base(scope: TeamsScope): Partial<Activity> {
  return {
    channelId: 'msteams',
    serviceUrl: 'https://smba.trafficmanager.net/amer/',
    conversation: { ...CONVERSATIONS[scope] },
    from: { ...USER },
    recipient: { ...BOT },
    channelData: {
      tenant: TENANT,
      ...(scope === 'channel' ? { team: TEAM, channel: { id: CONVERSATIONS.channel.id, name: 'General' } } : {}),
    },
    locale: 'en-US',
  };
}

/** A plain message, as typed in a personal chat. */
export function teamsMessage(scope: TeamsScope, text: string, extra: Partial<Activity> = {}): Partial<Activity> {
  return { ...base(scope), type: 'message', text, ...extra };
}

/** A message that @mentions the bot first, the way channels and group chats deliver it. */
export function mentionMessage(
  scope: TeamsScope,
  question: string,
  mentionText = `<at>${BOT.name}</at>`,
): Partial<Activity> {
  return teamsMessage(scope, `${mentionText} ${question}`, {
    entities: [
      { type: 'mention', mentioned: { ...BOT }, text: mentionText },
      { type: 'clientInfo', locale: 'en-US', country: 'US', platform: 'Web' },
    ],
  });
}

/** What Teams sends when a messageBack card button is pressed. */
export function messageBack(scope: TeamsScope, question: string): Partial<Activity> {
  return teamsMessage(scope, question, { value: { text: question } });
}

/** What a client sends for an Action.Submit whose data carries no text of its own in `activity.text`. */
export function submitWithoutText(scope: TeamsScope, data: Record<string, unknown>): Partial<Activity> {
  const activity = teamsMessage(scope, '', { value: data });
  delete activity.text;
  return activity;
}

/** A conversationUpdate announcing new members (Teams tags it teamMemberAdded). */
export function membersAdded(scope: TeamsScope, members: readonly ChannelAccount[]): Partial<Activity> {
  const b = base(scope);
  return {
    ...b,
    type: 'conversationUpdate',
    membersAdded: [...members],
    channelData: { ...(b.channelData as object), eventType: 'teamMemberAdded' },
  };
}

/** An installationUpdate (the app added to or removed from a scope). */
export function installationUpdate(scope: TeamsScope, action: 'add' | 'remove' | 'add-upgrade'): Partial<Activity> {
  return { ...base(scope), type: 'installationUpdate', action };
}

/** `count` made-up colleagues joining a team. */
export function colleagues(count: number): ChannelAccount[] {
  return Array.from({ length: count }, (_, i) => ({
    id: `29:colleague-${i}`,
    name: `Colleague ${i}`,
    aadObjectId: `aad-${i}`,
  }));
}
