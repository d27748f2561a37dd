/**
 * Azure mode in a real browser: the page asks its bot for a token (the bot exchanges
 * DIRECT_LINE_SECRET with the "Direct Line service") and chats with that service directly. A second
 * bot running the self-hosted Direct Line on another origin stands in for Azure here.
 */
import { existsSync } from 'node:fs';
import { createServer as createNetServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer, listen, type RunningServer } from '../../../src/app/server.js';
import { testBot } from '../../helpers/testBot.js';
import { CHROMIUM, cspViolations, launchBrowser, shot } from './browserHarness.js';

const SECRET = 'azure-secret-that-must-stay-on-the-server';

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = createNetServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

describe.skipIf(!existsSync(CHROMIUM))('the demo page with Azure Direct Line', () => {
  let service: RunningServer;
  let site: RunningServer;
  let browser: Awaited<ReturnType<typeof launchBrowser>>;

  beforeAll(async () => {
    const sitePort = await freePort();
    const siteOrigin = `http://127.0.0.1:${sitePort}`;
    service = await listen(
      createServer(
        testBot({
          CORS_ORIGINS: siteOrigin,
          RATE_LIMIT_CONVERSATIONS_PER_MINUTE: '100',
          RATE_LIMIT_ACTIVITIES_PER_MINUTE: '100',
        }),
      ),
      0,
      '127.0.0.1',
    );
    site = await listen(
      createServer(testBot({ DIRECT_LINE_SECRET: SECRET, DIRECT_LINE_ENDPOINT: service.url })),
      sitePort,
      '127.0.0.1',
    );
    browser = await launchBrowser();
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await site?.close();
    await service?.close();
  });

  it('chats through the token from /api/directline/token without the secret reaching the browser', async () => {
    const page = await browser.context.newPage();
    const violations = cspViolations(page);
    const sent: string[] = [];
    const received: string[] = [];
    page.on('request', (r) => sent.push(`${r.url()} ${JSON.stringify(r.headers())} ${r.postData() ?? ''}`));
    page.on('response', (r) => {
      void r.text().then(
        (t) => received.push(t),
        () => undefined,
      );
    });
    page.on('websocket', (ws) => ws.on('framereceived', (f) => received.push(String(f.payload))));

    await page.goto(`${site.url}/`);
    const bubbles = page.locator('.webchat__bubble:not(.webchat__bubble--from-user) .webchat__bubble__content');
    await bubbles.filter({ hasText: 'Welcome! I' }).first().waitFor({ timeout: 20_000 });
    await page.locator('[data-id="webchat-sendbox-input"]').fill('How much does Clarkson College cost?');
    await page.keyboard.press('Enter');
    await bubbles.filter({ hasText: '$632' }).first().waitFor();
    await shot(page, '09-azure-mode-answer');

    expect(sent.some((s) => s.startsWith(`${site.url}/api/directline/token`))).toBe(true);
    expect(sent.some((s) => s.startsWith(`${service.url}/v3/directline/conversations`))).toBe(true);
    expect([...sent, ...received].filter((s) => s.includes(SECRET))).toEqual([]);
    expect(violations).toEqual([]);
  }, 60_000);
});
