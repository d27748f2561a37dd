/**
 * The Microsoft 365 Agents Playground as a real Teams client: scripts/playground-check.ts starts
 * the bot and the playground, drives the playground's page in headless Chromium, checks that no
 * welcome comes on install, asks two questions in the personal chat and saves screenshots in reports/.
 * @remarks The playground probes a cloud metadata address at start-up, so the whole check runs in
 * a network namespace with only loopback (`unshare -n`): nothing can leave the machine. That needs
 * root (CI runs as root) or unprivileged user namespaces (`unshare -r -n`), plus `unshare` and `ip`
 * (util-linux, iproute2), and Chromium at /usr/bin/chromium (.ci/run installs it).
 */
import { spawn } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/platform/paths.js';

const SCREENSHOTS = [
  'teams-playground-0-no-welcome.png',
  'teams-playground-1-weber-tuition.png',
  'teams-playground-2-clarkson-follow-up.png',
  'teams-playground-2b-feedback.png',
  'teams-playground-3-suggested-action.png',
  'teams-playground-4-group-chat-mention.png',
];

/** Runs a command, resolving with its exit code and everything it printed. */
function run(
  command: string,
  args: readonly string[],
  timeoutMs: number,
): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(command, [...args], { cwd: PROJECT_ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (c: Buffer) => (output += c.toString()));
    child.stderr.on('data', (c: Buffer) => (output += c.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.once('close', (code) => {
      clearTimeout(timer);
      resolve({ code, output });
    });
  });
}

describe('Microsoft 365 Agents Playground', () => {
  it(
    'sends no welcome on install, then answers two questions, takes a 👍 and answers a pressed suggestion in the personal chat, and an @mention in a group chat, offline',
    { timeout: 150_000 },
    async () => {
      const started = Date.now();
      const inner = 'ip link set lo up && exec node node_modules/tsx/dist/cli.mjs scripts/playground-check.ts';
      // Root (CI) gets a plain network namespace; other users map themselves to root in a user namespace first.
      const namespace = process.getuid?.() === 0 ? ['-n'] : ['-r', '-n'];
      const { code, output } = await run('unshare', [...namespace, 'bash', '-c', inner], 140_000);
      expect(output, output).toContain('PLAYGROUND CHECK PASSED');
      expect(code, output).toBe(0);
      for (const shot of SCREENSHOTS) {
        const file = join(PROJECT_ROOT, 'reports', shot);
        expect(existsSync(file), `${shot} saved`).toBe(true);
        expect(statSync(file).mtimeMs).toBeGreaterThanOrEqual(started - 1000);
      }
    },
  );
});
