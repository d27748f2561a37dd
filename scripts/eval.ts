/**
 * `npm run eval`: answer quality of the PACS recognizer on the held-out evaluation set, and
 * (`-- --corpus <file|dir>`, repeatable) on the public Braun et al. 2017 and CLINC150 corpora.
 * `--json` prints one JSON summary line instead of the text report. `--hinge` trains the corpus
 * models with the one-vs-rest squared hinge (learning rate 0.1) instead of the bot's settings.
 */
import { mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { loadKnowledge } from '../src/knowledge/loadKnowledge.js';
import { trainingData } from '../src/knowledge/trainingData.js';
import { Recognizer } from '../src/nlu/recognizer.js';
import { loadCorpus } from '../src/eval/corpora.js';
import { evaluateCorpus, pooledBraun, type CorpusReport } from '../src/eval/corpusEval.js';
import { heldOutItems, loadEvalSet } from '../src/eval/evalSet.js';
import { pacsHtml } from '../src/eval/htmlReport.js';
import { evaluatePacs } from '../src/eval/pacsEval.js';
import { corpusSummary, pacsSummary } from '../src/eval/summary.js';
import { corpusText, pacsText } from '../src/eval/textReport.js';

const ROOT = resolve(__dirname, '..');
const args = process.argv.slice(2);
const json = args.includes('--json');
const corpusOptions = args.includes('--hinge') ? { training: { loss: 'squaredHinge', learningRate: 0.1 } as const } : {};
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
    const report = evaluateCorpus(loadCorpus(file), corpusOptions);
    reports.push(report);
    if (!json) console.log(corpusText(report));
  }
  const pooled = pooledBraun(reports);
  if (json) console.log(JSON.stringify(corpusSummary(reports, pooled)));
  else if (pooled !== undefined) console.log(`Braun et al. pooled: ${pooled.name} ${pooled.value.toFixed(3)} (published best ${pooled.published?.value.toFixed(3) ?? '?'})`);
}

function runPacs(): void {
  const kb = loadKnowledge(join(ROOT, 'knowledge'));
  const recognizer = Recognizer.train(trainingData(kb));
  const all = loadEvalSet(join(ROOT, 'tests/fixtures/eval/pacs-eval.json'));
  const items = heldOutItems(
    all,
    kb.intents.flatMap((i) => i.examples),
  );
  if (items.length < all.length) console.error(`warning: ${all.length - items.length} evaluation items also occur in training; they are left out of the figures`);
  const report = evaluatePacs(recognizer, kb, items);
  const summary = pacsSummary(report);
  mkdirSync(join(ROOT, 'reports'), { recursive: true });
  writeFileSync(join(ROOT, 'reports/eval.json'), `${JSON.stringify({ summary, report }, null, 2)}\n`);
  writeFileSync(join(ROOT, 'reports/eval.html'), pacsHtml(report));
  if (json) console.log(JSON.stringify(summary));
  else console.log(`${pacsText(report)}\n\nWrote reports/eval.json and reports/eval.html`);
}

if (corpora.length > 0) runCorpora();
else runPacs();
