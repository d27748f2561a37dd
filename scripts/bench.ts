/**
 * `npm run bench`: recognizer speed on the PACS model (start-up from the saved model, training,
 * queries per second, p50/p99 latency, heap) and the CLINC150 full train + test wall time.
 * `--json` prints one JSON line; `--skip-clinc` leaves out the long CLINC150 run.
 */
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { loadKnowledge } from '../src/knowledge/loadKnowledge.js';
import { recognizerFor } from '../src/knowledge/recognizerModel.js';
import { trainingData } from '../src/knowledge/trainingData.js';
import { saveModel } from '../src/nlu/modelFile.js';
import { Recognizer } from '../src/nlu/recognizer.js';
import { loadCorpus } from './eval/corpora.js';
import { evaluateCorpus } from './eval/corpusEval.js';
import { loadEvalSet } from './eval/evalSet.js';
import { measure, quantile } from './eval/latency.js';

const ROOT = resolve(__dirname, '..');
const args = process.argv.slice(2);
const json = args.includes('--json');
const MB = 1024 * 1024;

/** CPU time (user + system) of this process in milliseconds: unlike wall time, it ignores other busy processes. */
function cpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

function buildTimes(): { firstMs: number; firstCpuMs: number; medianMs: number; recognizer: Recognizer } {
  const kb = loadKnowledge(join(ROOT, 'knowledge'));
  const data = trainingData(kb);
  const times: number[] = [];
  let firstCpuMs = 0;
  let recognizer: Recognizer | undefined;
  for (let i = 0; i < 7; i++) {
    const t = performance.now();
    const cpu = cpuMs();
    recognizer = Recognizer.train(data);
    if (i === 0) firstCpuMs = cpuMs() - cpu;
    times.push(performance.now() - t);
  }
  const firstMs = times[0] as number;
  return {
    firstMs,
    firstCpuMs,
    medianMs: quantile(
      [...times].sort((a, b) => a - b),
      0.5,
    ),
    recognizer: recognizer as Recognizer,
  };
}

/** Heap in use after a full collection when the process runs with --expose-gc. */
function heapMB(): number {
  (globalThis as { gc?: () => void }).gc?.();
  return process.memoryUsage().heapUsed / MB;
}

/**
 * Start-up as the bot does it (createBot → recognizerFor), in a fresh process so it is truly cold:
 * the model saved by `npm run build` is read, not trained. Run with `--startup-child <file>`.
 */
function startupChild(file: string): void {
  const kb = loadKnowledge(join(ROOT, 'knowledge'));
  const t = performance.now();
  const cpu = cpuMs();
  const { origin } = recognizerFor(kb, {}, file);
  console.log(JSON.stringify({ origin, wallMs: performance.now() - t, cpuMs: cpuMs() - cpu }));
}

/** Saves the model as the build does, then times a cold start-up from it in a child process. */
function startupTime(recognizer: Recognizer): { wallMs: number; cpuMs: number; origin: string } {
  const file = join(tmpdir(), `pacs-bench-model-${process.pid}.json`);
  saveModel(file, recognizer, trainingData(loadKnowledge(join(ROOT, 'knowledge'))));
  const child = spawnSync(process.execPath, [...process.execArgv, __filename, '--startup-child', file], {
    encoding: 'utf8',
  });
  rmSync(file, { force: true });
  const line = child.stdout.trim().split('\n').pop() ?? '';
  try {
    return JSON.parse(line) as { wallMs: number; cpuMs: number; origin: string };
  } catch {
    throw new Error(`start-up measurement failed: ${child.stderr || line}`);
  }
}

const childAt = args.indexOf('--startup-child');
if (childAt >= 0) {
  startupChild(args[childAt + 1] as string);
  process.exit(0);
}

const heapBefore = heapMB();
const build = buildTimes();
const startup = startupTime(build.recognizer);
const queries = loadEvalSet(join(ROOT, 'tests/fixtures/eval/pacs-eval.json')).map((i) => i.text);
measure(queries, (q) => build.recognizer.recognize(q), 300);
const speed = measure(queries, (q) => build.recognizer.recognize(q), 3000);
const heapWithModel = heapMB();

let clinc: { wallMs: number; trainMs: number; testMs: number } | undefined;
if (!args.includes('--skip-clinc')) {
  const t = performance.now();
  const report = evaluateCorpus(loadCorpus(resolve(ROOT, '../shared/corpora/clinc150/data_full.json')));
  clinc = { wallMs: performance.now() - t, trainMs: report.trainMs, testMs: report.testMs };
}

const summary = {
  node: process.version,
  startupMs: Math.round(startup.wallMs),
  startupCpuMs: Math.round(startup.cpuMs),
  startupFrom: startup.origin,
  buildFirstMs: Math.round(build.firstMs),
  buildFirstCpuMs: Math.round(build.firstCpuMs),
  buildMedianMs: Math.round(build.medianMs),
  queriesPerSecond: Math.round(speed.perSecond),
  p50Ms: Number(speed.p50Ms.toFixed(4)),
  p99Ms: Number(speed.p99Ms.toFixed(4)),
  maxMs: Number(speed.maxMs.toFixed(2)),
  heapUsedMB: Number(heapWithModel.toFixed(1)),
  heapModelMB: Number((heapWithModel - heapBefore).toFixed(1)),
  ...(clinc !== undefined
    ? {
        clincFullWallMs: Math.round(clinc.wallMs),
        clincTrainMs: Math.round(clinc.trainMs),
        clincTestMs: Math.round(clinc.testMs),
      }
    : {}),
};

if (json) console.log(JSON.stringify(summary));
else {
  const ok = (good: boolean): string => (good ? 'meets target' : 'MISSES target');
  console.log(
    `PACS model at start-up (${summary.startupFrom}, fresh process): ${summary.startupMs} ms wall / ${summary.startupCpuMs} ms CPU — target < 300 ms: ${ok(summary.startupMs < 300)}`,
  );
  console.log(
    `PACS model training (npm run build, or start-up without a fitting model file): first ${summary.buildFirstMs} ms wall / ${summary.buildFirstCpuMs} ms CPU, median ${summary.buildMedianMs} ms warm`,
  );
  console.log(
    `PACS queries: ${summary.queriesPerSecond} /s on one core over ${speed.calls} calls (${queries.length} distinct) — target ≥ 5000: ${ok(summary.queriesPerSecond >= 5000)}`,
  );
  console.log(
    `Latency per query: p50 ${summary.p50Ms} ms, p99 ${summary.p99Ms} ms, max ${summary.maxMs} ms — target p99 < 1 ms: ${ok(summary.p99Ms < 1)}`,
  );
  console.log(
    `Heap used with the PACS model loaded: ${summary.heapUsedMB} MB (the model and its caches: ${summary.heapModelMB} MB)`,
  );
  if (clinc !== undefined)
    console.log(
      `CLINC150 full train + test: ${(clinc.wallMs / 1000).toFixed(1)} s (train ${(clinc.trainMs / 1000).toFixed(1)} s, test ${(clinc.testMs / 1000).toFixed(1)} s) — target < 60 s: ${ok(clinc.wallMs < 60_000)}`,
    );
}
