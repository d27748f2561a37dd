/**
 * Calls to a channel are bounded in time: a channel that accepts the connection and never answers
 * fails the send after the configured timeout instead of holding the turn forever.
 */
import { createServer as createTcpServer, type AddressInfo, type Socket } from 'node:net';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/app/config.js';
import { createBot } from '../../src/app/createBot.js';
import { createLogger } from '../../src/platform/logger.js';
import { createServer, listen, type RunningServer } from '../../src/app/server.js';
import { testBot } from '../helpers/testBot.js';

describe('ChannelAdapter', () => {
  let server: RunningServer;
  const logs: string[] = [];
  const held: Socket[] = [];
  const hung = createTcpServer((socket) => held.push(socket));

  beforeAll(async () => {
    await new Promise<void>((r) => hung.listen(0, '127.0.0.1', () => r()));
    const shared = testBot();
    const sink = new Writable({ write: (chunk: Buffer, _enc, done) => (logs.push(chunk.toString()), done()) });
    const app = createBot(parseConfig({ STORAGE: 'memory', CHANNEL_TIMEOUT_MS: '300' }), {
      logger: createLogger('info', sink),
      kb: shared.kb,
      recognizer: shared.recognizer,
    });
    server = await listen(createServer(app), 0, '127.0.0.1');
  });

  afterAll(async () => {
    for (const s of held) s.destroy();
    hung.close();
    await server.close();
  });

  it('gives up on a channel that never answers after its timeout, and logs the failed turn', async () => {
    const started = Date.now();
    const res = await fetch(`${server.url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        type: 'message',
        id: 'h1',
        text: 'how much is weber',
        channelId: 'emulator',
        serviceUrl: `http://127.0.0.1:${(hung.address() as AddressInfo).port}`,
        conversation: { id: 'hung' },
        from: { id: 'u' },
        recipient: { id: 'b' },
      }),
    });
    expect(res.status).toBe(200);
    // The answer and then the apology each give up after 300 ms.
    expect(Date.now() - started).toBeLessThan(3000);
    expect(logs.join('')).toMatch(/"msg":"turn failed"/);
    expect(logs.join('')).toMatch(/could not send the error message/);
  });
});
