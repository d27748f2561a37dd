/**
 * Routes for the website widget's pages and files: GET / (demo page), /embed.js, the hashed Web
 * Chat bundle under /webchat/ (cached for a year) and the small browser files under /assets/.
 */
import { readFileSync } from 'node:fs';
import type { ServerResponse } from 'node:http';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Request, Response, Server } from 'restify';
import type { Config } from '../config.js';
import { demoPageHtml, embedScript } from './pages.js';
import { setAssetHeaders, setPageHeaders } from './securityHeaders.js';
import { widgetTheme, type WidgetTheme } from './theme.js';
import { WebchatBundle } from './webchatBundle.js';

/** Dependencies of the web routes. */
export interface WebRouteDeps {
  readonly theme: WidgetTheme;
  readonly bundle: WebchatBundle;
  /** Folder of chat-client.js, embed-widget.js, demo-page.js and demo-page.css. */
  readonly assetsDir: string;
  /** Origin of the Azure Direct Line service the page must reach, in Azure mode. */
  readonly directLineOrigin?: string;
}

const ASSET_TYPES: Readonly<Record<string, string>> = {
  'chat-client.js': 'application/javascript; charset=utf-8',
  'demo-page.js': 'application/javascript; charset=utf-8',
  'demo-page.css': 'text/css; charset=utf-8',
};

const YEAR = 'public, max-age=31536000, immutable';

function sendBody(req: Request, res: ServerResponse, status: number, type: string, body: Buffer, gzipped?: Buffer): void {
  res.setHeader('Content-Type', type);
  res.setHeader('Vary', 'Accept-Encoding');
  const gzip = gzipped !== undefined && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
  if (gzip) res.setHeader('Content-Encoding', 'gzip');
  const payload = gzip && gzipped !== undefined ? gzipped : body;
  res.setHeader('Content-Length', String(payload.length));
  res.writeHead(status);
  res.end(req.method === 'HEAD' ? undefined : payload);
}

/** Registers the page and file routes. */
export function registerWebRoutes(server: Server, deps: WebRouteDeps): void {
  const asset = (name: string): string => readFileSync(join(deps.assetsDir, name), 'utf8');
  let bundleBytes: { raw: Buffer; gzipped: Buffer } | undefined;
  let embed: Buffer | undefined;
  const both = (path: string, handler: (req: Request, res: Response) => Promise<void>): void => {
    server.get(path, handler);
    server.head(path, handler);
  };

  // Browsers ask for it on every page; an empty answer keeps the console clean.
  server.get('/favicon.ico', async (_req: Request, res: Response) => {
    res.setHeader('Cache-Control', 'public, max-age=86400');
    res.send(204);
  });

  both('/', async (req: Request, res: Response) => {
    setPageHeaders(res, deps.directLineOrigin);
    res.setHeader('Cache-Control', 'no-cache');
    sendBody(req, res, 200, 'text/html; charset=utf-8', Buffer.from(demoPageHtml(deps.theme, deps.bundle.get().fileName)));
  });

  both('/embed.js', async (req: Request, res: Response) => {
    embed ??= Buffer.from(embedScript(deps.theme, deps.bundle.get().fileName, asset('chat-client.js'), asset('embed-widget.js')));
    setAssetHeaders(res);
    res.setHeader('Cache-Control', 'public, max-age=300');
    res.setHeader('Cross-Origin-Resource-Policy', 'cross-origin');
    sendBody(req, res, 200, 'application/javascript; charset=utf-8', embed);
  });

  both('/webchat/:file', async (req: Request, res: Response) => {
    const bundle = deps.bundle.get();
    setAssetHeaders(res);
    if (req.params.file !== bundle.fileName) {
      res.send(404, { error: 'not found' });
      return;
    }
    if (bundleBytes === undefined) {
      const raw = readFileSync(bundle.path);
      bundleBytes = { raw, gzipped: gzipSync(raw) };
    }
    res.setHeader('Cache-Control', YEAR);
    res.setHeader('Cross-Origin-Resource-Policy', 'cross-origin');
    sendBody(req, res, 200, 'application/javascript; charset=utf-8', bundleBytes.raw, bundleBytes.gzipped);
  });

  both('/assets/:file', async (req: Request, res: Response) => {
    const name = String(req.params.file);
    const type = ASSET_TYPES[name];
    setAssetHeaders(res);
    if (type === undefined) {
      res.send(404, { error: 'not found' });
      return;
    }
    res.setHeader('Cache-Control', 'no-cache');
    sendBody(req, res, 200, type, Buffer.from(asset(name)));
  });
}

/** The web routes' dependencies for a configuration (Azure mode adds the service's origin to the page's CSP). */
export function webRouteDeps(config: Config, projectRoot: string): WebRouteDeps {
  return {
    theme: widgetTheme(config.web),
    bundle: new WebchatBundle(projectRoot),
    assetsDir: join(projectRoot, 'src', 'web', 'assets'),
    ...(config.directLine.secret === '' ? {} : { directLineOrigin: new URL(config.directLine.endpoint).origin }),
  };
}
