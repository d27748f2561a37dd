/**
 * Shared pieces of the widget's tests: Debian's chromium driven by playwright-core with a fresh
 * profile and no network beyond localhost, college pages that embed /embed.js, locators for the chat
 * in the page or the widget's frame, layout and accessibility checks, screenshots under reports/web/,
 * and a bot whose log the test can read.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer as createHttpServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Writable } from 'node:stream';
import { MemoryStorage } from 'botbuilder';
import { chromium, type BrowserContext, type Frame, type FrameLocator, type Locator, type Page } from 'playwright-core';
import { parseConfig } from '../../../src/app/config.js';
import { createBot, type BotApp } from '../../../src/app/createBot.js';
import { createLogger } from '../../../src/platform/logger.js';
import { createServer, listen, type RunningServer } from '../../../src/app/server.js';
import { testBot } from '../../helpers/testBot.js';

/** Where Debian installs chromium; the tests skip only when it is absent. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ROOT = resolve(__dirname, '..', '..', '..');
/** Screenshots of each step, for people to look at. */
export const SHOTS_DIR = join(ROOT, 'reports', 'web');

/** The flags every headless chromium here runs with (no network of its own, no sandbox in CI). */
const CHROMIUM_ARGS: readonly string[] = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** A headless chromium with a throw-away profile; `close()` removes the profile. */
export async function launchBrowser(
  viewport: { width: number; height: number } = { width: 1100, height: 760 },
): Promise<{ context: BrowserContext; close(): Promise<void> }> {
  const profile = mkdtempSync(join(tmpdir(), 'pacs-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    viewport,
    args: [...CHROMIUM_ARGS],
  });
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Saves a full-page screenshot as reports/web/<name>.png. */
export async function shot(page: Page, name: string): Promise<void> {
  mkdirSync(SHOTS_DIR, { recursive: true });
  await page.screenshot({ path: join(SHOTS_DIR, `${name}.png`) });
}

/** Console messages that report a Content-Security-Policy violation, collected per page. */
export function cspViolations(page: Page): string[] {
  const seen: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy/i.test(m.text())) seen.push(m.text());
  });
  return seen;
}

/** A stylesheet from a college CMS at its worst: global colours, serif buttons, line-height and box-sizing on everything. */
export const HOSTILE_CSS = `
* { line-height: 2.1 !important; box-sizing: content-box !important; letter-spacing: .04em; }
body { font-family: Georgia, "Times New Roman", serif; color: #333; background: #fffdf5; margin: 0; }
h1, h2, h3 { color: #7a0019 !important; border-bottom: 3px solid #ffb71e; text-transform: uppercase; font-family: Georgia, serif; }
button { font-family: Georgia, serif !important; background: #ffb71e !important; color: #000 !important; border: 4px dotted #c00 !important; padding: 1rem 2rem !important; text-transform: uppercase; }
div, section, aside, iframe { border: 2px solid #c00 !important; margin: 8px; padding: 6px; }
iframe { width: 200px !important; height: 120px !important; }
p, li { font-size: 22px !important; }
:focus { outline: none !important; }
footer { background: #222; color: #eee; padding: 3rem 1rem 8rem; }
`;

/**
 * The host pages: `/` plain, `/hostile` with {@link HOSTILE_CSS}, `/dark` a dark page; `?preload=idle`
 * sets the embed's preload mode and `?embed=none` leaves the widget out (to compare the page without it).
 */
function hostHtml(path: string, query: URLSearchParams, botUrl: string): string | undefined {
  const preload = query.get('preload');
  const attr = preload === null ? '' : ` data-preload="${preload === 'idle' ? 'idle' : 'click'}"`;
  const script = query.get('embed') === 'none' ? '' : `<script src="${botUrl}/embed.js" defer${attr}></script>`;
  if (path === '/') {
    return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Example College: Radiology programs</title></head>
<body><main><h1>Example College</h1><p>Our imaging informatics department offers a PACS administration certificate.</p>
<p><a href="#apply">How to apply</a></p></main>
${script}</body></html>`;
  }
  if (path === '/hostile') {
    return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Example College: Imaging informatics</title><style>${HOSTILE_CSS}</style></head>
<body><header><h1>Example College</h1><nav><a href="#a">Admissions</a> · <a href="#b">Programs</a></nav></header>
<main><h2>PACS administration certificate</h2><section><p>Learn to run the imaging archive of a hospital.</p><button type="button" id="host-button">Request information</button></section>
<aside><h3>Talk to us</h3><p>Advisors are in the Health Sciences building.</p></aside></main>
<footer><p>Example College · 1 College Way</p></footer>
${script}</body></html>`;
  }
  if (path === '/dark') {
    return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Example College at night</title><style>html,body{background:#1b1b1b;color:#eee;margin:0;font-family:sans-serif}</style></head>
<body><main><h1>Example College</h1><p>A dark page, like many college footers.</p></main>
${script}</body></html>`;
  }
  return undefined;
}

/** A college site on its own origin that embeds the widget with one script tag (see {@link hostHtml} for the pages). */
export function hostPage(botUrl: () => string): Promise<{ server: Server; url: string }> {
  const server = createHttpServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://host');
    const html = hostHtml(url.pathname, url.searchParams, botUrl());
    // restify patches ServerResponse.prototype in this process, so writeHead is not chainable here.
    if (html === undefined) {
      res.writeHead(404);
      res.end();
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(html);
  });
  return new Promise((done) =>
    server.listen(0, '127.0.0.1', () =>
      done({ server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` }),
    ),
  );
}

/** Serious and critical axe-core violations on the page (axe injected from node_modules). */
export async function seriousAxeViolations(
  page: Page | Frame,
  include?: string,
): Promise<Array<{ id: string; impact: string; help: string; nodes: string[] }>> {
  const source = readFileSync(join(ROOT, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');
  // Evaluated through the DevTools protocol, which the page's CSP does not restrict.
  await page.evaluate(source);
  return page.evaluate(async (context) => {
    interface AxeResult {
      violations: Array<{ id: string; impact: string | null; help: string; nodes: Array<{ target: unknown[] }> }>;
    }
    const axe = (window as unknown as { axe: { run(context: unknown, options: unknown): Promise<AxeResult> } }).axe;
    const result = await axe.run(context ?? document, { resultTypes: ['violations'] });
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => ({
        id: v.id,
        impact: v.impact ?? '',
        help: v.help,
        nodes: v.nodes.slice(0, 5).map((n) => n.target.join(' ')),
      }));
  }, include);
}

/** Where the chat is: the page itself (the chat page at /) or the widget's frame on a college page. */
export type ChatScope = Page | FrameLocator;

const BOT_BUBBLES = '.webchat__bubble:not(.webchat__bubble--from-user) .webchat__bubble__content';

/** The widget's launcher button on a college page (inside the widget's shadow root). */
export const launcher = (page: Page): Locator => page.getByRole('button', { name: /^Chat with / });

/** The widget's chat frame on a college page. */
export const chatFrame = (page: Page): FrameLocator => page.frameLocator('iframe[title^="Chat with"]');

/** The widget's frame as a Frame, for evaluating code in it (waits for it to exist). */
export async function chatFrameOf(page: Page): Promise<Frame> {
  await page.locator('iframe[title^="Chat with"]').waitFor({ state: 'attached' });
  const handle = await page.locator('iframe[title^="Chat with"]').elementHandle();
  const frame = await handle?.contentFrame();
  if (!frame) throw new Error('no chat frame');
  return frame;
}

/** Web Chat's send box. */
export const sendBox = (scope: ChatScope): Locator => scope.locator('[data-id="webchat-sendbox-input"]');

/** The bot's bubbles containing `text`. */
export const botSaid = (scope: ChatScope, text: string | RegExp): Locator =>
  scope.locator(BOT_BUBBLES).filter({ hasText: text });

/** All of the bot's bubbles. */
export const botBubbles = (scope: ChatScope): Locator => scope.locator(BOT_BUBBLES);

/** The start of the bot's welcome. */
export const WELCOME = 'Welcome! I';

/** Types a question and sends it. */
export async function ask(scope: ChatScope, text: string): Promise<void> {
  await sendBox(scope).fill(text);
  await sendBox(scope).press('Enter');
}

/** Uncaught errors and unhandled promise rejections in the page or any of its frames, collected from now on. */
export function pageErrors(page: Page): string[] {
  const seen: string[] = [];
  page.on('pageerror', (e) => seen.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error' && /uncaught|unhandled/i.test(m.text())) seen.push(m.text());
  });
  return seen;
}

/**
 * Layout problems a student would see in a document: the page scrolling sideways, chat parts
 * reaching outside the window, words in cards, the header or suggestions broken across lines, and
 * button labels cut off. Plain JavaScript text, evaluated in the page or the widget's frame.
 */
export const LAYOUT_PROBLEMS = `(() => {
  const problems = [];
  const vw = document.documentElement.clientWidth;
  if (document.documentElement.scrollWidth > vw + 1) problems.push('the page scrolls sideways: ' + document.documentElement.scrollWidth + ' > ' + vw);
  for (const el of document.querySelectorAll('.webchat__bubble, .ac-adaptiveCard, [data-id="webchat-sendbox-input"], .webchat__suggested-actions__button, .pacs-header, .pacs-notice')) {
    const r = el.getBoundingClientRect();
    if (r.width > 0 && (r.left < -1 || r.right > vw + 1)) problems.push(el.className + ' spans ' + Math.round(r.left) + '..' + Math.round(r.right) + ' of ' + vw);
  }
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const holder = n.parentElement;
    if (!holder || !holder.closest('.ac-adaptiveCard, .pacs-header, .pacs-notice, .webchat__suggested-actions__button')) continue;
    const words = /[\\p{L}\\p{N}]{4,}/gu;
    for (let m = words.exec(n.textContent); m; m = words.exec(n.textContent)) {
      const range = document.createRange();
      range.setStart(n, m.index);
      range.setEnd(n, m.index + m[0].length);
      const lines = new Set(Array.from(range.getClientRects()).filter((r) => r.width > 0).map((r) => Math.round(r.bottom)));
      if (lines.size > 1) problems.push('"' + m[0] + '" is broken across lines');
    }
  }
  for (const b of document.querySelectorAll('.ac-pushButton, .webchat__suggested-actions__button')) {
    for (const el of [b, ...b.querySelectorAll('*')]) {
      if (el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).overflowX !== 'visible') problems.push('button "' + b.textContent + '" is cut off');
    }
  }
  return problems;
})()`;

/** A bot (as {@link testBot} builds it) whose warnings and errors are collected as parsed JSON lines. */
export function botWithLog(env: Record<string, string>): { app: BotApp; lines: Array<Record<string, unknown>> } {
  const lines: Array<Record<string, unknown>> = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString('utf8').split('\n'))
        if (line.trim() !== '') lines.push(JSON.parse(line) as Record<string, unknown>);
      done();
    },
  });
  const base = testBot();
  const app = createBot(parseConfig({ LOG_LEVEL: 'warn', ...env }), {
    logger: createLogger('warn', sink),
    kb: base.kb,
    recognizer: base.recognizer,
    storage: new MemoryStorage(),
  });
  return { app, lines };
}

/** A college site, a bot that allows it (with limits no test reaches), and a fresh chromium. */
export interface WidgetStage {
  readonly host: { readonly server: Server; readonly url: string };
  readonly bot: RunningServer;
  readonly context: BrowserContext;
  /** Closes the browser, then the bot and the site. */
  close(): Promise<void>;
}

/** Starts what every widget test starts from; `env` adds bot settings. */
export async function widgetStage(env: Record<string, string> = {}): Promise<WidgetStage> {
  let botUrl = '';
  const host = await hostPage(() => botUrl);
  const bot = await listen(
    createServer(
      testBot({
        CORS_ORIGINS: host.url,
        RATE_LIMIT_CONVERSATIONS_PER_MINUTE: '1000',
        RATE_LIMIT_ACTIVITIES_PER_MINUTE: '1000',
        ...env,
      }),
    ),
    0,
    '127.0.0.1',
  );
  botUrl = bot.url;
  const browser = await launchBrowser();
  return {
    host,
    bot,
    context: browser.context,
    close: async () => {
      await browser.close();
      await bot.close();
      host.server.closeAllConnections();
      await new Promise((r) => host.server.close(r));
    },
  };
}
