/**
 * The bot in Teams, with activities shaped like the ones Teams sends: personal chats, group chats
 * and channels, @mentions, installation and membership events, and card buttons.
 */
import type { Activity, CardAction } from 'botbuilder';
import { describe, expect, it } from 'vitest';
import { ADAPTIVE_CARD } from '../../../src/bot/teams/cardButtons.js';
import { suggestionsOf, testAdapter, textOf } from '../../helpers/testBot.js';
import {
  BOT,
  USER,
  colleagues,
  installationUpdate,
  membersAdded,
  mentionMessage,
  messageBack,
  submitWithoutText,
  teamsMessage,
} from '../../helpers/teamsActivity.js';

const HERO_CARD = 'application/vnd.microsoft.card.hero';

/** The card buttons of a reply: hero-card buttons and Adaptive Card actions. */
function cardButtonsOf(activity: Partial<Activity>): CardAction[] {
  return (activity.attachments ?? []).flatMap((a) => {
    if (a.contentType === HERO_CARD) return (a.content as { buttons?: CardAction[] }).buttons ?? [];
    if (a.contentType === ADAPTIVE_CARD)
      return (
        (a.content as { actions?: Array<{ title: string; data?: { msteams?: { type: string; text: string } } }> })
          .actions ?? []
      ).map(
        (x) =>
          ({
            type: x.data?.msteams?.type ?? 'Action.Submit',
            title: x.title,
            value: x.data?.msteams?.text,
          }) as CardAction,
      );
    return [];
  });
}

describe('Teams: personal chat', () => {
  it('sends no welcome when the app is installed (the prompt starters take its place) and answers the first message', async () => {
    await testAdapter()
      .send(installationUpdate('personal', 'add'))
      .assertNoReply('installationUpdate is not a greeting trigger', 200)
      .send(membersAdded('personal', [BOT]))
      .assertNoReply('no welcome beside the prompt starters', 200)
      .send(teamsMessage('personal', 'hi'))
      .assertReply((a) => {
        expect(textOf(a)).toMatch(/^Hi! I can answer questions about PACS certificate programs/);
        expect(suggestionsOf(a)).toEqual(['What is PACS?', 'Which programs are there?', 'Help me choose a program']);
      })
      .startTest();
  });

  it('stays quiet when both install announcements arrive at the same moment', async () => {
    const adapter = testAdapter();
    await Promise.all([
      adapter.processActivity(installationUpdate('personal', 'add')),
      adapter.processActivity(membersAdded('personal', [BOT, USER])),
    ]);
    expect(adapter.activeQueue.filter((a) => a.type === 'message')).toEqual([]);
  });

  it('answers with suggested actions, which Teams shows in personal chats', async () => {
    await testAdapter()
      .send(teamsMessage('personal', 'how much is weber state'))
      .assertReply((a) => {
        expect(textOf(a)).toMatch(/out-of-state: \*\*\$16,644\*\* per year/);
        expect(suggestionsOf(a).length).toBeGreaterThan(0);
        expect(cardButtonsOf(a)).toEqual([]);
      })
      .startTest();
  });

  it('writes every line break as a paragraph break, so Teams keeps the lines apart', async () => {
    await testAdapter()
      .send(teamsMessage('personal', 'what programs are there'))
      .assertReply((a) => {
        const t = textOf(a);
        expect(t).toMatch(/^The article features \w+ PACS programs:\n\n- \*\*Oregon Institute of Technology\*\*/);
        expect(t).toMatch(/\n\n- \*\*Weber State University\*\*/);
        expect(t).not.toMatch(/[^\n]\n[^\n]/);
      })
      .startTest();
  });
});

describe('Teams: channels', () => {
  it('introduces itself once when added to a team, with card buttons instead of suggested actions', async () => {
    await testAdapter()
      .send(installationUpdate('channel', 'add'))
      .send(membersAdded('channel', [BOT]))
      .assertReply((a) => {
        expect(textOf(a)).toMatch(/^Hi everyone, I'm \*\*PACS Advisor\*\*/);
        expect(textOf(a)).toMatch(/@mention me/);
        expect(a.suggestedActions).toBeUndefined();
        expect(cardButtonsOf(a).map((b) => b.title)).toEqual([
          'What is PACS?',
          'Which programs are there?',
          'Help me choose a program',
        ]);
      })
      .send(membersAdded('channel', [BOT]))
      .assertNoReply('no second intro', 200)
      .startTest();
  });

  it('introduces itself when the bot is added to a team without an installationUpdate', async () => {
    await testAdapter()
      .send(membersAdded('channel', [BOT]))
      .assertReply((a) => expect(textOf(a)).toMatch(/^Hi everyone/))
      .startTest();
  });

  it('greets nobody when 150 colleagues join a team (no welcome storm)', async () => {
    await testAdapter()
      .send(membersAdded('channel', colleagues(150)))
      .assertNoReply('no greeting', 200)
      .send(membersAdded('channel', [{ id: '29:one-more', name: 'Newcomer' }]))
      .assertNoReply('no greeting', 200)
      .startTest();
  });

  it('answers a question that @mentions the bot, as if the mention were not there', async () => {
    await testAdapter()
      .send(mentionMessage('channel', 'how much is weber'))
      .assertReply((a) => {
        expect(textOf(a)).toMatch(/in-state: \*\*\$6,228\*\* per year/);
        expect(textOf(a)).not.toMatch(/can't help/);
      })
      .startTest();
  });

  it("does not mistake the bot's own name for part of a short message", async () => {
    await testAdapter()
      .send(mentionMessage('channel', 'thanks'))
      .assertReply((a) => expect(textOf(a)).toMatch(/^You're welcome!/))
      .send(mentionMessage('channel', 'help'))
      .assertReply((a) => expect(textOf(a)).toMatch(/^I'm an advisor for PACS/))
      .startTest();
  });

  it('understands the mention wherever it sits, even without a mention entity', async () => {
    await testAdapter()
      .send(teamsMessage('channel', 'what does <at>PACS Advisor</at> know about clarkson tuition?'))
      .assertReply((a) => expect(textOf(a)).toContain('$632** per credit'))
      .startTest();
  });

  it('sends follow-ups as messageBack card buttons, not suggested actions', async () => {
    await testAdapter()
      .send(mentionMessage('channel', 'what is pacs'))
      .assertReply((a) => {
        expect(textOf(a)).toMatch(/technologies and working practices used to store medical images/);
        expect(a.suggestedActions).toBeUndefined();
        const buttons = cardButtonsOf(a);
        expect(buttons.length).toBeGreaterThan(0);
        for (const b of buttons) {
          expect(b.type).toBe('messageBack');
          expect(b.value).toEqual({ text: b.title });
        }
      })
      .startTest();
  });
});

describe('Teams: Adaptive Cards', () => {
  it("adds the follow-ups to the answer's own Adaptive Card in a channel, as messageBack actions", async () => {
    await testAdapter()
      .send(mentionMessage('channel', 'tell me about OIT'))
      .assertReply((a) => {
        const cards = (a.attachments ?? []).map((x) => x.contentType);
        expect(cards).toEqual([ADAPTIVE_CARD]);
        const card = a.attachments?.[0]?.content as {
          version: string;
          actions: Array<{ type: string; title: string; data?: { msteams?: { type: string } } }>;
        };
        expect(card.version).toBe('1.5');
        const followUps = card.actions.filter((x) => x.data?.msteams?.type === 'messageBack');
        expect(followUps.length).toBeGreaterThan(0);
        expect(followUps.every((x) => x.type === 'Action.Submit')).toBe(true);
        expect(a.suggestedActions).toBeUndefined();
      })
      .startTest();
  });

  it('sends no Adaptive Card newer than 1.5 in Teams', async () => {
    const versions: string[] = [];
    const collect = (a: Partial<Activity>): void => {
      for (const x of a.attachments ?? [])
        if (x.contentType === ADAPTIVE_CARD) versions.push((x.content as { version: string }).version);
    };
    await testAdapter()
      .send(teamsMessage('personal', 'tell me about clarkson'))
      .assertReply(collect)
      .send(teamsMessage('personal', 'which programs are online?'))
      .assertReply(collect)
      .send(teamsMessage('personal', 'compare OIT and Weber State'))
      .assertReply(collect)
      .startTest();
    expect(versions.length).toBeGreaterThan(0);
    for (const v of versions) expect(Number(v)).toBeLessThanOrEqual(1.5);
  });
});

describe('Teams: group chats', () => {
  it('introduces itself when added to a group chat and stays quiet when people join later', async () => {
    await testAdapter()
      .send(membersAdded('groupChat', [BOT, USER]))
      .assertReply((a) => expect(textOf(a)).toMatch(/^Hi everyone/))
      .send(membersAdded('groupChat', colleagues(3)))
      .assertNoReply('no greeting', 200)
      .startTest();
  });

  it('answers the question a pressed messageBack button names, in the context of the conversation', async () => {
    let pressed = '';
    await testAdapter()
      .send(mentionMessage('groupChat', 'tell me about clarkson'))
      .assertReply((a) => {
        pressed = String(cardButtonsOf(a).find((b) => /how much/i.test(String(b.title)))?.title ?? '');
        expect(pressed).toBe('How much is Clarkson?');
      })
      .send(messageBack('groupChat', 'How much is Clarkson?'))
      .assertReply((a) => {
        expect(textOf(a)).toContain('$632** per credit');
        expect(cardButtonsOf(a).length).toBeGreaterThan(0);
      })
      .startTest();
  });

  it('reads an Action.Submit that carries the question only in its value', async () => {
    await testAdapter()
      .send(
        submitWithoutText('groupChat', {
          msteams: { type: 'messageBack', displayText: 'How much is Weber State?' },
          text: 'How much is Weber State?',
        }),
      )
      .assertReply((a) => expect(textOf(a)).toMatch(/\$16,644/))
      .send(submitWithoutText('groupChat', { msteams: { type: 'messageBack', text: 'What is PACS?' } }))
      .assertReply((a) => expect(textOf(a)).toMatch(/technologies and working practices/))
      .startTest();
  });
});
