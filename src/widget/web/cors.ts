/**
 * The CORS allow-list for the chat endpoints: the bot's own origin and the configured college sites.
 * @remarks A browser request from any other origin is refused outright (403), not merely left without
 * CORS headers, so a foreign page cannot even create conversations or open the stream.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Logger } from '../../platform/logger.js';

const ALLOWED_HEADERS = 'Authorization, Content-Type, x-ms-bot-agent, x-requested-with';

/** Decides which browser origins may call the chat endpoints and sets the CORS headers. */
export class CorsPolicy {
  private readonly allowList: ReadonlySet<string>;

  constructor(allowList: readonly string[]) {
    this.allowList = new Set(allowList.map((o) => o.toLowerCase()));
  }

  /** True for non-browser callers (no Origin), the bot's own origin and allow-listed origins. */
  allows(origin: string | undefined, host: string | undefined): boolean {
    if (origin === undefined || origin === '') return true;
    const o = origin.toLowerCase();
    if (this.allowList.has(o)) return true;
    try {
      return host !== undefined && new URL(o).host === host.toLowerCase();
    } catch {
      return false;
    }
  }

  /** Sets CORS response headers for an allowed origin; returns false (and sets nothing) when refused. */
  apply(req: IncomingMessage, res: ServerResponse): boolean {
    const origin = req.headers.origin;
    if (!this.allows(origin, req.headers.host)) return false;
    if (origin !== undefined && origin !== '') {
      res.setHeader('Access-Control-Allow-Origin', origin);
      res.setHeader('Access-Control-Allow-Methods', 'GET, POST, OPTIONS');
      res.setHeader('Access-Control-Allow-Headers', ALLOWED_HEADERS);
      res.setHeader('Access-Control-Expose-Headers', 'Retry-After');
      res.setHeader('Access-Control-Max-Age', '600');
    }
    res.setHeader('Vary', 'Origin');
    return true;
  }

  /**
   * Answers a refused origin with 403 and a reason in words, and logs the origin so an administrator
   * knows what to add to CORS_ORIGINS.
   * @remarks No CORS headers, so a foreign page learns nothing from the answer; the widget's own frame
   * (GET /chat) is where a refused college site is told why.
   */
  refuse(req: IncomingMessage, res: ServerResponse, logger: Logger): void {
    const origin = String(req.headers.origin ?? '');
    logger.warn({ origin, route: (req.url ?? '').split('?')[0] }, 'request from a site not in CORS_ORIGINS refused');
    res.setHeader('Vary', 'Origin');
    const body = JSON.stringify({ error: { code: 'OriginNotAllowed', message: refusalReason(origin) } });
    res.writeHead(403, {
      'Content-Type': 'application/json; charset=utf-8',
      'Content-Length': String(Buffer.byteLength(body)),
    });
    res.end(body);
  }

  /** The `frame-ancestors` sources of the chat frame: the bot itself and the allow-listed sites. */
  frameAncestors(): string {
    return ["'self'", ...this.allowList].join(' ');
  }
}

/** Why a site may not use the chat, in words an administrator can act on. */
export function refusalReason(origin: string): string {
  return `This site (${origin}) is not allowed to use the chat: add it to CORS_ORIGINS on the bot.`;
}
