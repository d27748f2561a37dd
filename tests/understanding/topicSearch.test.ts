import { describe, expect, it } from 'vitest';
import type { Topic } from '../../src/knowledge/types.js';
import { normalize, tokenize } from '../../src/nlu/text.js';
import { TopicSearch } from '../../src/understanding/topicSearch.js';

const topic = (id: string, summary: string, points: string[]): Topic => ({
  id,
  title: id,
  summary,
  points,
  followUps: [],
});

const search = new TopicSearch(
  [
    topic('archives', 'Scans must be stored safely.', [
      'Privacy matters most with patient records.',
      'Some scans cannot be repeated.',
    ]),
    topic('field', 'The field created new professions.', ['Specialists sort and archive images today.']),
    topic('people', 'Newcomers and workers alike can benefit.', ['Self-paced training is common.']),
  ],
  ['what is the weather today', 'write me a cover letter', 'tell me a joke'],
);
const find = (text: string): string | undefined => search.find(tokenize(normalize(text)))?.id;

describe('TopicSearch', () => {
  it('finds the one topic that shares two or more words with the message', () => {
    expect(find('what does it say about privacy of patient records?')).toBe('archives');
    expect(find('which new professions were created?')).toBe('field');
  });

  it('answers nothing from one shared word or from everyday words', () => {
    expect(find('privacy?')).toBeUndefined();
    expect(find('what is the weather today for specialists')).toBeUndefined();
    expect(find('write me a cover letter about the moon')).toBeUndefined();
  });

  it("counts a topic's keywords even when questions it must not answer use them too", () => {
    const withKeywords = new TopicSearch(
      [
        { ...topic('machines', 'Imaging has grown far.', ['Many kinds exist.']), keywords: ['ultrasound', 'xrays'] },
        topic('money', 'Programs cost money.', ['Tuition varies.']),
      ],
      ['is ultrasound safe in pregnancy', 'where can i get xrays done'],
    );
    const without = new TopicSearch(
      [
        topic('machines', 'Imaging has grown far.', ['Ultrasound and xrays are among them.']),
        topic('money', 'Programs cost money.', ['Tuition varies.']),
      ],
      ['is ultrasound safe in pregnancy', 'where can i get xrays done'],
    );
    const asked = tokenize(normalize('does ultrasound count or is it just xrays'));
    expect(withKeywords.find(asked)?.id).toBe('machines');
    expect(without.find(asked)).toBeUndefined();
  });
});
