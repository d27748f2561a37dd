/**
 * The Direct Line WebSocket stream at `streamUrl`: after the token and origin checks, sends the
 * activities after the requested watermark, then every new one, as activity groups.
 * @remarks Attached to restify's underlying http server ('upgrade'); other upgrade paths are left
 * alone. `close()` ends every open stream so the server can shut down.
 */
import type { IncomingMessage, Server as HttpServer } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type WebSocket } from 'ws';
import type { Logger } from '../logger.js';
import type { CorsPolicy } from '../web/cors.js';
import type { StoredActivity } from './conversationStore.js';
import { DirectLineError, type DirectLineService } from './directLineService.js';

const STREAM_PATH = /^\/v3\/directline\/conversations\/([^/?]+)\/stream$/;
const HEARTBEAT_MS = 30_000;
/** Open streams allowed per conversation (a few tabs); more are refused so one token cannot hoard sockets. */
export const MAX_STREAMS_PER_CONVERSATION = 4;

/** Dependencies of the activity stream. */
export interface ActivityStreamDeps {
  readonly service: DirectLineService;
  readonly cors: CorsPolicy;
  readonly logger: Logger;
}

/** A running stream endpoint. */
export interface ActivityStream {
  /** Closes every open stream and stops the heartbeat. */
  close(): void;
}

function refuse(socket: Duplex, status: number, reason: string): void {
  socket.end(`HTTP/1.1 ${status} ${reason}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
}

/** Serves the stream on `httpServer`'s upgrade requests. */
export function attachActivityStream(httpServer: HttpServer, deps: ActivityStreamDeps): ActivityStream {
  // Clients only send empty pings; anything large is not a Direct Line client.
  const wss = new WebSocketServer({ noServer: true, maxPayload: 4096 });
  const alive = new WeakMap<WebSocket, boolean>();
  const openPerConversation = new Map<string, number>();

  const onUpgrade = (req: IncomingMessage, socket: Duplex, head: Buffer): void => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const match = STREAM_PATH.exec(url.pathname);
    if (match === null) return;
    const conversationId = decodeURIComponent(match[1]);
    if (!deps.cors.allows(req.headers.origin, req.headers.host)) return refuse(socket, 403, 'Forbidden');
    let claimsOk = false;
    try {
      deps.service.checkToken(url.searchParams.get('t') ?? '', conversationId);
      claimsOk = true;
    } catch (error) {
      if (!(error instanceof DirectLineError)) throw error;
    }
    if (!claimsOk) return refuse(socket, 403, 'Forbidden');
    if ((openPerConversation.get(conversationId) ?? 0) >= MAX_STREAMS_PER_CONVERSATION) return refuse(socket, 429, 'Too Many Requests');
    const watermark = Number.parseInt(url.searchParams.get('watermark') ?? '0', 10);
    wss.handleUpgrade(req, socket, head, (ws) => {
      void stream(ws, conversationId, Number.isFinite(watermark) && watermark > 0 ? watermark : 0);
    });
  };

  const stream = async (ws: WebSocket, conversationId: string, watermark: number): Promise<void> => {
    alive.set(ws, true);
    openPerConversation.set(conversationId, (openPerConversation.get(conversationId) ?? 0) + 1);
    ws.on('close', () => {
      const left = (openPerConversation.get(conversationId) ?? 1) - 1;
      if (left > 0) openPerConversation.set(conversationId, left);
      else openPerConversation.delete(conversationId);
    });
    ws.on('pong', () => alive.set(ws, true));
    ws.on('error', () => ws.terminate());
    let lastSent = watermark;
    let ready = false;
    const pending: StoredActivity[] = [];
    const deliver = (s: StoredActivity): void => {
      if (s.position <= lastSent || ws.readyState !== ws.OPEN) return;
      lastSent = s.position;
      ws.send(JSON.stringify({ activities: [s.activity], watermark: String(s.position) }));
    };
    const unsubscribe = deps.service.store.subscribe(conversationId, (s) => (ready ? deliver(s) : pending.push(s)));
    ws.on('close', unsubscribe);
    try {
      if ((await deps.service.store.get(conversationId)) === undefined) {
        ws.close(4004, 'conversation not found');
        return;
      }
      const backlog = await deps.service.store.read(conversationId, watermark);
      for (const s of [...backlog, ...pending].sort((a, b) => a.position - b.position)) deliver(s);
      ready = true;
    } catch (error) {
      deps.logger.warn({ err: { message: (error as Error).message } }, 'direct line stream failed');
      ws.close(1011, 'stream failed');
    }
  };

  const heartbeat = setInterval(() => {
    for (const ws of wss.clients) {
      if (alive.get(ws) === false) {
        ws.terminate();
        continue;
      }
      alive.set(ws, false);
      ws.ping();
    }
  }, HEARTBEAT_MS);
  heartbeat.unref();

  httpServer.on('upgrade', onUpgrade);
  return {
    close: () => {
      clearInterval(heartbeat);
      httpServer.off('upgrade', onUpgrade);
      for (const ws of wss.clients) ws.terminate();
      wss.close();
    },
  };
}
