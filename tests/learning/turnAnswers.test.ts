/** Which answer a reply is (its key, for feedback) and why a message went unanswered, as the root dialog works them out. */
import { describe, expect, it } from 'vitest';
import { answerKey, isFallback, NO_INTENT, unansweredNote, withAnswerKey } from '../../src/learning/turnAnswers.js';
import { fromArticle, notAnswered, reply } from '../../src/replies/reply.js';
import { kb, understood } from '../helpers/fixtureUnderstanding.js';
import { recognition } from '../helpers/stubRecognizer.js';

const ANSWER_KEY = /^[A-Za-z0-9_.:/-]{1,100}$/;

describe('answerKey', () => {
  it('names the intent, then the programs, joined by slashes', () => {
    expect(answerKey({ intent: 'program_tuition', programs: ['weber'] })).toBe('program_tuition/weber');
    expect(answerKey({ intent: 'compare_programs', programs: ['clarkson', 'weber'] })).toBe(
      'compare_programs/clarkson/weber',
    );
    expect(answerKey({ intent: 'what_is_pacs', programs: [] })).toBe('what_is_pacs');
  });

  it('says when the recognizer settled on no intent', () => {
    expect(answerKey({ intent: undefined, programs: ['oit'] })).toBe(`${NO_INTENT}/oit`);
  });

  it('stays within the 100 characters the learning log accepts, leaving out programs that do not fit', () => {
    const key = answerKey({
      intent: 'program_overview',
      programs: Array.from({ length: 30 }, (_, i) => `program${i}`),
    });
    expect(key).toMatch(ANSWER_KEY);
    expect(key.startsWith('program_overview/program0/program1/')).toBe(true);
    expect(key.endsWith('/')).toBe(false);
  });
});

describe('withAnswerKey', () => {
  it('keys an answer from the article, and nothing else', () => {
    const subject = { intent: 'program_tuition', programs: ['alder'] };
    expect(withAnswerKey(fromArticle('Alder Technical Institute', reply('$300 per credit.')), subject).answerKey).toBe(
      'program_tuition/alder',
    );
    expect(withAnswerKey(reply('Hi!'), subject).answerKey).toBeUndefined();
  });
});

describe('unansweredNote', () => {
  const refusal = notAnswered('out_of_scope', reply("Sorry, I can't help with that."));
  const u = (ranking: ReadonlyArray<readonly [string, number]>) => ({
    ...understood('zzz'),
    intent: undefined,
    recognition: recognition('zzz', { ranking }),
  });

  it('is "out of scope" when the recognizer chose the out-of-scope class, leaning to the best intent in scope', () => {
    expect(
      unansweredNote(
        refusal,
        u([
          ['out_of_scope', 0.7],
          ['program_tuition', 0.2],
        ]),
        kb,
        'is there parking?',
      ),
    ).toEqual({ text: 'is there parking?', reason: 'out_of_scope', leaningIntent: 'program_tuition' });
  });

  it('is "below threshold" when no intent was sure enough, leaning to the first guess', () => {
    expect(
      unansweredNote(
        refusal,
        u([
          ['program_duration', 0.3],
          ['out_of_scope', 0.25],
        ]),
        kb,
        'the long one',
      ),
    ).toEqual({ text: 'the long one', reason: 'below_threshold', leaningIntent: 'program_duration' });
  });

  it('is "article silent" for a reply that says the article does not say, with the intent asked', () => {
    const silent = notAnswered('article_silent', reply("The article doesn't say."));
    expect(
      unansweredNote(silent, { ...understood('zzz'), intent: 'program_start_terms' }, kb, 'when does birch start?'),
    ).toEqual({ text: 'when does birch start?', reason: 'article_silent', leaningIntent: 'program_start_terms' });
  });

  it('is nothing for an answer', () => {
    expect(
      unansweredNote(fromArticle('What PACS is', reply('PACS is…')), understood('what is pacs'), kb, 'what is pacs'),
    ).toBeUndefined();
  });

  it('counts every reason but "the article is silent" as a fallback', () => {
    expect(
      (['out_of_scope', 'below_threshold', 'did_you_mean_refused', 'article_silent'] as const).map(isFallback),
    ).toEqual([true, true, true, false]);
  });
});
