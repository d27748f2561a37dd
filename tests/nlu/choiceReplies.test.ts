import * as numbers from '@microsoft/recognizers-text-number';
import { recognizeChoices, type Choice, type FindChoicesOptions } from 'botbuilder-dialogs';
import { describe, expect, it, vi } from 'vitest';
import { recognizeChoiceReply } from '../../src/nlu/choiceReplies.js';

const PROGRAMS: Choice[] = [
  { value: 'oit', synonyms: ['Oregon Institute of Technology', 'OIT', 'Oregon Tech'] },
  { value: 'hacc', synonyms: ['Harrisburg Area Community College', 'HACC'] },
  { value: 'weber', synonyms: ['Weber State University', 'Weber State'] },
  { value: 'clarkson', synonyms: ['Clarkson College', 'Clarkson'] },
  { value: 'efsc', synonyms: ['Eastern Florida State College', 'EFSC'] },
];
const LABELS = ['How much does it cost?', 'Is it online?', 'None of these'];

const REPLIES = [
  'the third one', 'third', 'the 2nd', 'second please', '2', 'number 5', 'the last one', 'the first one', '1st', 'five', '7', '0', '-1',
  'weber', 'Weber State', 'clarkson college', 'oregon tech', 'hacc please', 'the one in florida', 'EFSC', 'the blue one',
  'is it online', 'none of these', 'how much', 'cost', 'what is pacs?', '', '   ', 'third and fourth', '2 or 3', 'dos', 'the twenty-first',
  '🙂', 'tercero', 'l\'avant-dernier', 'third one, no wait, weber',
];
const OPTION_SETS: FindChoicesOptions[] = [{}, { recognizeNumbers: false }, { recognizeOrdinals: false }, { recognizeNumbers: false, recognizeOrdinals: false }, { locale: 'es-es' }, { locale: 'fr-fr' }, { allowPartialMatches: true }];

describe('recognizeChoiceReply', () => {
  it("finds exactly what botbuilder's recognizeChoices finds, for names, ordinals, numbers, junk and other languages", () => {
    let compared = 0;
    for (const choices of [PROGRAMS, LABELS]) {
      for (const options of OPTION_SETS) {
        for (const reply of REPLIES) {
          const expected = recognizeChoices(reply, choices, options);
          // Asked twice: the second call runs on the models the first one built.
          for (let round = 0; round < 2; round++) {
            expect(recognizeChoiceReply(reply, choices, options), `${reply} ${JSON.stringify(options)}`).toEqual(expected);
            compared++;
          }
        }
      }
    }
    expect(compared).toBe(2 * OPTION_SETS.length * REPLIES.length * 2);
  });

  it('picks by position when the reply names no choice', () => {
    expect(recognizeChoiceReply('the third one', PROGRAMS)[0]?.resolution).toEqual({ value: 'weber', index: 2, score: 1 });
    expect(recognizeChoiceReply('5', PROGRAMS)[0]?.resolution).toMatchObject({ value: 'efsc', index: 4 });
    expect(recognizeChoiceReply('the blue one', PROGRAMS, { recognizeNumbers: false, recognizeOrdinals: false })).toEqual([]);
  });

  it('builds no number recognizer per reply', () => {
    const built = vi.spyOn(numbers.NumberRecognizer.prototype, 'getOrdinalModel');
    recognizeChoiceReply('the second one', PROGRAMS);
    built.mockClear();
    for (const reply of ['the fourth one', 'the first', 'last one']) recognizeChoiceReply(reply, PROGRAMS);
    expect(built).not.toHaveBeenCalled();
    built.mockRestore();
  });
});
