/**
 * Errors nobody caught: a stray rejected promise is logged with the request it belonged to and the
 * process serves on; an uncaught exception is logged and asks, once, for a clean exit.
 */
import { Writable } from 'node:stream';
import type { Request, Response } from 'restify';
import { describe, expect, it } from 'vitest';
import { createLogger } from '../../src/platform/logger.js';
import { processErrorHandlers, trackRequestId } from '../../src/security/processGuards.js';

function capture(): { logs: string[]; logger: ReturnType<typeof createLogger> } {
  const logs: string[] = [];
  const sink = new Writable({ write: (chunk: Buffer, _enc, done) => (logs.push(chunk.toString()), done()) });
  return { logs, logger: createLogger('info', sink) };
}

const request = (id: string): Request => ({ getId: () => id }) as unknown as Request;

describe('process error handlers', () => {
  it('log a stray rejection with the id of the request whose work it was, long after the request started, and do not exit', async () => {
    const { logs, logger } = capture();
    let exits = 0;
    const handlers = processErrorHandlers(logger, () => void exits++);
    await new Promise<void>((done) =>
      trackRequestId(request('req-42'), {} as Response, () => {
        setTimeout(() => (handlers.onRejection(new Error('typing failed late')), done()), 5);
      }),
    );
    await new Promise((r) => setImmediate(r));
    const entry = JSON.parse(logs[0] ?? '{}') as { reqId?: string; msg?: string; err?: { message?: string } };
    expect(entry).toMatchObject({
      reqId: 'req-42',
      msg: 'unhandled promise rejection; still serving',
      err: { message: 'typing failed late' },
    });
    expect(exits).toBe(0);
  });

  it('log an uncaught exception and ask for a clean exit once, however many follow', async () => {
    const { logs, logger } = capture();
    const reasons: string[] = [];
    const handlers = processErrorHandlers(logger, (reason) => void reasons.push(reason));
    handlers.onException(new Error('first'));
    handlers.onException(new Error('second'));
    await new Promise((r) => setImmediate(r));
    expect(reasons).toEqual(['uncaughtException']);
    expect(logs.filter((l) => l.includes('uncaught exception; shutting down for a restart'))).toHaveLength(2);
  });
});
