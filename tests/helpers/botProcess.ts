/**
 * The real entry point (`src/app/index.ts`) in a child process, for tests where a crash must be
 * observable: a crash inside the test process would take vitest down with it.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { waitFor } from './connectorStub.js';

const ROOT = resolve(__dirname, '..', '..');

/** A running bot process. */
export interface BotProcess {
  readonly url: string;
  readonly child: ChildProcess;
  /** Its own temp directory (TMPDIR), empty at start. */
  readonly tmpDir: string;
  /** Everything it wrote to stdout and stderr so far. */
  output(): string;
  /** Whether it is still running. */
  alive(): boolean;
  /** Its heap in use after a full garbage collection, in bytes. */
  heapUsed(): Promise<number>;
  /** Stops it (SIGKILL if SIGTERM is not enough) and waits for the exit. */
  stop(): Promise<void>;
}

/** Starts `src/app/index.ts` on 127.0.0.1 with a free port, SQLite in a fresh folder, and `env` on top. */
export async function startBotProcess(env: Record<string, string> = {}): Promise<BotProcess> {
  const tmpDir = mkdtempSync(join(tmpdir(), 'bot-tmp-'));
  const child = spawn(
    process.execPath,
    ['--expose-gc', '--import', 'tsx', '--import', './tests/helpers/heapProbe.mjs', 'src/app/index.ts'],
    {
      cwd: ROOT,
      env: {
        ...process.env,
        PORT: '0',
        HOST: '127.0.0.1',
        LOG_LEVEL: 'info',
        STORAGE: 'sqlite',
        DATA_DIR: mkdtempSync(join(tmpdir(), 'bot-data-')),
        TMPDIR: tmpDir,
        ...env,
      },
      stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
    },
  );
  let out = '';
  let exited = false;
  child.stdout?.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (out += d.toString()));
  child.once('exit', () => (exited = true));
  const url = await waitFor(() => (exited ? 'exited' : /"url":"(http:\/\/127\.0\.0\.1:\d+)"/.exec(out)?.[1]), 60_000);
  if (url === 'exited') throw new Error(`the bot process exited at start:\n${out.slice(-2000)}`);
  return {
    url,
    child,
    tmpDir,
    output: () => out,
    alive: () => !exited,
    heapUsed: () =>
      new Promise((done, fail) => {
        const timer = setTimeout(() => fail(new Error('no heap report')), 10_000);
        child.once('message', (m: { heapUsed: number }) => (clearTimeout(timer), done(m.heapUsed)));
        child.send('heap');
      }),
    stop: async () => {
      if (exited) return;
      const gone = new Promise<void>((done) => child.once('exit', () => done()));
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
      await gone;
      clearTimeout(timer);
    },
  };
}
