import { describe, expect, it } from 'vitest';
import {
  answerOf,
  checkHonesty,
  checkReply,
  containsPhrase,
  derivableFigures,
  studentNumbers,
  type CheckContext,
  type CheckKind,
} from '../../scripts/eval/conversationChecks.js';
import type { TurnExpectation } from '../../scripts/eval/conversationSet.js';

/** Invented figures and programs: the checks must work on any data, not only the article's. */
const context: CheckContext = {
  programs: [
    { id: 'north', names: ['North Valley College', 'NVC', 'North Valley'] },
    { id: 'lake', names: ['Lake Institute', 'LI', 'Lakeside'] },
  ],
  figures: { dollars: [400, 9000], numbers: [10] },
  userTurns: ['What does North Valley cost?'],
  maxTextChars: 100,
};

function failedChecks(reply: string, expect: TurnExpectation, ctx: CheckContext = context): CheckKind[] {
  return checkReply(reply, expect, ctx).map((f) => f.check);
}

describe('matching text in a reply', () => {
  it('ignores case, markdown emphasis and thousands separators', () => {
    expect(containsPhrase('Tuition is **$9,000** a YEAR', '9000 a year')).toBe(true);
    expect(containsPhrase('Tuition is $9000', '9,000')).toBe(true);
  });

  it('reads a hyphenated term and its spaced form as the same', () => {
    expect(containsPhrase('the out of state rate', 'out-of-state')).toBe(true);
  });

  it('matches whole words and numbers only, so 40 is not found in $400 and "hi" not in "this"', () => {
    expect(containsPhrase('It costs $400.', '40')).toBe(false);
    expect(containsPhrase('this program', 'hi')).toBe(false);
    expect(containsPhrase('Hi! Welcome.', 'hi!')).toBe(true);
  });
});

describe('the answer check', () => {
  it('passes when the first sentence starts with the expected yes or no', () => {
    expect(failedChecks('Yes — North Valley is online.', { answer: 'yes' })).toEqual([]);
    expect(failedChecks('**No.** Lake Institute takes two years.', { answer: 'no' })).toEqual([]);
  });

  it('fails when the yes comes only after a heading or a list', () => {
    expect(failedChecks('About North Valley College:\n- Yes, it is online.', { answer: 'yes' })).toEqual(['answer']);
  });

  it('reads "the article doesn\'t say" in the first sentence as unknown, and not a later caveat', () => {
    expect(answerOf("The article doesn't say whether Lake Institute is online. Ask the school.")).toBe('unknown');
    expect(failedChecks('Lake Institute is in Ohio. The article does not say more.', { answer: 'unknown' })).toEqual([
      'answer',
    ]);
  });

  it('does not count "not stated" as a no', () => {
    expect(answerOf('Not stated in the article: ask the school.')).toBe('unknown');
    expect(answerOf('Not as a beginner: it needs a registration.')).toBe('no');
  });
});

describe('the mention checks', () => {
  it('requires every string of mentions', () => {
    expect(failedChecks('North Valley costs $400 per credit.', { mentions: ['400', 'per credit'] })).toEqual([]);
    expect(checkReply('North Valley costs $400.', { mentions: ['400', 'per credit'] }, context)).toEqual([
      { check: 'mentions', detail: 'missing "per credit"' },
    ]);
  });

  it('requires one string of each mentionsAny group', () => {
    expect(
      failedChecks('Try NVC or Lakeside.', {
        mentionsAny: [
          ['North Valley College', 'NVC'],
          ['Lake Institute', 'Lakeside'],
        ],
      }),
    ).toEqual([]);
    expect(
      failedChecks('Try NVC.', {
        mentionsAny: [
          ['North Valley College', 'NVC'],
          ['Lake Institute', 'Lakeside'],
        ],
      }),
    ).toEqual(['mentionsAny']);
  });

  it('fails when a string of omits appears', () => {
    expect(failedChecks('Programs: North Valley College ()', { omits: ['()'] })).toEqual(['omits']);
    expect(failedChecks('Programs: North Valley College (online)', { omits: ['()'] })).toEqual([]);
  });
});

describe('the refusal check', () => {
  it('accepts a polite refusal or "the article doesn\'t cover that" when a refusal is expected', () => {
    expect(failedChecks("Sorry, I can't help with that.", { refuses: true })).toEqual([]);
    expect(failedChecks("The article doesn't give salaries.", { refuses: true })).toEqual([]);
    expect(failedChecks('Salaries start at $400 a week.', { refuses: true })).toContain('refuses');
  });

  it('fails a clear question that was declined or not understood', () => {
    expect(failedChecks("Sorry, I can't help with that.", { refuses: false })).toEqual(['refuses']);
    expect(failedChecks("I'm not sure I understood. Did you mean one of these?", { refuses: false })).toEqual([
      'refuses',
    ]);
    expect(failedChecks('North Valley is online.', { refuses: false })).toEqual([]);
  });
});

describe('the programsOnly check', () => {
  it('passes when the reply names exactly the expected programs, by any of their names', () => {
    expect(failedChecks('NVC is in Ohio.', { programsOnly: ['north'] })).toEqual([]);
  });

  it('fails when an expected program is missing or another one is named', () => {
    expect(checkReply('Lakeside is in Ohio.', { programsOnly: ['north'] }, context)).toEqual([
      { check: 'programsOnly', detail: 'expected only north: missing north; also names lake' },
    ]);
  });
});

describe('the honesty check on every reply', () => {
  it('accepts article figures and figures the student gave', () => {
    expect(
      checkHonesty('It is $9,000 a year; your $250 budget is too small.', {
        figures: context.figures,
        userTurns: ['my budget is $250'],
      }),
    ).toEqual([]);
  });

  it('accepts a worked-out figure only in a sentence labelled as an estimate', () => {
    expect(checkHonesty('Ten credits come to about $4,000.', context)).toEqual([]);
    expect(checkHonesty('Ten credits come to $4,000.', context).map((f) => f.check)).toEqual(['honesty']);
  });

  it("accepts two of the student's own amounts added up only when both are shown", () => {
    const turns = { figures: context.figures, userTurns: ['I have $5,000', 'what if I add $3,000?'] };
    expect(checkHonesty('Within a budget of $8,000 (your $5,000 plus $3,000).', turns)).toEqual([]);
    expect(checkHonesty('Within a budget of $8,000.', turns)).toHaveLength(1);
  });

  it('rejects an invented figure even when it is labelled as an estimate', () => {
    expect(checkHonesty('Fees are roughly $1,234.', context)).toHaveLength(1);
  });

  it('accepts sums, differences and roundings of worked-out figures', () => {
    expect(checkHonesty('The difference is about $8,600, roughly $13,000 with both.', context)).toEqual([]);
    expect(derivableFigures(context.figures, [3])).toEqual(expect.arrayContaining([1200, 9400, 8600]));
  });

  it('accepts a worked-out figure spread over an article number of months, and nothing summed from it', () => {
    expect(checkHonesty('About $900 a month (my estimate: $9,000 over 10 months).', context)).toEqual([]);
    expect(checkHonesty('About $1,300 a month (my estimate).', context)).toHaveLength(1);
  });

  it('leaves out an amount quoted as an example of what to type', () => {
    expect(checkHonesty('Give an amount such as "$8,000", or say skip.', context)).toEqual([]);
  });

  it("reads the student's numbers in digits, with k, and in words", () => {
    expect(studentNumbers(['about 12 credits, $1,500 or 10k', 'a thousand at most'])).toEqual([12, 1500, 10000, 1000]);
  });

  it('reads "grand" as thousands, in digits and in words', () => {
    expect(studentNumbers(['about 10 grand', 'ten grand tops'])).toEqual([10000, 10000]);
  });
});

describe('the automatic checks', () => {
  it('asks a reply to a message over the limit to say it was cut', () => {
    const long = { ...context, userTurns: ['x'.repeat(101)] };
    expect(failedChecks('North Valley is online.', {}, long)).toEqual(['truncation']);
    expect(failedChecks('Your message was too long, so I only read the first part.', {}, long)).toEqual([]);
  });

  it('fails a turn that got no message at all', () => {
    expect(failedChecks('  ', {})).toEqual(['reply']);
  });
});
