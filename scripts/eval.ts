/**
 * `npm run eval`: answer quality of the PACS recognizer on the held-out evaluation set and of the
 * whole bot on the end-to-end conversation set (per pattern), and (`-- --corpus <file|dir>`,
 * repeatable) on the public Braun et al. 2017 and CLINC150 corpora.
 * `--set <file>` runs another conversation set in the same format instead of
 * tests/fixtures/eval/conversations.json (the holdout set, tests/fixtures/eval/conversations-holdout.json);
 * its reports are named after the file so they never overwrite the main set's. The terminal lists
 * the failures of the sets meant for tuning (the main and development sets) and only the per-pattern
 * figures of any other (the holdout's failures stay in the report files).
 * It also reports the recognizer's development set (personal framing, slang, long messages) and its
 * latency. `--json` prints one JSON summary line instead of the text report.
 */
import { mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { loadKnowledge } from '../src/knowledge/loadKnowledge.js';
import { trainingData } from '../src/knowledge/trainingData.js';
import { Recognizer } from '../src/nlu/recognizer.js';
import { loadCorpus } from './eval/corpora.js';
import { evaluateCorpus, pooledBraun, type CorpusReport } from './eval/corpusEval.js';
import { createEvalBot } from './eval/conversationBot.js';
import { evaluateConversations } from './eval/conversationEval.js';
import { leakedTurns, loadConversationSet } from './eval/conversationSet.js';
import { heldOutItems, loadEvalSet, type EvalItem } from './eval/evalSet.js';
import { measure } from './eval/latency.js';
import { pacsHtml } from './eval/htmlReport.js';
import { evaluatePacs } from './eval/pacsEval.js';
import { conversationSummary, corpusSummary, pacsSummary } from './eval/summary.js';
import { conversationText, corpusText, pacsText } from './eval/textReport.js';

const ROOT = resolve(__dirname, '..');
const args = process.argv.slice(2);
const json = args.includes('--json');

/** Every value given to `option` (`--corpus a --corpus b` gives both). */
function optionValues(option: string, what: string): string[] {
  return args.flatMap((a, i) => {
    if (a !== option) return [];
    const value = args[i + 1];
    if (value === undefined || value.startsWith('--')) throw new Error(`${option} needs ${what}`);
    return [value];
  });
}

const corpora = optionValues('--corpus', 'a file or directory');
const sets = optionValues('--set', 'a conversation set file');
if (sets.length > 1) throw new Error('--set may be given once');
const setFile = sets[0] === undefined ? join(ROOT, 'tests/fixtures/eval/conversations.json') : resolve(sets[0]);
// The main set keeps the historical report names; another set's reports carry its name.
const reportName = sets[0] === undefined ? 'eval' : `eval-${basename(setFile, '.json')}`;
// Sets written to be tuned to show their failures in the terminal; any other set (the holdout) shows only figures.
const TUNABLE_SETS = ['conversations.json', 'conversations-dev.json'];
const showFailures = TUNABLE_SETS.includes(basename(setFile));

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
  else if (pooled !== undefined)
    console.log(
      `Braun et al. pooled: ${pooled.name} ${pooled.value.toFixed(3)} (published best ${pooled.published?.value.toFixed(3) ?? '?'})`,
    );
}

/** The items of an evaluation set that do not occur in training (with a warning when some do). */
function heldOut(file: string, training: readonly string[]): EvalItem[] {
  const all = loadEvalSet(join(ROOT, 'tests/fixtures/eval', file));
  const items = heldOutItems(all, training);
  if (items.length < all.length)
    console.error(
      `warning: ${all.length - items.length} items of ${file} also occur in training; they are left out of the figures`,
    );
  return items;
}

async function runPacs(): Promise<void> {
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
  // The conversation set runs through the whole bot, built by the composition root like the server's.
  const bot = createEvalBot();
  const set = loadConversationSet(
    setFile,
    bot.programs.map((p) => p.id),
  );
  const leaks = leakedTurns(
    set,
    kb.intents.flatMap((i) => i.examples),
  );
  if (leaks.length > 0)
    console.error(
      `warning: ${leaks.length} conversation turns also occur in training (the leak test fails until they are rewritten): ${leaks.join(' | ')}`,
    );
  const conversations = await evaluateConversations(bot, set);
  const conversationFigures = conversationSummary(conversations);
  mkdirSync(join(ROOT, 'reports'), { recursive: true });
  writeFileSync(
    join(ROOT, `reports/${reportName}.json`),
    `${JSON.stringify({ summary, conversationSummary: conversationFigures, report, conversations }, null, 2)}\n`,
  );
  writeFileSync(join(ROOT, `reports/${reportName}.html`), pacsHtml(report, conversations));
  if (json)
    console.log(JSON.stringify({ ...summary, conversationSet: basename(setFile), conversations: conversationFigures }));
  // The holdout shows only its figures here: its failures stay in the report files, so nobody tunes to them by accident.
  else {
    console.log(pacsText(report));
    console.log(
      `\nRecognizer latency over the ${texts.length} messages: p50 ${latency.p50Ms} ms, p99 ${latency.p99Ms} ms`,
    );
    console.log(`\n${pacsText(dev, 'Development set (tests/fixtures/eval/nlu-dev.json)')}`);
    console.log(
      `\n${basename(setFile)}:\n${conversationText(conversations, showFailures)}\n\nWrote reports/${reportName}.json and reports/${reportName}.html`,
    );
  }
}

if (corpora.length > 0) runCorpora();
else {
  runPacs().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
