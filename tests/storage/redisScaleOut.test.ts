/**
 * Two bot instances behind one Redis: a conversation's turns alternate between them over HTTP and
 * the context (last program asked about, a pending "Which program?" choice) carries over.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { parseConfig } from '../../src/app/config.js';
import { createBot, type BotApp } from '../../src/app/createBot.js';
import { RedisStorage } from '../../src/storage/redisStorage.js';
import { createServer, listen, type RunningServer } from '../../src/app/server.js';
import { connectorStub, waitFor, type ConnectorStub } from '../helpers/connectorStub.js';
import { startRedis, type TestRedis } from '../helpers/redisServer.js';
import { testBot } from '../helpers/testBot.js';

describe('scale-out on Redis', () => {
  let redis: TestRedis;
  let stub: ConnectorStub;
  const apps: BotApp[] = [];
  const servers: RunningServer[] = [];
  let seq = 0;

  beforeAll(async () => {
    redis = await startRedis();
    stub = await connectorStub();
    const shared = testBot();
    for (let i = 0; i < 2; i++) {
      const env = {
        LOG_LEVEL: 'silent',
        REDIS_URL: redis.url,
        DIRECT_LINE_TOKEN_SECRET: 'a-shared-secret-of-at-least-32-characters',
        RATE_LIMIT_ACTIVITIES_PER_MINUTE: '1000',
      };
      const app = createBot(parseConfig(env), { logger: shared.logger, kb: shared.kb, recognizer: shared.recognizer });
      apps.push(app);
      servers.push(await listen(createServer(app), 0, '127.0.0.1'));
    }
  });

  afterAll(async () => {
    for (const s of servers) await s.close();
    for (const a of apps) await a.close();
    await stub.close();
    await redis.stop();
  });

  /** Sends one message to instance `i` and returns the bot's first reply to it. */
  async function say(i: number, conversationId: string, text: string): Promise<string> {
    const id = `m${++seq}`;
    const res = await fetch(`${servers[i]?.url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        type: 'message',
        id,
        text,
        channelId: 'emulator',
        serviceUrl: stub.url,
        conversation: { id: conversationId },
        from: { id: 'student' },
        recipient: { id: 'bot' },
      }),
    });
    expect(res.status).toBe(200);
    const reply = await waitFor(() => stub.received.find((r) => r.body.replyToId === id && r.body.type === 'message'));
    return reply.body.text ?? '';
  }

  it('keeps state in Redis when REDIS_URL is set', () => {
    expect(apps[0]?.storage).toBeInstanceOf(RedisStorage);
  });

  it('answers a follow-up on instance B about the program asked about on instance A', async () => {
    expect(await say(0, 'conv-follow-up', 'how much is weber')).toMatch(/Weber State/);
    const onB = await say(1, 'conv-follow-up', 'and clarkson?');
    expect(onB).toContain('Clarkson');
    expect(onB).toContain('$632');
  });

  it('continues a "Which program?" choice started on A when the answer reaches B, and back again', async () => {
    expect(await say(0, 'conv-choice', 'tell me about the program')).toMatch(/Which program/);
    expect(await say(1, 'conv-choice', 'the third one')).toContain('Weber State University');
    expect(await say(0, 'conv-choice', 'how much is it?')).toContain('$6,228');
  });

  it('never silently overwrites: of two overlapping turns of one conversation on A and B, the later save fails and says so', async () => {
    // The conversation exists already (a brand-new conversation's first save has no eTag to check).
    await say(0, 'conv-race', 'hello');
    // A slow channel keeps both turns in flight, so both read the same state before either saves.
    stub.delayMs = 300;
    try {
      const ids = [`race-a-${++seq}`, `race-b-${++seq}`];
      const send = (i: number, id: string, text: string): Promise<Response> =>
        fetch(`${servers[i]?.url}/api/messages`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({
            type: 'message',
            id,
            text,
            channelId: 'emulator',
            serviceUrl: stub.url,
            conversation: { id: 'conv-race' },
            from: { id: 'student' },
            recipient: { id: 'bot' },
          }),
        });
      const statuses = await Promise.all([
        send(0, ids[0] ?? '', 'how much is weber'),
        send(1, ids[1] ?? '', 'how much is clarkson college'),
      ]);
      expect(statuses.map((r) => r.status)).toEqual([200, 200]);
      const crossed = stub.received.filter(
        (r) => ids.includes(r.body.replyToId ?? '') && /arrived at once/.test(r.body.text ?? ''),
      );
      expect(crossed).toHaveLength(1);
    } finally {
      stub.delayMs = 0;
    }
  });

  it('keeps conversations apart', async () => {
    expect(await say(0, 'conv-x', 'tell me about the program')).toMatch(/Which program/);
    expect(await say(1, 'conv-y', 'the third one')).not.toContain('Weber State University');
  });

  describe('self-hosted Direct Line', () => {
    interface Conversation {
      conversationId: string;
      token: string;
      streamUrl: string;
    }
    interface Group {
      activities: Array<{ type: string; text?: string; from: { id: string; role?: string } }>;
      watermark?: string;
    }
    const dl = (i: number, path: string, token: string, body?: unknown): Promise<Response> =>
      fetch(`${servers[i]?.url}/v3/directline/conversations${path}`, {
        method: body === undefined ? 'GET' : 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
    const botTexts = async (i: number, c: Conversation): Promise<string[]> => {
      const group = (await (await dl(i, `/${c.conversationId}/activities`, c.token)).json()) as Group;
      return group.activities
        .filter((a) => a.type === 'message' && a.from.id !== 'user' && a.from.role !== 'user')
        .map((a) => a.text ?? '');
    };

    it('carries a widget conversation across instances: started on A, asked on B, followed up on A', async () => {
      const start = await fetch(`${servers[0]?.url}/v3/directline/conversations`, { method: 'POST' });
      expect(start.status).toBe(201);
      const c = (await start.json()) as Conversation;
      expect(
        (
          await dl(1, `/${c.conversationId}/activities`, c.token, {
            type: 'message',
            from: { id: 'user' },
            text: 'how much is weber',
          })
        ).status,
      ).toBe(200);
      const afterB = await pollFor(
        () => botTexts(0, c),
        (texts) => texts.some((t) => /Weber State/.test(t)),
      );
      expect(afterB.some((t) => /Weber State/.test(t))).toBe(true);
      expect(
        (
          await dl(0, `/${c.conversationId}/activities`, c.token, {
            type: 'message',
            from: { id: 'user' },
            text: 'and clarkson?',
          })
        ).status,
      ).toBe(200);
      const afterA = await pollFor(
        () => botTexts(1, c),
        (texts) => texts.some((t) => t.includes('$632')),
      );
      expect(afterA.some((t) => t.includes('$632'))).toBe(true);
    });

    it('streams to a WebSocket on A the reply to a message posted on B', async () => {
      const c = (await (
        await fetch(`${servers[0]?.url}/v3/directline/conversations`, { method: 'POST' })
      ).json()) as Conversation;
      const ws = new WebSocket(c.streamUrl.replace(/^wss?:\/\/[^/]+/, servers[0]?.url.replace(/^http/, 'ws') ?? ''), {
        headers: { authorization: `Bearer ${c.token}` },
      });
      const texts: string[] = [];
      ws.on('message', (data: Buffer) => {
        if (data.length === 0) return;
        const group = JSON.parse(data.toString()) as Group;
        for (const a of group.activities) if (a.text) texts.push(a.text);
      });
      await new Promise<void>((resolve, reject) => (ws.once('open', () => resolve()), ws.once('error', reject)));
      expect(
        (
          await dl(1, `/${c.conversationId}/activities`, c.token, {
            type: 'message',
            from: { id: 'user' },
            text: 'where is clarkson college',
          })
        ).status,
      ).toBe(200);
      await waitFor(() => (texts.some((t) => t.includes('Omaha')) ? true : undefined));
      ws.close();
    });
  });
});

/** Calls `probe` until `done` accepts its result (or 5 s pass) and returns the last result. */
async function pollFor<T>(probe: () => Promise<T>, done: (value: T) => boolean): Promise<T> {
  const end = Date.now() + 5000;
  for (;;) {
    const value = await probe();
    if (done(value) || Date.now() > end) return value;
    await new Promise((r) => setTimeout(r, 25));
  }
}
