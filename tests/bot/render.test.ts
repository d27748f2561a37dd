/** How one reply is rendered for different channels and Teams scopes. */
import { TestAdapter, TurnContext, type Activity } from 'botbuilder';
import { describe, expect, it } from 'vitest';
import { reply } from '../../src/replies/reply.js';
import { renderReply } from '../../src/bot/render.js';
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


});
