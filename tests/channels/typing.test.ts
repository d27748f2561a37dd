/**
 * The typing indicator, end to end: a slow turn through the real server shows "typing…" before its
 * answer arrives at the (stubbed) Teams connector.
 */
import { createServer as createHttpServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { MemoryStorage, TestAdapter, TurnContext, type Activity, type StoreItems } from 'botbuilder';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TYPING_DELAY_MS, TypingIndicator } from '../../src/channels/typing.js';
import { parseConfig } from '../../src/config.js';
import { createBot, type BotApp } from '../../src/createBot.js';
import { createLogger, type Logger } from '../../src/logger.js';
import { createServer, listen, type RunningServer } from '../../src/server.js';
import { teamsMessage } from '../helpers/teamsActivity.js';

/** State that takes its time, like a remote store under load. */
class SlowStorage extends MemoryStorage {
  override async read(keys: string[]): Promise<StoreItems> {
    await new Promise((r) => setTimeout(r, TYPING_DELAY_MS + 400));
    return super.read(keys);
  }
}

describe('typing indicator', () => {
  let app: BotApp;
  let bot: RunningServer;
  let connector: Server;
  let connectorUrl = '';
  const received: Array<{ type: string; text?: string }> = [];

  beforeAll(async () => {
    connector = createHttpServer((req, res) => {
      let data = '';
      req.on('data', (c: Buffer) => (data += c.toString()));
      req.on('end', () => {
        if (req.method === 'POST') received.push(JSON.parse(data) as { type: string; text?: string });
        // restify patches ServerResponse.prototype in this process, so writeHead is not chainable here.
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ id: `r${received.length}` }));
      });
    });
    await new Promise<void>((r) => connector.listen(0, '127.0.0.1', () => r()));
    connectorUrl = `http://127.0.0.1:${(connector.address() as AddressInfo).port}`;
    app = createBot(parseConfig({ LOG_LEVEL: 'silent' }), { logger: createLogger('silent'), storage: new SlowStorage() });
    bot = await listen(createServer(app), 0, '127.0.0.1');
  });

  afterAll(async () => {
    await bot.close();
    await app.close();
    await new Promise((r) => connector.close(r));
  });

  it('shows "typing…" in Teams before a slow answer', async () => {
    const res = await fetch(`${bot.url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ ...teamsMessage('personal', 'how much is weber state'), id: 'm1', serviceUrl: connectorUrl, timestamp: new Date().toISOString() }),
    });
    expect(res.status).toBe(200);
    const types = received.map((a) => a.type);
    expect(types).toContain('typing');
    const answer = received.findIndex((a) => a.type === 'message' && /\$16,644/.test(a.text ?? ''));
    expect(answer).toBeGreaterThan(types.indexOf('typing'));
  });
});

describe('TypingIndicator', () => {
  const message = { type: 'message', text: 'hi', channelId: 'test', serviceUrl: 'http://127.0.0.1:1', conversation: { id: 'c' }, from: { id: 'u' }, recipient: { id: 'b' } } as Activity;
  const pause = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

  /** Runs one turn of `ms` through the middleware and returns the typing activities sent, then again after the turn. */
  async function turn(ms: number, failing = false): Promise<{ during: number; after: number; warnings: number }> {
    let typing = 0;
    let warnings = 0;
    const adapter = new TestAdapter(async () => undefined);
    adapter.sendActivities = async (_context, activities) => {
      if (failing) throw new Error('403 from the channel');
      typing += activities.filter((a) => a.type === 'typing').length;
      return activities.map(() => ({ id: 'x' }));
    };
    const logger = { ...createLogger('silent'), warn: () => void warnings++ } as unknown as Logger;
    const indicator = new TypingIndicator(logger, 30, 60, 5);
    await indicator.onTurn(new TurnContext(adapter, { ...message }), () => pause(ms));
    const during = typing;
    await pause(100);
    return { during, after: typing - during, warnings };
  }

  it('shows nothing for a quick answer', async () => {
    expect(await turn(5)).toMatchObject({ during: 0, after: 0 });
  });

  it('shows "typing…" once a turn runs past the delay, renews it, and stops when the turn ends', async () => {
    const { during, after } = await turn(300);
    expect(during).toBeGreaterThanOrEqual(2);
    expect(during).toBeLessThanOrEqual(6);
    expect(after).toBe(0);
  });

  it('logs a channel refusing the indicator instead of failing the turn', async () => {
    const { warnings } = await turn(60, true);
    expect(warnings).toBeGreaterThan(0);
  });
});
