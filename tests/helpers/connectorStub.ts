/** A stand-in for a channel's connector service: records every activity the bot sends to it. */
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** An activity the bot sent, as the connector received it. */
export interface ReceivedActivity {
  readonly path: string;
  readonly body: {
    type: string;
    text?: string;
    replyToId?: string;
    conversation?: { id: string };
    suggestedActions?: { actions: Array<{ title: string }> };
  };
}

/** A running connector stub. */
export interface ConnectorStub {
  readonly server: Server;
  readonly url: string;
  readonly received: ReceivedActivity[];
  /** When set, replies get this status instead of 200 (to simulate a failing channel). */
  failWith: number | undefined;
  /** Delay before answering each reply, in ms (to simulate a slow channel and keep turns in flight). */
  delayMs: number;
  /** Replies received but not answered yet. */
  readonly inFlight: number;
  close(): Promise<void>;
}

/** Starts a connector stub on 127.0.0.1 with a free port. */
export function connectorStub(): Promise<ConnectorStub> {
  const received: ReceivedActivity[] = [];
  const stub: { failWith: number | undefined; delayMs: number; inFlight: number } = {
    failWith: undefined,
    delayMs: 0,
    inFlight: 0,
  };
  const server = createServer((req: IncomingMessage, res) => {
    let data = '';
    req.on('data', (c: Buffer) => (data += c.toString()));
    req.on('end', () => {
      stub.inFlight++;
      setTimeout(() => (stub.inFlight--, answer()), stub.delayMs);
    });
    const answer = (): void => {
      const isReply = req.method === 'POST' && /^\/v3\/conversations\/[^/]+\/activities(\/[^/]+)?$/.test(req.url ?? '');
      if (isReply && stub.failWith !== undefined) {
        res.writeHead(stub.failWith, { 'content-type': 'application/json' });
        res.end('{"error":{"code":"Refused","message":"refused by the stub"}}');
      } else if (isReply) {
        received.push({ path: req.url ?? '', body: JSON.parse(data) as ReceivedActivity['body'] });
        // restify patches ServerResponse.prototype in this process, so writeHead is not chainable here.
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ id: `r${received.length}` }));
      } else {
        res.writeHead(404);
        res.end();
      }
    };
  });
  server.keepAliveTimeout = 1000;
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => {
      const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      resolve(
        Object.assign(stub, {
          server,
          url,
          received,
          close: () => new Promise<void>((done) => (server.closeAllConnections(), server.close(() => done()))),
        }),
      );
    }),
  );
}

/** Polls `probe` until it returns a value, or fails after `ms`. */
export async function waitFor<T>(probe: () => T | undefined, ms = 5000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const v = probe();
    if (v !== undefined) return v;
    if (Date.now() > end) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 10));
  }
}
