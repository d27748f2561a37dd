/**
 * Shared pieces of the real-browser tests: Debian's chromium driven by playwright-core with a fresh
 * profile and no network beyond localhost, a plain host page for /embed.js, and screenshots under
 * reports/web/.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer as createHttpServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

/** Where Debian installs chromium; the tests skip only when it is absent. */
export const CHROMIUM = '/usr/bin/chromium';
const ROOT = resolve(__dirname, '..', '..');
/** Screenshots of each step, for people to look at. */
export const SHOTS_DIR = join(ROOT, 'reports', 'web');

/** A headless chromium with a throw-away profile; `close()` removes the profile. */
export async function launchBrowser(): Promise<{ context: BrowserContext; close(): Promise<void> }> {
  const profile = mkdtempSync(join(tmpdir(), 'pacs-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1100, height: 760 },
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
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

/** A plain college page on its own origin that embeds the widget with one script tag. */
export function hostPage(botUrl: () => string): Promise<{ server: Server; url: string }> {
  const server = createHttpServer((req, res) => {
    if (req.url !== '/') {
      res.writeHead(404);
      res.end();
      return;
    }
    const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Example College: Radiology programs</title></head>
<body><main><h1>Example College</h1><p>Our imaging informatics department offers a PACS administration certificate.</p>
<p><a href="#apply">How to apply</a></p></main>
<script src="${botUrl()}/embed.js" defer></script></body></html>`;
    // restify patches ServerResponse.prototype in this process, so writeHead is not chainable here.
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(html);
  });
  return new Promise((done) => server.listen(0, '127.0.0.1', () => done({ server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` })));
}

/** Serious and critical axe-core violations on the page (axe injected from node_modules). */
export async function seriousAxeViolations(page: Page, include?: string): Promise<Array<{ id: string; impact: string; help: string; nodes: number }>> {
  const source = readFileSync(join(ROOT, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');
  // Evaluated through the DevTools protocol, which the page's CSP does not restrict.
  await page.evaluate(source);
  return page.evaluate(async (context) => {
    interface AxeResult {
      violations: Array<{ id: string; impact: string | null; help: string; nodes: unknown[] }>;
    }
    const axe = (window as unknown as { axe: { run(context: unknown, options: unknown): Promise<AxeResult> } }).axe;
    const result = await axe.run(context ?? document, { resultTypes: ['violations'] });
    return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => ({ id: v.id, impact: v.impact ?? '', help: v.help, nodes: v.nodes.length }));
  }, include);
}
