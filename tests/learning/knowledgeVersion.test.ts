/** The knowledge version recorded with feedback changes when, and only when, the knowledge changes. */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/platform/paths.js';
import { knowledgeVersion } from '../../src/learning/knowledgeVersion.js';

const copy = mkdtempSync(join(tmpdir(), 'pacs-kv-'));
cpSync(join(PROJECT_ROOT, 'knowledge'), copy, { recursive: true });
afterAll(() => rmSync(copy, { recursive: true, force: true }));

describe('knowledgeVersion', () => {
  it('is 12 hex digits, the same for the same files', () => {
    expect(knowledgeVersion(join(PROJECT_ROOT, 'knowledge'))).toMatch(/^[0-9a-f]{12}$/);
    expect(knowledgeVersion(copy)).toBe(knowledgeVersion(join(PROJECT_ROOT, 'knowledge')));
  });

  it('changes when one example is added to an intent', () => {
    const before = knowledgeVersion(copy);
    const file = join(copy, 'intents.json');
    writeFileSync(
      file,
      readFileSync(file, 'utf8').replace(
        '"how pricey is it"',
        '"how pricey is it",\n        "how pricey is the course"',
      ),
    );
    expect(knowledgeVersion(copy)).not.toBe(before);
  });
});
