/**
 * Faults: the state store failing (disk full, Redis down) and a channel refusing replies. The bot
 * apologises or logs, never crashes, and works again once the fault is gone.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/app/config.js';
import { createBot, type BotApp, type BotOverrides } from '../../src/app/createBot.js';
import { createLogger } from '../../src/platform/logger.js';
import { createServer, listen, type RunningServer } from '../../src/app/server.js';
import { SqliteStorage } from '../../src/storage/sqliteStorage.js';
import { connectorStub, waitFor, type ConnectorStub } from '../helpers/connectorStub.js';
import { FlakyStorage } from '../helpers/flakyStorage.js';
import { startRedis } from '../helpers/redisServer.js';
import { testBot } from '../helpers/testBot.js';

const APOLOGY = /Sorry, something went wrong on my side/;
const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

interface Harness {
  readonly app: BotApp;
  readonly stub: ConnectorStub;
  readonly logs: string[];
  /** Sends a message; resolves with the HTTP status and every reply to it once `replies` have arrived. */
  say(text: string, replies?: number): Promise<{ status: number; texts: string[] }>;
}

async function harness(env: Record<string, string>, overrides: BotOverrides = {}): Promise<Harness> {
  const shared = testBot();
  const logs: string[] = [];
  const sink = new Writable({ write: (chunk: Buffer, _enc, done) => (logs.push(chunk.toString()), done()) });
  const app = createBot(parseConfig({ LOG_LEVEL: 'info', ...env }), {
    logger: createLogger('info', sink),
    kb: shared.kb,
    recognizer: shared.recognizer,
    ...overrides,
  });
  const stub = await connectorStub();
  const server: RunningServer = await listen(createServer(app), 0, '127.0.0.1');
  cleanups.push(async () => {
    await server.close();
    await app.close();
    await stub.close();
  });
  let seq = 0;
  return {
    app,
    stub,
    logs,
    async say(text, replies = 1) {
      const id = `f-${++seq}`;
      const res = await fetch(`${server.url}/api/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          type: 'message',
          id,
          text,
          channelId: 'emulator',
          serviceUrl: stub.url,
          conversation: { id: 'fault-conv' },
          from: { id: 'u' },
          recipient: { id: 'b' },
        }),
      });
      const texts =
        replies === 0
          ? []
          : await waitFor(() => {
              const got = stub.received
                .filter((r) => r.body.replyToId === id && r.body.type === 'message')
                .map((r) => r.body.text ?? '');
              return got.length >= replies ? got : undefined;
            });
      return { status: res.status, texts };
    },
  };
}

describe('state store failures', () => {
  it('apologises while the SQLite store cannot be read or written (disk full), then carries on when it is back', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'faults-'));
    const storage = new FlakyStorage(
      new SqliteStorage({ file: join(dataDir, 'state.sqlite'), expiryMs: 86_400_000, purgeIntervalMs: 0 }),
    );
    const h = await harness({ STORAGE: 'memory' }, { storage });
    expect((await h.say('how much is weber')).texts[0]).toMatch(/Weber State/);

    storage.failing = 'all';
    const down = await h.say('and clarkson?');
    expect(down.status).toBe(200);
    expect(down.texts[0]).toMatch(APOLOGY);
    expect(storage.failures).toBeGreaterThan(0);

    storage.failing = 'write';
    const writeFails = await h.say('and clarkson?', 2);
    expect(writeFails.texts[1]).toMatch(APOLOGY);

    storage.failing = undefined;
    expect((await h.say('how much is clarkson college?')).texts[0]).toContain('$632');
    expect(h.logs.join('')).toMatch(/"msg":"turn failed"/);
  });

  it('apologises while Redis is down and recovers by itself when Redis is back on the same port', async () => {
    let redis = await startRedis();
    cleanups.push(() => redis.stop());
    const h = await harness({ REDIS_URL: redis.url });
    expect((await h.say('how much is weber')).texts[0]).toMatch(/Weber State/);

    await redis.stop();
    const started = Date.now();
    const down = await h.say('and clarkson?');
    expect(down.status).toBe(200);
    expect(down.texts[0]).toMatch(APOLOGY);
    expect(Date.now() - started).toBeLessThan(6000);

    redis = await startRedis(redis.port);
    // The client reconnects in the background (backoff up to 2 s); retry like a patient student.
    let answer = '';
    const deadline = Date.now() + 10_000;
    while (Date.now() < deadline) {
      answer = (await h.say('how much is clarkson college?')).texts[0] ?? '';
      if (!APOLOGY.test(answer)) break;
      await new Promise((r) => setTimeout(r, 200));
    }
    expect(answer).toContain('$632');
  });
});

describe('a channel refusing replies', () => {
  it('is logged, not fatal: the request completes and the next turn works once the channel accepts again', async () => {
    const h = await harness({ STORAGE: 'memory' });
    h.stub.failWith = 403; // a 5xx is retried by the connector client for about 10 s before the same outcome
    const refused = await h.say('how much is weber', 0);
    expect(refused.status).toBe(200);
    expect(h.logs.join('')).toMatch(/"msg":"turn failed"/);
    expect(h.logs.join('')).toMatch(/could not send the error message/);

    h.stub.failWith = undefined;
    expect((await h.say('how much is clarkson college?')).texts[0]).toContain('$632');
  });
});
