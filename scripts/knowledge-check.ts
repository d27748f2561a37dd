/**
 * `npm run knowledge:check`: validates knowledge/*.json (the JSON Schemas editors use, then the
 * loader's own checks across files) and shows what the edits change in the recognizer: intents and
 * examples added or removed since the last commit, and held-out questions now recognized differently.
 * Exits 1 when a file is invalid.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { heldOutItems, loadEvalSet } from './eval/evalSet.js';
import { KnowledgeError } from '../src/knowledge/fields.js';
import { KNOWLEDGE_FILES, loadKnowledge } from '../src/knowledge/loadKnowledge.js';
import { trainingData } from '../src/knowledge/trainingData.js';
import type { KnowledgeBase } from '../src/knowledge/types.js';
import { Recognizer } from '../src/nlu/recognizer.js';
import { schemaProblems } from './knowledgeSchemas.js';

const ROOT = resolve(__dirname, '..');
const KNOWLEDGE = join(ROOT, 'knowledge');

/** The knowledge base of the last commit, or undefined outside a git checkout. */
function committedKnowledge(): KnowledgeBase | undefined {
  const dir = mkdtempSync(join(tmpdir(), 'knowledge-head-'));
  try {
    for (const file of KNOWLEDGE_FILES)
      writeFileSync(
        join(dir, file),
        execFileSync('git', ['show', `HEAD:knowledge/${file}`], { cwd: ROOT, stdio: ['ignore', 'pipe', 'ignore'] }),
      );
    return loadKnowledge(dir);
  } catch {
    return undefined;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function validate(): KnowledgeBase | undefined {
  const problems = KNOWLEDGE_FILES.flatMap((file) =>
    schemaProblems(file, JSON.parse(readFileSync(join(KNOWLEDGE, file), 'utf8'))),
  );
  for (const p of problems) console.error(p);
  try {
    const kb = loadKnowledge(KNOWLEDGE);
    if (problems.length === 0)
      console.log(
        `knowledge/ is valid: ${kb.programs.length} programs, ${kb.intents.length} intents, ${kb.intents.reduce((n, i) => n + i.examples.length, 0)} examples.`,
      );
    return problems.length === 0 ? kb : undefined;
  } catch (error) {
    if (!(error instanceof KnowledgeError)) throw error;
    console.error(error.message);
    return undefined;
  }
}

function compare(before: KnowledgeBase, after: KnowledgeBase): void {
  const examples = (kb: KnowledgeBase): Map<string, Set<string>> =>
    new Map(kb.intents.map((i) => [i.id, new Set(i.examples)]));
  const old = examples(before);
  const now = examples(after);
  for (const [id, list] of now) {
    const was = old.get(id);
    if (was === undefined) console.log(`+ intent ${id} (${list.size} examples)`);
    else {
      const added = [...list].filter((e) => !was.has(e)).length;
      const removed = [...was].filter((e) => !list.has(e)).length;
      if (added + removed > 0) console.log(`~ intent ${id}: ${added} examples added, ${removed} removed`);
    }
  }
  for (const id of old.keys()) if (!now.has(id)) console.log(`- intent ${id}`);
  const oldIds = new Set(before.programs.map((p) => p.id));
  for (const p of after.programs) if (!oldIds.has(p.id)) console.log(`+ program ${p.id} (${p.name})`);

  const items = heldOutItems(
    loadEvalSet(join(ROOT, 'tests/fixtures/eval/pacs-eval.json')),
    after.intents.flatMap((i) => i.examples),
  );
  const a = Recognizer.train(trainingData(before));
  const b = Recognizer.train(trainingData(after));
  const label = (r: Recognizer, text: string): string => r.recognize(text).intent?.intent ?? 'out_of_scope';
  let rightBefore = 0;
  let rightAfter = 0;
  const changed: string[] = [];
  for (const item of items) {
    const x = label(a, item.text);
    const y = label(b, item.text);
    if (x === item.intent) rightBefore++;
    if (y === item.intent) rightAfter++;
    if (x !== y)
      changed.push(
        `  "${item.text}": ${x} → ${y}${y === item.intent ? ' (now right)' : x === item.intent ? ' (now wrong)' : ''}`,
      );
  }
  const pct = (n: number): string => `${((100 * n) / Math.max(items.length, 1)).toFixed(1)}%`;
  console.log(
    `Held-out questions recognized right: ${pct(rightBefore)} before, ${pct(rightAfter)} after (${items.length} questions).`,
  );
  if (changed.length > 0) console.log(`Recognized differently now:\n${changed.join('\n')}`);
  else console.log('No held-out question is recognized differently.');
}

const kb = validate();
if (kb === undefined) process.exit(1);
const before = committedKnowledge();
if (before === undefined) console.log('(No committed knowledge to compare with.)');
else compare(before, kb);
