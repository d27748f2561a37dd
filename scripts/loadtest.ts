/**
 * `npm run loadtest`: concurrent conversations against /api/messages on loopback, with replies
 * going to a local connector stub, and to the self-hosted Direct Line. Measures the real bot and a bare echo bot on the same
 * botbuilder + restify stack (the framework's floor) and prints turns/s, p50/p99 latency, errors,
 * memory before/after, and the ratio.
 *
 * Options: --turns N per target (default 10000; the issue's memory check uses 100000)
 * --concurrency N (32) --per-conversation N (turns before a student is replaced by a new one; 20)
 * --storage sqlite|memory|redis (sqlite; redis starts a throwaway redis-server on loopback)
 * LOADTEST_NODE_FLAGS="--max-semi-space-size=64 …" passes Node flags to the servers under test (GC tuning).
 * --instances N (bot instances sharing the state, turns alternating between them; 1)
 * --target all|echo|echo-rich|bot|bot-unique|directline, or a comma-separated list (all; echo-rich answers
 * every message with a reply of the advisor's shape, markdown and three suggested actions, which
 * costs the framework more to send than plain text; bot-unique words every message differently, so
 * no recognition comes from the cache) --rate N (turns/s started at most, spread evenly: compares
 * targets at the same load; default as fast as the servers answer) --json.
 * --rounds N (3): runs the targets N times, alternating, and compares the medians: on a shared
 * machine a single run varies as much as the differences being measured.
 * --warmup N turns before measuring (10000: a production server runs warm, and the JIT keeps
 * optimizing for thousands of turns).
 * Bounded: each target stops after N turns (plus the warm-up).
 * The targets it checks are those of docs/performance.md: the bot at least 0.6× the bare echo's
 * turns/s in the same round, p99 under 100 ms, no errors.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { Agent, createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { startRedis, type TestRedis } from '../tests/helpers/redisServer.js';
import { botFrameworkChannel, directLineChannel, SCRIPTED_QUESTIONS, type Channel } from './loadtestChannels.js';
import type { MemoryReport, PauseReport } from './loadtestServer.js';

const ROOT = resolve(__dirname, '..');
const MB = 1024 * 1024;

const { values } = parseArgs({
  options: {
    turns: { type: 'string', default: '10000' },
    concurrency: { type: 'string', default: '32' },
    'per-conversation': { type: 'string', default: '20' },
    storage: { type: 'string', default: 'sqlite' },
    instances: { type: 'string', default: '1' },
    target: { type: 'string', default: 'all' },
    rate: { type: 'string', default: '0' },
    warmup: { type: 'string', default: '10000' },
    json: { type: 'boolean', default: false },
    rounds: { type: 'string', default: '3' },
  },
});
const TURNS = Number(values.turns);
const CONCURRENCY = Number(values.concurrency);
const PER_CONVERSATION = Number(values['per-conversation']);
const INSTANCES = Number(values.instances);
const RATE = Number(values.rate);
const WARM_UP = Number(values.warmup);
const ROUNDS = Number(values.rounds);
if (![TURNS, CONCURRENCY, PER_CONVERSATION, INSTANCES].every((n) => Number.isInteger(n) && n > 0))
  throw new Error('--turns, --concurrency, --per-conversation and --instances must be positive whole numbers');
if (!Number.isInteger(ROUNDS) || ROUNDS <= 0) throw new Error('--rounds must be a positive whole number');
if (!Number.isInteger(WARM_UP) || WARM_UP < 0) throw new Error('--warmup must be a whole number of turns');
if (!Number.isFinite(RATE) || RATE < 0) throw new Error('--rate must be a number of turns per second (0: no limit)');
if (!['sqlite', 'memory', 'redis'].includes(String(values.storage)))
  throw new Error('--storage must be sqlite, memory or redis');
if (values.storage === 'memory' && INSTANCES > 1)
  throw new Error('--storage memory cannot be shared by several instances');

/** What one run measured. */
interface RunResult {
  readonly target: string;
  readonly turns: number;
  readonly errors: number;
  readonly seconds: number;
  readonly turnsPerSecond: number;
  readonly p50: number;
  readonly p99: number;
  /** CPU time the server spent per turn (all cores): robust to other load on the machine. */
  readonly cpuMsPerTurn: number;
  /** Activities the connector stub received per turn (Bot Framework targets only). */
  readonly repliesPerTurn: number;
  /** CPU time of the load driver itself (and the connector stub) per turn: it shares the machine. */
  readonly driverCpuMsPerTurn: number;
  readonly before: MemoryReport;
  readonly after: MemoryReport;
}

/**
 * The channel's side: accepts every activity with 200 and counts the messages among them. A turn
 * slower than the typing delay (a loaded machine) also sends "typing…", which is no reply.
 */
function startConnectorStub(): Promise<{ server: Server; url: string; replies: () => number }> {
  let replies = 0;
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString()));
    req.on('end', () => {
      if (!/"type"\s*:\s*"typing"/.test(body)) replies++;
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end('{"id":"r"}');
    });
  });
  server.keepAliveTimeout = 10_000;
  return new Promise((done) =>
    server.listen(0, '127.0.0.1', () =>
      done({ server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, replies: () => replies }),
    ),
  );
}

/**
 * The server under test compiled to plain JavaScript (esbuild, which tsx ships), as it runs in
 * production: under tsx every stack trace would pay for source-map lookups. Falls back to tsx.
 */
function compiledServer(): string[] {
  // Inside node_modules so that the bundle's require() finds the project's packages.
  const out = join(ROOT, 'node_modules', '.cache', 'pacs-loadtest', 'loadtestServer.cjs');
  const esbuild = join(ROOT, 'node_modules', '.bin', 'esbuild');
  const built = spawnSync(
    esbuild,
    [
      'scripts/loadtestServer.ts',
      '--bundle',
      '--platform=node',
      '--format=cjs',
      '--packages=external',
      `--outfile=${out}`,
      '--log-level=error',
    ],
    { cwd: ROOT, stdio: 'inherit' },
  );
  return built.status === 0 ? [out] : ['--import', 'tsx', 'scripts/loadtestServer.ts'];
}

/** Settings every instance of one run shares (state location, Direct Line token key). */
type SharedEnv = Readonly<Record<string, string>>;

/** Starts the server under test in a child process and waits for its URL. */
function startTarget(
  kind: 'bot' | 'echo' | 'echo-rich',
  entry: string[],
  env: SharedEnv,
): Promise<{ child: ChildProcess; url: string }> {
  // LOADTEST_PROFILE=dir writes a CPU profile of the server under test there.
  const profile = process.env.LOADTEST_PROFILE ? ['--cpu-prof', `--cpu-prof-dir=${process.env.LOADTEST_PROFILE}`] : [];
  const child = spawn(
    process.execPath,
    [
      ...profile,
      ...(process.env.LOADTEST_NODE_FLAGS ? process.env.LOADTEST_NODE_FLAGS.split(' ') : []),
      '--expose-gc',
      ...entry,
      kind,
      String(values.storage),
    ],
    { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'inherit', 'ipc'] },
  );
  return new Promise((done, fail) => {
    let out = '';
    child.stdout?.on('data', (d: Buffer) => {
      out += d.toString();
      const match = /\{"url":"([^"]+)"\}/.exec(out);
      if (match?.[1]) done({ child, url: match[1] });
    });
    child.once('exit', (code) => fail(new Error(`${kind} server exited with ${code}`)));
  });
}

function memoryOf(child: ChildProcess): Promise<MemoryReport> {
  return new Promise((done) => {
    child.once('message', (m) => done(m as MemoryReport));
    child.send('mem');
  });
}

/** Runs `turns` turns over CONCURRENCY conversations in parallel; returns per-turn latencies. */
async function drive(
  channel: Channel,
  turns: number,
  tag: string,
  unique = false,
): Promise<{ latencies: Float64Array; errors: number; seconds: number }> {
  const agent = new Agent({ keepAlive: true, maxSockets: CONCURRENCY });
  const latencies = new Float64Array(turns);
  let next = 0;
  let errors = 0;
  const t0 = performance.now();
  const worker = async (w: number): Promise<void> => {
    let opened = -1;
    let say: Awaited<ReturnType<Channel['open']>> | undefined;
    for (let i = next++, done = 0; i < turns; i = next++, done++) {
      // Every PER_CONVERSATION turns this worker's student leaves and a new one arrives.
      const conversationNo = Math.floor(done / PER_CONVERSATION);
      if (conversationNo !== opened || say === undefined) {
        say = await channel.open(agent, `${tag}-${w}-${conversationNo}`);
        opened = conversationNo;
      }
      // Open loop (--rate): turn i is due i / RATE seconds into the run, and its latency counts from
      // then, so time spent waiting for a busy server is not hidden (no coordinated omission).
      const due = RATE > 0 ? t0 + (i * 1000) / RATE : performance.now();
      const wait = due - performance.now();
      if (wait > 0) await new Promise((r) => setTimeout(r, wait));
      const started = due;
      const question = SCRIPTED_QUESTIONS[done % SCRIPTED_QUESTIONS.length] ?? 'hello';
      const status = await say(agent, unique ? uniqueWording(question, i) : question, i);
      latencies[i] = performance.now() - started;
      if (status !== 200) errors++;
    }
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: CONCURRENCY }, (_, w) => worker(w)));
  agent.destroy();
  return { latencies, errors, seconds: (performance.now() - started) / 1000 };
}

/** Marks the recognizer drops, used as the digits of a base-3 number after a question. */
const MARKS = ['.', '!', '?'];

/**
 * The question worded uniquely for turn `n` without changing its meaning: the letters' case spells
 * `n` in binary, and what does not fit is written after the question in full stops, exclamation and
 * question marks as base-3 digits ("hElLo!?"), which the recognizer drops as it folds case away.
 * Whitespace would not do: the mention filter collapses it first.
 */
function uniqueWording(question: string, n: number): string {
  const letters = [...question].filter((c) => /[a-z]/i.test(c)).length;
  const variants = 2 ** Math.min(letters, 20);
  let bits = n % variants;
  const cased = [...question].map((c) => {
    if (!/[a-z]/i.test(c)) return c;
    const upper = (bits & 1) === 1;
    bits >>= 1;
    return upper ? c.toUpperCase() : c.toLowerCase();
  });
  // Without leading zeros (the last mark is never '.'), so every number has one spelling.
  let tail = '';
  for (let rest = Math.floor(n / variants); rest > 0; rest = Math.floor(rest / 3)) tail += MARKS[rest % 3];
  return cased.join('') + tail;
}

function quantile(sorted: Float64Array, q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
}

/**
 * `bot-unique` is the bot with every message worded uniquely (see {@link uniqueWording}): its
 * recognition cache never hits, so the bot's full logic runs on every turn.
 */
type Target = 'echo' | 'echo-rich' | 'bot' | 'bot-unique' | 'directline';

/** Memory and CPU summed over every instance. */
async function memoryOfAll(children: readonly ChildProcess[]): Promise<MemoryReport> {
  const reports = await Promise.all(children.map(memoryOf));
  const none: PauseReport = { gcCount: 0, gcTotalMs: 0, gcMaxMs: 0, loopDelayP99Ms: 0, loopDelayMaxMs: 0 };
  return reports.reduce(
    (sum, r) => ({
      rss: sum.rss + r.rss,
      heapUsed: sum.heapUsed + r.heapUsed,
      cpuMicros: sum.cpuMicros + r.cpuMicros,
      cpuMicrosBeforeGc: sum.cpuMicrosBeforeGc + r.cpuMicrosBeforeGc,
      pauses: {
        gcCount: sum.pauses.gcCount + r.pauses.gcCount,
        gcTotalMs: sum.pauses.gcTotalMs + r.pauses.gcTotalMs,
        gcMaxMs: Math.max(sum.pauses.gcMaxMs, r.pauses.gcMaxMs),
        loopDelayP99Ms: Math.max(sum.pauses.loopDelayP99Ms, r.pauses.loopDelayP99Ms),
        loopDelayMaxMs: Math.max(sum.pauses.loopDelayMaxMs, r.pauses.loopDelayMaxMs),
      },
    }),
    { rss: 0, heapUsed: 0, cpuMicros: 0, cpuMicrosBeforeGc: 0, pauses: none },
  );
}

async function run(
  kind: Target,
  stub: { url: string; replies: () => number },
  entry: string[],
  env: SharedEnv,
): Promise<RunResult> {
  const server = kind === 'echo' || kind === 'echo-rich' ? kind : 'bot';
  const started = await Promise.all(
    Array.from({ length: server === 'bot' ? INSTANCES : 1 }, () => startTarget(server, entry, env)),
  );
  const children = started.map((s) => s.child);
  const urls = started.map((s) => s.url);
  const channel =
    kind === 'directline' ? directLineChannel(urls, values.storage === 'redis') : botFrameworkChannel(urls, stub.url);
  try {
    const unique = kind === 'bot-unique';
    if (WARM_UP > 0) await drive(channel, WARM_UP, `warm-${kind}`, unique);
    const before = await memoryOfAll(children);
    const repliesBefore = stub.replies();
    const driverCpu = process.cpuUsage();
    const { latencies, errors, seconds } = await drive(channel, TURNS, kind, unique);
    const driverUsed = process.cpuUsage(driverCpu);
    const driverCpuMsPerTurn = (driverUsed.user + driverUsed.system) / 1000 / TURNS;
    const after = await memoryOfAll(children);
    const repliesPerTurn = (stub.replies() - repliesBefore) / TURNS;
    const sorted = latencies.slice().sort();
    // From after the GC forced for the 'before' memory figure to before the one forced for the 'after' figure.
    const cpuMsPerTurn = (after.cpuMicrosBeforeGc - before.cpuMicros) / 1000 / TURNS;
    return {
      target: kind,
      turns: TURNS,
      errors,
      seconds,
      turnsPerSecond: TURNS / seconds,
      p50: quantile(sorted, 0.5),
      p99: quantile(sorted, 0.99),
      cpuMsPerTurn,
      repliesPerTurn,
      driverCpuMsPerTurn,
      before,
      after,
    };
  } finally {
    for (const child of children) {
      child.removeAllListeners('exit');
      child.kill('SIGTERM');
    }
  }
}

function line(r: RunResult): string {
  const heapChange = ((r.after.heapUsed - r.before.heapUsed) / r.before.heapUsed) * 100;
  return [
    r.target.padEnd(10),
    `${r.turnsPerSecond.toFixed(0).padStart(6)} turns/s`,
    `p50 ${r.p50.toFixed(1).padStart(5)} ms`,
    `p99 ${r.p99.toFixed(1).padStart(5)} ms`,
    `errors ${r.errors}`,
    `server CPU ${r.cpuMsPerTurn.toFixed(2)} ms/turn`,
    `replies/turn ${r.repliesPerTurn.toFixed(2)}`,
    `driver CPU ${r.driverCpuMsPerTurn.toFixed(2)} ms/turn`,
    `heap ${(r.before.heapUsed / MB).toFixed(1)} -> ${(r.after.heapUsed / MB).toFixed(1)} MB (${heapChange >= 0 ? '+' : ''}${heapChange.toFixed(1)}%)`,
    `rss ${(r.before.rss / MB).toFixed(0)} -> ${(r.after.rss / MB).toFixed(0)} MB`,
    `GC ${r.after.pauses.gcCount} pauses, ${(r.after.pauses.gcTotalMs / r.seconds / 10).toFixed(1)}% of the run, longest ${r.after.pauses.gcMaxMs.toFixed(0)} ms`,
    `event-loop delay p99 ${r.after.pauses.loopDelayP99Ms.toFixed(0)} ms, max ${r.after.pauses.loopDelayMaxMs.toFixed(0)} ms`,
  ].join('  ');
}

async function main(): Promise<void> {
  const stub = await startConnectorStub();
  const all: Target[] = ['echo', 'echo-rich', 'bot', 'bot-unique', 'directline'];
  const wanted = String(values.target).split(',');
  const targets = values.target === 'all' ? all : all.filter((t) => wanted.includes(t));
  if (targets.length === 0)
    throw new Error(
      '--target must be all, or some of echo, echo-rich, bot, bot-unique and directline separated by commas',
    );
  const entry = compiledServer();
  const redis: TestRedis | undefined = values.storage === 'redis' ? await startRedis() : undefined;
  // One state location and one Direct Line token key for all instances of a run.
  const env: SharedEnv = {
    LOADTEST_DATA_DIR: mkdtempSync(join(tmpdir(), 'loadtest-')),
    LOADTEST_REDIS_URL: redis?.url ?? '',
    DIRECT_LINE_TOKEN_SECRET: 'loadtest-only-token-secret-0123456789abcdef',
  };
  const rounds: RunResult[][] = [];
  try {
    for (let round = 0; round < ROUNDS; round++) {
      const results: RunResult[] = [];
      for (const t of targets) results.push(await run(t, stub, entry, env));
      rounds.push(results);
    }
  } finally {
    await redis?.stop();
  }
  stub.server.close();
  stub.server.closeAllConnections();
  const runsOf = (target: Target): RunResult[] => rounds.flatMap((round) => round.filter((r) => r.target === target));
  const medians = targets.map((t) => medianOf(t, runsOf(t)));
  const bots = medians.filter((m) => m.target === 'bot' || m.target === 'bot-unique');
  const ratiosTo = (floor: Median | undefined): Ratio[] =>
    floor === undefined
      ? []
      : bots.map((bot) => ({
          target: bot.target,
          floor: floor.target,
          throughput: bot.turnsPerSecond / floor.turnsPerSecond,
          cpuOverhead: bot.cpuMsPerTurn / floor.cpuMsPerTurn - 1,
          p50Overhead: bot.p50 / floor.p50 - 1,
        }));
  const ratios = [
    ...ratiosTo(medians.find((m) => m.target === 'echo')),
    ...ratiosTo(medians.find((m) => m.target === 'echo-rich')),
  ];
  // Each round's bot against the same round's floor: slow drifts of the machine cancel out.
  const roundRatios = ratios.map(({ target, floor }) => ({
    target,
    floor,
    perRound: rounds.map((round) => {
      const bot = round.find((r) => r.target === target);
      const base = round.find((r) => r.target === floor);
      return bot !== undefined && base !== undefined ? bot.cpuMsPerTurn / base.cpuMsPerTurn - 1 : NaN;
    }),
  }));
  if (values.json) {
    console.log(
      JSON.stringify({
        turns: TURNS,
        concurrency: CONCURRENCY,
        storage: values.storage,
        rounds,
        medians,
        ratios,
        roundRatios,
      }),
    );
    return;
  }
  const [load1] = loadavg();
  console.log(
    `\nload average after the run: ${load1?.toFixed(2)} on ${cpus().length} cores (other work on the machine lowers turns/s; CPU per turn is steadier)`,
  );
  console.log(
    `${TURNS} turns per target and round, ${ROUNDS} round(s), ${CONCURRENCY} concurrent conversations, ${PER_CONVERSATION} turns per conversation, storage ${values.storage}, ${INSTANCES} bot instance(s) (turns alternate between them), ${RATE > 0 ? `at most ${RATE} turns/s` : 'as fast as answered'}, loopback`,
  );
  console.log(
    'bot: the scripted questions, repeated word for word (as suggested-action clicks are); bot-unique: every message worded differently, so no recognition is cached\n',
  );
  rounds.forEach((round, i) => {
    for (const r of round) console.log(`${ROUNDS > 1 ? `round ${i + 1}  ` : ''}${line(r)}`);
  });
  if (ROUNDS > 1) {
    console.log(`\nmedians of ${ROUNDS} rounds:`);
    for (const m of medians)
      console.log(
        `${m.target.padEnd(10)} ${m.turnsPerSecond.toFixed(0).padStart(6)} turns/s  p50 ${m.p50.toFixed(1).padStart(5)} ms  p99 ${m.p99.toFixed(1).padStart(5)} ms  server CPU ${m.cpuMsPerTurn.toFixed(2)} ms/turn`,
      );
  }
  console.log('');
  for (const r of ratios) {
    const floor =
      r.floor === 'echo'
        ? "the bare echo's (the framework's floor)"
        : "the echo with replies of the advisor's shape (the floor for such replies)";
    console.log(
      `${r.target} against ${r.floor}: ${(r.throughput * 100).toFixed(0)}% of the turns/s; adds ${(r.cpuOverhead * 100).toFixed(0)}% server CPU per turn to ${floor}; p50 ${signedPercent(r.p50Overhead)}`,
    );
  }
  if (ROUNDS > 1) {
    for (const r of roundRatios)
      console.log(
        `${r.target} against ${r.floor}, round by round: ${r.perRound.map(signedPercent).join(', ')} (median ${signedPercent(median(r.perRound))})`,
      );
  }
  for (const target of ['bot', 'bot-unique'] as const) {
    // Each bot run with the bare echo of its own round, so a machine that slows down during the run affects both.
    const pairs = rounds.flatMap((round) =>
      round.filter((r) => r.target === target).map((bot) => ({ bot, echo: round.find((r) => r.target === 'echo') })),
    );
    if (pairs.length === 0) continue;
    const all = (test: (pair: (typeof pairs)[number]) => boolean): string =>
      pairs.every(test) ? 'yes' : `NO (${pairs.filter(test).length} of ${pairs.length} runs)`;
    const checks = [
      pairs.every((p) => p.echo !== undefined)
        ? `>= 0.6x the echo's turns/s: ${all((p) => p.echo !== undefined && p.bot.turnsPerSecond >= 0.6 * p.echo.turnsPerSecond)}`
        : '>= 0.6x the echo: not measured (add --target echo)',
      `p99 < 100 ms: ${all((p) => p.bot.p99 < 100)}`,
      `0 errors: ${all((p) => p.bot.errors === 0)}`,
      `heap flat (±10%): ${all((p) => Math.abs(p.bot.after.heapUsed / p.bot.before.heapUsed - 1) <= 0.1)}`,
    ];
    console.log(`targets for ${target}, in every round: ${checks.join(', ')}`);
  }
  console.log('');
}

/** How a bot target compares with a floor (medians). */
interface Ratio {
  readonly target: Target;
  readonly floor: Target;
  readonly throughput: number;
  readonly cpuOverhead: number;
  readonly p50Overhead: number;
}

/** The medians of one target's runs. */
interface Median {
  readonly target: Target;
  readonly turnsPerSecond: number;
  readonly p50: number;
  readonly p99: number;
  readonly cpuMsPerTurn: number;
}

/** The middle value (the mean of the two middle ones for an even count); NaN for none. */
function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[mid] ?? NaN) : ((sorted[mid - 1] ?? NaN) + (sorted[mid] ?? NaN)) / 2;
}

function signedPercent(x: number): string {
  return `${x >= 0 ? '+' : ''}${(x * 100).toFixed(0)}%`;
}

function medianOf(target: Target, runs: readonly RunResult[]): Median {
  const of = (pick: (r: RunResult) => number): number => median(runs.map(pick));
  return {
    target,
    turnsPerSecond: of((r) => r.turnsPerSecond),
    p50: of((r) => r.p50),
    p99: of((r) => r.p99),
    cpuMsPerTurn: of((r) => r.cpuMsPerTurn),
  };
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
