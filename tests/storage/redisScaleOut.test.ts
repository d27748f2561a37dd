/**
 * Two bot instances behind one Redis: a conversation's turns alternate between them over HTTP and
 * the context (last program asked about, a pending "Which program?" choice) carries over.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config.js';
import { createBot, type BotApp } from '../../src/createBot.js';
import { RedisStorage } from '../../src/storage/redisStorage.js';
import { createServer, listen, type RunningServer } from '../../src/server.js';
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
      const app = createBot(parseConfig({ LOG_LEVEL: 'silent', REDIS_URL: redis.url }), { logger: shared.logger, kb: shared.kb, recognizer: shared.recognizer });
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
      body: JSON.stringify({ type: 'message', id, text, channelId: 'emulator', serviceUrl: stub.url, conversation: { id: conversationId }, from: { id: 'student' }, recipient: { id: 'bot' } }),
    });
    expect(res.status).toBe(200);
    const reply = await waitFor(() => stub.received.find((r) => r.body.replyToId === id));
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

  it('keeps conversations apart', async () => {
    expect(await say(0, 'conv-x', 'tell me about the program')).toMatch(/Which program/);
    expect(await say(1, 'conv-y', 'the third one')).not.toContain('Weber State University');
  });
});
