import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../src/knowledge/loadKnowledge.js';

const KNOWLEDGE = join(__dirname, '..', '..', 'knowledge');

/** A copy of the knowledge folder with one file changed by `edit`. */
function brokenCopy(file: string, edit: (json: Record<string, unknown>) => void): string {
  const dir = mkdtempSync(join(tmpdir(), 'kb-'));
  cpSync(KNOWLEDGE, dir, { recursive: true });
  const json = JSON.parse(readFileSync(join(dir, file), 'utf8')) as Record<string, unknown>;
  edit(json);
  writeFileSync(join(dir, file), JSON.stringify(json));
  return dir;
}

type Json = Record<string, unknown> & { programs: Array<Record<string, unknown>> };

describe('loadKnowledge', () => {
  it('loads the five featured programs with the article figures', () => {
    const kb = loadKnowledge(KNOWLEDGE);
    expect(kb.programs.map((p) => p.id)).toEqual(['oit', 'hacc', 'weber', 'clarkson', 'efsc']);
    const weber = kb.programs.find((p) => p.id === 'weber');
    expect(weber?.tuition).toEqual([
      { amount: 6228, currency: 'USD', unit: 'per_year', residency: 'in_state' },
      { amount: 16644, currency: 'USD', unit: 'per_year', residency: 'out_of_state' },
    ]);
    expect(kb.accreditors.map((a) => a.abbreviation)).toEqual(['MSCHE', 'NWCCU', 'HLC', 'WASC', 'SACS', 'NEASC']);
    expect(kb.source.author).toBe('Johannes Stitz');
  });

  it('records what the article does not say as unknown', () => {
    const kb = loadKnowledge(KNOWLEDGE);
    const oit = kb.programs.find((p) => p.id === 'oit');
    expect(oit?.delivery.known).toBe(false);
    expect(kb.programs.find((p) => p.id === 'weber')?.financialAid.known).toBe(false);
  });

  it('returns frozen objects', () => {
    const kb = loadKnowledge(KNOWLEDGE);
    expect(Object.isFrozen(kb.programs[0])).toBe(true);
  });

  it('names file, entry and problem for a wrong type', () => {
    const dir = brokenCopy('programs.json', (j) => {
      ((j as Json).programs[2]?.tuition as Array<Record<string, unknown>>)[0]!.amount = 'a lot';
    });
    expect(() => loadKnowledge(dir)).toThrow('knowledge/programs.json: programs[2].tuition[0].amount must be a number');
  });

  it('rejects an unknown tuition unit', () => {
    const dir = brokenCopy('programs.json', (j) => {
      ((j as Json).programs[0]?.tuition as Array<Record<string, unknown>>)[0]!.unit = 'per_month';
    });
    expect(() => loadKnowledge(dir)).toThrow(
      /programs\[0\]\.tuition\[0\]\.unit must be one of per_credit, per_year, per_semester, unspecified \(got "per_month"\)/,
    );
  });

  it('rejects geography without the centre of a state the lexicon knows, or with a place in an unknown state', () => {
    const noUtah = brokenCopy('geography.json', (j) => {
      j.states = (j.states as Array<{ code: string }>).filter((s) => s.code !== 'UT');
    });
    expect(() => loadKnowledge(noUtah)).toThrow('knowledge/geography.json: states has no centre for UT');
    const nowhere = brokenCopy('geography.json', (j) => {
      (j.places as Array<{ state: string }>)[0]!.state = 'XX';
    });
    expect(() => loadKnowledge(nowhere)).toThrow('places[0].state names unknown state "XX"');
  });

  it('rejects a reference to an unknown accreditor', () => {
    const dir = brokenCopy('programs.json', (j) => {
      (j as Json).programs[1]!.accreditorId = 'abet';
    });
    expect(() => loadKnowledge(dir)).toThrow(
      'knowledge/programs.json: programs[1].accreditorId names unknown accreditor "abet"',
    );
  });

  it('rejects a term said to be named like a term that does not exist', () => {
    const dir = brokenCopy('topics.json', (j) => {
      const terms = (j as { terms: Array<{ id: string; namedLike?: string[] }> }).terms;
      terms.find((t) => t.id === 'aart')!.namedLike = ['asrt'];
    });
    expect(() => loadKnowledge(dir)).toThrow(
      /knowledge\/topics\.json: terms\[\d+\]\.namedLike\[0\] names unknown term "asrt"/,
    );
  });

  it('rejects duplicate ids', () => {
    const dir = brokenCopy('programs.json', (j) => {
      (j as Json).programs[4]!.id = 'oit';
    });
    expect(() => loadKnowledge(dir)).toThrow('knowledge/programs.json: programs[4].id duplicates id "oit"');
    const silences = brokenCopy('topics.json', (j) => {
      const list = (j as { silences: Array<{ id: string }> }).silences;
      list[1]!.id = list[0]!.id;
    });
    expect(() => loadKnowledge(silences)).toThrow(/knowledge\/topics\.json: silences\[1\]\.id duplicates id/);
  });

  it('rejects a value given for an unknown fact', () => {
    const dir = brokenCopy('programs.json', (j) => {
      (j as Json).programs[0]!.delivery = { known: false, value: 'online' };
    });
    expect(() => loadKnowledge(dir)).toThrow('programs[0].delivery.value must be absent when known is false');
  });

  it('rejects a minimum confidence outside 0..1', () => {
    const dir = brokenCopy('intents.json', (j) => {
      const intents = (j as { intents: Array<Record<string, unknown>> }).intents;
      intents[0]!.minConfidence = 1.5;
    });
    expect(() => loadKnowledge(dir)).toThrow(
      'knowledge/intents.json: intents[0].minConfidence must be from 0 to 1 (got 1.5)',
    );
  });

  it('reports invalid JSON with the file name', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kb-'));
    cpSync(KNOWLEDGE, dir, { recursive: true });
    writeFileSync(join(dir, 'topics.json'), '{ "topics": [ ');
    expect(() => loadKnowledge(dir)).toThrow(/^knowledge\/topics\.json: is not valid JSON/);
  });

  it('reports a missing file', () => {
    expect(() => loadKnowledge(join(tmpdir(), 'no-such-knowledge'))).toThrow(
      'knowledge/source.json: cannot be read (ENOENT)',
    );
  });
});
