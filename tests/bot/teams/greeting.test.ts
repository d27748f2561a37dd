/** Which greeting each membership or installation event gets, in Teams and elsewhere. */
import { describe, expect, it } from 'vitest';
import { greetingOnMembersAdded } from '../../../src/bot/teams/greeting.js';
import { BOT, USER, colleagues, membersAdded } from '../../helpers/teamsActivity.js';

const JOIN = new Set(['webchat', 'directline']);

describe('greetingOnMembersAdded', () => {
  it('sends no welcome in a Teams personal chat, where the prompt starters take its place', () => {
    expect(greetingOnMembersAdded(membersAdded('personal', [BOT]), JOIN)).toBe('none');
    expect(greetingOnMembersAdded(membersAdded('personal', [BOT, USER]), JOIN)).toBe('none');
  });

  it('introduces the bot to a team or group chat it was added to', () => {
    expect(greetingOnMembersAdded(membersAdded('channel', [BOT]), JOIN)).toBe('teamIntro');
    expect(greetingOnMembersAdded(membersAdded('groupChat', [BOT, USER]), JOIN)).toBe('teamIntro');
  });

  it('says nothing when people join a team or group chat the bot is already in', () => {
    expect(greetingOnMembersAdded(membersAdded('channel', colleagues(500)), JOIN)).toBe('none');
    expect(greetingOnMembersAdded(membersAdded('groupChat', [USER]), JOIN)).toBe('none');
  });

  it('keeps the Emulator behaviour: welcome when a user joins, not when only the bot does', () => {
    expect(greetingOnMembersAdded({ channelId: 'emulator', recipient: BOT, membersAdded: [BOT, USER] }, JOIN)).toBe(
      'welcome',
    );
    expect(greetingOnMembersAdded({ channelId: 'emulator', recipient: BOT, membersAdded: [BOT] }, JOIN)).toBe('none');
    expect(greetingOnMembersAdded({ channelId: 'webchat', recipient: BOT, membersAdded: [USER] }, JOIN)).toBe('none');
  });
});
