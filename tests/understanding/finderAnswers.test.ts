import { describe, expect, it } from 'vitest';
import { FinderAnswers } from '../../src/understanding/finderAnswers.js';
import { kb, understood } from '../helpers/fixtureUnderstanding.js';

const answers = new FinderAnswers(kb);
const read = (text: string, open: Parameters<FinderAnswers['read']>[1]) => answers.read(understood(text), open);

describe('FinderAnswers', () => {
  it('reads time, budget and state answers, or a skip', () => {
    expect(read('under a year', 'time').values).toEqual({ maxMonths: 12 });
    expect(read('9', 'time').values).toEqual({ maxMonths: 9 });
    expect(read('$8k', 'budget').values).toEqual({ budget: 8000 });
    expect(read('I live in New York', 'state').values).toEqual({ state: 'NY' });
    expect(read('tx', 'state').values).toEqual({ state: 'TX' });
    expect(read("I don't know", 'budget')).toEqual({ values: {}, skip: true, finish: false, noBudget: false });
    expect(read('whenever', 'time')).toEqual({ values: {}, skip: false, finish: false, noBudget: false });
  });

  it('takes short answers only for the question asked, and clear ones for any question', () => {
    expect(read('yes', 'online').values).toEqual({ online: true });
    expect(read('yes', 'time').values).toEqual({});
    expect(read('9', 'budget').values).toEqual({});
    expect(read('I have about 18 months and $9,000', 'audience').values).toEqual({ maxMonths: 18, budget: 9000 });
  });
});
