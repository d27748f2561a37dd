import { describe, expect, it } from 'vitest';
import { clauses, focusWeights } from '../../src/nlu/clauses.js';

const questions = (text: string): boolean[] => clauses(text).map((c) => c.question);

describe('clauses', () => {
  it('splits a message at sentence ends and commas, keeping the tokens the recognizer reads', () => {
    expect(clauses("I'm a nurse and I live in Idaho, how much is Weber?").map((c) => c.tokens.join(' '))).toEqual([
      'i am a nurse and i live in idaho',
      'how much is weber',
    ]);
  });

  it('tells questions and requests from statements, also after a filler word', () => {
    expect(questions('My budget is tight. So how much does Clarkson charge')).toEqual([false, true]);
    expect(questions('I work nights. Is the program online')).toEqual([false, true]);
    expect(questions('ok tell me about OIT')).toEqual([true]);
    expect(questions('the program at OIT?')).toEqual([true]);
    expect(questions('I live in Utah')).toEqual([false]);
  });

  it('does not split numbers written with a thousands comma or a decimal point', () => {
    expect(clauses('is it under $14,198 or 12.5 credits').map((c) => c.tokens.join(' '))).toEqual([
      'is it under 14198 dollar or 12 5 credits',
    ]);
  });

  it('drops clauses with no words at all', () => {
    expect(clauses('?!. , hello')).toHaveLength(1);
  });
});

describe('focusWeights', () => {
  it('weighs the story around a question less than the question', () => {
    expect(focusWeights(clauses('I am a nurse, where is OIT?'), 0.25)).toEqual([0.25, 0.25, 0.25, 0.25, 1, 1, 1]);
  });

  it('weighs everything alike when the message is all questions or has none', () => {
    expect(focusWeights(clauses('Where is it? How much is it?'), 0.25).every((w) => w === 1)).toBe(true);
    expect(focusWeights(clauses('I am a nurse. I live in Idaho.'), 0.25).every((w) => w === 1)).toBe(true);
  });
});
