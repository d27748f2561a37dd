/**
 * The Direct Line WebSocket stream at `streamUrl`: after the token and origin checks, sends the
 * activities after the requested watermark, then every new one, as activity groups.
 * @remarks It runs inside the HTTP server's `upgrade` event, where an exception would end the
 * process: the path is matched as raw text against server-made ids (never decoded), and every
 * refusal answers and closes the socket. A stream ends when its token expires; the client then
 * reconnects with its refreshed token.
 */
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type WebSocket } from 'ws';
import type { Logger } from '../../platform/logger.js';
import type { CorsPolicy } from '../web/cors.js';
import type { StoredActivity } from './conversationStore.js';
import { DirectLineError, type DirectLineService } from './directLineService.js';
import { refuseUpgrade } from '../../security/upgrades.js';

/** Conversation ids are made by the server (base64url), so anything else is not a stream address. */
const STREAM_PATH = /^\/v3\/directline\/conversations\/([A-Za-z0-9_-]{1,64})\/stream$/;
const HEARTBEAT_MS = 30_000;
/** Open streams allowed per conversation (a few tabs); more are refused so one token cannot hoard sockets. */
export const MAX_STREAMS_PER_CONVERSATION = 4;
/** Open streams allowed in all: each holds a socket and a subscription. */
export const MAX_OPEN_STREAMS = 2000;

/** Dependencies of the activity stream. */
export interface ActivityStreamDeps {
  readonly service: DirectLineService;
  readonly cors: CorsPolicy;
  readonly logger: Logger;
  readonly now?: () => number;
}

/** A stream endpoint: offered each upgrade request, closed at shutdown. */
export interface ActivityStream {
  /** Takes the upgrade if its path is a stream address (answering it, whatever the outcome); false otherwise. */
  upgrade(req: IncomingMessage, socket: Duplex, head: Buffer): boolean;
  /** Closes every open stream and stops the heartbeat. */
  close(): void;
}

/** The stream's path and query, split from the raw request target without decoding anything. */
function target(rawUrl: string | undefined): { readonly path: string; readonly query: URLSearchParams } {
  const url = rawUrl ?? '';
  const at = url.indexOf('?');
  return at < 0
    ? { path: url, query: new URLSearchParams() }
    : { path: url.slice(0, at), query: new URLSearchParams(url.slice(at + 1)) };
}

/** Serves the stream; the server's upgrade handler offers it each upgrade request. */
export function createActivityStream(deps: ActivityStreamDeps): ActivityStream {
  const now = deps.now ?? Date.now;
  // Clients only send empty pings; anything large is not a Direct Line client.
  const wss = new WebSocketServer({ noServer: true, maxPayload: 4096 });
  const alive = new WeakMap<WebSocket, boolean>();
  const openPerConversation = new Map<string, number>();

  const upgrade = (req: IncomingMessage, socket: Duplex, head: Buffer): boolean => {
    const { path, query } = target(req.url);
    const match = STREAM_PATH.exec(path);
    if (match === null) return false;
    const conversationId = match[1] ?? '';
    if (!deps.cors.allows(req.headers.origin, req.headers.host)) return refuseUpgrade(socket, 403, 'Forbidden');
    let expiresAt: number;
    try {
      expiresAt = deps.service.checkToken(query.get('t') ?? '', conversationId).expiresAt;
    } catch (error) {
      if (error instanceof DirectLineError) return refuseUpgrade(socket, 403, 'Forbidden');
      throw error;
    }
    if (
      wss.clients.size >= MAX_OPEN_STREAMS ||
      (openPerConversation.get(conversationId) ?? 0) >= MAX_STREAMS_PER_CONVERSATION
    )
      return refuseUpgrade(socket, 429, 'Too Many Requests');
    const watermark = Number.parseInt(query.get('watermark') ?? '0', 10);
    wss.handleUpgrade(req, socket, head, (ws) => {
      void stream(ws, conversationId, Number.isFinite(watermark) && watermark > 0 ? watermark : 0, expiresAt * 1000);
    });
    return true;
  };

  const stream = async (
    ws: WebSocket,
    conversationId: string,
    watermark: number,
    expiresAtMs: number,
  ): Promise<void> => {
    alive.set(ws, true);
    openPerConversation.set(conversationId, (openPerConversation.get(conversationId) ?? 0) + 1);
    // The token's end is the stream's end; the client reconnects with the token it has refreshed since.
    const expiry = setTimeout(() => ws.close(1000, 'token expired'), Math.max(0, expiresAtMs - now()));
    expiry.unref();
    ws.on('close', () => {
      clearTimeout(expiry);
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

  return {
    upgrade,
    close: () => {
      clearInterval(heartbeat);
      for (const ws of wss.clients) ws.terminate();
      wss.close();
    },
  };
}
