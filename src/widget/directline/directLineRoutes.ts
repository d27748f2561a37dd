/**
 * HTTP routes of the self-hosted Direct Line 3.0 subset that botframework-directlinejs uses, plus
 * the widget's token endpoint. Mounted only when no Azure Direct Line secret is configured.
 */
import type { Request, Response, Server } from 'restify';
import type { Logger } from '../../platform/logger.js';
import type { CorsPolicy } from '../web/cors.js';
import { DirectLineError, type DirectLineService } from './directLineService.js';
import type { RateLimiter } from './rateLimiter.js';
import { clientIp, publicOrigin, streamOrigin, type TrustedProxies } from './requestInfo.js';
import type { ConversationResponse } from './types.js';

/** Dependencies of the Direct Line routes. */
export interface DirectLineRouteDeps {
  readonly service: DirectLineService;
  readonly cors: CorsPolicy;
  /** Counts new conversations per client IP. */
  readonly conversationLimiter: RateLimiter;
  /** Counts posted activities (and token refreshes) per client IP. */
  readonly activityLimiter: RateLimiter;
  /** Counts posted activities per conversation, that is per token. */
  readonly conversationActivityLimiter: RateLimiter;
  readonly logger: Logger;
  /** Proxies whose X-Forwarded-For names the client for rate limits. */
  readonly proxies: TrustedProxies;
}

const BASE = '/v3/directline';
const PATHS = [
  `${BASE}/conversations`,
  `${BASE}/conversations/:id`,
  `${BASE}/conversations/:id/activities`,
  `${BASE}/tokens/generate`,
  `${BASE}/tokens/refresh`,
  '/api/directline/token',
];

type Handler = (req: Request, res: Response) => Promise<void>;

/** Answers 429 and returns false when `key` is over `limiter`'s limit. */
function withinLimit(res: Response, limiter: RateLimiter, key: string): boolean {
  const decision = limiter.take(key);
  if (decision.allowed) return true;
  res.header('Retry-After', String(decision.retryAfterSeconds));
  res.send(429, { error: { code: 'TooManyRequests', message: 'too many requests, try again later' } });
  return false;
}

/** Wraps a handler with the CORS check, an optional per-client rate limit and error mapping; responses are never cached (they carry tokens). */
export function guarded(
  deps: Pick<DirectLineRouteDeps, 'cors' | 'logger' | 'proxies'>,
  handler: Handler,
  limiter?: RateLimiter,
): Handler {
  return async (req, res) => {
    res.header('Cache-Control', 'no-store');
    if (!deps.cors.apply(req, res)) {
      deps.cors.refuse(req, res, deps.logger);
      return;
    }
    if (limiter !== undefined && !withinLimit(res, limiter, clientIp(req, deps.proxies))) return;
    try {
      await handler(req, res);
    } catch (error) {
      if (error instanceof DirectLineError) {
        res.send(error.status, { error: { code: error.code, message: error.message } });
        return;
      }
      deps.logger.error(
        { err: { name: (error as Error).name, message: (error as Error).message } },
        'direct line request failed',
      );
      res.send(500, { error: { code: 'ServiceError', message: 'something went wrong' } });
    }
  };
}

/** Adds `streamUrl` for the conversation, resuming after `watermark`. */
function withStream(req: Request, c: ConversationResponse, watermark: string): ConversationResponse {
  const w = /^\d+$/.test(watermark) ? `&watermark=${watermark}` : '';
  return {
    ...c,
    streamUrl: `${streamOrigin(req)}${BASE}/conversations/${encodeURIComponent(c.conversationId)}/stream?t=${encodeURIComponent(c.token)}${w}`,
  };
}

/** The `watermark` query parameter (restify parses no query strings here). */
function watermarkOf(req: Request): string {
  return new URL(req.url ?? '/', 'http://localhost').searchParams.get('watermark') ?? '';
}

/** True when no token was given; directlinejs sends `Bearer undefined` when it starts without one. Linear in the header's length. */
function anonymous(authorization: string | undefined): boolean {
  const value = (authorization ?? '').trim();
  return value === '' || /^Bearer(\s+(undefined|null))?$/i.test(value);
}

/** Registers the Direct Line routes on the restify server. */
export function registerDirectLineRoutes(server: Server, deps: DirectLineRouteDeps): void {
  const { service } = deps;
  for (const path of PATHS) {
    server.opts(
      path,
      guarded(deps, async (_req, res) => {
        res.send(204);
      }),
    );
  }

  const generate = guarded(
    deps,
    async (req, res) => {
      res.send(200, { ...(await service.generate()), domain: `${publicOrigin(req)}${BASE}` });
    },
    deps.conversationLimiter,
  );
  server.post(`${BASE}/tokens/generate`, generate);
  server.post('/api/directline/token', generate);

  server.post(
    `${BASE}/tokens/refresh`,
    guarded(
      deps,
      async (req, res) => {
        res.send(200, service.refresh(service.authorize(req.headers.authorization)));
      },
      deps.activityLimiter,
    ),
  );

  server.post(
    `${BASE}/conversations`,
    guarded(deps, async (req, res) => {
      const claims = anonymous(req.headers.authorization) ? undefined : service.authorize(req.headers.authorization);
      if (claims === undefined && !withinLimit(res, deps.conversationLimiter, clientIp(req, deps.proxies))) return;
      const { created, conversation } = await service.start(claims);
      res.send(created ? 201 : 200, withStream(req, conversation, ''));
    }),
  );

  server.get(
    `${BASE}/conversations/:id`,
    guarded(deps, async (req, res) => {
      const claims = service.authorize(req.headers.authorization, String(req.params.id));
      res.send(200, withStream(req, await service.resume(claims), watermarkOf(req)));
    }),
  );

  server.post(
    `${BASE}/conversations/:id/activities`,
    guarded(
      deps,
      async (req, res) => {
        const claims = service.authorize(req.headers.authorization, String(req.params.id));
        if (!withinLimit(res, deps.conversationActivityLimiter, claims.conversationId)) return;
        res.send(200, await service.post(claims, req.body, publicOrigin(req)));
      },
      deps.activityLimiter,
    ),
  );

  server.get(
    `${BASE}/conversations/:id/activities`,
    guarded(deps, async (req, res) => {
      const claims = service.authorize(req.headers.authorization, String(req.params.id));
      const w = Number.parseInt(watermarkOf(req), 10);
      res.send(200, await service.read(claims, Number.isFinite(w) && w > 0 ? w : 0));
    }),
  );
}
