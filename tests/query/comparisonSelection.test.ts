import { describe, expect, it } from 'vitest';
import { ComparisonSelection } from '../../src/query/comparisonSelection.js';
import { kb, understood } from './fixtures.js';

const selection = new ComparisonSelection(kb);

describe('ComparisonSelection', () => {
  it('takes the programs named', () => {
    expect(selection.resolve(understood('compare weber and clarkson'), undefined)).toEqual(['weber', 'clarkson']);
  });

  it('takes every program for "all"', () => {
    expect(selection.resolve(understood('compare all programs'), undefined)).toHaveLength(5);
  });

  it('pairs one named program with the one talked about before', () => {
    const pair = selection.resolve(understood('compare it with HACC', { programs: ['oit'] }), { programs: ['oit'] });
    expect([...pair].sort()).toEqual(['hacc', 'oit']);
  });

  it('uses the last list for "compare them"', () => {
    expect(selection.resolve(understood('compare them'), { programs: [], lastResults: ['weber', 'clarkson'] })).toEqual(['weber', 'clarkson']);
  });

  it('returns fewer than two when it must ask', () => {
    expect(selection.resolve(understood('comparison'), undefined)).toEqual([]);
  });
});
