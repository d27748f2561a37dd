import { describe, expect, it } from 'vitest';
import { normalize, stem, tokenize } from '../../src/nlu/text.js';

describe('normalize', () => {
  it('lower-cases, folds accents and typographic quotes', () => {
    expect(normalize('Café’s MENU')).toBe('cafe menu');
  });

  it('expands contractions', () => {
    expect(normalize("I can't go, it's late and they won't wait")).toBe(
      'i can not go, it is late and they will not wait',
    );
    // Chat spelling without apostrophes.
    expect(normalize('i dont care, it doesnt matter and i cant say')).toBe(
      'i do not care, it does not matter and i can not say',
    );
  });

  it('spells out money shorthand', () => {
    expect(normalize('under $5k or $1,200')).toBe('under 5000 dollar or 1200 dollar');
  });

  it('drops control and zero-width characters and collapses spaces', () => {
    expect(normalize('a\u200b\tb \n c')).toBe('a b c');
  });

  it('splits hyphenated and slashed words', () => {
    expect(normalize('in-state/out-of-state')).toBe('in state out of state');
  });
});

describe('chat spelling', () => {
  it('reads "2" as "to" after a word that takes it, and "in2" as "into", but never a count', () => {
    expect(normalize('what do i need 2 get in2 the program')).toBe('what do i need to get into the program');
    expect(normalize('i need 2 years of experience')).toBe('i need 2 years of experience');
    expect(normalize('how long to get 2 credits')).toBe('how long to get 2 credits');
  });
});

describe('tokenize', () => {
  it('keeps words and numbers, drops punctuation', () => {
    expect(tokenize(normalize('How much?! 12 months, ok.'))).toEqual(['how', 'much', '12', 'months', 'ok']);
  });

  it('returns nothing for punctuation only', () => {
    expect(tokenize(normalize('?!...'))).toEqual([]);
  });
});

describe('stem', () => {
  it('reduces word forms to one stem', () => {
    expect(stem('programs')).toBe(stem('program'));
    expect(stem('accredited')).toBe(stem('accrediting'));
  });

  it('leaves numbers alone', () => {
    expect(stem('2024s')).toBe('2024s');
  });
});
