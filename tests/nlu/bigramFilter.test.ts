import { describe, expect, it } from 'vitest';
import { BigramFilter } from '../../src/nlu/bigramFilter.js';

const filter = new BigramFilter(['weber state', 'eastern florida', 'clarkson college']);

describe('BigramFilter', () => {
  it('keeps phrases that contain the pattern within the error rate', () => {
    expect(filter.candidates('weberstate', 0.25)).toEqual([0]);
    expect(filter.candidates('eastrn florda', 0.25)).toEqual([1]);
  });

  it('drops phrases that cannot match', () => {
    expect(filter.candidates('how much does it', 0.25)).toEqual([]);
  });

  it('keeps every phrase when the pattern is too short to rule anything out', () => {
    expect(filter.candidates('abc', 0.5)).toEqual([0, 1, 2]);
  });
});
