/**
 * The chat in a real browser (Debian's chromium, playwright-core): the chat page at /, and the
 * widget from /embed.js on a college page of another origin, used with the keyboard; reloads,
 * suggested actions, a comparison card, Start over, and axe-core scans of both. Screenshots go to
 * reports/web/.
 */
import { existsSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ask,
  botBubbles,
  botSaid,
  chatFrame,
  chatFrameOf,
  CHROMIUM,
  cspViolations,
  launcher,
  pageErrors,
  sendBox,
  seriousAxeViolations,
  shot,
  WELCOME,
  widgetStage,
  type ChatScope,
  type WidgetStage,
} from './browserHarness.js';

/** Waits until Web Chat reports no connection trouble and the latest message is in view. */
async function settled(scope: ChatScope): Promise<void> {
  await expect
    .poll(() => scope.getByText(/Connecting|Unable to connect|Network interruption/).count(), { timeout: 10_000 })
    .toBe(0);
  await scope.locator('.webchat__bubble').last().scrollIntoViewIfNeeded();
}

describe.skipIf(!existsSync(CHROMIUM))('the chat in chromium', () => {
  let stage: WidgetStage;

  beforeAll(async () => {
    stage = await widgetStage({ WEB_COLLEGE_NAME: 'Example College', ADVISOR_CONTACT: 'advising@example.edu' });
  }, 60_000);

  afterAll(async () => {
    await stage?.close();
  });

  describe('the chat page at /', () => {
    let page: Page;
    let violations: string[];
    let errors: string[];

    beforeAll(async () => {
      page = await stage.context.newPage();
      violations = cspViolations(page);
      errors = pageErrors(page);
    });

    it('shows the welcome once, then answers a typed question', async () => {
      await page.goto(`${stage.bot.url}/`);
      await botSaid(page, WELCOME).first().waitFor({ timeout: 20_000 });
      await settled(page);
      await shot(page, '01-page-welcome');
      await ask(page, 'How much does Clarkson College cost?');
      await botSaid(page, '$632').first().waitFor();
      await settled(page);
      await shot(page, '02-page-answer');
      expect(await botSaid(page, WELCOME).count()).toBe(1);
      expect(violations).toEqual([]);
    }, 60_000);

    it("answers a suggested action when it's clicked", async () => {
      await page
        .getByRole('toolbar', { name: 'Suggested actions' })
        .getByRole('button', { name: 'How long does Clarkson take?' })
        .click();
      await botSaid(page, '6 to 12 months').first().waitFor();
      await settled(page);
      await shot(page, '03-page-suggested-action');
    }, 30_000);

    it('answers a comparison with a rendered Adaptive Card whose buttons ask their question', async () => {
      await ask(page, 'compare weber and clarkson');
      const card = page
        .locator('.ac-adaptiveCard')
        .filter({ hasText: /Weber State/ })
        .filter({ hasText: /Clarkson/ });
      await card.first().waitFor();
      await settled(page);
      await shot(page, '04-page-comparison');
      expect(await card.count()).toBe(1);
      const before = await botBubbles(page).count();
      await card.getByRole('button', { name: 'More about Clarkson' }).click();
      await expect.poll(() => botBubbles(page).count()).toBeGreaterThan(before);
      await expect.poll(() => botBubbles(page).last().innerText()).toMatch(/Clarkson/);
      await settled(page);
    }, 30_000);

    it('keeps the conversation after a reload and continues it', async () => {
      await page.reload();
      await botSaid(page, '$632').first().waitFor({ timeout: 20_000 });
      // A follow-up that only makes sense with the conversation's memory from before the reload.
      const before = await botBubbles(page).count();
      await ask(page, 'is it online?');
      await expect.poll(() => botBubbles(page).count()).toBeGreaterThan(before);
      await expect
        .poll(() => botBubbles(page).last().innerText())
        .toMatch(/Clarkson[\s\S]*online|online[\s\S]*Clarkson/i);
      const bubbles = await botBubbles(page).allInnerTexts();
      expect(bubbles.filter((t) => t.includes(WELCOME))).toHaveLength(1);
      expect(bubbles.length).toBeGreaterThanOrEqual(5);
      expect(violations).toEqual([]);
      await settled(page);
      await shot(page, '05-page-after-reload');
    }, 60_000);

    it('has no serious or critical accessibility violations', async () => {
      expect(await seriousAxeViolations(page)).toEqual([]);
    }, 30_000);

    it('starts over with a button: an empty transcript, one new welcome, and a line saying so', async () => {
      await page.getByRole('button', { name: 'Start over' }).click();
      await expect.poll(() => page.getByRole('status').filter({ hasText: 'You started a new chat.' }).count()).toBe(1);
      await botSaid(page, WELCOME).first().waitFor();
      expect(await botSaid(page, '$632').count()).toBe(0);
      expect(await botSaid(page, WELCOME).count()).toBe(1);
      await expect
        .poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-id')))
        .toBe('webchat-sendbox-input');
      expect(errors).toEqual([]);
    }, 30_000);
  });

  describe('the widget from /embed.js on a college page', () => {
    let page: Page;
    let errors: string[];

    beforeAll(async () => {
      page = await stage.context.newPage();
      errors = pageErrors(page);
    });

    it('opens from a keyboard-reachable button, says it is automated, and chats with focus in the send box', async () => {
      await page.goto(stage.host.url);
      await launcher(page).waitFor();
      await shot(page, '06-embed-closed');
      // Reach the button with Tab alone (bounded), then open it with Enter.
      const onLauncher = (): Promise<boolean> =>
        launcher(page).evaluate(
          (b) => b.getRootNode() instanceof ShadowRoot && (b.getRootNode() as ShadowRoot).activeElement === b,
        );
      for (let i = 0; i < 5 && !(await onLauncher()); i++) await page.keyboard.press('Tab');
      expect(await onLauncher()).toBe(true);
      await page.keyboard.press('Enter');
      const chat = chatFrame(page);
      await botSaid(chat, WELCOME).first().waitFor({ timeout: 20_000 });
      await expect.poll(() => launcher(page).getAttribute('aria-expanded')).toBe('true');
      await expect
        .poll(async () => (await chatFrameOf(page)).evaluate(() => document.activeElement?.getAttribute('data-id')))
        .toBe('webchat-sendbox-input');
      expect(await chat.locator('.pacs-header').innerText()).toMatch(/Automated assistant/);
      expect(await chat.locator('.pacs-notice').innerText()).toMatch(/Need a person\? advising@example\.edu/);
      await page.keyboard.type('What is PACS?');
      await page.keyboard.press('Enter');
      await botSaid(chat, /Picture Archiving/)
        .last()
        .waitFor();
      await settled(chat);
      await shot(page, '07-embed-answer');
    }, 60_000);

    it('keeps the panel open on Escape inside a card, and closes it on Escape from the send box, focus back on the button', async () => {
      const chat = chatFrame(page);
      await ask(chat, 'compare weber and clarkson');
      const cardButton = chat.locator('.ac-adaptiveCard').last().getByRole('button', { name: 'More about Clarkson' });
      await cardButton.waitFor();
      await cardButton.focus();
      await page.keyboard.press('Escape');
      await page.waitForTimeout(300);
      expect(
        await page
          .locator('pacs-chat-widget')
          .evaluate((h) => (h.shadowRoot?.querySelector('.panel') as HTMLElement).hidden),
      ).toBe(false);
      await sendBox(chat).focus();
      await page.keyboard.press('Escape');
      await expect
        .poll(() =>
          page
            .locator('pacs-chat-widget')
            .evaluate((h) => (h.shadowRoot?.querySelector('.panel') as HTMLElement).hidden),
        )
        .toBe(true);
      expect(await launcher(page).evaluate((b) => (b.getRootNode() as ShadowRoot).activeElement === b)).toBe(true);
      expect(await launcher(page).getAttribute('aria-expanded')).toBe('false');
    }, 30_000);

    it('remembers the open conversation on the next page load', async () => {
      await launcher(page).click();
      await page.reload();
      const chat = chatFrame(page);
      await botSaid(chat, /Picture Archiving/)
        .first()
        .waitFor({ timeout: 20_000 });
      expect(await botSaid(chat, WELCOME).count()).toBe(1);
      await settled(chat);
      await shot(page, '08-embed-after-reload');
    }, 60_000);

    it('has no serious or critical accessibility violations on the college page or in the chat', async () => {
      expect(await seriousAxeViolations(page)).toEqual([]);
      expect(await seriousAxeViolations(await chatFrameOf(page))).toEqual([]);
      expect(errors).toEqual([]);
    }, 30_000);
  });
});
