import * as numbers from '@microsoft/recognizers-text-number';
import { describe, expect, it, vi } from 'vitest';
import { testAdapter, textOf } from '../helpers/testBot.js';

/** The English ordinal model: the one instance every NumberRecognizer hands out (recognizers-text caches models). */
const ordinalModel = new numbers.NumberRecognizer('en-us', numbers.NumberOptions.None, true).getOrdinalModel('en-us', true);

describe('the program choice prompt', () => {
  it('takes "the third one" as the third program of the buttons, and reads the reply once', async () => {
    const parse = vi.spyOn(ordinalModel, 'parse');
    try {
      await testAdapter()
        .send('tell me about the program')
        .assertReply((a) => {
          expect(textOf(a)).toMatch(/Which program/);
          expect(a.suggestedActions?.actions.map((action) => action.title)[2]).toBe('Weber State');
          parse.mockClear();
        })
        .send('the third one')
        .assertReply((a) => {
          expect(textOf(a)).toMatch(/Weber State University/);
          // botbuilder's ChoicePrompt reads it twice: when the activityReceived event passes, then to continue.
          expect(parse).toHaveBeenCalledTimes(1);
        })
        .startTest();
    } finally {
      parse.mockRestore();
    }
  });

  it('still takes a program by name, and a number', async () => {
    for (const [reply, expected] of [['clarkson please', 'Omaha, Nebraska'], ['5', 'Eastern Florida State College']]) {
      await testAdapter()
        .send('tell me about the program')
        .assertReply((a) => expect(textOf(a)).toMatch(/Which program/))
        .send(reply)
        .assertReply((a) => expect(textOf(a)).toContain(expected))
        .startTest();
    }
  });
});
