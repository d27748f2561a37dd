/**
 * The self-hosted Direct Line's guards, over HTTP and WebSocket: a token opens only its own
 * conversation, the CORS allow-list, rate limits (429 + Retry-After) and the message size limit (413).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { createServer, listen, type RunningServer } from '../../../src/app/server.js';
import { testBot } from '../../helpers/testBot.js';

interface Conversation {
  conversationId: string;
  token: string;
  streamUrl: string;
}

async function start(url: string, headers: Record<string, string> = {}): Promise<Conversation> {
  const res = await fetch(`${url}/v3/directline/conversations`, { method: 'POST', headers });
  expect(res.status).toBe(201);
  return (await res.json()) as Conversation;
}

function say(url: string, c: Conversation, body: unknown, token = c.token): Promise<Response> {
  return fetch(`${url}/v3/directline/conversations/${c.conversationId}/activities`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
}

/** Resolves with the HTTP status that refused the upgrade, or 101 when it opened. */
function upgradeStatus(streamUrl: string, headers: Record<string, string> = {}): Promise<number> {
  return new Promise((resolve) => {
    const ws = new WebSocket(streamUrl, { headers });
    ws.on('open', () => {
      ws.close();
      resolve(101);
    });
    ws.on('unexpected-response', (_req, res) => {
      resolve(res.statusCode ?? 0);
      ws.terminate();
    });
    ws.on('error', () => undefined);
  });
}

describe('self-hosted Direct Line guards', () => {
  let running: RunningServer;
  let url: string;

  beforeAll(async () => {
    const app = testBot({
      CORS_ORIGINS: 'https://www.college.edu',
      RATE_LIMIT_CONVERSATIONS_PER_MINUTE: '50',
      RATE_LIMIT_ACTIVITIES_PER_MINUTE: '50',
      DIRECT_LINE_MAX_ACTIVITY_BYTES: '2048',
    });
    running = await listen(createServer(app), 0, '127.0.0.1');
    url = running.url;
  });
  afterAll(async () => {
    await running.close();
  });

  it("refuses to read, post to or stream another conversation with a conversation's token", async () => {
    const a = await start(url);
    const b = await start(url);
    expect((await say(url, b, { type: 'message', text: 'hello' })).status).toBe(200);

    const read = await fetch(`${url}/v3/directline/conversations/${b.conversationId}/activities`, {
      headers: { authorization: `Bearer ${a.token}` },
    });
    expect(read.status).toBe(403);
    expect(JSON.stringify(await read.json())).not.toContain('hello');
    expect((await say(url, b, { type: 'message', text: 'x' }, a.token)).status).toBe(403);
    expect(
      (
        await fetch(`${url}/v3/directline/conversations/${b.conversationId}`, {
          headers: { authorization: `Bearer ${a.token}` },
        })
      ).status,
    ).toBe(403);
    expect(await upgradeStatus(b.streamUrl.replace(/t=[^&]+/, `t=${encodeURIComponent(a.token)}`))).toBe(403);
    expect(await upgradeStatus(b.streamUrl)).toBe(101);
  });

  it('reads its own conversation and rejects a missing or tampered token', async () => {
    const c = await start(url);
    await say(url, c, { type: 'message', text: 'What is PACS?' });
    const own = await fetch(`${url}/v3/directline/conversations/${c.conversationId}/activities?watermark=0`, {
      headers: { authorization: `Bearer ${c.token}` },
    });
    const group = (await own.json()) as {
      activities: Array<{ from: { role: string }; text?: string }>;
      watermark: string;
    };
    expect(group.activities.map((a) => a.from.role)).toEqual(['user', 'bot']);
    expect(group.watermark).toBe('2');

    expect((await fetch(`${url}/v3/directline/conversations/${c.conversationId}/activities`)).status).toBe(401);
    const [h, p, s] = c.token.split('.');
    const forged = `${h}.${p}.${s.slice(0, -2)}${s.endsWith('AA') ? 'BB' : 'AA'}`;
    expect((await say(url, c, { type: 'message', text: 'x' }, forged)).status).toBe(403);
  });

  it('refreshes a token for the same conversation', async () => {
    const c = await start(url);
    const res = await fetch(`${url}/v3/directline/tokens/refresh`, {
      method: 'POST',
      headers: { authorization: `Bearer ${c.token}` },
    });
    const refreshed = (await res.json()) as Conversation;
    expect(refreshed.conversationId).toBe(c.conversationId);
    expect((await say(url, c, { type: 'message', text: 'hi' }, refreshed.token)).status).toBe(200);
  });

  it('hands the page a token for a new conversation with the Direct Line address', async () => {
    const res = await fetch(`${url}/api/directline/token`, { method: 'POST' });
    const body = (await res.json()) as Conversation & { domain: string };
    expect(body.domain).toBe(`${url}/v3/directline`);
    const opened = await fetch(`${url}/v3/directline/conversations`, {
      method: 'POST',
      headers: { authorization: `Bearer ${body.token}` },
    });
    expect(((await opened.json()) as Conversation).conversationId).toBe(body.conversationId);
  });

  it('answers only allow-listed or same origins, and refuses others outright', async () => {
    const allowed = await fetch(`${url}/v3/directline/conversations`, {
      method: 'OPTIONS',
      headers: { origin: 'https://www.college.edu', 'access-control-request-method': 'POST' },
    });
    expect(allowed.status).toBe(204);
    expect(allowed.headers.get('access-control-allow-origin')).toBe('https://www.college.edu');
    expect(allowed.headers.get('access-control-allow-headers')).toContain('Authorization');

    const same = await start(url, { origin: url });
    expect(same.conversationId).not.toBe('');

    const foreign = await fetch(`${url}/v3/directline/conversations`, {
      method: 'POST',
      headers: { origin: 'https://evil.example' },
    });
    expect(foreign.status).toBe(403);
    expect(foreign.headers.get('access-control-allow-origin')).toBeNull();
    expect(await upgradeStatus(same.streamUrl, { origin: 'https://evil.example' })).toBe(403);
  });

  it('refuses more than a few open streams for one conversation, and accepts again once one closes', async () => {
    const c = await start(url);
    const sockets = await Promise.all(
      Array.from({ length: 4 }, async () => {
        const ws = new WebSocket(c.streamUrl);
        await new Promise((r) => ws.once('open', r));
        return ws;
      }),
    );
    expect(await upgradeStatus(c.streamUrl)).toBe(429);
    const closed = new Promise((r) => sockets[0].once('close', r));
    sockets[0].close();
    await closed;
    await new Promise((r) => setTimeout(r, 50));
    expect(await upgradeStatus(c.streamUrl)).toBe(101);
    for (const ws of sockets.slice(1)) ws.close();
  });

  it('rejects an activity over the size limit with 413 and a bad activity with 400', async () => {
    const c = await start(url);
    expect((await say(url, c, { type: 'message', text: 'x'.repeat(4000) })).status).toBe(413);
    expect((await say(url, c, { type: 'conversationUpdate' })).status).toBe(400);
    expect((await say(url, c, { type: 'message', text: 'ok' })).status).toBe(200);
  });
});

describe('self-hosted Direct Line rate limits', () => {
  let running: RunningServer;
  let first: Conversation;
  beforeAll(async () => {
    running = await listen(
      createServer(testBot({ RATE_LIMIT_CONVERSATIONS_PER_MINUTE: '3', RATE_LIMIT_ACTIVITIES_PER_MINUTE: '3' })),
      0,
      '127.0.0.1',
    );
    first = await start(running.url);
  });
  afterAll(async () => {
    await running.close();
  });

  it('limits new conversations per client with 429 and Retry-After', async () => {
    const statuses: number[] = [];
    let retryAfter: string | null = null;
    for (let i = 0; i < 3; i++) {
      const res = await fetch(`${running.url}/v3/directline/conversations`, { method: 'POST' });
      statuses.push(res.status);
      retryAfter = res.headers.get('retry-after');
    }
    expect(statuses).toEqual([201, 201, 429]);
    expect(Number(retryAfter)).toBeGreaterThan(0);
    expect(Number(retryAfter)).toBeLessThanOrEqual(60);
    expect((await fetch(`${running.url}/api/directline/token`, { method: 'POST' })).status).toBe(429);
  });

  it('limits posted activities per client with 429', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++)
      statuses.push((await say(running.url, first, { type: 'message', text: 'What is PACS?' })).status);
    expect(statuses).toEqual([200, 200, 200, 429]);
  });
});

describe('self-hosted Direct Line shutdown', () => {
  it('closes open streams so the server stops promptly', async () => {
    const running = await listen(createServer(testBot()), 0, '127.0.0.1');
    const c = await start(running.url);
    const ws = new WebSocket(c.streamUrl);
    await new Promise((r) => ws.once('open', r));
    const closed = new Promise((r) => ws.once('close', r));
    const started = Date.now();
    await running.close();
    await closed;
    expect(Date.now() - started).toBeLessThan(2000);
  });
});

describe('self-hosted Direct Line limits on a campus network', () => {
  let running: RunningServer;
  beforeAll(async () => {
    running = await listen(
      createServer(testBot({ RATE_LIMIT_ACTIVITIES_PER_CONVERSATION_PER_MINUTE: '2' })),
      0,
      '127.0.0.1',
    );
  });
  afterAll(async () => {
    await running.close();
  });

  it('lets a lab of 40 students behind one address start their conversations', async () => {
    const statuses = await Promise.all(
      Array.from(
        { length: 40 },
        async () => (await fetch(`${running.url}/v3/directline/conversations`, { method: 'POST' })).status,
      ),
    );
    expect(statuses.every((s) => s === 201)).toBe(true);
  });

  it('limits the messages of one conversation without holding back the others at the same address', async () => {
    const a = await start(running.url);
    const b = await start(running.url);
    const statuses: number[] = [];
    for (let i = 0; i < 3; i++)
      statuses.push((await say(running.url, a, { type: 'message', text: 'What is PACS?' })).status);
    expect(statuses).toEqual([200, 200, 429]);
    expect((await say(running.url, b, { type: 'message', text: 'What is PACS?' })).status).toBe(200);
  });
});
