/** Follow-up buttons on cards, and Adaptive Cards kept within what Teams renders (1.5). */
import { CardFactory } from 'botbuilder';
import { describe, expect, it } from 'vitest';
import { ADAPTIVE_CARD, capCardVersion, withFollowUpButtons } from '../../../src/bot/teams/cardButtons.js';

const card = (version: string, actions?: unknown[]) =>
  CardFactory.adaptiveCard({
    type: 'AdaptiveCard',
    version,
    body: [{ type: 'TextBlock', text: 'OIT' }],
    ...(actions ? { actions } : {}),
  });

describe('withFollowUpButtons', () => {
  it("adds the follow-ups as messageBack Action.Submit actions to the reply's Adaptive Card", () => {
    const [out, ...rest] = withFollowUpButtons(
      [card('1.5', [{ type: 'Action.OpenUrl', title: 'Website', url: 'https://example.org' }])],
      ['How much is OIT?'],
    );
    expect(rest).toEqual([]);
    expect(out?.contentType).toBe(ADAPTIVE_CARD);
    expect((out?.content as { actions: unknown[] }).actions).toEqual([
      { type: 'Action.OpenUrl', title: 'Website', url: 'https://example.org' },
      {
        type: 'Action.Submit',
        title: 'How much is OIT?',
        data: {
          msteams: { type: 'messageBack', text: 'How much is OIT?', displayText: 'How much is OIT?' },
          text: 'How much is OIT?',
        },
      },
    ]);
  });

  it('does not change the card it was given', () => {
    const original = card('1.5');
    withFollowUpButtons([original], ['Is OIT online?']);
    expect((original.content as { actions?: unknown }).actions).toBeUndefined();
  });

  it('puts the follow-ups on a hero card when the reply has no Adaptive Card', () => {
    const [hero] = withFollowUpButtons([], ['What is PACS?']);
    expect(hero?.contentType).toBe('application/vnd.microsoft.card.hero');
    expect((hero?.content as { buttons: unknown[] }).buttons).toEqual([
      {
        type: 'messageBack',
        title: 'What is PACS?',
        text: 'What is PACS?',
        displayText: 'What is PACS?',
        value: { text: 'What is PACS?' },
      },
    ]);
  });
});

describe('capCardVersion', () => {
  it('re-declares a card newer than 1.5 as 1.5 and leaves older ones alone', () => {
    expect((capCardVersion(card('1.6')).content as { version: string }).version).toBe('1.5');
    expect((capCardVersion(card('1.3')).content as { version: string }).version).toBe('1.3');
    expect((capCardVersion(card('2.0')).content as { version: string }).version).toBe('1.5');
  });
});
