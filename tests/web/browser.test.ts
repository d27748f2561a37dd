/**
 * The chat widget in a real browser (Debian's chromium, playwright-core): the demo page at /, the
 * floating widget from /embed.js on another site, reloads, suggested actions, a comparison, and an
 * axe-core scan. Screenshots of every step go to reports/web/.
 */
import { existsSync } from 'node:fs';
import type { Server } from 'node:http';
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer, listen, type RunningServer } from '../../src/server.js';
import { testBot } from '../helpers/testBot.js';
import { CHROMIUM, cspViolations, hostPage, launchBrowser, seriousAxeViolations, shot } from './browserHarness.js';

const BOT_BUBBLES = '.webchat__bubble:not(.webchat__bubble--from-user) .webchat__bubble__content';
const WELCOME = 'Welcome! I';

/** Web Chat's send box inside `scope`. */
const sendBox = (scope: Page | Locator): Locator => scope.locator('[data-id="webchat-sendbox-input"]');

async function ask(scope: Page | Locator, text: string): Promise<void> {
  await sendBox(scope).fill(text);
  await sendBox(scope).press('Enter');
}

/** Waits until Web Chat reports no connection trouble and the latest message is in view. */
async function settled(scope: Page | Locator): Promise<void> {
  await expect.poll(() => scope.getByText(/Connecting|Unable to connect|Network interruption/).count(), { timeout: 10_000 }).toBe(0);
  await scope.locator('.webchat__bubble').last().scrollIntoViewIfNeeded();
}

/** The bot's bubbles containing `text` in `scope`. */
const botSaid = (scope: Page | Locator, text: string | RegExp): Locator => scope.locator(BOT_BUBBLES).filter({ hasText: text });

describe.skipIf(!existsSync(CHROMIUM))('the chat widget in chromium', () => {
  let running: RunningServer;
  let host: { server: Server; url: string };
  let browser: Awaited<ReturnType<typeof launchBrowser>>;
  let context: BrowserContext;

  beforeAll(async () => {
    let botUrl = '';
    host = await hostPage(() => botUrl);
    const app = testBot({ CORS_ORIGINS: host.url, RATE_LIMIT_CONVERSATIONS_PER_MINUTE: '1000', RATE_LIMIT_ACTIVITIES_PER_MINUTE: '1000', WEB_COLLEGE_NAME: 'Example College' });
    running = await listen(createServer(app), 0, '127.0.0.1');
    botUrl = running.url;
    browser = await launchBrowser();
    context = browser.context;
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await running?.close();
    await new Promise((r) => host?.server.close(r));
  });

  describe('the demo page at /', () => {
    let page: Page;
    let violations: string[];

    beforeAll(async () => {
      page = await context.newPage();
      violations = cspViolations(page);
    });

    it('shows the welcome once, then answers a typed question', async () => {
      await page.goto(`${running.url}/`);
      await botSaid(page, WELCOME).first().waitFor({ timeout: 20_000 });
      await settled(page);
      await shot(page, '01-demo-welcome');
      await ask(page, 'How much does Clarkson College cost?');
      await botSaid(page, '$632').first().waitFor();
      await settled(page);
      await shot(page, '02-demo-answer');
      expect(await botSaid(page, WELCOME).count()).toBe(1);
      expect(violations).toEqual([]);
    }, 60_000);

    it("answers a suggested action when it's clicked", async () => {
      await page.getByRole('toolbar', { name: 'Suggested actions' }).getByRole('button', { name: 'How long does Clarkson take?' }).click();
      await botSaid(page, '6 to 12 months').first().waitFor();
      await settled(page);
      await shot(page, '03-demo-suggested-action');
    }, 30_000);

    it('answers a comparison with a rendered Adaptive Card', async () => {
      await ask(page, 'compare weber and clarkson');
      const card = page.locator('.ac-adaptiveCard').filter({ hasText: /Weber State/ }).filter({ hasText: /Clarkson/ });
      await card.first().waitFor();
      await settled(page);
      await shot(page, '04-demo-comparison');
      expect(await card.count()).toBe(1);

      // A card button asks its question through the same Direct Line.
      const before = await page.locator(BOT_BUBBLES).count();
      await card.getByRole('button', { name: 'More about Clarkson' }).click();
      await expect.poll(() => page.locator(BOT_BUBBLES).count()).toBeGreaterThan(before);
      await expect.poll(() => page.locator(BOT_BUBBLES).last().innerText()).toMatch(/Clarkson/);
      await settled(page);
      await shot(page, '04b-demo-card-button');
    }, 30_000);

    it('keeps the conversation after a reload and continues it', async () => {
      await page.reload();
      await botSaid(page, '$632').first().waitFor({ timeout: 20_000 });
      // A follow-up that only makes sense with the conversation's memory from before the reload.
      const before = await page.locator(BOT_BUBBLES).count();
      await ask(page, 'is it online?');
      await expect.poll(() => page.locator(BOT_BUBBLES).count()).toBeGreaterThan(before);
      await expect.poll(() => page.locator(BOT_BUBBLES).last().innerText()).toMatch(/Clarkson[\s\S]*online|online[\s\S]*Clarkson/i);
      const bubbles = await page.locator(BOT_BUBBLES).allInnerTexts();
      expect(bubbles.filter((t) => t.includes(WELCOME))).toHaveLength(1);
      expect(bubbles.length).toBeGreaterThanOrEqual(5);
      expect(violations).toEqual([]);
      await settled(page);
      await shot(page, '05-demo-after-reload');
    }, 60_000);

    it('has no serious or critical accessibility violations', async () => {
      const found = await seriousAxeViolations(page);
      expect(found).toEqual([]);
    }, 30_000);
  });

  describe('the widget from /embed.js on a college page', () => {
    let page: Page;

    beforeAll(async () => {
      page = await context.newPage();
    });

    it('opens from a keyboard-reachable button and chats in the floating panel', async () => {
      await page.goto(host.url);
      const launcher = page.getByRole('button', { name: /Chat with PACS Advisor/ });
      await launcher.waitFor();
      await shot(page, '06-embed-closed');
      // Reach the button with Tab alone (bounded), then open it with Enter.
      for (let i = 0; i < 5 && (await page.evaluate(() => document.activeElement?.id)) !== 'pacs-chat-launcher'; i++) await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('pacs-chat-launcher');
      await page.keyboard.press('Enter');
      const panel = page.locator('#pacs-chat-panel');
      await botSaid(panel, WELCOME).first().waitFor({ timeout: 20_000 });
      await expect.poll(() => launcher.getAttribute('aria-expanded')).toBe('true');
      await ask(panel, 'What is PACS?');
      await botSaid(panel, /Picture Archiving/).last().waitFor();
      await settled(panel);
      await shot(page, '07-embed-answer');
    }, 60_000);

    it('closes with Escape and returns focus to the button', async () => {
      await sendBox(page.locator('#pacs-chat-panel')).press('Escape');
      await expect.poll(() => page.locator('#pacs-chat-panel').isHidden()).toBe(true);
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('pacs-chat-launcher');
    }, 30_000);

    it('remembers the open conversation on the next page load', async () => {
      await page.getByRole('button', { name: /Chat with PACS Advisor/ }).click();
      await page.reload();
      const panel = page.locator('#pacs-chat-panel');
      await botSaid(panel, /Picture Archiving/).first().waitFor({ timeout: 20_000 });
      expect(await botSaid(panel, WELCOME).count()).toBe(1);
      await settled(panel);
      await shot(page, '08-embed-after-reload');
    }, 60_000);

    it('has no serious or critical accessibility violations with the panel open', async () => {
      expect(await seriousAxeViolations(page)).toEqual([]);
    }, 30_000);
  });
});
