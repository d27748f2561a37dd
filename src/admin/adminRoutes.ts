/**
 * The staff report routes: `GET /admin` (the page), `GET /admin/report.json` (its data),
 * `POST /admin/intents.patch` (the "add as example" patch) and the page's two files.
 * @remarks Without ADMIN_TOKEN every route answers 404, as if it did not exist. With it, the page and
 * the data need `Authorization: Bearer <ADMIN_TOKEN>`: a missing or wrong token gets 401 (the page
 * then still comes back, as the form that asks for the token, since a browser cannot send the header
 * when it first opens the address). Nothing here changes the knowledge: the patch is a download.
 */
import { readFileSync } from 'node:fs';
import type { ServerResponse } from 'node:http';
import { join } from 'node:path';
import type { Request, Response, Server } from 'restify';
import type { KnowledgeBase } from '../knowledge/types.js';
import type { LearningLog } from '../learning/learningLog.js';
import type { Logger } from '../platform/logger.js';
import { bearerToken, tokenMatches } from './adminAuth.js';
import { ADMIN_PAGE_CSP, adminPageHtml } from './adminPage.js';
import { intentExamplesPatch, PatchError } from './intentPatch.js';

/** What the staff report needs. */
export interface AdminDeps {
  readonly log: LearningLog;
  /** ADMIN_TOKEN; empty switches the report off. */
  readonly adminToken: string;
  readonly botName: string;
  /** For the intents staff can add examples to. */
  readonly kb: KnowledgeBase;
  /** Where `intents.json` is read from when a patch is made (always the file as it is now). */
  readonly knowledgeDir: string;
  /** Folder of admin.js and admin.css. */
  readonly assetsDir: string;
  readonly logger: Logger;
}

/** The folder of the page's script and style in a project. */
export function adminAssetsDir(projectRoot: string): string {
  return join(projectRoot, 'src', 'admin', 'assets');
}

const ASSETS: Readonly<Record<string, string>> = {
  'admin.js': 'application/javascript; charset=utf-8',
  'admin.css': 'text/css; charset=utf-8',
};

const REALM = 'Bearer realm="staff report"';

function send(
  res: ServerResponse,
  status: number,
  type: string,
  body: string,
  headers: Readonly<Record<string, string>> = {},
): void {
  res.setHeader('Content-Type', type);
  res.setHeader('Cache-Control', 'no-store');
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('X-Robots-Tag', 'noindex');
  res.setHeader('Referrer-Policy', 'no-referrer');
  for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
  const bytes = Buffer.from(body, 'utf8');
  res.setHeader('Content-Length', String(bytes.length));
  res.writeHead(status);
  res.end(bytes);
}

function sendError(
  res: ServerResponse,
  status: number,
  code: string,
  message: string,
  headers: Readonly<Record<string, string>> = {},
): void {
  send(res, status, 'application/json; charset=utf-8', JSON.stringify({ error: { code, message } }), headers);
}

/** Mounts the staff report on `server`. */
export function mountAdmin(server: Server, deps: AdminDeps): void {
  const enabled = deps.adminToken !== '';
  const authorized = (req: Request): boolean => tokenMatches(bearerToken(req.header('authorization')), deps.adminToken);
  const page = adminPageHtml(deps.botName);
  const intents = deps.kb.intents.map((i) => ({ id: i.id, description: i.description }));

  server.get('/admin', async (req: Request, res: Response) => {
    if (!enabled) return sendError(res, 404, 'NotFound', 'not found');
    const ok = authorized(req);
    send(res, ok ? 200 : 401, 'text/html; charset=utf-8', page, {
      'Content-Security-Policy': ADMIN_PAGE_CSP,
      'X-Frame-Options': 'DENY',
      ...(ok ? {} : { 'WWW-Authenticate': REALM }),
    });
  });

  server.get('/admin/report.json', async (req: Request, res: Response) => {
    if (!enabled) return sendError(res, 404, 'NotFound', 'not found');
    if (!authorized(req))
      return sendError(res, 401, 'Unauthorized', 'send Authorization: Bearer <ADMIN_TOKEN>', {
        'WWW-Authenticate': REALM,
      });
    const report = await deps.log.report();
    send(res, 200, 'application/json; charset=utf-8', JSON.stringify({ ...report, intents }));
  });

  server.post('/admin/intents.patch', async (req: Request, res: Response) => {
    if (!enabled) return sendError(res, 404, 'NotFound', 'not found');
    if (!authorized(req))
      return sendError(res, 401, 'Unauthorized', 'send Authorization: Bearer <ADMIN_TOKEN>', {
        'WWW-Authenticate': REALM,
      });
    const body: unknown = req.body;
    const intent = (body as { intent?: unknown } | undefined)?.intent;
    const examples = (body as { examples?: unknown } | undefined)?.examples;
    if (
      typeof intent !== 'string' ||
      !Array.isArray(examples) ||
      !examples.every((e): e is string => typeof e === 'string')
    ) {
      return sendError(res, 400, 'BadRequest', 'send JSON {"intent": "<intent id>", "examples": ["<question>", ...]}');
    }
    try {
      const patch = intentExamplesPatch(
        readFileSync(join(deps.knowledgeDir, 'intents.json'), 'utf8'),
        intent,
        examples,
      );
      const file = `add-examples-${patch.intent.replace(/[^A-Za-z0-9_-]/g, '_')}.patch`;
      deps.logger.info({ intent: patch.intent, examples: patch.added.length }, 'staff report made an intents patch');
      send(res, 200, 'text/x-diff; charset=utf-8', patch.diff, {
        'Content-Disposition': `attachment; filename="${file}"`,
      });
    } catch (error) {
      if (!(error instanceof PatchError)) throw error;
      sendError(res, 422, 'CannotPatch', error.message);
    }
  });

  server.get('/admin/:file', async (req: Request, res: Response) => {
    const file = String(req.params.file);
    const type = Object.hasOwn(ASSETS, file) ? ASSETS[file] : undefined;
    if (!enabled || type === undefined) return sendError(res, 404, 'NotFound', 'not found');
    send(res, 200, type, readFileSync(join(deps.assetsDir, file), 'utf8'));
  });
}
