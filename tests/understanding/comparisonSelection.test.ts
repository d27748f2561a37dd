import { describe, expect, it } from 'vitest';
import { ComparisonSelection } from '../../src/understanding/comparisonSelection.js';
import { kb, understood } from '../helpers/fixtureUnderstanding.js';

const selection = new ComparisonSelection(kb);

describe('ComparisonSelection', () => {
  it('takes the programs named', () => {
    expect(selection.resolve(understood('compare alder and birchwood'), undefined)).toEqual(['alder', 'birch']);
  });

  it('takes every program for "all"', () => {
    expect(selection.resolve(understood('compare all programs'), undefined)).toEqual(kb.programs.map((p) => p.id));
  });

  it('pairs one named program with the one talked about before', () => {
    const pair = selection.resolve(understood('compare it with cedar valley', { programs: ['alder'] }), {
      programs: ['alder'],
    });
    expect([...pair].sort()).toEqual(['alder', 'cedar']);
  });

  it('uses the last list for "compare them"', () => {
    expect(selection.resolve(understood('compare them'), { programs: [], lastResults: ['alder', 'birch'] })).toEqual([
      'alder',
      'birch',
    ]);
  });

  it('returns fewer than two when it must ask', () => {
    expect(selection.resolve(understood('comparison'), undefined)).toEqual([]);
  });
});
