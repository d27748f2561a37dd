/**
 * Web Chat 4.18 (the bundle the bot serves) in chromium, fed by a stand-in Direct Line: a reply
 * decorated for Web Chat shows the article as a citation and thumbs buttons, and a click posts
 * the event the bot parses back to the rated answer. Screenshot: reports/learning/webchat-feedback.png.
 */
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/platform/paths.js';
import { normalizeClientActivity } from '../../src/widget/directline/clientActivity.js';
import { loadKnowledge } from '../../src/knowledge/loadKnowledge.js';
import { parseWebChatFeedback, WEB_CHAT_FEEDBACK_EVENT } from '../../src/learning/feedbackShapes.js';
import { decorateReply } from '../../src/learning/replyDecorations.js';
import { WebAssets } from '../../src/widget/web/webAssets.js';
import { CHROMIUM, launchBrowser } from '../widget/web/browserHarness.js';

const SHOTS = join(PROJECT_ROOT, 'reports', 'learning');
const STUB = join(PROJECT_ROOT, 'tests', 'fixtures', 'learning', 'stub-direct-line.js');
const PAGE =
  '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Web Chat feedback</title></head><body><div id="webchat" style="height:640px"></div><script src="/webchat.js"></script><script src="/stub.js"></script></body></html>';

/** The Web Chat bundle exactly as the bot serves it. */
function webChatScript(): Buffer {
  const assets = new WebAssets(PROJECT_ROOT);
  const file = assets.byPublicName(assets.publicName('webchat.js'));
  if (file === undefined) throw new Error('the Web Chat bundle is missing');
  return file.raw;
}

/** Serves the page, the real Web Chat bundle and the stand-in Direct Line on loopback. */
function pageServer(): Promise<{ server: Server; url: string }> {
  const files: Readonly<Record<string, readonly [string, string | Buffer]>> = {
    '/': ['text/html; charset=utf-8', PAGE],
    '/webchat.js': ['application/javascript', webChatScript()],
    '/stub.js': ['application/javascript', readFileSync(STUB)],
  };
  const server = createServer((req, res) => {
    const file = files[req.url ?? ''];
    res.writeHead(file ? 200 : 404, { 'content-type': file?.[0] ?? 'text/plain' });
    res.end(file?.[1]);
  });
  return new Promise((done) =>
    server.listen(0, '127.0.0.1', () =>
      done({ server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/` }),
    ),
  );
}

describe.skipIf(!existsSync(CHROMIUM))('feedback and citations in Web Chat 4.18', () => {
  let host: { server: Server; url: string };
  let browser: Awaited<ReturnType<typeof launchBrowser>>;
  let page: Page;
  const { source } = loadKnowledge(join(PROJECT_ROOT, 'knowledge'));
  const answer = { answerKey: 'admission_requirements', knowledgeVersion: '3be1c0ffee00' };

  beforeAll(async () => {
    host = await pageServer();
    browser = await launchBrowser();
    page = await browser.context.newPage();
    await page.goto(host.url);
    await page.locator('[data-id="webchat-sendbox-input"]').waitFor({ timeout: 15_000 });
    const reply = decorateReply(
      'Most programs ask for a finished high school education.\n\n- an application and its fee\n- transcripts',
      'webchat',
      {
        citation: { source, section: 'Admission requirements' },
        answer,
      },
    );
    await page.evaluate(
      (activity) => (window as unknown as { deliverActivity(a: unknown): void }).deliverActivity(activity),
      {
        type: 'message',
        id: 'bot-1',
        from: { id: 'bot', name: 'PACS Advisor', role: 'bot' },
        timestamp: new Date().toISOString(),
        text: reply.text,
        entities: reply.entities,
      },
    );
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await new Promise((r) => host?.server.close(r));
  });

  it('shows a thumbs-up and a thumbs-down button under the reply', async () => {
    const buttons = page.locator('.webchat__thumb-button');
    await expect.poll(() => buttons.count(), { timeout: 10_000 }).toBe(2);
    expect(await buttons.evaluateAll((els) => els.map((e) => e.getAttribute('aria-pressed')))).toEqual([
      'false',
      'false',
    ]);
  });

  it("lists the article as the reply's reference and shows its author and section when opened", async () => {
    const references = page.locator('.webchat__link-definitions');
    await expect.poll(() => references.innerText(), { timeout: 10_000 }).toContain(source.title);
    await references.getByText(source.title).first().click();
    const dialog = page.locator('.webchat__citation-modal-dialog');
    await expect.poll(() => dialog.innerText(), { timeout: 5_000 }).toContain(`An article by ${source.author}.`);
    expect(await dialog.innerText()).toContain('Section: Admission requirements');
    mkdirSync(SHOTS, { recursive: true });
    await page.screenshot({ path: join(SHOTS, 'webchat-citation.png') });
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.count(), { timeout: 5_000 }).toBe(0);
  });

  it('posts, on a thumbs-down click, the event the bot reads back to the rated answer', async () => {
    await page.locator('.webchat__thumb-button').nth(1).click();
    const posted = (): Promise<unknown[]> =>
      page.evaluate(() => (window as unknown as { postedActivities: unknown[] }).postedActivities);
    await expect.poll(async () => (await posted()).length, { timeout: 5_000 }).toBeGreaterThan(0);
    const events = (await posted()).filter((a) => (a as { name?: string }).name === WEB_CHAT_FEEDBACK_EVENT);
    expect(events).toHaveLength(1);
    const received = normalizeClientActivity(events[0]);
    if (typeof received === 'string') throw new Error(received);
    expect(parseWebChatFeedback(received)).toEqual({ ok: true, feedback: { reaction: 'down', ...answer } });
    expect(await page.locator('.webchat__thumb-button').nth(1).getAttribute('aria-pressed')).toBe('true');
    await page.screenshot({ path: join(SHOTS, 'webchat-feedback.png') });
  });
});
