/** How one reply is rendered for different channels and Teams scopes. */
import { TestAdapter, TurnContext, type Activity } from 'botbuilder';
import { describe, expect, it } from 'vitest';
import { reply } from '../../src/answers/reply.js';
import { renderReply } from '../../src/channels/render.js';
import { teamsMessage } from '../helpers/teamsActivity.js';

const answer = reply('Programs:\n- OIT\n- HACC', ['How much is OIT?', 'Is OIT online?']);

function contextFor(activity: Partial<Activity>): TurnContext {
  return new TurnContext(new TestAdapter(), activity);
}

describe('renderReply', () => {
  it('keeps the markdown and suggested actions as they are outside Teams', () => {
    const out = renderReply(answer, contextFor({ type: 'message', channelId: 'emulator', conversation: { id: 'c', isGroup: false, name: '', conversationType: '' } }));
    expect(out.text).toBe('Programs:\n- OIT\n- HACC');
    expect(out.suggestedActions?.actions.map((a) => a.title)).toEqual(['How much is OIT?', 'Is OIT online?']);
    expect(out.attachments).toBeUndefined();
    expect(out.textFormat).toBe('markdown');
  });

  it('uses paragraph breaks and suggested actions in a Teams personal chat', () => {
    const out = renderReply(answer, contextFor(teamsMessage('personal', 'hi')));
    expect(out.text).toBe('Programs:\n\n- OIT\n\n- HACC');
    expect(out.suggestedActions?.actions.map((a) => a.type)).toEqual(['imBack', 'imBack']);
    expect(out.attachments).toBeUndefined();
  });

  it('moves the follow-ups onto a card in Teams group chats and channels', () => {
    for (const scope of ['groupChat', 'channel'] as const) {
      const out = renderReply(answer, contextFor(teamsMessage(scope, 'hi')));
      expect(out.suggestedActions).toBeUndefined();
      expect(out.attachments?.map((a) => a.contentType)).toEqual(['application/vnd.microsoft.card.hero']);
    }
  });

  it('renders a shared (frozen) reply once per surface and gives every turn that activity, frozen', () => {
    const shared = Object.freeze(reply('Tuition: **$632** per credit', ['Is Clarkson online?']));
    const web = (): TurnContext => contextFor({ type: 'message', channelId: 'webchat', conversation: { id: 'c', isGroup: false, name: '', conversationType: '' } });
    const first = renderReply(shared, web());
    expect(renderReply(shared, web())).toBe(first);
    expect(Object.isFrozen(first.suggestedActions)).toBe(true);
    expect(first.suggestedActions?.actions.map((a) => a.title)).toEqual(['Is Clarkson online?']);
    // Each surface still gets its own rendering.
    const personal = renderReply(shared, contextFor(teamsMessage('personal', 'hi')));
    const group = renderReply(shared, contextFor(teamsMessage('groupChat', 'hi')));
    expect(personal.suggestedActions?.actions.map((a) => a.title)).toEqual(['Is Clarkson online?']);
    expect(group.suggestedActions).toBeUndefined();
    expect(group.attachments?.map((a) => a.contentType)).toEqual(['application/vnd.microsoft.card.hero']);
    expect(renderReply(shared, contextFor(teamsMessage('channel', 'hi')))).toBe(group);
    // A reply of one turn only is rendered afresh.
    expect(renderReply(answer, web())).not.toBe(renderReply(answer, web()));
  });
});
