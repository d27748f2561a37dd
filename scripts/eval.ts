/**
 * `npm run eval`: answer quality of the PACS recognizer on the held-out evaluation set and on the
 * recognizer's development set (personal framing, slang, long messages), its latency, and
 * (`-- --corpus <file|dir>`, repeatable) on the public Braun et al. 2017 and CLINC150 corpora.
 * `--json` prints one JSON summary line instead of the text report.
 */
import { mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { loadKnowledge } from '../src/knowledge/loadKnowledge.js';
import { trainingData } from '../src/knowledge/trainingData.js';
import { Recognizer } from '../src/nlu/recognizer.js';
import { loadCorpus } from '../src/eval/corpora.js';
import { evaluateCorpus, pooledBraun, type CorpusReport } from '../src/eval/corpusEval.js';
import { heldOutItems, loadEvalSet, type EvalItem } from '../src/eval/evalSet.js';
import { measure } from '../src/eval/latency.js';
import { pacsHtml } from '../src/eval/htmlReport.js';
import { evaluatePacs } from '../src/eval/pacsEval.js';
import { corpusSummary, pacsSummary } from '../src/eval/summary.js';
import { corpusText, pacsText } from '../src/eval/textReport.js';

const ROOT = resolve(__dirname, '..');
const args = process.argv.slice(2);
const json = args.includes('--json');
const corpora: string[] = [];
args.forEach((a, i) => {
  if (a === '--corpus') {
    const value = args[i + 1];
    if (value === undefined) throw new Error('--corpus needs a file or directory');
    corpora.push(value);
  }
});

function corpusFiles(path: string): string[] {
  const full = resolve(path);
  if (!statSync(full).isDirectory()) return [full];
  return readdirSync(full)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => join(full, f));
}

function runCorpora(): void {
  const reports: CorpusReport[] = [];
  for (const file of corpora.flatMap(corpusFiles)) {
    const report = evaluateCorpus(loadCorpus(file));
    reports.push(report);
    if (!json) console.log(corpusText(report));
  }
  const pooled = pooledBraun(reports);
  if (json) console.log(JSON.stringify(corpusSummary(reports, pooled)));
  else if (pooled !== undefined) console.log(`Braun et al. pooled: ${pooled.name} ${pooled.value.toFixed(3)} (published best ${pooled.published?.value.toFixed(3) ?? '?'})`);
}

/** The items of an evaluation set that do not occur in training (with a warning when some do). */
function heldOut(file: string, training: readonly string[]): EvalItem[] {
  const all = loadEvalSet(join(ROOT, 'tests/fixtures/eval', file));
  const items = heldOutItems(all, training);
  if (items.length < all.length) console.error(`warning: ${all.length - items.length} items of ${file} also occur in training; they are left out of the figures`);
  return items;
}

function runPacs(): void {
  const kb = loadKnowledge(join(ROOT, 'knowledge'));
  const recognizer = Recognizer.train(trainingData(kb));
  const training = kb.intents.flatMap((i) => i.examples);
  const items = heldOut('pacs-eval.json', training);
  const report = evaluatePacs(recognizer, kb, items);
  const dev = evaluatePacs(recognizer, kb, heldOut('nlu-dev.json', training));
  const texts = items.map((i) => i.text);
  measure(texts, (t) => recognizer.recognize(t), 300);
  const speed = measure(texts, (t) => recognizer.recognize(t), 2000);
  const latency = { p50Ms: Number(speed.p50Ms.toFixed(4)), p99Ms: Number(speed.p99Ms.toFixed(4)) };
  const summary = { ...pacsSummary(report), latency, dev: pacsSummary(dev) };
  mkdirSync(join(ROOT, 'reports'), { recursive: true });
  writeFileSync(join(ROOT, 'reports/eval.json'), `${JSON.stringify({ summary, report }, null, 2)}\n`);
  writeFileSync(join(ROOT, 'reports/eval.html'), pacsHtml(report));
  if (json) console.log(JSON.stringify(summary));
  else {
    console.log(pacsText(report));
    console.log(`\nRecognizer latency over the ${texts.length} messages: p50 ${latency.p50Ms} ms, p99 ${latency.p99Ms} ms`);
    console.log(`\n${pacsText(dev, 'Development set (tests/fixtures/eval/nlu-dev.json)')}`);
    console.log('\nWrote reports/eval.json and reports/eval.html');
  }
}

if (corpora.length > 0) runCorpora();
else runPacs();
