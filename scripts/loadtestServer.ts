/**
 * The server under load, run as a child process of `scripts/loadtest.ts` so the bot gets a core of
 * its own: either the real bot (`bot`) or a bare echo bot on the same botbuilder + restify stack
 * (`echo`), the framework's floor. Prints `{"url": ...}` once listening; answers `mem` messages
 * over IPC with its memory use (after a full GC when run with --expose-gc).
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { constants, monitorEventLoopDelay, PerformanceObserver } from 'node:perf_hooks';
import { ActivityHandler, MessageFactory, type Activity } from 'botbuilder';
import restify, { type Request, type Response } from 'restify';
import { parseConfig } from '../src/app/config.js';
import { createBot } from '../src/app/createBot.js';
import { createLogger } from '../src/platform/logger.js';
import { createServer, listen } from '../src/app/server.js';
import { createBotAuthentication } from '../src/bot/botAuthentication.js';
import { ChannelAdapter } from '../src/bot/channelAdapter.js';
import { processMessages } from '../src/bot/messagesEndpoint.js';
import { refuseUnreadableBodies } from '../src/security/requestBodies.js';

/** Memory use reported to the driver, in bytes. */
export interface MemoryReport {
  readonly rss: number;
  readonly heapUsed: number;
  /** CPU time used by the process so far (user + system), in microseconds, after the forced GC: where the next window starts. */
  readonly cpuMicros: number;
  /** The same before the forced GC: where the window just measured ends (the GC for the memory figure is not part of the run). */
  readonly cpuMicrosBeforeGc: number;
  /** Since the previous report: what stopped the event loop, in ms (where tail latency comes from). */
  readonly pauses: PauseReport;
}

/** Garbage-collection pauses and event-loop delay over one measuring window. */
export interface PauseReport {
  readonly gcCount: number;
  readonly gcTotalMs: number;
  readonly gcMaxMs: number;
  readonly loopDelayP99Ms: number;
  readonly loopDelayMaxMs: number;
}

/** Watches GC pauses and event-loop delay; `take` returns the figures since the last take. */
function pauseWatch(): { take: () => PauseReport } {
  const delay = monitorEventLoopDelay({ resolution: 5 });
  delay.enable();
  let gcCount = 0;
  let gcTotalMs = 0;
  let gcMaxMs = 0;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      // The full GC forced before each memory report is not part of the run (it arrives late, in the next window).
      if (((entry as { detail?: { flags?: number } }).detail?.flags ?? 0) & constants.NODE_PERFORMANCE_GC_FLAGS_FORCED)
        continue;
      gcCount++;
      gcTotalMs += entry.duration;
      gcMaxMs = Math.max(gcMaxMs, entry.duration);
    }
  }).observe({ entryTypes: ['gc'] });
  return {
    take: () => {
      const report = {
        gcCount,
        gcTotalMs,
        gcMaxMs,
        loopDelayP99Ms: delay.percentile(99) / 1e6,
        loopDelayMaxMs: delay.max / 1e6,
      };
      delay.reset();
      gcCount = gcTotalMs = gcMaxMs = 0;
      return report;
    },
  };
}

/** `echo`: plain text back; `echo-rich`: replies shaped like the advisor's (see {@link richEcho}); `bot`: the advisor. */
const kind = process.argv[2] === 'echo' || process.argv[2] === 'echo-rich' ? process.argv[2] : 'bot';

/**
 * An echo in the shape of the advisor's usual answer: a markdown paragraph of about 300 characters
 * and three suggested actions. What the framework costs to deliver such a reply (the connector's
 * serializer walks every field of every action) is then on the floor's side of the comparison.
 */
function richEcho(text: string): Partial<Activity> {
  const extra = process.env.RICH_EXTRA ?? '';
  const paragraph = `${extra}You said: **${text}**\n\n- The advisor answers from one article about PACS certificate programs.\n- It names the school, the figure and its unit, and where the article is silent it says so.\n\n*Source: the article.*`;
  return {
    ...MessageFactory.suggestedActions(['How much is it?', 'Is it online?', 'How long does it take?'], paragraph),
    textFormat: 'markdown',
  };
}
const storage = process.argv[3] ?? 'sqlite';

/**
 * The bare floor on the bot's own stack: restify + the same body handling, adapter, authentication
 * and endpoint handling + an ActivityHandler that echoes.
 */
function echoServer(rich: boolean): restify.Server {
  const adapter = new ChannelAdapter(
    createBotAuthentication(parseConfig({}).credentials),
    parseConfig({}).channelTimeoutMs,
  );
  const logger = createLogger('warn');
  const bot = new ActivityHandler();
  bot.onMessage(async (context, next) => {
    const text = context.activity.text ?? '';
    await context.sendActivity(rich ? richEcho(text) : `echo: ${text}`);
    await next();
  });
  const server = restify.createServer({ name: 'echo' });
  server.pre(refuseUnreadableBodies);
  server.use(restify.plugins.bodyReader({ maxBodySize: 64 * 1024 }));
  server.use(restify.plugins.jsonBodyParser({ mapParams: false, bodyReader: true }));
  server.post('/api/messages', async (req: Request, res: Response) => {
    await processMessages(adapter, req, res, (context) => bot.run(context), logger);
  });
  return server;
}

async function main(): Promise<void> {
  let url: string;
  if (kind !== 'bot') {
    url = (await listen(echoServer(kind === 'echo-rich'), 0, '127.0.0.1')).url;
  } else {
    // The Direct Line's per-IP rate limits are for the public; here every student shares 127.0.0.1.
    const env = {
      LOG_LEVEL: 'warn',
      STORAGE: storage,
      DATA_DIR: process.env.LOADTEST_DATA_DIR ?? mkdtempSync(join(tmpdir(), 'loadtest-')),
      REDIS_URL: process.env.LOADTEST_REDIS_URL ?? '',
      DIRECT_LINE_TOKEN_SECRET: process.env.DIRECT_LINE_TOKEN_SECRET ?? '',
      RATE_LIMIT_CONVERSATIONS_PER_MINUTE: '100000',
      RATE_LIMIT_ACTIVITIES_PER_MINUTE: '100000',
      RATE_LIMIT_ACTIVITIES_PER_CONVERSATION_PER_MINUTE: '100000',
    };
    const app = createBot(parseConfig(env), { logger: createLogger('warn') });
    url = (await listen(createServer(app), 0, '127.0.0.1')).url;
  }
  const pauses = pauseWatch();
  process.on('message', (message: unknown) => {
    if (message !== 'mem') return;
    // Taken before the forced GC below, which is not part of the run.
    const window = pauses.take();
    const beforeGc = process.cpuUsage();
    (globalThis as { gc?: () => void }).gc?.();
    const { rss, heapUsed } = process.memoryUsage();
    const { user, system } = process.cpuUsage();
    process.send?.({
      rss,
      heapUsed,
      cpuMicros: user + system,
      cpuMicrosBeforeGc: beforeGc.user + beforeGc.system,
      pauses: window,
    } satisfies MemoryReport);
    pauses.take();
  });
  // The driver's exit closes the IPC channel: stop with it, never linger.
  process.on('disconnect', () => process.exit(0));
  process.on('SIGTERM', () => process.exit(0));
  console.log(JSON.stringify({ url }));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
