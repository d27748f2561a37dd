/**
 * Logs are JSON lines with request ids, at the configured level, and never contain what a student
 * wrote: checked by capturing pino's output during a conversation, including a failing turn.
 */
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/app/config.js';
import { createBot } from '../../src/app/createBot.js';
import { createLogger } from '../../src/platform/logger.js';
import { createServer, listen } from '../../src/app/server.js';
import { connectorStub, waitFor } from '../helpers/connectorStub.js';
import { FlakyStorage } from '../helpers/flakyStorage.js';
import { testBot } from '../helpers/testBot.js';

const SECRET_TEXT = 'my name is Zebulon Quackenbush and my SSN is 078-05-1120, how much is weber';

/** Runs a short conversation (one turn failing on storage) against a server logging at `level`; returns the log lines. */
async function conversationLogs(level: string): Promise<Array<Record<string, unknown>>> {
  const lines: string[] = [];
  const sink = new Writable({ write: (chunk: Buffer, _enc, done) => (lines.push(chunk.toString()), done()) });
  const shared = testBot();
  const storage = new FlakyStorage();
  const app = createBot(parseConfig({ LOG_LEVEL: level }), {
    logger: createLogger(level, sink),
    kb: shared.kb,
    recognizer: shared.recognizer,
    storage,
  });
  const stub = await connectorStub();
  const server = await listen(createServer(app), 0, '127.0.0.1');
  const requestIds: string[] = [];
  try {
    for (const [i, text] of [SECRET_TEXT, `and clarkson? ${SECRET_TEXT}`, SECRET_TEXT].entries()) {
      storage.failing = i === 1 ? 'all' : undefined;
      const res = await fetch(`${server.url}/api/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          type: 'message',
          id: `log-${i}`,
          text,
          channelId: 'emulator',
          serviceUrl: stub.url,
          conversation: { id: 'log-conv' },
          from: { id: 'u', name: 'Zebulon Quackenbush' },
          recipient: { id: 'b' },
        }),
      });
      requestIds.push(res.headers.get('x-request-id') ?? '');
      await waitFor(() => stub.received.find((r) => r.body.replyToId === `log-${i}`));
    }
    await fetch(`${server.url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ text: SECRET_TEXT }),
    });
  } finally {
    await server.close();
    await stub.close();
  }
  const parsed = lines
    .join('')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as Record<string, unknown>);
  return Object.assign(parsed, { requestIds });
}

describe('logs', () => {
  it("never contain the student's words or name, even at trace level and when a turn fails", async () => {
    const logs = await conversationLogs('trace');
    const all = JSON.stringify(logs);
    expect(logs.some((l) => l.msg === 'turn failed')).toBe(true);
    for (const fragment of ['Zebulon', 'Quackenbush', '078-05-1120', 'how much is weber', 'and clarkson'])
      expect(all).not.toContain(fragment);
  });

  it('are JSON lines carrying the request id of each request', async () => {
    const logs = (await conversationLogs('debug')) as Array<Record<string, unknown>> & { requestIds?: string[] };
    const ids = logs.requestIds ?? [];
    expect(ids).toHaveLength(3);
    for (const id of ids) expect(logs.some((l) => l.reqId === id)).toBe(true);
    // The failing second turn's error line names that request.
    expect(logs.find((l) => l.msg === 'turn failed')?.reqId).toBe(ids[1]);
    expect(logs.every((l) => typeof l.level === 'number' && typeof l.time === 'number')).toBe(true);
  });

  it('follow the configured level', async () => {
    const warn = await conversationLogs('warn');
    expect(warn.every((l) => (l.level as number) >= 40)).toBe(true);
    expect(warn.some((l) => l.msg === 'turn failed')).toBe(true);
    expect(await conversationLogs('silent')).toHaveLength(0);
    expect(parseConfig({ LOG_LEVEL: 'debug' }).logLevel).toBe('debug');
    expect(() => parseConfig({ LOG_LEVEL: 'loud' })).toThrow(/LOG_LEVEL must be one of/);
  });
});
