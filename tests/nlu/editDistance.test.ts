import { describe, expect, it } from 'vitest';
import { boundedEditDistance } from '../../src/nlu/editDistance.js';

describe('boundedEditDistance', () => {
  it('counts insertions, deletions and substitutions', () => {
    expect(boundedEditDistance('tution', 'tuition', 3)).toBe(1);
    expect(boundedEditDistance('kitten', 'sitting', 5)).toBe(3);
    expect(boundedEditDistance('same', 'same', 0)).toBe(0);
  });

  it('counts an adjacent transposition as one edit', () => {
    expect(boundedEditDistance('onilne', 'online', 2)).toBe(1);
  });

  it('returns bound + 1 as soon as the distance must exceed the bound', () => {
    expect(boundedEditDistance('abcdef', 'uvwxyz', 2)).toBe(3);
    expect(boundedEditDistance('a', 'abcdefgh', 2)).toBe(3);
  });

  it('handles empty strings', () => {
    expect(boundedEditDistance('', 'ab', 5)).toBe(2);
    expect(boundedEditDistance('', '', 0)).toBe(0);
  });
});
