/**
 * SIGTERM lets in-flight turns finish, then the process exits 0: the real entry point runs as a
 * child process, a turn is kept in flight by a slow channel, and the signal arrives meanwhile.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { connectorStub, waitFor, type ConnectorStub } from '../helpers/connectorStub.js';

const ROOT = resolve(__dirname, '..', '..');

describe('graceful shutdown', () => {
  let child: ChildProcess | undefined;
  let stub: ConnectorStub | undefined;

  afterAll(async () => {
    if (child && child.exitCode === null) child.kill('SIGKILL');
    await stub?.close();
  });

  it('finishes the in-flight turn after SIGTERM, then exits 0', async () => {
    stub = await connectorStub();
    const dataDir = mkdtempSync(join(tmpdir(), 'shutdown-'));
    const proc = spawn(process.execPath, ['--import', 'tsx', 'src/app/index.ts'], {
      cwd: ROOT,
      env: { ...process.env, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'info', DATA_DIR: dataDir, STORAGE: 'sqlite' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child = proc;
    const exited = new Promise<number | null>((done) => proc.once('exit', (code) => done(code)));
    let out = '';
    proc.stdout?.on('data', (d: Buffer) => (out += d.toString()));
    proc.stderr?.on('data', (d: Buffer) => (out += d.toString()));
    const url = await waitFor(() => /"url":"(http:\/\/127\.0\.0\.1:\d+)"/.exec(out)?.[1], 30_000);

    stub.delayMs = 1500;
    const pending = fetch(`${url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        type: 'message',
        id: 'slow-1',
        text: 'how much is weber',
        channelId: 'emulator',
        serviceUrl: stub.url,
        conversation: { id: 'sigterm' },
        from: { id: 'u' },
        recipient: { id: 'b' },
      }),
    });
    await waitFor(() => (stub && stub.inFlight > 0 ? true : undefined), 10_000);
    proc.kill('SIGTERM');

    const res = await pending;
    expect(res.status).toBe(200);
    expect(stub.received.find((r) => r.body.replyToId === 'slow-1')?.body.text).toMatch(/Weber State/);
    expect(await exited).toBe(0);
    expect(out).toMatch(/"msg":"shutting down"/);
    await expect(fetch(`${url}/healthz`)).rejects.toThrow();
  }, 60_000);
});
