/**
 * `npm run loadtest` itself, on a few hundred turns: every target answers without errors, the Bot
 * Framework targets deliver one reply per turn to the connector stub, and both floors are compared.
 * The real figures come from the full run (see docs/performance.md); this only keeps the tool working.
 */
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(__dirname, '..', '..');

interface Run {
  readonly target: string;
  readonly turns: number;
  readonly errors: number;
  readonly repliesPerTurn: number;
  readonly cpuMsPerTurn: number;
}

interface Report {
  readonly rounds: Run[][];
  readonly ratios: Array<{ readonly target: string; readonly floor: string; readonly cpuOverhead: number }>;
  readonly roundRatios: Array<{ readonly target: string; readonly floor: string; readonly perRound: number[] }>;
}

/** Runs the load test with `args` and returns its JSON report (it stops by itself: bounded turns). */
function loadtest(args: string[]): Promise<Report> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/loadtest.ts', ...args, '--json'], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.once('exit', (code) => {
      const json = out.split('\n').find((l) => l.startsWith('{'));
      if (code !== 0 || json === undefined) fail(new Error(`loadtest exited with ${code}: ${err.slice(-2000)}`));
      else done(JSON.parse(json) as Report);
    });
  });
}

describe('npm run loadtest', () => {
  it('drives the echo floors and the bot on loopback without errors and compares them', async () => {
    const report = await loadtest([
      '--turns',
      '120',
      '--warmup',
      '0',
      '--rounds',
      '2',
      '--concurrency',
      '8',
      '--target',
      'echo,echo-rich,bot,bot-unique,directline',
    ]);
    expect(report.rounds).toHaveLength(2);
    for (const runs of report.rounds) {
      expect(runs.map((r) => r.target)).toEqual(['echo', 'echo-rich', 'bot', 'bot-unique', 'directline']);
      for (const run of runs) {
        expect(run.turns).toBe(120);
        expect(run.errors).toBe(0);
        expect(run.cpuMsPerTurn).toBeGreaterThan(0);
      }
      // Replies go to the connector stub for /api/messages, into the conversation's queue for Direct Line.
      expect(runs.filter((r) => r.target !== 'directline').map((r) => r.repliesPerTurn)).toEqual([1, 1, 1, 1]);
    }
    expect(report.ratios.map((r) => `${r.target}/${r.floor}`)).toEqual([
      'bot/echo',
      'bot-unique/echo',
      'bot/echo-rich',
      'bot-unique/echo-rich',
    ]);
    // Round by round, each bot is compared with the floor of its own round.
    const cpu = (round: number, target: string): number =>
      report.rounds[round]?.find((r) => r.target === target)?.cpuMsPerTurn ?? NaN;
    for (const { target, floor, perRound } of report.roundRatios) {
      expect(perRound).toHaveLength(2);
      perRound.forEach((ratio, round) => expect(ratio).toBeCloseTo(cpu(round, target) / cpu(round, floor) - 1, 10));
    }
  }, 120_000);
});
