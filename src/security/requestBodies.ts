/**
 * Which request bodies the server reads at all: JSON only, never compressed.
 * @remarks Runs before routing, authentication and body reading. restify's catch-all body parser
 * wrote multipart uploads to the temp directory (past every size limit, never deleted) and counted
 * a gzip body's compressed bytes against the limit; neither Bot Framework channels nor Web Chat
 * send such bodies, so they are refused with 415 before a byte of them is read, and the connection
 * is closed rather than drained.
 */
import type { Request, Response } from 'restify';
import { isJsonContentType } from './activityValidation.js';

/** Whether the request carries a body (a length above zero, or chunked). */
function hasBody(req: Request): boolean {
  const length = req.headers['content-length'];
  return req.headers['transfer-encoding'] !== undefined || (length !== undefined && length.trim() !== '0');
}

/** Restify `pre` handler: 415 for a body that is compressed or not JSON; anything else goes on. */
export function refuseUnreadableBodies(req: Request, res: Response, next: (proceed?: false) => void): void {
  if (!hasBody(req)) return next();
  const encoding = (req.headers['content-encoding'] ?? 'identity').trim().toLowerCase();
  const problem =
    encoding !== 'identity'
      ? 'compressed request bodies are not accepted'
      : !isJsonContentType(req.headers['content-type'])
        ? 'send the body as application/json'
        : undefined;
  if (problem === undefined) return next();
  res.header('Connection', 'close');
  res.send(415, { error: { code: 'UnsupportedMediaType', message: problem } });
  next(false);
}
