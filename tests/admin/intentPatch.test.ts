/**
 * "Add as example of intent X" makes a patch that `git apply` and `patch -p1` apply to the current
 * knowledge/intents.json, after which the knowledge still loads and the intent has the new examples.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { intentExamplesPatch, INTENTS_PATH, PatchError, unifiedDiff } from '../../src/admin/intentPatch.js';
import { PROJECT_ROOT } from '../../src/platform/paths.js';
import { loadKnowledge } from '../../src/knowledge/loadKnowledge.js';

const current = readFileSync(join(PROJECT_ROOT, INTENTS_PATH), 'utf8');
const temps: string[] = [];

/** A temp copy of the project's knowledge/ folder, as a checkout would have it. */
function checkout(): string {
  const dir = mkdtempSync(join(tmpdir(), 'pacs-patch-'));
  temps.push(dir);
  cpSync(join(PROJECT_ROOT, 'knowledge'), join(dir, 'knowledge'), { recursive: true });
  return dir;
}

function run(command: string, args: string[], cwd: string, input?: string): { status: number | null; output: string } {
  const r = spawnSync(command, args, { cwd, input, encoding: 'utf8' });
  return { status: r.status, output: `${r.stdout}${r.stderr}` };
}

afterEach(() => {
  for (const dir of temps.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('the intents patch', () => {
  const examples = ['how pricey is the weber course', 'What does it cost per credit hour?'];

  it.each([
    ['git apply', (dir: string, file: string) => run('git', ['apply', file], dir)],
    ['patch -p1', (dir: string, file: string) => run('patch', ['-p1', '--forward', '--input', file], dir)],
  ])('applies with %s, and the knowledge still validates with the new examples in the intent', (_tool, apply) => {
    const patch = intentExamplesPatch(current, 'program_tuition', examples);
    const dir = checkout();
    writeFileSync(join(dir, 'add.patch'), patch.diff);
    const result = apply(dir, 'add.patch');
    expect(result.status, result.output).toBe(0);
    const kb = loadKnowledge(join(dir, 'knowledge'));
    const intent = kb.intents.find((i) => i.id === 'program_tuition');
    expect(intent?.examples.slice(-2)).toEqual(examples);
    const before = loadKnowledge(join(PROJECT_ROOT, 'knowledge'));
    expect(intent?.examples.length).toBe(
      (before.intents.find((i) => i.id === 'program_tuition')?.examples.length ?? 0) + 2,
    );
    expect(kb.intents.filter((i) => i.id !== 'program_tuition')).toEqual(
      before.intents.filter((i) => i.id !== 'program_tuition'),
    );
  });

  it('changes only the lines around the new examples, and says in its header what it adds', () => {
    const { diff, added } = intentExamplesPatch(current, 'program_tuition', examples);
    expect(added).toEqual(examples);
    expect(diff).toMatch(/^Adds 2 examples to intent "program_tuition" in knowledge\/intents\.json\./);
    const changed = diff.split('\n').filter((l) => /^[-+](?![-+]{2} )/.test(l));
    expect(changed).toHaveLength(4);
    expect(changed.filter((l) => l.startsWith('+'))).toEqual(
      expect.arrayContaining([
        '+        "how pricey is the weber course",',
        '+        "What does it cost per credit hour?"',
      ]),
    );
  });

  it('leaves out examples the intent already has (ignoring case and spacing) and refuses when none is new', () => {
    const existing =
      (JSON.parse(current) as { intents: Array<{ id: string; examples: string[] }> }).intents.find(
        (i) => i.id === 'help',
      )?.examples[0] ?? '';
    expect(
      intentExamplesPatch(current, 'help', [`  ${existing.toUpperCase()} `, 'what else can you do']).added,
    ).toEqual(['what else can you do']);
    expect(() => intentExamplesPatch(current, 'help', [existing])).toThrow(PatchError);
  });

  it('refuses an unknown intent, an empty or over-long example, and a broken file, saying why', () => {
    expect(() => intentExamplesPatch(current, 'no_such_intent', ['x'])).toThrow(
      'knowledge/intents.json has no intent "no_such_intent"',
    );
    expect(() => intentExamplesPatch(current, 'help', ['   '])).toThrow('each example must be 1 to 200 characters');
    expect(() => intentExamplesPatch(current, 'help', ['x'.repeat(201)])).toThrow(PatchError);
    expect(() => intentExamplesPatch(current, 'help', [])).toThrow('give 1 to 20 examples');
    expect(() => intentExamplesPatch('{"intents": [', 'help', ['x'])).toThrow('is not valid JSON');
  });
});

describe('unifiedDiff', () => {
  it('marks a file without a final newline the way patch expects', () => {
    const dir = checkout();
    writeFileSync(join(dir, 'f.txt'), 'a\nb\nc');
    writeFileSync(join(dir, 'f.patch'), unifiedDiff('a\nb\nc', 'a\nb\nc\nd', 'f.txt'));
    const result = run('git', ['apply', '-p1', 'f.patch'], dir);
    expect(result.status, result.output).toBe(0);
    expect(readFileSync(join(dir, 'f.txt'), 'utf8')).toBe('a\nb\nc\nd');
  });
});
