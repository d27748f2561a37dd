import { CardFactory } from 'botbuilder';
import { describe, expect, it } from 'vitest';
import { visibleText } from '../../scripts/eval/conversationBot.js';

describe('what the evaluation reads from a reply', () => {
  it('joins the message text with the text fallback of its Adaptive Cards', () => {
    const card = CardFactory.adaptiveCard({
      type: 'AdaptiveCard',
      version: '1.5',
      body: [],
      fallbackText: 'Programs: North Valley College (Ohio)',
    });
    expect(visibleText({ type: 'message', text: 'Here you go.', attachments: [card] })).toBe(
      'Here you go.\n\nPrograms: North Valley College (Ohio)',
    );
  });

  it("reads a hero card's title and text when there is no fallback", () => {
    const hero = CardFactory.heroCard('North Valley College', 'Online, 6 months');
    expect(visibleText({ type: 'message', attachments: [hero] })).toBe('North Valley College\n\nOnline, 6 months');
  });
});
