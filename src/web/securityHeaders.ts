/**
 * Security headers for the pages the bot serves (the demo page and its assets).
 * @remarks Web Chat injects its styles at run time (emotion), so styles need 'unsafe-inline'; scripts
 * are only the bot's own files. `connect-src` adds the Azure Direct Line origin in Azure mode.
 */
import type { ServerResponse } from 'node:http';

/** The Content-Security-Policy for the demo page; `directLineOrigin` is the Azure service's origin, if used. */
export function contentSecurityPolicy(directLineOrigin?: string): string {
  const connect = ["'self'"];
  if (directLineOrigin !== undefined) connect.push(directLineOrigin, directLineOrigin.replace(/^http/, 'ws'));
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "media-src 'self' data: blob:",
    `connect-src ${connect.join(' ')}`,
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'self'",
  ].join('; ');
}

/** Headers every served page or asset gets. */
export function setAssetHeaders(res: ServerResponse): void {
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('Referrer-Policy', 'strict-origin-when-cross-origin');
}

/** Headers for an HTML page: CSP, framing, permissions. */
export function setPageHeaders(res: ServerResponse, directLineOrigin?: string): void {
  setAssetHeaders(res);
  res.setHeader('Content-Security-Policy', contentSecurityPolicy(directLineOrigin));
  res.setHeader('X-Frame-Options', 'SAMEORIGIN');
  res.setHeader('Permissions-Policy', 'camera=(), microphone=(), geolocation=()');
}
