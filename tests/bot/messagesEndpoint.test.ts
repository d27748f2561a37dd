/**
 * The Bot Framework endpoint: activities go through botbuilder's `CloudAdapter.process`, and
 * failures outside the bot answer without internals.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/app/config.js';
import { createBot, type BotApp } from '../../src/app/createBot.js';
import { createLogger } from '../../src/platform/logger.js';
import { createServer, listen, type RunningServer } from '../../src/app/server.js';
import { connectorStub, type ConnectorStub } from '../helpers/connectorStub.js';

describe('/api/messages', () => {
  let app: BotApp;
  let server: RunningServer;
  let stub: ConnectorStub;

  beforeAll(async () => {
    stub = await connectorStub();
    app = createBot(parseConfig({ LOG_LEVEL: 'silent', STORAGE: 'memory' }), { logger: createLogger('silent') });
    server = await listen(createServer(app), 0, '127.0.0.1');
  });

  afterAll(async () => {
    await server.close();
    await stub.close();
  });

  const post = (id: string, text: string, conversation = 'reuse-1'): Promise<Response> =>
    fetch(`${server.url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        type: 'message',
        id,
        text,
        channelId: 'emulator',
        serviceUrl: stub.url,
        conversation: { id: conversation },
        from: { id: 'student' },
        recipient: { id: 'bot' },
        timestamp: new Date().toISOString(),
      }),
    });

  it('answers every turn, replying to the message it answers, with the timestamp the channel sent read as a date', async () => {
    const stamps: unknown[] = [];
    app.adapter.use({ onTurn: async (context, next) => (stamps.push(context.activity.timestamp), next()) });
    expect((await post('m1', 'How much is Clarkson?')).status).toBe(200);
    expect((await post('m2', 'and Weber State?')).status).toBe(200);
    expect((await post('m3', 'what is pacs', 'reuse-2')).status).toBe(200);
    expect(stub.received.find((r) => r.body.replyToId === 'm1')?.body.text).toContain('$632');
    expect(stub.received.find((r) => r.body.replyToId === 'm2')?.body.text).toContain('$6,228');
    expect(stub.received.find((r) => r.body.replyToId === 'm3')?.body.text).toMatch(/PACS/);
    expect(stamps.every((stamp) => stamp instanceof Date)).toBe(true);
  });

  it('answers a failure outside the bot with a generic 500 that names the request, not the error', async () => {
    const original = app.bot.run.bind(app.bot);
    // A failure that escapes the turn error handler (e.g. a broken adapter) reaches the endpoint.
    app.adapter.onTurnError = async () => {
      throw new Error('secret internals at /srv/bot/node_modules/x.js');
    };
    (app.bot as { run: unknown }).run = async () => {
      throw new Error('boom');
    };
    try {
      const res = await post('m4', 'hello', 'broken');
      expect(res.status).toBe(500);
      const body = (await res.json()) as { code: string; requestId: string };
      expect(body.code).toBe('Internal');
      expect(body.requestId).toBe(res.headers.get('x-request-id'));
      expect(JSON.stringify(body)).not.toMatch(/secret|node_modules|boom/);
    } finally {
      (app.bot as { run: unknown }).run = original;
    }
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
  });
});
