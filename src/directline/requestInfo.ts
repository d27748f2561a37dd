/**
 * What the Direct Line endpoints need to know about a request: the client's address (for rate
 * limits) and the public origin the client used (for `streamUrl` and the widget's `domain`).
 */
import type { IncomingMessage } from 'node:http';

/**
 * The client IP for rate limits: the socket's address, or with `trustProxy` the last
 * X-Forwarded-For entry (the one the nearest proxy added; earlier entries can be forged by clients).
 */
export function clientIp(req: IncomingMessage, trustProxy = false): string {
  if (trustProxy) {
    const header = req.headers['x-forwarded-for'];
    const last = (Array.isArray(header) ? header.join(',') : (header ?? '')).split(',').map((s) => s.trim()).filter((s) => s !== '').pop();
    // App Service appends "ip:port"; keep IPv6 addresses whole.
    if (last !== undefined) return /^\d+\.\d+\.\d+\.\d+:\d+$/.test(last) ? last.slice(0, last.lastIndexOf(':')) : last;
  }
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
