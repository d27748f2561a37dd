/**
 * Plays the Bot Framework Emulator against the real server: a conversationUpdate, then a message,
 * with replies delivered to a local connector stub.
 */
import { createServer as createHttpServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/app/config.js';
import { createBot } from '../../src/app/createBot.js';
import { createLogger } from '../../src/platform/logger.js';
import { createServer, listen, type RunningServer } from '../../src/app/server.js';

interface Received {
  readonly path: string;
  readonly body: {
    type: string;
    text?: string;
    replyToId?: string;
    suggestedActions?: { actions: Array<{ title: string }> };
  };
}

/** A stand-in for the Emulator's connector service: records every activity the bot sends. */
function connectorStub(): Promise<{ server: Server; url: string; received: Received[] }> {
  const received: Received[] = [];
  const server = createHttpServer((req: IncomingMessage, res) => {
    let data = '';
    req.on('data', (c: Buffer) => (data += c.toString()));
    req.on('end', () => {
      if (req.method === 'POST' && /^\/v3\/conversations\/[^/]+\/activities(\/[^/]+)?$/.test(req.url ?? '')) {
        received.push({ path: req.url ?? '', body: JSON.parse(data) as Received['body'] });
        // restify patches ServerResponse.prototype in this process, so writeHead is not chainable here.
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ id: `r${received.length}` }));
      } else {
        res.writeHead(404);
        res.end();
      }
    });
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve({ server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, received }),
    ),
  );
}

async function waitFor<T>(probe: () => T | undefined, ms = 5000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const v = probe();
    if (v !== undefined) return v;
    if (Date.now() > end) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe('Emulator end to end', () => {
  let bot: RunningServer;
  let stub: Awaited<ReturnType<typeof connectorStub>>;
  const conversation = { id: 'abc|livechat' };
  const user = { id: 'user-1', name: 'Student' };
  const botAccount = { id: 'bot-1', name: 'PACS advisor' };

  beforeAll(async () => {
    stub = await connectorStub();
    const app = createBot(parseConfig({ LOG_LEVEL: 'silent', STORAGE: 'memory' }), {
      logger: createLogger(process.env.TEST_LOG ?? 'silent'),
    });
    bot = await listen(createServer(app), 0, '127.0.0.1');
  });

  afterAll(async () => {
    await bot.close();
    await new Promise((r) => stub.server.close(r));
  });

  const post = (activity: Record<string, unknown>): Promise<Response> =>
    fetch(`${bot.url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        channelId: 'emulator',
        serviceUrl: stub.url,
        conversation,
        from: user,
        recipient: botAccount,
        timestamp: new Date().toISOString(),
        ...activity,
      }),
    });

  it('answers the health check', async () => {
    const res = await fetch(`${bot.url}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok' });
  });

  it('welcomes once on conversationUpdate, then answers a question', async () => {
    const update = await post({ type: 'conversationUpdate', id: 'u1', membersAdded: [botAccount, user] });
    expect(update.status).toBeLessThan(300);
    const welcome = await waitFor(() => stub.received.find((r) => r.body.text?.startsWith('Welcome')));
    expect(welcome.path).toBe(`/v3/conversations/${encodeURIComponent(conversation.id)}/activities/u1`);

    const message = await post({ type: 'message', id: 'm1', text: 'How much does Clarkson College cost?' });
    expect(message.status).toBe(200);
    const answer = await waitFor(() => stub.received.find((r) => r.body.replyToId === 'm1'));
    expect(answer.body.text).toContain('$632** per credit');
    expect(answer.body.suggestedActions?.actions.length).toBeGreaterThan(0);
    expect(stub.received.filter((r) => r.body.text?.startsWith('Welcome'))).toHaveLength(1);
  });

  it('rejects malformed JSON with a 4xx, not a crash', async () => {
    const res = await fetch(`${bot.url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"type":',
    });
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(res.status).toBeLessThan(500);
    expect((await fetch(`${bot.url}/healthz`)).status).toBe(200);
  });
});
