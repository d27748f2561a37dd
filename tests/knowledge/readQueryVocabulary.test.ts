import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../src/knowledge/loadKnowledge.js';

const KNOWLEDGE = join(__dirname, '..', '..', 'knowledge');

type Lexicon = {
  query: { regions: Array<{ states: string[] }>; superlatives: Array<{ measure: string }>; differenceWords: string[] };
};

function withLexicon(edit: (lexicon: Lexicon) => void): string {
  const dir = mkdtempSync(join(tmpdir(), 'kb-query-'));
  cpSync(KNOWLEDGE, dir, { recursive: true });
  const lexicon = JSON.parse(readFileSync(join(dir, 'lexicon.json'), 'utf8')) as Lexicon;
  edit(lexicon);
  writeFileSync(join(dir, 'lexicon.json'), JSON.stringify(lexicon));
  return dir;
}

describe('the query vocabulary in knowledge/lexicon.json', () => {
  it('loads superlatives, regions and units', () => {
    const kb = loadKnowledge(KNOWLEDGE);
    expect(kb.query.superlatives.map((s) => s.id)).toEqual(['cheapest', 'most_expensive', 'fastest', 'longest']);
    expect(kb.query.regions.find((r) => r.id === 'midwest')?.states).toContain('NE');
    expect(kb.query.units.find((u) => u.phrase === 'years')?.factor).toBe(12);
  });

  it('names the file, entry and value of a region with an unknown state code', () => {
    const dir = withLexicon((l) => l.query.regions[0]?.states.push('XX'));
    expect(() => loadKnowledge(dir)).toThrow(
      /knowledge\/lexicon\.json: query\.regions\[0\]\.states\[\d+\] names unknown state code "XX"/,
    );
  });

  it('rejects a superlative over a measure the engine cannot rank', () => {
    const dir = withLexicon((l) => {
      const first = l.query.superlatives[0];
      if (first) first.measure = 'prestige';
    });
    expect(() => loadKnowledge(dir)).toThrow(
      /query\.superlatives\[0\]\.measure must be one of tuition, duration \(got "prestige"\)/,
    );
  });
  it('rejects a phrase with a word messages never keep, which would match far more than it says', () => {
    const dir = withLexicon((l) => l.query.differenceWords.push('what %'));
    expect(() => loadKnowledge(dir)).toThrow(
      /query\.differenceWords\[\d+\] has a word with no letter or digit, which messages never keep \("what %"\)/,
    );
  });
});
