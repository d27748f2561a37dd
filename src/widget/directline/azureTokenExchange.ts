/**
 * Azure Direct Line: exchanges the Direct Line secret (server-side only) for a conversation token
 * bound to a user id chosen here, so the secret never reaches the browser.
 */
import { randomBytes } from 'node:crypto';
import type { Server } from 'restify';
import type { Logger } from '../../platform/logger.js';
import type { CorsPolicy } from '../web/cors.js';
import { guarded } from './directLineRoutes.js';
import type { RateLimiter } from './rateLimiter.js';
import type { TrustedProxies } from './requestInfo.js';

/** What the browser receives: a token and where to use it. */
export interface WidgetToken {
  readonly conversationId: string;
  readonly token: string;
  readonly expires_in: number;
  /** The Direct Line base address the widget must talk to. */
  readonly domain: string;
}

/** Failure talking to the Direct Line service. */
export class TokenExchangeError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'TokenExchangeError';
  }
}

/** Calls `${endpoint}/v3/directline/tokens/generate` with the secret. */
export class AzureTokenExchange {
  constructor(
    private readonly secret: string,
    /** e.g. https://directline.botframework.com (no trailing slash). */
    private readonly endpoint: string,
    private readonly timeoutMs = 10_000,
  ) {}

  /** A new conversation token for a new server-chosen user (`dl_<random>`). */
  async generate(): Promise<WidgetToken> {
    const userId = `dl_${randomBytes(9).toString('hex')}`;
    let res: globalThis.Response;
    try {
      res = await fetch(`${this.endpoint}/v3/directline/tokens/generate`, {
        method: 'POST',
        headers: { authorization: `Bearer ${this.secret}`, 'content-type': 'application/json' },
        body: JSON.stringify({ user: { id: userId } }),
        signal: AbortSignal.timeout(this.timeoutMs),
      });
    } catch (error) {
      throw new TokenExchangeError(`Direct Line service unreachable: ${(error as Error).message}`);
    }
    if (!res.ok) throw new TokenExchangeError(`Direct Line service answered ${res.status}`);
    const body = (await res.json()) as { conversationId?: unknown; token?: unknown; expires_in?: unknown };
    if (typeof body.token !== 'string' || typeof body.conversationId !== 'string')
      throw new TokenExchangeError('Direct Line service sent no token');
    return {
      conversationId: body.conversationId,
      token: body.token,
      expires_in: typeof body.expires_in === 'number' ? body.expires_in : 3600,
      domain: `${this.endpoint}/v3/directline`,
    };
  }
}

/** Dependencies of the Azure token route. */
export interface AzureTokenRouteDeps {
  readonly exchange: AzureTokenExchange;
  readonly cors: CorsPolicy;
  readonly limiter: RateLimiter;
  readonly logger: Logger;
  readonly proxies: TrustedProxies;
}

/** `POST /api/directline/token` in Azure mode; 502 when the service fails (the reason is logged, not sent). */
export function registerAzureTokenRoute(server: Server, deps: AzureTokenRouteDeps): void {
  server.opts(
    '/api/directline/token',
    guarded(deps, async (_req, res) => void res.send(204)),
  );
  server.post(
    '/api/directline/token',
    guarded(
      deps,
      async (_req, res) => {
        try {
          res.send(200, await deps.exchange.generate());
        } catch (error) {
          if (!(error instanceof TokenExchangeError)) throw error;
          deps.logger.warn({ err: { message: error.message } }, 'direct line token exchange failed');
          res.send(502, { error: { code: 'BadGateway', message: 'the chat service is not available right now' } });
        }
      },
      deps.limiter,
    ),
  );
}
