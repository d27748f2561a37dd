/**
 * What the Direct Line endpoints need to know about a request: the client's address (for rate
 * limits) and the public origin the client used (for `streamUrl` and the widget's `domain`).
 */
import type { IncomingMessage } from 'node:http';

/** The client IP as seen on the socket; proxies in front are not trusted for this. */
export function clientIp(req: IncomingMessage): string {
  return req.socket.remoteAddress ?? 'unknown';
}

/** `http(s)://host[:port]` as the client addressed the bot (honours X-Forwarded-Proto for the scheme only). */
export function publicOrigin(req: IncomingMessage): string {
  const forwarded = String(req.headers['x-forwarded-proto'] ?? '').split(',')[0].trim().toLowerCase();
  const tls = (req.socket as { encrypted?: boolean }).encrypted === true;
  const scheme = forwarded === 'https' || tls ? 'https' : 'http';
  return `${scheme}://${req.headers.host ?? 'localhost'}`;
}

/** The WebSocket origin matching {@link publicOrigin}. */
export function streamOrigin(req: IncomingMessage): string {
  return publicOrigin(req).replace(/^http/, 'ws');
}
