import { describe, expect, it } from 'vitest';
import { Speller } from '../../src/nlu/spelling.js';

const speller = new Speller(
  new Map([
    ['tuition', 5],
    ['college', 3],
    ['clarkson', 2],
    ['certificate', 4],
    ['online', 6],
    ['cost', 4],
    ['coat', 1],
  ]),
);

describe('Speller', () => {
  it('corrects a deletion, an insertion and a transposition', () => {
    expect(speller.correct('tution')).toBe('tuition');
    expect(speller.correct('collegee')).toBe('college');
    expect(speller.correct('onilne')).toBe('online');
  });

  it('allows two edits in long words', () => {
    expect(speller.correct('certifcat')).toBe('certificate');
    expect(speller.correct('clarksen')).toBe('clarkson');
  });

  it('leaves known words, short words and numbers untouched', () => {
    expect(speller.correct('online')).toBeUndefined();
    expect(speller.correct('cst')).toBeUndefined();
    expect(speller.correct('2024')).toBeUndefined();
  });

  it('never changes the first letter', () => {
    expect(speller.correct('xost')).toBeUndefined();
  });

  it('prefers the more frequent word when two are equally close', () => {
    expect(speller.correct('cosat')).toBe('cost');
  });

  it('keeps words too far from anything known', () => {
    expect(speller.correct('tomography')).toBeUndefined();
  });
});

describe('Speller on hostile input', () => {
  it('leaves very long tokens alone instead of enumerating their deletes', () => {
    expect(speller.correct('a'.repeat(5000))).toBeUndefined();
  });
});

describe('Speller ties', () => {
  it('prefers the word that keeps the last letter, even if it is rarer', () => {
    const s = new Speller(
      new Map([
        ['help', 9],
        ['hello', 1],
      ]),
    );
    expect(s.correct('helo')).toBe('hello');
  });
});
