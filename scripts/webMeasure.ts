/**
 * Measures the website widget in chromium and takes the screenshots the widget's issue asks for:
 * bytes loaded from the bot before the launcher is clicked, and click → visible welcome on the
 * desktop and phone profiles (median of several cold-cache runs); with --shots, phone, hostile-host
 * and bot-restart screenshots.
 *
 * Usage: npx tsx scripts/webMeasure.ts [--runs 5] [--preload click|idle] [--shots reports/web/after]
 */
import { mkdirSync } from 'node:fs';
import type { Server } from 'node:http';
import { join, resolve } from 'node:path';
import type { BrowserContext, Frame, Locator, Page } from 'playwright-core';
import { createServer, listen, type RunningServer } from '../src/app/server.js';
import { testBot } from '../tests/helpers/testBot.js';
import { hostPage, launchBrowser } from '../tests/widget/web/browserHarness.js';
import {
  countBytes,
  DESKTOP,
  emulate,
  installProbe,
  networkQuiet,
  PHONE,
  waitForWelcome,
  type LoadProfile,
} from '../tests/widget/web/loadProfiles.js';

const args = process.argv.slice(2);
const option = (name: string, fallback: string): string => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && i + 1 < args.length ? (args[i + 1] as string) : fallback;
};
const RUNS = Number(option('runs', '5'));
const PRELOAD = option('preload', '');
const SHOTS = option('shots', '');
const ENV = {
  RATE_LIMIT_CONVERSATIONS_PER_MINUTE: '1000',
  RATE_LIMIT_ACTIVITIES_PER_MINUTE: '1000',
  WEB_COLLEGE_NAME: 'Example College',
};
const TOKEN_SECRET = 'a-fixed-token-secret-for-the-restart-measurement';

const launcherOf = (page: Page): Locator => page.getByRole('button', { name: /Chat with/ }).first();
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;

/** One cold-cache run: the host page, bytes before the click, then click → welcome. */
async function measureOnce(
  context: BrowserContext,
  hostUrl: string,
  botUrl: string,
  profile: LoadProfile,
): Promise<{ before: number; clickToWelcome: number; clickToWebChat: number; after: number }> {
  const page = await context.newPage();
  try {
    const cdp = await emulate(page, profile);
    const bytes = countBytes(cdp, botUrl);
    await page.goto(`${hostUrl}/${PRELOAD === '' ? '' : `?preload=${PRELOAD}`}`);
    await launcherOf(page).waitFor({ timeout: 30_000 });
    await networkQuiet(page, bytes, 1500, 30_000);
    // Idle preloading: the student clicks once the page has been idle long enough for the chat to load.
    if (PRELOAD === 'idle') await bundleLoaded(page, 60_000);
    const before = bytes.total();
    await launcherOf(page).click();
    const t = await waitForWelcome(page, 60_000);
    await networkQuiet(page, bytes, 500, 10_000);
    if (t.clickAt === undefined || t.welcomeAt === undefined || t.webChatAt === undefined)
      throw new Error(`no welcome (${JSON.stringify(t)})`);
    return {
      before,
      clickToWelcome: t.welcomeAt - t.clickAt,
      clickToWebChat: t.webChatAt - t.clickAt,
      after: bytes.total(),
    };
  } finally {
    await page.close();
  }
}

/** Waits until some document of the page has run the Web Chat bundle. */
async function bundleLoaded(page: Page, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    for (const f of page.frames()) if (await f.evaluate('window.WebChat !== undefined').catch(() => false)) return;
    await page.waitForTimeout(100);
  }
  throw new Error('the Web Chat bundle never loaded');
}

/** Waits (bounded, without failing) until some document of the page shows `text`. */
async function waitForText(page: Page, text: RegExp, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    for (const f of page.frames())
      if (
        (await f
          .getByText(text)
          .count()
          .catch(() => 0)) > 0
      )
        return;
    await page.waitForTimeout(200);
  }
}

/** The frame or page holding Web Chat's send box. */
async function chatScope(page: Page): Promise<Page | Frame> {
  for (let i = 0; i < 200; i++) {
    for (const f of page.frames()) if ((await f.locator('[data-id="webchat-sendbox-input"]').count()) > 0) return f;
    await page.waitForTimeout(100);
  }
  throw new Error('no chat on the page');
}

async function ask(page: Page, text: string, expect: string | RegExp): Promise<void> {
  const scope = await chatScope(page);
  await scope.locator('[data-id="webchat-sendbox-input"]').fill(text);
  await scope.locator('[data-id="webchat-sendbox-input"]').press('Enter');
  await scope.locator('.webchat__bubble').filter({ hasText: expect }).last().waitFor({ timeout: 20_000 });
  await page.waitForTimeout(600);
}

async function shot(page: Page, dir: string, name: string): Promise<void> {
  mkdirSync(dir, { recursive: true });
  await page.screenshot({ path: join(dir, `${name}.png`) });
  console.log(`  ${join(dir, `${name}.png`)}`);
}

async function screenshots(context: BrowserContext, hostUrl: string, botUrl: string, dir: string): Promise<void> {
  const page = await context.newPage();
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(`${botUrl}/`);
  await ask(page, 'compare weber and clarkson', /Clarkson/);
  await shot(page, dir, 'phone-390-page-compare');
  await page.close();

  for (const [name, path, size] of [
    ['phone-390-widget', '/', { width: 390, height: 844 }],
    ['hostile-host-desktop', '/hostile', { width: 1280, height: 800 }],
    ['hostile-host-phone', '/hostile', { width: 390, height: 844 }],
  ] as const) {
    const p = await context.newPage();
    await p.setViewportSize(size);
    await p.goto(`${hostUrl}${path}`);
    await launcherOf(p).click();
    await ask(p, 'compare weber and clarkson', /Clarkson/);
    await shot(p, dir, name);
    await p.close();
  }
}

/** A bot on a fixed port that can be stopped and started again, as a deployment restarts. */
async function restartScreenshots(context: BrowserContext, dir: string, fixedSecret: boolean): Promise<void> {
  let botUrl = '';
  const host = await hostPage(() => botUrl);
  const env = { ...ENV, CORS_ORIGINS: host.url, ...(fixedSecret ? { DIRECT_LINE_TOKEN_SECRET: TOKEN_SECRET } : {}) };
  let bot: RunningServer = await listen(createServer(testBot(env)), 0, '127.0.0.1');
  botUrl = bot.url;
  const port = Number(new URL(bot.url).port);
  const label = fixedSecret ? 'fixed-secret' : 'random-secret';
  const page = await context.newPage();
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(`${host.url}/`);
  await launcherOf(page).click();
  await ask(page, 'what is PACS?', /Picture Archiving/);
  await bot.close();
  bot = await listen(createServer(testBot(env)), port, '127.0.0.1');
  // The student asks right away, into the conversation the restarted bot no longer has.
  await ask(page, 'how much is Clarkson?', /\$/).catch(() =>
    console.log(`  (${label}: no answer on the same page after the restart)`),
  );
  await shot(page, dir, `restart-${label}-a-same-page`);
  // Another restart, then a reload before the page notices: the resume meets 403 (random key) or 404 (fixed key).
  await bot.close();
  bot = await listen(createServer(testBot(env)), port, '127.0.0.1');
  await page.reload();
  await waitForText(page, /Welcome! I|Unable to connect|not available/, 20_000);
  await page.waitForTimeout(1000);
  await shot(page, dir, `restart-${label}-b-reloaded`);
  await page.close();
  await bot.close();
  host.server.closeAllConnections();
  await new Promise((r) => (host.server as Server).close(r));
}

async function main(): Promise<void> {
  let botUrl = '';
  const host = await hostPage(() => botUrl);
  const running = await listen(createServer(testBot({ ...ENV, CORS_ORIGINS: host.url })), 0, '127.0.0.1');
  botUrl = running.url;
  const browser = await launchBrowser();
  try {
    await installProbe(browser.context);
    for (const profile of RUNS > 0 ? [DESKTOP, PHONE] : []) {
      const runs = [];
      for (let i = 0; i < RUNS; i++) runs.push(await measureOnce(browser.context, host.url, botUrl, profile));
      console.log(
        JSON.stringify({
          profile: profile.name,
          preload: PRELOAD || 'default',
          bytesBeforeClick: median(runs.map((r) => r.before)),
          bytesAfterWelcome: median(runs.map((r) => r.after)),
          clickToWelcomeMs: runs.map((r) => Math.round(r.clickToWelcome)),
          medianMs: Math.round(median(runs.map((r) => r.clickToWelcome))),
          webChatReadyMs: runs.map((r) => Math.round(r.clickToWebChat)),
          webChatReadyMedianMs: Math.round(median(runs.map((r) => r.clickToWebChat))),
        }),
      );
    }
    if (SHOTS !== '') {
      const dir = resolve(SHOTS);
      await screenshots(browser.context, host.url, botUrl, dir);
      await restartScreenshots(browser.context, dir, false);
      await restartScreenshots(browser.context, dir, true);
    }
  } finally {
    await browser.close();
    await running.close();
    host.server.closeAllConnections();
    await new Promise((r) => host.server.close(r));
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
