/** Places in the last list shown: "the second one", "number 3", "the last one". */
import { describe, expect, it } from 'vitest';
import { entriesAt, listPositions } from '../../src/understanding/listPosition.js';
import { kb } from '../helpers/fixtureUnderstanding.js';
const positions = (text: string): number[] => listPositions(text.toLowerCase().split(/\s+/), kb.query);

describe('listPositions', () => {
  it('reads ordinals before a noun, numbered picks and a lone ordinal', () => {
    expect(positions('the second one')).toEqual([2]);
    expect(positions('how much is the 3rd program')).toEqual([3]);
    expect(positions('number 4 please')).toEqual([4]);
    expect(positions('option two')).toEqual([2]);
    expect(positions('the last one')).toEqual([-1]);
    expect(positions('second')).toEqual([2]);
    expect(positions('compare the first and second ones')).toEqual([1, 2]);
  });

  it('ignores ordinals that are not about the list', () => {
    expect(positions('is the first term in the fall')).toEqual([]);
    expect(positions('what is the last day to apply')).toEqual([]);
    expect(positions('no one offers that')).toEqual([]);
  });

  it('maps places to entries, the last from the end, and refuses places the list does not have', () => {
    expect(entriesAt(['a', 'b', 'c'], [2, -1])).toEqual(['b', 'c']);
    expect(entriesAt(['a', 'b'], [3])).toBeUndefined();
  });
});
