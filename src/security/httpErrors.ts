/**
 * Safe error responses and request logging for the restify server.
 * @remarks restify answers a handler's exception with a 500 whose body is the exception's message
 * (e.g. botbuilder internals). Callers get a generic JSON error with the request id instead; the
 * details go to the log under the same id.
 */
import type { Request, Response, Server } from 'restify';
import type { Logger } from '../platform/logger.js';

/** Turn-state key under which the server puts the HTTP request id, so turn logs can name it. */
export const REQUEST_ID_KEY = Symbol('requestId');

/** The body sent for every 5xx: nothing about the internals. */
export const INTERNAL_ERROR_BODY = {
  code: 'Internal',
  message: 'Something went wrong on our side; please try again.',
} as const;

interface HttpishError extends Error {
  statusCode?: number;
  toJSON?: () => unknown;
  body?: unknown;
}

/** Adds a request id header, one log line per request (without bodies), and stack-free 5xx bodies. */
export function installErrorHandling(server: Server, logger: Logger): void {
  server.pre((req: Request, res: Response, next: () => void) => {
    res.setHeader('x-request-id', req.getId());
    res.setHeader('x-content-type-options', 'nosniff');
    next();
  });

  server.on('restifyError', (req: Request, _res: Response, err: HttpishError, callback: () => void) => {
    const status = err.statusCode ?? 500;
    if (status >= 500) {
      logger.error(
        {
          reqId: req.getId(),
          method: req.method,
          route: routeOf(req),
          status,
          err: { name: err.name, message: err.message, stack: err.stack },
        },
        'request failed',
      );
      err.toJSON = () => ({ ...INTERNAL_ERROR_BODY, requestId: req.getId() });
      err.body = err.toJSON();
    }
    callback();
  });

  server.on('after', (req: Request, res: Response) => {
    const status = res.statusCode;
    // The usual case, a success logged at debug level, costs nothing when debug is off.
    if (status < 400 && !logger.isLevelEnabled('debug')) return;
    const entry = { reqId: req.getId(), method: req.method, route: routeOf(req), status, ms: Date.now() - req.time() };
    if (status >= 500) logger.warn(entry, 'request answered with a server error');
    else if (status >= 400) logger.info(entry, 'request refused');
    else logger.debug(entry, 'request');
  });
}

/** The matched route path (never the raw URL, which may carry tokens or junk). */
function routeOf(req: Request): string {
  const route = req.getRoute() as { path?: unknown } | null | undefined;
  return typeof route?.path === 'string' ? route.path : 'unmatched';
}
