/**
 * The widget when things go wrong: the bot restarts (with a random token key, and with a fixed
 * DIRECT_LINE_TOKEN_SECRET but conversations kept in memory), the student is offline, the server is
 * busy (429 with Retry-After), and the college site is not allowed. In every case the student reads
 * one clear line, can carry on, and the page logs no uncaught error or unhandled rejection.
 */
import { existsSync } from 'node:fs';
import type { Server } from 'node:http';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { BotApp } from '../../../src/app/createBot.js';
import { createServer, listen, type RunningServer } from '../../../src/app/server.js';
import { testBot } from '../../helpers/testBot.js';
import {
  ask,
  botSaid,
  botWithLog,
  chatFrame,
  chatFrameOf,
  CHROMIUM,
  hostPage,
  launchBrowser,
  launcher,
  pageErrors,
  sendBox,
  shot,
  WELCOME,
} from './browserHarness.js';

const LIMITS = { RATE_LIMIT_CONVERSATIONS_PER_MINUTE: '1000', RATE_LIMIT_ACTIVITIES_PER_MINUTE: '1000' };
const FIXED_SECRET = 'a-fixed-token-secret-of-at-least-32-characters';
const ENDED = 'Your previous chat had ended, so this is a new one.';
const OFFLINE = "Can't reach the chat service. Check your connection, then try again.";

describe.skipIf(!existsSync(CHROMIUM))('the widget when things go wrong', () => {
  let host: { server: Server; url: string };
  let botUrl = '';
  let bot: RunningServer | undefined;
  let browser: Awaited<ReturnType<typeof launchBrowser>>;
  let context: BrowserContext;
  let page: Page;
  let errors: string[];

  /**
   * (Re)starts the bot on the same address, as a deployment restarts: conversations in memory and open
   * connections are gone. (A connection left open would keep the old server's close waiting, and a
   * test that timed out there would later take the port from the next one.)
   */
  async function startBot(
    env: Record<string, string> = {},
    app: BotApp = testBot({ CORS_ORIGINS: host.url, ...LIMITS, ...env }),
  ): Promise<void> {
    const port = bot === undefined ? 0 : Number(new URL(botUrl).port);
    if (bot !== undefined) {
      const closing = bot.close();
      bot.server.server.closeAllConnections();
      await closing;
    }
    bot = await listen(createServer(app), port, '127.0.0.1');
    botUrl = bot.url;
  }

  /** A new page with the widget open and the welcome shown. */
  async function openChat(path = '/'): Promise<Page> {
    page = await context.newPage();
    errors = pageErrors(page);
    await page.goto(`${host.url}${path}`);
    await launcher(page).click();
    await botSaid(chatFrame(page), WELCOME).first().waitFor({ timeout: 20_000 });
    return page;
  }

  beforeAll(async () => {
    host = await hostPage(() => botUrl);
    browser = await launchBrowser();
    context = browser.context;
  }, 60_000);

  beforeEach(() => {
    errors = [];
  });

  afterEach(async () => {
    expect(errors).toEqual([]);
    await context.setOffline(false);
    await page?.close();
  });

  afterAll(async () => {
    await browser?.close();
    await bot?.close();
    await new Promise((r) => host?.server.close(r));
  });

  for (const [label, env, name] of [
    ['a random token key (the message gets 403)', {}, 'random'],
    ['a fixed DIRECT_LINE_TOKEN_SECRET (the message gets 404)', { DIRECT_LINE_TOKEN_SECRET: FIXED_SECRET }, 'fixed'],
  ] as const) {
    it(`carries a message sent just after a restart with ${label} into a new conversation, saying so`, async () => {
      await startBot(env);
      await openChat();
      const chat = chatFrame(page);
      await ask(chat, 'How long does Clarkson take?');
      await botSaid(chat, '6 to 12 months').last().waitFor();
      await startBot(env);
      await ask(chat, 'How much does Clarkson College cost?');
      await chat.getByRole('status').filter({ hasText: ENDED }).waitFor({ timeout: 30_000 });
      await botSaid(chat, '$632').first().waitFor({ timeout: 20_000 });
      expect(await botSaid(chat, WELCOME).count()).toBe(1);
      await shot(page, `20-restart-${name}-secret-same-page`);
      // The new conversation is the one that survives a reload, without the notice.
      await page.reload();
      await botSaid(chatFrame(page), '$632').first().waitFor({ timeout: 20_000 });
      expect(await chatFrame(page).getByText(ENDED).count()).toBe(0);
    }, 90_000);
  }

  it('keeps what the student was typing while the chat reconnects after a restart, and it sends in the new conversation', async () => {
    await startBot({ DIRECT_LINE_TOKEN_SECRET: FIXED_SECRET });
    await openChat();
    const chat = chatFrame(page);
    await ask(chat, 'How long does Clarkson take?');
    await botSaid(chat, '6 to 12 months').last().waitFor();
    // A slow start for the new conversation leaves the old chat on screen while the widget reconnects.
    let release: () => void = () => undefined;
    const held = new Promise<void>((r) => (release = r));
    await page.route(`${botUrl}/api/directline/token`, async (route) => (await held, route.continue()));
    await startBot({ DIRECT_LINE_TOKEN_SECRET: FIXED_SECRET });
    await chat.getByRole('status').filter({ hasText: 'Reconnecting' }).waitFor({ timeout: 30_000 });
    await sendBox(chat).fill('How much does Clarkson College cost?');
    release();
    await chat.getByRole('status').filter({ hasText: ENDED }).waitFor({ timeout: 20_000 });
    await expect.poll(() => sendBox(chat).inputValue()).toBe('How much does Clarkson College cost?');
    await sendBox(chat).press('Enter');
    await botSaid(chat, '$632').first().waitFor({ timeout: 20_000 });
  }, 60_000);

  for (const [label, env] of [
    ['a random token key (refresh answers 403)', {}],
    [
      'a fixed DIRECT_LINE_TOKEN_SECRET (the gone conversation answers 403)',
      { DIRECT_LINE_TOKEN_SECRET: FIXED_SECRET },
    ],
  ] as const) {
    it(`starts a new conversation on reload after a restart with ${label}, and it works`, async () => {
      await startBot(env);
      await openChat();
      await ask(chatFrame(page), 'How much does Clarkson College cost?');
      await botSaid(chatFrame(page), '$632').first().waitFor();
      await startBot(env);
      await page.reload();
      const chat = chatFrame(page);
      await chat.getByRole('status').filter({ hasText: ENDED }).waitFor({ timeout: 20_000 });
      await botSaid(chat, WELCOME).first().waitFor();
      expect(await botSaid(chat, '$632').count()).toBe(0);
      await ask(chat, 'How long does Clarkson take?');
      await botSaid(chat, '6 to 12 months').first().waitFor();
      await shot(page, `21-restart-${'DIRECT_LINE_TOKEN_SECRET' in env ? 'fixed' : 'random'}-secret-reloaded`);
    }, 60_000);
  }

  it('explains being offline with a Try again that works once the connection is back', async () => {
    await startBot();
    page = await context.newPage();
    errors = pageErrors(page);
    await page.goto(`${host.url}/`);
    await launcher(page).waitFor();
    await context.setOffline(true);
    await launcher(page).click();
    const notice = page.getByRole('alert').filter({ hasText: OFFLINE });
    await notice.waitFor({ timeout: 20_000 });
    await shot(page, '22-offline');
    await context.setOffline(false);
    await notice.getByRole('button', { name: 'Try again' }).click();
    await botSaid(chatFrame(page), WELCOME).first().waitFor({ timeout: 20_000 });
  }, 60_000);

  it('explains losing the connection after the chat has loaded, and Try again reconnects', async () => {
    await startBot();
    page = await context.newPage();
    errors = pageErrors(page);
    await page.goto(`${host.url}/?preload=idle`);
    // The frame is loaded in the background; the student goes offline before opening it.
    const frame = await chatFrameOf(page);
    await expect.poll(() => frame.evaluate('window.WebChat !== undefined'), { timeout: 30_000 }).toBe(true);
    await context.setOffline(true);
    await launcher(page).click();
    const chat = chatFrame(page);
    const alert = chat.getByRole('alert').filter({ hasText: OFFLINE });
    await alert.waitFor({ timeout: 20_000 });
    await context.setOffline(false);
    await alert.getByRole('button', { name: 'Try again' }).click();
    await botSaid(chat, WELCOME).first().waitFor({ timeout: 20_000 });
    expect(await alert.isVisible()).toBe(false);
  }, 60_000);

  it("waits as long as a busy server's Retry-After says, counting down, then starts by itself", async () => {
    await startBot();
    page = await context.newPage();
    errors = pageErrors(page);
    let refused = 0;
    await page.route(`${botUrl}/api/directline/token`, async (route) => {
      if (refused++ > 0) return route.continue();
      await route.fulfill({
        status: 429,
        headers: { 'retry-after': '2', 'content-type': 'application/json' },
        body: JSON.stringify({
          error: { code: 'TooManyRequests', message: 'too many conversations, try again later' },
        }),
      });
    });
    await page.goto(`${host.url}/`);
    await launcher(page).click();
    const chat = chatFrame(page);
    const busy = chat
      .getByRole('alert')
      .filter({ hasText: /Many people are starting chats right now\. Trying again in [12] seconds?\./ });
    await busy.waitFor({ timeout: 20_000 });
    expect(await busy.getByRole('button', { name: 'Try now' }).isVisible()).toBe(true);
    await shot(page, '23-busy-429');
    await botSaid(chat, WELCOME).first().waitFor({ timeout: 20_000 });
    expect(refused).toBe(2);
  }, 60_000);

  it("tells a site that is not allowed why, in its console and in the bot's log with the site's origin", async () => {
    const other = await hostPage(() => botUrl);
    const { app, lines } = botWithLog({ CORS_ORIGINS: host.url });
    await startBot({}, app);
    try {
      page = await context.newPage();
      errors = pageErrors(page);
      const warnings: string[] = [];
      page.on('console', (m) => {
        if (m.type() === 'warning') warnings.push(m.text());
      });
      await page.goto(`${other.url}/`);
      await launcher(page).click();
      await chatFrame(page).getByText("This chat isn't available on this site.").waitFor({ timeout: 20_000 });
      await expect
        .poll(() => warnings)
        .toContain(
          `PACS chat: This site (${other.url}) is not allowed to use the chat: add it to CORS_ORIGINS on the bot.`,
        );
      expect(lines).toContainEqual(expect.objectContaining({ origin: other.url, route: '/chat' }));
      await shot(page, '24-refused-site');
    } finally {
      other.server.closeAllConnections();
      await new Promise((r) => other.server.close(r));
    }
  }, 60_000);
});
