/**
 * Azure mode (DIRECT_LINE_SECRET set): the page gets a conversation token from /api/directline/token,
 * made by a local stand-in for the Direct Line service; the secret never reaches the browser.
 */
import { createServer as createHttpServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer, listen, type RunningServer } from '../../../src/app/server.js';
import { testBot } from '../../helpers/testBot.js';

const SECRET = 'azure-direct-line-secret-for-tests';

interface StubCall {
  readonly url: string;
  readonly authorization: string | undefined;
  readonly body: { user?: { id?: string } };
}

function directLineStub(status = 200): Promise<{ server: Server; url: string; calls: StubCall[] }> {
  const calls: StubCall[] = [];
  const server = createHttpServer((req: IncomingMessage, res) => {
    let data = '';
    req.on('data', (c: Buffer) => (data += c.toString()));
    req.on('end', () => {
      calls.push({
        url: req.url ?? '',
        authorization: req.headers.authorization,
        body: JSON.parse(data || '{}') as StubCall['body'],
      });
      // restify patches ServerResponse.prototype in this process, so writeHead is not chainable here.
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(
        status === 200
          ? JSON.stringify({ conversationId: 'azure-conv-1', token: 'azure-token-1', expires_in: 3600 })
          : '{}',
      );
    });
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve({ server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, calls }),
    ),
  );
}

describe('Azure Direct Line token exchange', () => {
  let stub: Awaited<ReturnType<typeof directLineStub>>;
  let running: RunningServer;

  beforeAll(async () => {
    stub = await directLineStub();
    running = await listen(
      createServer(testBot({ DIRECT_LINE_SECRET: SECRET, DIRECT_LINE_ENDPOINT: `${stub.url}/` })),
      0,
      '127.0.0.1',
    );
  });
  afterAll(async () => {
    await running.close();
    await new Promise((r) => stub.server.close(r));
  });

  it('exchanges the secret for a conversation token with a server-chosen user id', async () => {
    const res = await fetch(`${running.url}/api/directline/token`, {
      method: 'POST',
      headers: { origin: running.url },
    });
    expect(res.status).toBe(200);
    const text = await res.text();
    expect(JSON.parse(text)).toEqual({
      conversationId: 'azure-conv-1',
      token: 'azure-token-1',
      expires_in: 3600,
      domain: `${stub.url}/v3/directline`,
    });
    expect(text).not.toContain(SECRET);
    expect(stub.calls).toHaveLength(1);
    expect(stub.calls[0].url).toBe('/v3/directline/tokens/generate');
    expect(stub.calls[0].authorization).toBe(`Bearer ${SECRET}`);
    expect(stub.calls[0].body.user?.id).toMatch(/^dl_[0-9a-f]{18}$/);
  });

  it('does not serve the self-hosted Direct Line when Azure is configured', async () => {
    expect((await fetch(`${running.url}/v3/directline/conversations`, { method: 'POST' })).status).toBe(404);
  });
});

describe('Azure Direct Line token exchange failures', () => {
  it('answers 502 without details when the Direct Line service refuses', async () => {
    const stub = await directLineStub(403);
    const running = await listen(
      createServer(testBot({ DIRECT_LINE_SECRET: SECRET, DIRECT_LINE_ENDPOINT: stub.url })),
      0,
      '127.0.0.1',
    );
    try {
      const res = await fetch(`${running.url}/api/directline/token`, { method: 'POST' });
      expect(res.status).toBe(502);
      expect(await res.text()).not.toContain(SECRET);
    } finally {
      await running.close();
      await new Promise((r) => stub.server.close(r));
    }
  });
});
