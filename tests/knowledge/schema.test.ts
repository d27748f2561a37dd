/** The JSON Schemas editors use for knowledge/*.json accept the real and fixture files and name bad values. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { KNOWLEDGE_FILES } from '../../src/knowledge/loadKnowledge.js';
import { schemaProblems } from '../../scripts/knowledgeSchemas.js';
import { FIXTURE_KNOWLEDGE } from '../helpers/fixtureBot.js';

const KNOWLEDGE = join(__dirname, '..', '..', 'knowledge');
const read = (dir: string, file: string): unknown => JSON.parse(readFileSync(join(dir, file), 'utf8'));

describe('knowledge schemas', () => {
  for (const file of KNOWLEDGE_FILES) {
    it(`accept knowledge/${file} and its fixture, and the file names its schema`, () => {
      const data = read(KNOWLEDGE, file) as { $schema?: string };
      expect(data.$schema).toBe(`./schema/${file.replace('.json', '.schema.json')}`);
      expect(schemaProblems(file, data)).toEqual([]);
      expect(schemaProblems(file, read(FIXTURE_KNOWLEDGE, file))).toEqual([]);
    });
  }

  it('name the entry and the bad value', () => {
    const programs = read(KNOWLEDGE, 'programs.json') as { programs: Array<{ tuition: Array<{ unit: string }> }> };
    const first = programs.programs[0]?.tuition[0];
    if (first !== undefined) first.unit = 'per_fortnight';
    expect(schemaProblems('programs.json', programs).join('\n')).toMatch(
      /programs\/0\/tuition\/0\/unit must be equal to one of the allowed values/,
    );
  });
});
