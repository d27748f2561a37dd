/** What a Teams message stands for, before recognition: mentions removed, card values read. */
import { describe, expect, it } from 'vitest';
import { cardValueText, withoutMentions } from '../../../src/bot/teams/incomingText.js';
import { BOT, mentionMessage, teamsMessage } from '../../helpers/teamsActivity.js';

describe('withoutMentions', () => {
  it('removes the bot mention at the start of a channel message', () => {
    expect(withoutMentions(mentionMessage('channel', 'how much is weber'))).toBe('how much is weber');
  });

  it('removes the bot mention when the bot goes by a different display name', () => {
    expect(withoutMentions(mentionMessage('channel', 'is clarkson online?', '<at>PACS</at>'))).toBe(
      'is clarkson online?',
    );
  });

  it('drops an untagged mention of the bot and keeps other people as plain names', () => {
    expect(withoutMentions(teamsMessage('groupChat', `<at>${BOT.name}</at> tell <at>Megan Bowen</at> about OIT`))).toBe(
      'tell Megan Bowen about OIT',
    );
  });

  it('leaves a message without mentions alone', () => {
    expect(withoutMentions(teamsMessage('personal', 'what is pacs'))).toBe('what is pacs');
  });

  it('tidies whitespace and entities in messages with other entities (Web Chat sends its capabilities), keeping line breaks', () => {
    const webChat = { text: '  how much  is &nbsp; weber ', entities: [{ type: 'ClientCapabilities' }] };
    expect(withoutMentions(webChat)).toBe('how much is weber');
    expect(withoutMentions({ text: 'I am a nurse.  \n\n  How much is weber?' })).toBe(
      'I am a nurse.\nHow much is weber?',
    );
    expect(withoutMentions({ text: 'tab\tand  spaces' })).toBe('tab and spaces');
  });
});

describe('cardValueText', () => {
  it('reads the question from value.text (Action.Submit data, messageBack value)', () => {
    expect(cardValueText({ text: 'How much is OIT?' })).toBe('How much is OIT?');
  });

  it('reads the question from a Teams messageBack carried in the card data', () => {
    expect(
      cardValueText({ msteams: { type: 'messageBack', text: 'Is OIT online?', displayText: 'Is OIT online?' } }),
    ).toBe('Is OIT online?');
    expect(cardValueText({ msteams: { type: 'messageBack', displayText: 'Is HACC online?' } })).toBe('Is HACC online?');
  });

  it('finds no question in a value that names none', () => {
    expect(cardValueText({ choice: 'oit' })).toBeUndefined();
    expect(cardValueText(undefined)).toBeUndefined();
    expect(cardValueText({ text: '   ' })).toBeUndefined();
  });
});
