/**
 * How the chat looks where students meet it: phones from 320 to 430 px wide (the chat page and the
 * widget, full-screen), a desktop, a college stylesheet that restyles everything, a dark page, the
 * dark theme, forced colours and 400% zoom; axe-core on each. Screenshots go to reports/web/.
 */
import { existsSync } from 'node:fs';
import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ask,
  botSaid,
  chatFrame,
  chatFrameOf,
  CHROMIUM,
  LAYOUT_PROBLEMS,
  launcher,
  pageErrors,
  seriousAxeViolations,
  shot,
  WELCOME,
  widgetStage,
  type WidgetStage,
} from './browserHarness.js';

const PHONES = [320, 390, 430];

/** The widget's panel in the college page's shadow root: whether it is shown and where. */
function panelBox(page: Page): Promise<{ hidden: boolean; x: number; y: number; width: number; height: number }> {
  return page.locator('pacs-chat-widget').evaluate((host) => {
    const panel = host.shadowRoot?.querySelector('.panel') as HTMLElement;
    const r = panel.getBoundingClientRect();
    return { hidden: panel.hidden, x: r.x, y: r.y, width: r.width, height: r.height };
  });
}

/** Computed styles of the elements matched by each selector, in one document. */
function stylesOf(scope: Page | Frame, selectors: readonly string[], properties: readonly string[]): Promise<string[]> {
  return scope.evaluate(
    ([sel, props]) =>
      sel.map((s) => {
        const el = document.querySelector(s);
        if (el === null) return `${s}: missing`;
        const style = getComputedStyle(el);
        return `${s}: ${props.map((p) => `${p}=${style.getPropertyValue(p)}`).join('; ')}`;
      }),
    [selectors, properties] as const,
  );
}

/** Computed styles of the launcher and the panel inside the widget's shadow root. */
function widgetStyles(page: Page, properties: readonly string[]): Promise<string[]> {
  return page.locator('pacs-chat-widget').evaluate(
    (host, props) =>
      ['.launcher', '.panel', 'iframe'].map((s) => {
        const style = getComputedStyle(host.shadowRoot?.querySelector(s) as Element);
        return `${s}: ${props.map((p) => `${p}=${style.getPropertyValue(p)}`).join('; ')}`;
      }),
    properties,
  );
}

const TEXT_STYLE = [
  'color',
  'background-color',
  'font-family',
  'font-size',
  'font-weight',
  'line-height',
  'letter-spacing',
  'text-transform',
  'box-sizing',
  'border-top-width',
  'border-bottom-width',
  'padding-top',
  'margin-top',
];

describe.skipIf(!existsSync(CHROMIUM))(
  'the chat on phones, hostile and dark pages, in forced colours and at 400% zoom',
  () => {
    let stage: WidgetStage;

    beforeAll(async () => {
      stage = await widgetStage({
        WEB_PRIVACY_URL: 'https://www.example.edu/privacy',
        ADVISOR_CONTACT: 'advising@example.edu',
        ADVISOR_CONTACT_URL: 'https://www.example.edu/advising',
      });
    }, 60_000);

    afterAll(async () => {
      await stage?.close();
    });

    describe('the chat page at / on phones', () => {
      let page: Page;

      beforeAll(async () => {
        page = await stage.context.newPage();
        await page.setViewportSize({ width: 390, height: 844 });
        await page.goto(`${stage.bot.url}/`);
        await botSaid(page, WELCOME).first().waitFor({ timeout: 20_000 });
        await ask(page, 'tell me about weber state');
        await page.locator('.ac-adaptiveCard').first().waitFor();
        await ask(page, 'compare weber and clarkson');
        await page.locator('.ac-adaptiveCard').nth(1).waitFor();
      }, 60_000);

      for (const width of PHONES) {
        it(`fits ${width} px: no sideways scrolling, whole words in cards, nothing cut off, suggestions stacked`, async () => {
          await page.setViewportSize({ width, height: 740 });
          await expect.poll(() => page.locator('.webchat__suggested-actions--stacked-layout').count()).toBe(1);
          expect(await page.locator('.react-film__flipper').count()).toBe(0);
          for (const card of await page.locator('.ac-adaptiveCard').all()) {
            await card.scrollIntoViewIfNeeded();
            expect(await page.evaluate(LAYOUT_PROBLEMS)).toEqual([]);
          }
          await page
            .locator('.ac-adaptiveCard')
            .nth(1)
            .evaluate((e) => e.scrollIntoView({ block: 'start' }));
          await shot(page, `10-page-phone-${width}`);
        }, 30_000);
      }
    });

    describe('the widget on phones and on a desktop', () => {
      for (const width of PHONES) {
        it(`opens full-screen at ${width} px with a clear Close button, and fits`, async () => {
          const page = await stage.context.newPage();
          await page.setViewportSize({ width, height: 740 });
          await page.goto(`${stage.host.url}/`);
          await launcher(page).click();
          const chat = chatFrame(page);
          await botSaid(chat, WELCOME).first().waitFor({ timeout: 20_000 });
          expect(await panelBox(page)).toEqual({ hidden: false, x: 0, y: 0, width, height: 740 });
          expect(await launcher(page).isVisible()).toBe(false);
          const close = chat.getByRole('button', { name: 'Close chat' });
          const inView = async (): Promise<string> => {
            const box = await close.boundingBox();
            return box === null
              ? 'not shown'
              : `${box.x >= 0 && box.x + box.width <= width ? 'in view' : `at ${box.x}..${box.x + box.width}`}, ${box.height >= 43.5 ? 'tall enough' : `${box.height} px tall`}`;
          };
          await expect.poll(inView).toBe('in view, tall enough');
          await ask(chat, 'compare weber and clarkson');
          await chat.locator('.ac-adaptiveCard').first().waitFor();
          const frame = await chatFrameOf(page);
          await expect.poll(() => frame.evaluate(LAYOUT_PROBLEMS)).toEqual([]);
          await chat
            .locator('.ac-adaptiveCard')
            .first()
            .evaluate((e) => e.scrollIntoView({ block: 'start' }));
          await shot(page, `11-embed-phone-${width}`);
          await close.click();
          await expect.poll(async () => (await panelBox(page)).hidden).toBe(true);
          expect(await launcher(page).isVisible()).toBe(true);
          await page.close();
        }, 60_000);
      }

      it('floats as a panel beside the page on a desktop, and fits', async () => {
        const page = await stage.context.newPage();
        await page.setViewportSize({ width: 1280, height: 800 });
        await page.goto(`${stage.host.url}/`);
        await launcher(page).click();
        await botSaid(chatFrame(page), WELCOME).first().waitFor({ timeout: 20_000 });
        const box = await panelBox(page);
        expect(box.width).toBeLessThan(500);
        expect(box.x + box.width).toBeLessThanOrEqual(1280);
        expect(await launcher(page).isVisible()).toBe(true);
        expect(await (await chatFrameOf(page)).evaluate(LAYOUT_PROBLEMS)).toEqual([]);
        await shot(page, '12-embed-desktop');
        await page.close();
      }, 60_000);
    });

    describe('on a college page whose stylesheet restyles everything', () => {
      it("looks exactly as on a plain page, and leaves the college's own styles alone", async () => {
        const snapshot = async (path: string): Promise<{ widget: string[]; chat: string[]; college: string[] }> => {
          const page = await stage.context.newPage();
          await page.setViewportSize({ width: 1280, height: 800 });
          await page.goto(`${stage.host.url}${path}`);
          await launcher(page).click();
          const chat = chatFrame(page);
          await botSaid(chat, WELCOME).first().waitFor({ timeout: 20_000 });
          await ask(chat, 'compare weber and clarkson');
          await chat.locator('.ac-adaptiveCard').first().waitFor();
          const frame = await chatFrameOf(page);
          const result = {
            widget: await widgetStyles(page, [...TEXT_STYLE, 'width', 'height', 'border-top-style', 'outline-style']),
            chat: await stylesOf(
              frame,
              [
                '.pacs-header h1',
                '.pacs-header .pacs-button',
                '.pacs-notice',
                '.webchat__bubble__content',
                '.ac-pushButton',
                '.webchat__suggested-actions__button',
              ],
              TEXT_STYLE,
            ),
            college:
              path === '/hostile'
                ? await stylesOf(page, ['h1', 'h2', '#host-button', 'p', 'body', 'footer'], TEXT_STYLE)
                : [],
          };
          if (path === '/hostile') await shot(page, '13-hostile-host');
          await page.close();
          return result;
        };
        const plain = await snapshot('/');
        const hostile = await snapshot('/hostile');
        expect(hostile.widget).toEqual(plain.widget);
        expect(hostile.chat).toEqual(plain.chat);

        const without = await stage.context.newPage();
        await without.goto(`${stage.host.url}/hostile?embed=none`);
        expect(hostile.college).toEqual(
          await stylesOf(without, ['h1', 'h2', '#host-button', 'p', 'body', 'footer'], TEXT_STYLE),
        );
        await without.close();
      }, 90_000);
    });

    describe('themes and accessibility settings', () => {
      it('shows a focus ring that stands out on a dark page', async () => {
        const page = await stage.context.newPage();
        await page.goto(`${stage.host.url}/dark`);
        await launcher(page).waitFor();
        await page.keyboard.press('Tab');
        await expect.poll(() => launcher(page).evaluate((b) => b.matches(':focus-visible'))).toBe(true);
        const ring = await launcher(page).evaluate((b) => {
          const s = getComputedStyle(b);
          return { outline: `${s.outlineStyle} ${s.outlineWidth}`, shadow: s.boxShadow };
        });
        // A dark ring inside a white one: the white reads on the #1b1b1b page, the dark one on light pages.
        expect(ring.outline).toBe('solid 3px');
        expect(ring.shadow).toContain('rgb(255, 255, 255)');
        await shot(page, '14-focus-ring-dark-page');
        await page.close();
      }, 30_000);

      it('follows a dark colour scheme with readable contrast, in the page and in the widget', async () => {
        const page = await stage.context.newPage();
        await page.emulateMedia({ colorScheme: 'dark' });
        await page.goto(`${stage.bot.url}/`);
        await botSaid(page, WELCOME).first().waitFor({ timeout: 20_000 });
        await ask(page, 'compare weber and clarkson');
        await page.locator('.ac-adaptiveCard').first().waitFor();
        // Web Chat draws the citations' header ("1 reference") in a fixed grey; the page's dark theme lightens it.
        await page.locator('.webchat__link-definitions__header').first().waitFor();
        expect(await stylesOf(page, ['.webchat__link-definitions__header'], ['color'])).toEqual([
          '.webchat__link-definitions__header: color=rgb(196, 196, 196)',
        ]);
        expect(await stylesOf(page, ['.pacs-app', '.webchat__bubble__content'], ['background-color'])).toEqual([
          '.pacs-app: background-color=rgb(18, 18, 18)',
          '.webchat__bubble__content: background-color=rgb(30, 30, 30)',
        ]);
        expect(await seriousAxeViolations(page)).toEqual([]);
        await shot(page, '15-page-dark');

        await page.goto(`${stage.host.url}/`);
        await launcher(page).click();
        await botSaid(chatFrame(page), WELCOME).first().waitFor({ timeout: 20_000 });
        const frame = await chatFrameOf(page);
        expect(await stylesOf(frame, ['body'], ['background-color'])).toEqual([
          'body: background-color=rgb(18, 18, 18)',
        ]);
        expect(await seriousAxeViolations(frame)).toEqual([]);
        await shot(page, '16-embed-dark');
        await page.close();
      }, 60_000);

      it('keeps the edges of the button, the panel and the header in forced colours', async () => {
        const page = await stage.context.newPage();
        await page.emulateMedia({ forcedColors: 'active' });
        await page.goto(`${stage.host.url}/`);
        await launcher(page).click();
        await botSaid(chatFrame(page), WELCOME).first().waitFor({ timeout: 20_000 });
        const edges = await widgetStyles(page, ['border-top-style', 'border-top-width']);
        expect(edges.slice(0, 2)).toEqual([
          '.launcher: border-top-style=solid; border-top-width=2px',
          '.panel: border-top-style=solid; border-top-width=2px',
        ]);
        const frame = await chatFrameOf(page);
        expect(await stylesOf(frame, ['.pacs-header', '.pacs-notice'], ['border-bottom-style'])).toEqual([
          '.pacs-header: border-bottom-style=solid',
          '.pacs-notice: border-bottom-style=solid',
        ]);
        expect(await seriousAxeViolations(page)).toEqual([]);
        expect(await seriousAxeViolations(frame)).toEqual([]);
        await shot(page, '17-embed-forced-colors');
        await page.close();
      }, 60_000);

      it('can still be read at 400% zoom (320 × 256 CSS pixels), on the page and in the widget', async () => {
        const page = await stage.context.newPage();
        const errors = pageErrors(page);
        await page.setViewportSize({ width: 320, height: 256 });
        for (const [url, name] of [
          [`${stage.bot.url}/`, '18-page-zoom-400'],
          [`${stage.host.url}/`, '19-embed-zoom-400'],
        ] as const) {
          await page.goto(url);
          if (url.startsWith(stage.host.url)) await launcher(page).click();
          const scope: Page | Frame = url.startsWith(stage.host.url) ? await chatFrameOf(page) : page;
          await scope.locator('.webchat__bubble').filter({ hasText: WELCOME }).first().waitFor({ timeout: 20_000 });
          await scope.locator('.webchat__basic-transcript').scrollIntoViewIfNeeded();
          const transcript = await scope.locator('.webchat__basic-transcript').boundingBox();
          expect(transcript?.height ?? 0).toBeGreaterThanOrEqual(100);
          expect(
            await scope.evaluate('document.documentElement.scrollWidth <= document.documentElement.clientWidth'),
          ).toBe(true);
          await shot(page, name);
        }
        expect(errors).toEqual([]);
        await page.close();
      }, 60_000);
    });
  },
);
