/**
 * The typing indicator, end to end: a slow turn through the real server shows "typing…" before its
 * answer arrives at the (stubbed) Teams connector; and on its own: it stops with the turn, and a
 * failing or late send is logged once, never thrown and never treated as a failed turn.
 */
import { createServer as createHttpServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { MemoryStorage, TestAdapter, type Activity, type StoreItems } from 'botbuilder';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TYPING_DELAY_MS, TypingMiddleware } from '../../src/bot/typing.js';
import { parseConfig } from '../../src/app/config.js';
import { createBot, type BotApp } from '../../src/app/createBot.js';
import { createLogger, type Logger } from '../../src/platform/logger.js';
import { createServer, listen, type RunningServer } from '../../src/app/server.js';
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
    app = createBot(parseConfig({ LOG_LEVEL: 'silent' }), {
      logger: createLogger('silent'),
      storage: new SlowStorage(),
    });
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
      body: JSON.stringify({
        ...teamsMessage('personal', 'how much is weber state'),
        id: 'm1',
        serviceUrl: connectorUrl,
        timestamp: new Date().toISOString(),
      }),
    });
    expect(res.status).toBe(200);
    const types = received.map((a) => a.type);
    expect(types).toContain('typing');
    const answer = received.findIndex((a) => a.type === 'message' && /\$16,644/.test(a.text ?? ''));
    expect(answer).toBeGreaterThan(types.indexOf('typing'));
  });
});

describe('TypingMiddleware', () => {
  const message = {
    type: 'message',
    text: 'hi',
    channelId: 'test',
    serviceUrl: 'http://127.0.0.1:1',
    conversation: { id: 'c' },
    from: { id: 'u' },
    recipient: { id: 'b' },
  } as Activity;
  const pause = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));
  const timings = { delayMs: 30, periodMs: 60, maxMs: 10_000 };

  interface Outcome {
    readonly during: number;
    readonly after: number;
    readonly warnings: number;
    readonly turnErrors: number;
    readonly unhandled: number;
  }

  /**
   * Runs one turn of `ms` through the middleware on a real adapter pipeline (which revokes the
   * context when the turn ends) and counts the typing activities sent during and after it.
   * `send` replaces the adapter's sending of typing activities.
   */
  async function turn(ms: number, send: () => Promise<void> = async () => undefined): Promise<Outcome> {
    let typing = 0;
    let warnings = 0;
    let turnErrors = 0;
    let unhandled = 0;
    const onUnhandled = (): void => void unhandled++;
    process.on('unhandledRejection', onUnhandled);
    const adapter = new TestAdapter(() => pause(ms));
    adapter.onTurnError = async () => void turnErrors++;
    adapter.sendActivities = async (context, activities) => {
      // As botbuilder's adapters do, read the turn's context before sending.
      void context.activity.conversation;
      typing += activities.filter((a) => a.type === 'typing').length;
      await send();
      return activities.map(() => ({ id: 'x' }));
    };
    const logger = { ...createLogger('silent'), warn: () => void warnings++ } as unknown as Logger;
    adapter.use(new TypingMiddleware(logger, timings));
    await adapter.processActivity({ ...message });
    const during = typing;
    await pause(150);
    process.off('unhandledRejection', onUnhandled);
    return { during, after: typing - during, warnings, turnErrors, unhandled };
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

  it('logs a channel refusing the indicator once, stops sending, and does not fail the turn', async () => {
    const outcome = await turn(300, async () => {
      throw new Error('403 from the channel');
    });
    expect(outcome).toMatchObject({ during: 1, warnings: 1, turnErrors: 0, unhandled: 0 });
  });

  it('logs a send that fails after its turn has ended without touching the ended turn', async () => {
    // The send is still waiting on the channel when the turn ends and botbuilder revokes its context.
    const outcome = await turn(50, async () => {
      await pause(80);
      throw new Error('ECONNREFUSED');
    });
    expect(outcome).toMatchObject({ during: 1, after: 0, warnings: 1, turnErrors: 0, unhandled: 0 });
  });

  it('gives up after its longest duration even if the turn goes on', async () => {
    // The turn lasts four times the longest duration; without giving up it would send about 40 indicators.
    // The longest duration leaves room for timers that fire late on a busy machine.
    const adapter = new TestAdapter(() => pause(800));
    let typing = 0;
    adapter.sendActivities = async (_context, activities) => (
      (typing += activities.length),
      activities.map(() => ({ id: 'x' }))
    );
    adapter.use(new TypingMiddleware(createLogger('silent'), { delayMs: 10, periodMs: 20, maxMs: 200 }));
    await adapter.processActivity({ ...message });
    expect(typing).toBeGreaterThanOrEqual(1);
    expect(typing).toBeLessThanOrEqual(11);
  });
});
