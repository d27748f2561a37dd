/**
 * Measures the widget the way a student meets it: a host page on another origin, a click on the
 * launcher, the bot's welcome on screen. Chromium is slowed down through the DevTools protocol
 * (CPU and network) and the times are taken inside the page, so a busy test runner does not add to them.
 */
import type { BrowserContext, CDPSession, Page } from 'playwright-core';

/** A device and network to emulate while measuring. */
export interface LoadProfile {
  readonly name: string;
  readonly viewport: { readonly width: number; readonly height: number };
  /** 1 = no slowdown; 4 = a mid-range phone. */
  readonly cpuSlowdown: number;
  /** Network emulation, or none for the machine's own loopback. */
  readonly network?: {
    readonly latencyMs: number;
    readonly downloadBytesPerSecond: number;
    readonly uploadBytesPerSecond: number;
  };
}

/** A desktop browser on a fast connection (loopback, no slowdown). */
export const DESKTOP: LoadProfile = { name: 'desktop', viewport: { width: 1280, height: 800 }, cpuSlowdown: 1 };

/** A mid-range phone on a slow mobile connection: 4× CPU slowdown, 1.6 Mbit/s down, 750 kbit/s up, 150 ms round trip. */
export const PHONE: LoadProfile = {
  name: 'phone',
  viewport: { width: 390, height: 844 },
  cpuSlowdown: 4,
  network: { latencyMs: 150, downloadBytesPerSecond: 1_600_000 / 8, uploadBytesPerSecond: 750_000 / 8 },
};

/** The start of the bot's welcome, which marks "the chat is ready" in every measurement. */
export const WELCOME_MARK = 'Welcome! I';

/**
 * Runs in every document of the page (host page and any frame) before its own scripts: notes the
 * first click, the first animation frame in which the welcome is on screen (in the chat's preview
 * or in Web Chat), and the one in which Web Chat itself shows it, as epoch milliseconds so that
 * times from different documents compare.
 * @remarks Plain JavaScript text, because test runners rewrite TypeScript functions with helpers
 * that do not exist in the page.
 */
const PROBE = `(() => {
  const mark = ${JSON.stringify(WELCOME_MARK)};
  const now = () => performance.timeOrigin + performance.now();
  window.addEventListener('click', () => { if (window.__pacsClickAt === undefined) window.__pacsClickAt = now(); }, true);
  const holder = (node) => {
    if (!(node.textContent || '').includes(mark)) return undefined;
    const el = node.nodeType === 1 ? node : node.parentElement;
    if (!el) return undefined;
    if (el.closest('[class*="webchat__bubble"]') || el.querySelector('[class*="webchat__bubble"]')) return 'webchat';
    if (el.closest('.pacs-preview') || el.querySelector('.pacs-preview')) return 'preview';
    return undefined;
  };
  const stamp = (key) => requestAnimationFrame(() => { if (window[key] === undefined) window[key] = now(); });
  const observer = new MutationObserver((records) => {
    for (const r of records) {
      const nodes = r.type === 'characterData' ? [r.target] : Array.from(r.addedNodes);
      for (const n of nodes) {
        const where = holder(n);
        if (where === undefined) continue;
        stamp('__pacsWelcomeAt');
        if (where === 'webchat') {
          stamp('__pacsWebChatAt');
          observer.disconnect();
          return;
        }
      }
    }
  });
  observer.observe(document, { subtree: true, childList: true, characterData: true });
})();`;

/** Installs the timing probe in every page and frame of the context. */
export async function installProbe(context: BrowserContext): Promise<void> {
  await context.addInitScript({ content: PROBE });
}

/** Applies a profile's CPU and network emulation to a page, with an empty HTTP cache. */
export async function emulate(page: Page, profile: LoadProfile): Promise<CDPSession> {
  await page.setViewportSize(profile.viewport);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.clearBrowserCache');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: false });
  if (profile.network !== undefined) {
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: profile.network.latencyMs,
      downloadThroughput: profile.network.downloadBytesPerSecond,
      uploadThroughput: profile.network.uploadBytesPerSecond,
    });
  }
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: profile.cpuSlowdown });
  return cdp;
}

/** Counts the bytes on the wire (compressed, with headers) of every finished response from `origin`. */
export function countBytes(
  cdp: CDPSession,
  origin: string,
): { total(): number; files(): Array<{ url: string; bytes: number }> } {
  const urls = new Map<string, string>();
  const done: Array<{ url: string; bytes: number }> = [];
  cdp.on('Network.requestWillBeSent', (e) => urls.set(e.requestId, e.request.url));
  cdp.on('Network.loadingFinished', (e) => {
    const url = urls.get(e.requestId);
    if (url !== undefined && url.startsWith(origin)) done.push({ url, bytes: e.encodedDataLength });
  });
  return { total: () => done.reduce((sum, f) => sum + f.bytes, 0), files: () => [...done] };
}

/** What the probe saw, in epoch milliseconds: the click, the welcome on screen, Web Chat showing it. */
export interface ProbeTimes {
  readonly clickAt?: number;
  readonly welcomeAt?: number;
  readonly webChatAt?: number;
}

/** The probe's times, from whichever documents of the page saw them. */
export async function probeTimes(page: Page): Promise<ProbeTimes> {
  const seen: { clickAt?: number; welcomeAt?: number; webChatAt?: number } = {};
  for (const frame of page.frames()) {
    const t = await frame
      .evaluate(() => {
        const w = window as unknown as { __pacsClickAt?: number; __pacsWelcomeAt?: number; __pacsWebChatAt?: number };
        return { clickAt: w.__pacsClickAt, welcomeAt: w.__pacsWelcomeAt, webChatAt: w.__pacsWebChatAt };
      })
      .catch(() => ({ clickAt: undefined, welcomeAt: undefined, webChatAt: undefined }));
    seen.clickAt ??= t.clickAt;
    seen.welcomeAt ??= t.welcomeAt;
    seen.webChatAt ??= t.webChatAt;
  }
  return seen;
}

/** Waits (bounded) until the welcome is on screen (`visible`) or Web Chat itself shows it (`webchat`, the default). */
export async function waitForWelcome(
  page: Page,
  timeoutMs: number,
  until: 'visible' | 'webchat' = 'webchat',
): Promise<ProbeTimes> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const t = await probeTimes(page);
    if ((until === 'visible' ? t.welcomeAt : t.webChatAt) !== undefined || Date.now() > deadline) return t;
    await page.waitForTimeout(100);
  }
}

/** Waits until no response from `origin` has finished for `quietMs` (bounded by `timeoutMs`). */
export async function networkQuiet(
  page: Page,
  bytes: { files(): unknown[] },
  quietMs: number,
  timeoutMs: number,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let seen = bytes.files().length;
  let since = Date.now();
  while (Date.now() < deadline && Date.now() - since < quietMs) {
    await page.waitForTimeout(100);
    const n = bytes.files().length;
    if (n !== seen) {
      seen = n;
      since = Date.now();
    }
  }
}
