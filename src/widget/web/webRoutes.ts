/**
 * Routes for the website widget's pages and files: GET / (the chat filling the window), /chat (the
 * widget's frame, which only the allow-listed college sites may show), /embed.js (the launcher),
 * and the content-hashed Web Chat bundle and browser files under /webchat/ and /assets/ (cached for a
 * year). Every body is compressed once (brotli and gzip) and sent as the browser accepts.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { ServerResponse } from 'node:http';
import { join } from 'node:path';
import type { Request, Response, Server } from 'restify';
import type { Logger } from '../../platform/logger.js';
import type { WidgetConfig } from '../config.js';
import { CorsPolicy, refusalReason } from './cors.js';
import { chatPageHtml, embedScript, type ChatPageConfig, type PageFiles, type TrustNotice } from './pages.js';
import { setAssetHeaders, setPageHeaders } from './securityHeaders.js';
import { widgetTheme, type WidgetTheme } from './theme.js';
import { compress, WebAssets, type CompressedBody } from './webAssets.js';

/** Dependencies of the web routes. */
export interface WebRouteDeps {
  readonly theme: WidgetTheme;
  readonly trust: TrustNotice;
  readonly assets: WebAssets;
  /** Folder of embed-widget.js. */
  readonly assetsDir: string;
  /** Which sites may embed the widget (the same allow-list as the chat endpoints). */
  readonly cors: CorsPolicy;
  readonly logger: Logger;
  /** Origin of the Azure Direct Line service the page must reach, in Azure mode. */
  readonly directLineOrigin?: string;
}

const YEAR = 'public, max-age=31536000, immutable';
/** /embed.js keeps its address (colleges paste it into their pages), so it is cached briefly and revalidated. */
const EMBED_CACHE = 'public, max-age=300';
const ORIGIN = /^https?:\/\/[a-z0-9.-]+(:\d{1,5})?$/i;
/** How long the self-hosted Direct Line keeps an idle conversation's messages (its stores' default). */
const TRANSCRIPT_KEPT = 'a day';

type Encoding = 'br' | 'gzip' | 'identity';

function encodingFor(req: Request): Encoding {
  const accepted = String(req.headers['accept-encoding'] ?? '');
  if (/\bbr\b/.test(accepted)) return 'br';
  if (/\bgzip\b/.test(accepted)) return 'gzip';
  return 'identity';
}

/** Sends a precompressed body in the best encoding the browser accepts; answers 304 when its ETag still matches. */
function sendBody(
  req: Request,
  res: ServerResponse,
  type: string,
  body: CompressedBody,
  etag?: string,
  status = 200,
): void {
  const encoding = encodingFor(req);
  const payload = encoding === 'br' ? body.brotli : encoding === 'gzip' ? body.gzip : body.raw;
  res.setHeader('Content-Type', type);
  res.setHeader('Vary', 'Accept-Encoding');
  if (encoding !== 'identity') res.setHeader('Content-Encoding', encoding);
  if (etag !== undefined) {
    const tag = `"${etag}-${encoding}"`;
    res.setHeader('ETag', tag);
    if (req.headers['if-none-match'] === tag) {
      res.writeHead(304);
      res.end();
      return;
    }
  }
  res.setHeader('Content-Length', String(payload.length));
  res.writeHead(status);
  res.end(req.method === 'HEAD' ? undefined : payload);
}

/** A generated text body, compressed once, with an ETag from its content. */
function generated(text: string): { body: CompressedBody; etag: string } {
  const raw = Buffer.from(text);
  return { body: compress(raw), etag: createHash('sha256').update(raw).digest('hex').slice(0, 16) };
}

/** Registers the page and file routes. */
export function registerWebRoutes(server: Server, deps: WebRouteDeps): void {
  const files = (): PageFiles => ({
    bundleUrl: `/webchat/${deps.assets.publicName('webchat.js')}`,
    clientUrl: `/assets/${deps.assets.publicName('chat-client.js')}`,
    cssUrl: `/assets/${deps.assets.publicName('chat-page.css')}`,
  });
  const pageConfig = (mode: ChatPageConfig['mode']): ChatPageConfig => ({
    mode,
    bundleUrl: files().bundleUrl,
    theme: deps.theme,
  });
  let page: ReturnType<typeof generated> | undefined;
  let frame: ReturnType<typeof generated> | undefined;
  let embed: ReturnType<typeof generated> | undefined;
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
    page ??= generated(chatPageHtml(pageConfig('page'), deps.trust, files()));
    setPageHeaders(res, deps.directLineOrigin);
    res.setHeader('Cache-Control', 'no-cache');
    sendBody(req, res, 'text/html; charset=utf-8', page.body, page.etag);
  });

  both('/chat', async (req: Request, res: Response) => {
    const embedding = new URL(req.url ?? '/', 'http://localhost').searchParams.get('embed') ?? '';
    const site = ORIGIN.test(embedding) ? embedding.toLowerCase() : '';
    res.setHeader('Cache-Control', 'no-cache');
    if (site !== '' && !deps.cors.allows(site, req.headers.host)) {
      deps.logger.warn({ origin: site, route: '/chat' }, 'chat widget on a site not in CORS_ORIGINS refused');
      // Shown inside that site's page, so it names only the problem; the reason goes to its console.
      const refused: ChatPageConfig = {
        ...pageConfig('frame'),
        refusedOrigin: site,
        refusedReason: refusalReason(site),
      };
      setPageHeaders(res, deps.directLineOrigin, `'self' ${site}`);
      sendBody(
        req,
        res,
        'text/html; charset=utf-8',
        generated(chatPageHtml(refused, deps.trust, files())).body,
        undefined,
        403,
      );
      return;
    }
    frame ??= generated(chatPageHtml(pageConfig('frame'), deps.trust, files()));
    setPageHeaders(res, deps.directLineOrigin, deps.cors.frameAncestors());
    sendBody(req, res, 'text/html; charset=utf-8', frame.body, frame.etag);
  });

  both('/embed.js', async (req: Request, res: Response) => {
    embed ??= generated(
      embedScript({ theme: deps.theme }, readFileSync(join(deps.assetsDir, 'embed-widget.js'), 'utf8')),
    );
    setAssetHeaders(res);
    res.setHeader('Cache-Control', EMBED_CACHE);
    res.setHeader('Cross-Origin-Resource-Policy', 'cross-origin');
    sendBody(req, res, 'application/javascript; charset=utf-8', embed.body, embed.etag);
  });

  const hashed = (folder: 'webchat' | 'assets') => async (req: Request, res: Response) => {
    const name = String(req.params.file);
    const file = (folder === 'webchat') === name.startsWith('webchat.') ? deps.assets.byPublicName(name) : undefined;
    setAssetHeaders(res);
    if (file === undefined) {
      res.send(404, { error: 'not found' });
      return;
    }
    res.setHeader('Cache-Control', YEAR);
    res.setHeader('Cross-Origin-Resource-Policy', 'cross-origin');
    sendBody(req, res, file.type, file);
  };
  both('/webchat/:file', hashed('webchat'));
  both('/assets/:file', hashed('assets'));
}

/** What the panel says is kept: the Direct Line transcript (self-hosted) and the dialog state, with their limits. */
export function trustNotice(config: WidgetConfig): TrustNotice {
  const days = Math.round(config.storage.expiryMs / (24 * 60 * 60 * 1000));
  const context = `the chat's context up to ${days} ${days === 1 ? 'day' : 'days'}`;
  const kept =
    config.directLine.secret === ''
      ? `We keep your messages ${TRANSCRIPT_KEPT} after your last one and ${context}.`
      : `Messages pass through Microsoft's Direct Line service; we keep ${context}.`;
  return {
    kept,
    privacyUrl: config.web.privacyUrl,
    ...(config.advisorContact === undefined ? {} : { contact: config.advisorContact }),
  };
}

/** The web routes' dependencies for a configuration (Azure mode adds the service's origin to the page's CSP). */
export function webRouteDeps(
  config: WidgetConfig,
  projectRoot: string,
  cors: CorsPolicy,
  logger: Logger,
): WebRouteDeps {
  return {
    theme: widgetTheme(config.web),
    trust: trustNotice(config),
    assets: new WebAssets(projectRoot),
    assetsDir: join(projectRoot, 'src', 'widget', 'web', 'assets'),
    cors,
    logger,
    ...(config.directLine.secret === '' ? {} : { directLineOrigin: new URL(config.directLine.endpoint).origin }),
  };
}
