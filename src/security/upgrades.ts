/**
 * The HTTP server's one `upgrade` listener: offers each WebSocket upgrade to the handlers that
 * serve one (the self-hosted Direct Line stream) and answers and closes every other.
 * @remarks Node hands an upgrade's socket to this listener and then applies none of its HTTP
 * timeouts to it, and an exception thrown here ends the process. So nothing may throw out, every
 * upgrade gets an answer, and every refused socket is destroyed once the answer is written.
 */
import type { IncomingMessage, Server as HttpServer } from 'node:http';
import type { Duplex } from 'node:stream';
import type { Logger } from '../platform/logger.js';

/** Takes an upgrade (answering it) and returns true, or returns false to leave it to others. */
export type UpgradeHandler = (req: IncomingMessage, socket: Duplex, head: Buffer) => boolean;

/** How long a refused socket may take to receive its answer before it is destroyed anyway. */
const REFUSAL_FLUSH_MS = 2000;

/** Answers an upgrade with an HTTP error and closes the socket; returns true (the upgrade was taken). */
export function refuseUpgrade(socket: Duplex, status: 400 | 403 | 404 | 429, reason: string): true {
  if (!socket.destroyed) {
    const timer = setTimeout(() => socket.destroy(), REFUSAL_FLUSH_MS);
    timer.unref();
    socket.end(`HTTP/1.1 ${status} ${reason}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`, () => {
      clearTimeout(timer);
      socket.destroy();
    });
  }
  return true;
}

/** A raw request target fit to route: one leading slash, no NUL or control characters, percent-escapes well formed. */
function wellFormedTarget(url: string | undefined): boolean {
  return url !== undefined && /^\/(?!\/)[\x21-\x7e]*$/.test(url) && !/%(?![0-9a-f]{2})/i.test(url);
}

/** Installs the upgrade listener on `httpServer`; returns a function that removes it. */
export function guardUpgrades(httpServer: HttpServer, handlers: readonly UpgradeHandler[], logger: Logger): () => void {
  const onUpgrade = (req: IncomingMessage, socket: Duplex, head: Buffer): void => {
    // Without a listener, a client resetting the connection would raise an unhandled 'error'.
    socket.on('error', () => socket.destroy());
    try {
      if (!wellFormedTarget(req.url)) {
        refuseUpgrade(socket, 400, 'Bad Request');
        return;
      }
      for (const handler of handlers) if (handler(req, socket, head)) return;
      refuseUpgrade(socket, 404, 'Not Found');
    } catch (error) {
      logger.warn(
        { err: { name: (error as Error).name, message: (error as Error).message } },
        'upgrade request failed',
      );
      refuseUpgrade(socket, 400, 'Bad Request');
    }
  };
  httpServer.on('upgrade', onUpgrade);
  return () => httpServer.off('upgrade', onUpgrade);
}
