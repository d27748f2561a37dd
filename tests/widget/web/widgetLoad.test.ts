/**
 * What the widget costs a college page and how soon a student sees the chat, measured in chromium
 * through the DevTools protocol (bytes on the wire; CPU and network slowed down for a phone) with
 * times taken inside the page: at most 15 KB before the launcher is clicked, Web Chat loaded on
 * click or when idle, the conversation started while Web Chat downloads, and click → visible
 * welcome within 1.5 s on a desktop and 4 s on a phone. The figures go to reports/web/timings.json.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, CDPSession, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  chatFrameOf,
  CHROMIUM,
  launcher,
  pageErrors,
  SHOTS_DIR,
  widgetStage,
  type WidgetStage,
} from './browserHarness.js';
import {
  countBytes,
  DESKTOP,
  emulate,
  installProbe,
  networkQuiet,
  PHONE,
  waitForWelcome,
  type LoadProfile,
} from './loadProfiles.js';

/** When each request to the bot started and finished (DevTools timestamps, seconds). */
function requestTimes(
  cdp: CDPSession,
  origin: string,
): Map<string, { url: string; method: string; start: number; end?: number }> {
  const seen = new Map<string, { url: string; method: string; start: number; end?: number }>();
  cdp.on('Network.requestWillBeSent', (e) => {
    if (e.request.url.startsWith(origin))
      seen.set(e.requestId, { url: e.request.url.slice(origin.length), method: e.request.method, start: e.timestamp });
  });
  cdp.on('Network.loadingFinished', (e) => {
    const r = seen.get(e.requestId);
    if (r) r.end = e.timestamp;
  });
  return seen;
}

describe.skipIf(!existsSync(CHROMIUM))("the widget's weight and speed", () => {
  let stage: WidgetStage;
  let context: BrowserContext;
  const figures: Record<string, number> = {};

  /** A cold-cache college page under `profile`, with its bot traffic counted and timed. */
  async function coldPage(
    profile: LoadProfile,
    query = '',
  ): Promise<{
    page: Page;
    errors: string[];
    bytes: ReturnType<typeof countBytes>;
    times: ReturnType<typeof requestTimes>;
  }> {
    const page = await context.newPage();
    const errors = pageErrors(page);
    const cdp = await emulate(page, profile);
    const bytes = countBytes(cdp, stage.bot.url);
    const times = requestTimes(cdp, stage.bot.url);
    await page.goto(`${stage.host.url}/${query}`);
    await launcher(page).waitFor({ timeout: 30_000 });
    return { page, errors, bytes, times };
  }

  beforeAll(async () => {
    stage = await widgetStage();
    ({ context } = stage);
    await installProbe(context);
  }, 60_000);

  afterAll(async () => {
    mkdirSync(SHOTS_DIR, { recursive: true });
    writeFileSync(join(SHOTS_DIR, 'timings.json'), `${JSON.stringify(figures, null, 2)}\n`);
    await stage?.close();
  });

  it('loads at most 15 KB from the bot before the launcher is clicked, then Web Chat on the click, and shows the welcome within 1.5 s on a desktop', async () => {
    const { page, errors, bytes, times } = await coldPage(DESKTOP);
    await networkQuiet(page, bytes, 1000, 10_000);
    figures.bytesBeforeClick = bytes.total();
    expect(bytes.files().map((f) => new URL(f.url).pathname)).toEqual(['/embed.js']);
    expect(bytes.total()).toBeLessThanOrEqual(15 * 1024);
    await launcher(page).click();
    const t = await waitForWelcome(page, 20_000);
    figures.desktopClickToVisibleWelcomeMs = Math.round((t.welcomeAt ?? Infinity) - (t.clickAt ?? 0));
    figures.desktopClickToWebChatWelcomeMs = Math.round((t.webChatAt ?? Infinity) - (t.clickAt ?? 0));
    expect(figures.desktopClickToVisibleWelcomeMs).toBeLessThanOrEqual(1500);
    expect([...times.values()].some((r) => r.url.startsWith('/webchat/webchat.'))).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  }, 60_000);

  it('starts the conversation while Web Chat is still downloading, and shows the welcome within 4 s on a slow phone', async () => {
    const { page, errors, times } = await coldPage(PHONE);
    await launcher(page).click();
    const t = await waitForWelcome(page, 30_000, 'visible');
    figures.phoneClickToVisibleWelcomeMs = Math.round((t.welcomeAt ?? Infinity) - (t.clickAt ?? 0));
    expect(figures.phoneClickToVisibleWelcomeMs).toBeLessThanOrEqual(4000);
    const all = [...times.values()];
    const bundle = all.find((r) => r.url.startsWith('/webchat/webchat.'));
    const token = all.find((r) => r.url === '/api/directline/token');
    const join = all.find((r) => r.method === 'POST' && r.url.endsWith('/activities'));
    // The token and the join both left before the bundle had finished arriving.
    expect(bundle).toBeDefined();
    const arrived = bundle?.end ?? Infinity;
    expect({
      tokenFirst: (token?.start ?? Infinity) < arrived,
      joinFirst: (join?.start ?? Infinity) < arrived,
    }).toEqual({ tokenFirst: true, joinFirst: true });
    expect(errors).toEqual([]);
    await page.close();
  }, 60_000);

  it('with data-preload="idle", runs Web Chat while the page is idle without starting a conversation, then shows Web Chat\'s welcome within 4 s of a tap on a slow phone', async () => {
    const { page, errors, times } = await coldPage(PHONE, '?preload=idle');
    const frame = await chatFrameOf(page);
    await expect
      .poll(() => frame.evaluate('window.WebChat !== undefined'), { timeout: 40_000, interval: 250 })
      .toBe(true);
    expect([...times.values()].filter((r) => r.url === '/api/directline/token')).toEqual([]);
    await launcher(page).click();
    const t = await waitForWelcome(page, 30_000);
    figures.phoneIdlePreloadClickToWebChatWelcomeMs = Math.round((t.webChatAt ?? Infinity) - (t.clickAt ?? 0));
    expect(figures.phoneIdlePreloadClickToWebChatWelcomeMs).toBeLessThanOrEqual(4000);
    expect(errors).toEqual([]);
    await page.close();
  }, 90_000);
});
