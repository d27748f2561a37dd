import { TestAdapter, type Activity } from 'botbuilder';
import { describe, expect, it } from 'vitest';
import { SharedChatButtonsMiddleware } from '../../src/teams/promptButtons.js';
import { testBot } from '../helpers/testBot.js';
import { teamsMessage } from '../helpers/teamsActivity.js';

/** The button labels of every card on an activity. */
function buttonTexts(activity: Partial<Activity>): string[] {
  return JSON.stringify(activity.attachments ?? []).match(/"(?:title|text|value)":"[^"]+"/g) ?? [];
}

function adapter(): TestAdapter {
  const app = testBot();
  return new TestAdapter((context) => app.bot.run(context)).use(new SharedChatButtonsMiddleware());
}

describe('choice prompts in shared Teams conversations', () => {
  it('shows the "Which program?" choices as card buttons in a group chat', async () => {
    await adapter()
      .send(teamsMessage('groupChat', 'tell me about the program'))
      .assertReply((a) => {
        expect(a.text).toMatch(/Which program/);
        expect(a.suggestedActions).toBeUndefined();
        expect(buttonTexts(a).join(' ')).toContain('Weber State University');
      })
      .startTest();
  });

  it('keeps suggested actions in a personal chat', async () => {
    await adapter()
      .send(teamsMessage('personal', 'tell me about the program'))
      .assertReply((a) => {
        expect(a.suggestedActions?.actions.map((x) => x.title)).toContain('Weber State');
      })
      .startTest();
  });

  it('shows the program finder question as card buttons in a channel', async () => {
    await adapter()
      .send(teamsMessage('channel', 'help me choose a program'))
      .assertReply((a) => {
        expect(a.suggestedActions).toBeUndefined();
        expect((a.attachments ?? []).length).toBeGreaterThan(0);
      })
      .startTest();
  });
});
