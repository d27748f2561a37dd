/**
 * The staff report in chromium after a scripted run of 50 questions over five days (the real
 * recognizer decides which ones the bot could not answer) with feedback on some answers: the page
 * asks for the token, then draws the charts, the grouped unanswered questions and the reactions, and
 * "add as example" downloads a patch. Screenshot: reports/admin/report.png.
 */
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { MemoryStorage } from 'botbuilder';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/app/config.js';
import { PROJECT_ROOT } from '../../src/platform/paths.js';
import { createBot, type BotApp } from '../../src/app/createBot.js';
import { LearningLog } from '../../src/learning/learningLog.js';
import { MemoryLearningStore } from '../../src/learning/memoryLearningStore.js';
import { DAY_MS } from '../../src/learning/types.js';
import { createServer, listen, type RunningServer } from '../../src/app/server.js';
import { testBot } from '../helpers/testBot.js';
import { TestClock } from '../learning/learningStoreContract.js';
import { CHROMIUM, cspViolations, launchBrowser } from '../widget/web/browserHarness.js';

const TOKEN = 'staff-report-token-for-tests';
const SHOTS = join(PROJECT_ROOT, 'reports', 'admin');

/** Ten conversations of five questions, two conversations a day. */
const CONVERSATIONS: readonly (readonly string[])[] = [
  ['what is PACS', 'how much is weber state', 'is there parking on campus', 'is it online', 'thanks'],
  [
    'who is the certificate for',
    'do you have night classes',
    'what do I need to apply',
    'which schools are accredited',
    'bye',
  ],
  [
    'what programs are there',
    'what is the average salary of a pacs admin',
    'how long does clarkson take',
    'can I get financial aid',
    'thank you',
  ],
  [
    'are there evening classes',
    'where is the program in florida',
    'what is accreditation',
    'can I email jane.doe@example.edu my transcript',
    'ok bye',
  ],
  [
    'what is a pacs certificate',
    'is parking free for students',
    'how many credits is it',
    'night classes?',
    'thanks a lot',
  ],
  ['help', 'what salary can I expect', 'list the accreditation bodies', 'do they have a dorm', 'goodbye'],
  [
    'how much does it cost',
    'any classes at night',
    'compare the programs',
    'what is my student number 20231234 for',
    'cheers',
  ],
  ['why archive medical images', 'is there student housing', 'when can I start', 'what do pacs admins earn', 'thx'],
  [
    'what is medical imaging',
    'where do I park',
    'which program is cheapest',
    'do you offer evening classes',
    'bye now',
  ],
  [
    'where does your information come from',
    'how much do pacs administrators make',
    'do I need a degree first',
    'is there a dormitory',
    'thanks',
  ],
];

/** Plays the questions through the real recognizer and records what the bot's turn would record. */
async function scriptedRun(app: BotApp, log: LearningLog, clock: TestClock): Promise<{ unanswered: number }> {
  const outOfScope = app.kb.intents.find((i) => i.action.kind === 'outOfScope')?.id;
  let unanswered = 0;
  let answers = 0;
  for (const [c, questions] of CONVERSATIONS.entries()) {
    if (c > 0 && c % 2 === 0) clock.advance(DAY_MS);
    for (const [q, text] of questions.entries()) {
      const r = app.recognizer.recognize(text);
      const fallback = r.intent === undefined || r.intent.intent === outOfScope;
      await log.recordTurn({ newConversation: q === 0, fallback });
      if (fallback) {
        unanswered++;
        const leaning = r.ranking.find((s) => s.intent !== outOfScope);
        const top = r.ranking[0];
        await log.recordUnanswered({
          text,
          reason: top?.intent === outOfScope ? 'out_of_scope' : 'below_threshold',
          ...(leaning !== undefined && leaning.score > 0.1 ? { leaningIntent: leaning.intent } : {}),
          knowledgeVersion: 'k-demo',
        });
      } else if (
        r.intent !== undefined &&
        app.kb.intents.find((i) => i.id === r.intent?.intent)?.action.kind !== 'smalltalk' &&
        ++answers % 3 === 0
      ) {
        const down = answers % 2 === 0;
        await log.recordFeedback({
          answerKey: r.intent.intent,
          knowledgeVersion: 'k-demo',
          reaction: down ? 'down' : 'up',
          ...(down ? { comment: 'I wanted the total cost, call me 402-555-0188' } : {}),
        });
      }
    }
  }
  return { unanswered };
}

describe.skipIf(!existsSync(CHROMIUM))('the staff report in chromium', () => {
  let running: RunningServer;
  let browser: Awaited<ReturnType<typeof launchBrowser>>;
  let page: Page;
  let violations: string[];
  let unanswered = 0;

  beforeAll(async () => {
    const base = testBot();
    const clock = new TestClock();
    clock.advance(-4 * DAY_MS);
    const log = new LearningLog({
      store: new MemoryLearningStore({ retentionMs: 30 * DAY_MS, now: clock.now }),
      policy: { keepUnanswered: true, retentionDays: 30 },
      logger: base.logger,
      now: clock.now,
    });
    const app = createBot(parseConfig({ LOG_LEVEL: 'silent', ADMIN_TOKEN: TOKEN, LEARNING_LOG: 'on' }), {
      logger: base.logger,
      kb: base.kb,
      recognizer: base.recognizer,
      storage: new MemoryStorage(),
      learning: log,
    });
    ({ unanswered } = await scriptedRun(app, log, clock));
    running = await listen(createServer(app), 0, '127.0.0.1');
    browser = await launchBrowser();
    page = await browser.context.newPage();
    violations = cspViolations(page);
    await page.goto(`${running.url}/admin`);
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await running?.close();
  });

  it('had a run with unanswered questions to report', () => {
    expect(unanswered).toBeGreaterThanOrEqual(10);
    expect(unanswered).toBeLessThan(40);
  });

  it('asks for the token, and says so when a wrong one is given', async () => {
    await page.getByLabel('Admin token').fill('not-the-token-at-all');
    await page.getByRole('button', { name: 'Show the report' }).click();
    await expect.poll(() => page.locator('#status').innerText()).toBe('That token was not accepted. Try again.');
  });

  it('draws the report once the right token is given', async () => {
    await page.getByLabel('Admin token').fill(TOKEN);
    await page.getByRole('button', { name: 'Show the report' }).click();
    await page.locator('#unanswered').waitFor({ timeout: 10_000 });
    expect(await page.locator('#totals').innerText()).toMatch(
      /^10 conversations · 50 messages · fallback rate \d+\.\d %/,
    );
    expect(await page.evaluate(() => sessionStorage.length)).toBe(1);
  });

  it('charts conversations and messages per day, and the fallback rate, as SVG', async () => {
    const activity = page.locator('#activity-chart polyline');
    expect(await activity.count()).toBe(2);
    const points = await activity.first().getAttribute('points');
    expect(points?.split(' ').length).toBe(30);
    expect(await page.locator('#fallback-chart polyline').getAttribute('points')).toMatch(/\d/);
    // One day of use is one point: a line needs two, so each day is also drawn as a dot.
    const dots = page.locator('#fallback-chart circle');
    expect(await dots.count()).toBeGreaterThanOrEqual(1);
    expect(await dots.first().evaluate((c) => getComputedStyle(c).fill)).not.toBe('none');
    expect(await page.locator('#activity-chart title').textContent()).toBe('Conversations and messages per day');
  });

  it('lists similar unanswered questions together, redacted, with the intent the recognizer leaned to', async () => {
    const groups = page.locator('#unanswered .group');
    expect(await groups.count()).toBeGreaterThanOrEqual(3);
    const night = groups.filter({ hasText: /night classes/i }).first();
    expect(await night.locator('.count').innerText()).toMatch(/^×[2-9]$/);
    expect(await night.locator('.meta').innerText()).toMatch(/^Leaning to: /);
    const text = await page.locator('#unanswered').innerText();
    expect(text).toContain('[email]');
    expect(text).not.toMatch(/jane\.doe|20231234/);
  });

  it('shows thumbs up and down per answer with the redacted comments', async () => {
    const rows = page.locator('#feedback tbody tr');
    expect(await rows.count()).toBeGreaterThanOrEqual(2);
    const text = await page.locator('#feedback').innerText();
    expect(text).toContain('disliked: I wanted the total cost, call me [phone]');
    expect(violations).toEqual([]);
    mkdirSync(SHOTS, { recursive: true });
    await page.screenshot({ path: join(SHOTS, 'report.png'), fullPage: true });
  });

  it('downloads a patch adding a group to the intent picked for it', async () => {
    const group = page
      .locator('#unanswered .group')
      .filter({ hasText: /parking|park/i })
      .first();
    const button = group.getByRole('button', { name: 'Add as example of intent' });
    await group.locator('select').selectOption('');
    await button.click();
    await expect.poll(() => group.locator('.note').innerText()).toBe('Choose an intent first.');
    await group.locator('select').selectOption('out_of_scope');
    const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
    expect(download.suggestedFilename()).toBe('add-examples-out_of_scope.patch');
    const patch = readFileSync((await download.path()) ?? '', 'utf8');
    expect(patch).toContain('--- a/knowledge/intents.json');
    expect(patch).toMatch(/^\+ {8}".*park/m);
    await expect.poll(() => group.locator('.note').innerText()).toMatch(/^Patch downloaded/);
  });
});
