/**
 * Security headers for the pages the bot serves (the demo page and its assets).
 * @remarks Web Chat injects its styles at run time (emotion), so styles need 'unsafe-inline'; scripts
 * are only the bot's own files. `connect-src` adds the Azure Direct Line origin in Azure mode.
 */
import type { ServerResponse } from 'node:http';

/**
 * The Content-Security-Policy of the chat pages; `directLineOrigin` is the Azure service's origin, if
 * used, and `frameAncestors` the sites that may show the page in a frame (only the bot itself by default).
 */
export function contentSecurityPolicy(directLineOrigin?: string, frameAncestors = "'self'"): string {
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
    `frame-ancestors ${frameAncestors}`,
  ].join('; ');
}

/** Headers every served page or asset gets. */
export function setAssetHeaders(res: ServerResponse): void {
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('Referrer-Policy', 'strict-origin-when-cross-origin');
}

/**
 * Headers for an HTML page: CSP, framing, permissions. `frameAncestors` (the widget's frame) lets the
 * allow-listed college sites show the page; without it only the bot's own pages may frame it.
 */
export function setPageHeaders(res: ServerResponse, directLineOrigin?: string, frameAncestors?: string): void {
  setAssetHeaders(res);
  res.setHeader('Content-Security-Policy', contentSecurityPolicy(directLineOrigin, frameAncestors));
  // X-Frame-Options cannot name other sites; the CSP's frame-ancestors does the job for the frame.
  if (frameAncestors === undefined) res.setHeader('X-Frame-Options', 'SAMEORIGIN');
  res.setHeader('Permissions-Policy', 'camera=(), microphone=(), geolocation=()');
}
