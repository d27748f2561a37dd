/**
 * A scripted run for the staff report: starts the bot in-process with LEARNING_LOG=on, an
 * ADMIN_TOKEN and a throw-away DATA_DIR (so the log is the SQLite file a deployment would use),
 * asks 50 student questions — answerable and not, some with an email address or a phone number —
 * through the self-hosted Direct Line (the website widget's path) and, for three conversations,
 * as Teams (through the adapter), clicks 👍/👎 on some answers, some with a comment, then opens
 * /admin in chromium, enters the token and saves reports/learning/report-after-50.png.
 *
 * Run: `npm run learning:demo`. Needs Debian's chromium at /usr/bin/chromium (CHROMIUM_PATH to override).
 */
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TestAdapter, type Activity } from 'botbuilder';
import { launchBrowser } from '../tests/widget/web/browserHarness.js';
import { parseConfig } from '../src/app/config.js';
import { PROJECT_ROOT } from '../src/platform/paths.js';
import { createBot, incomingText, type BotApp } from '../src/app/createBot.js';
import { TEAMS_FEEDBACK_INVOKE, WEB_CHAT_FEEDBACK_EVENT } from '../src/learning/feedbackShapes.js';
import { createServer, listen } from '../src/app/server.js';

const SCREENSHOT = join(PROJECT_ROOT, 'reports', 'learning', 'report-after-50.png');

/** Seven conversations in the website widget, five questions each. */
const WIDGET_CONVERSATIONS: readonly (readonly string[])[] = [
  ['What is PACS?', 'How much is Weber State?', 'Is there parking on campus?', 'Is it online?', 'thanks'],
  [
    'Who is the certificate for?',
    'Do you have night classes?',
    'What do I need to apply?',
    'Which programs does the NWCCU accredit?',
    'bye',
  ],
  [
    'Which programs are there?',
    'What salary can I expect as a PACS admin?',
    'How long does Clarkson take?',
    'Is there financial aid at Weber?',
    'thank you',
  ],
  [
    'Can I email my transcript to jane.doe@example.edu?',
    'Where is the program in Florida?',
    'What is accreditation?',
    'When is the application deadline for OIT?',
    'ok bye',
  ],
  [
    'What is a PACS certificate?',
    'what is the weather in paris tomorrow',
    'How many credits is Clarkson?',
    'Do they have a dorm?',
    'thanks a lot',
  ],
  [
    'help',
    'Can you book me a flight to Denver? Text me at +1 402 555 0188',
    'List the accreditation bodies',
    'Is Clarkson cheaper than Weber?',
    'goodbye',
  ],
  [
    'Which program is cheapest?',
    'any classes at night',
    'Compare OIT and HACC',
    'my student number is 20231234, can you look up my grades',
    'cheers',
  ],
];

/** Three conversations in a Teams personal chat, five questions each. */
const TEAMS_CONVERSATIONS: readonly (readonly string[])[] = [
  [
    'Why do imaging archives matter?',
    'Is there student housing?',
    'When can I start at Clarkson?',
    'What do PACS admins earn?',
    'thx',
  ],
  [
    'How much does EFSC cost for out-of-state students?',
    'Where do I park?',
    'Which program is fastest?',
    'Do you offer evening classes?',
    'bye now',
  ],
  [
    'Where does your information come from?',
    'How much do PACS administrators make?',
    'Do I need a degree first?',
    'Is Weber online?',
    'thanks',
  ],
];

/** Comments typed into Teams' feedback form, in turn; 👎 for the ones that complain. */
const TEAMS_COMMENTS: readonly { readonly reaction: 'like' | 'dislike'; readonly text: string }[] = [
  { reaction: 'dislike', text: 'I wanted the total for a whole year, call me at 402-555-0188' },
  { reaction: 'like', text: 'Clear and quick, thanks' },
  { reaction: 'dislike', text: 'Please say when the next start is, write to sam.lee@example.com' },
  { reaction: 'like', text: '' },
];

/** A Direct Line message activity as the server returns it. */
interface DirectLineActivity {
  readonly type: string;
  readonly replyToId?: string;
  readonly from: { readonly role?: string };
  readonly entities?: ReadonlyArray<{
    readonly type?: string;
    readonly potentialAction?: ReadonlyArray<Record<string, unknown>>;
  }>;
}

/** One widget conversation over the self-hosted Direct Line's REST API, as Web Chat drives it. */
class WidgetConversation {
  private constructor(
    private readonly base: string,
    private readonly id: string,
    private readonly token: string,
  ) {}

  static async open(url: string): Promise<WidgetConversation> {
    const base = `${url}/v3/directline`;
    const res = await fetch(`${base}/conversations`, { method: 'POST' });
    const { conversationId, token } = (await res.json()) as { conversationId: string; token: string };
    return new WidgetConversation(base, conversationId, token);
  }

  /** Posts an activity and resolves with its id (the server answers once the bot's turn is over). */
  async post(activity: Record<string, unknown>): Promise<string> {
    const res = await fetch(`${this.base}/conversations/${encodeURIComponent(this.id)}/activities`, {
      method: 'POST',
      headers: { authorization: `Bearer ${this.token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ from: { id: 'student', name: 'Student' }, ...activity }),
    });
    if (!res.ok) throw new Error(`Direct Line refused the activity: ${res.status} ${await res.text()}`);
    return ((await res.json()) as { id: string }).id;
  }

  /** Asks a question and returns the bot's messages in reply. */
  async ask(text: string): Promise<DirectLineActivity[]> {
    const id = await this.post({ type: 'message', text });
    const res = await fetch(`${this.base}/conversations/${encodeURIComponent(this.id)}/activities`, {
      headers: { authorization: `Bearer ${this.token}` },
    });
    const { activities } = (await res.json()) as { activities: DirectLineActivity[] };
    return activities.filter((a) => a.type === 'message' && a.from.role === 'bot' && a.replyToId === id);
  }
}

/** The thumbs actions Web Chat renders under a reply, if the reply is an answer. */
function feedbackActions(reply: DirectLineActivity): ReadonlyArray<Record<string, unknown>> {
  return reply.entities?.find((e) => e.type === 'https://schema.org/Message')?.potentialAction ?? [];
}

/** Plays the widget conversations; every third answer gets 👎, the others every second 👍. Returns the number of clicks. */
async function widgetRun(url: string): Promise<number> {
  let answers = 0;
  let clicks = 0;
  for (const questions of WIDGET_CONVERSATIONS) {
    const chat = await WidgetConversation.open(url);
    await chat.post({ type: 'event', name: 'webchat/join', value: {} });
    for (const question of questions) {
      for (const reply of await chat.ask(question)) {
        const actions = feedbackActions(reply);
        if (actions.length === 0) continue;
        answers++;
        const action =
          answers % 3 === 0
            ? actions.find((a) => a['@type'] === 'DislikeAction')
            : answers % 2 === 0
              ? actions.find((a) => a['@type'] === 'LikeAction')
              : undefined;
        if (action === undefined) continue;
        // What Web Chat 4.18 posts for a click: the action as the bot sent it, then its own capabilities.
        await chat.post({
          type: 'event',
          name: WEB_CHAT_FEEDBACK_EVENT,
          entities: [action, { type: 'ClientCapabilities', requiresBotState: true }],
        });
        clicks++;
      }
    }
  }
  return clicks;
}

/** Plays the Teams conversations through the adapter; the first answer of each gets a reaction from Teams' form. Returns the number of clicks. */
async function teamsRun(app: BotApp): Promise<number> {
  let clicks = 0;
  for (const [c, questions] of TEAMS_CONVERSATIONS.entries()) {
    const reference = {
      ...TestAdapter.createConversation(`a:demo-personal-${c}`, 'Student', 'PACS Advisor'),
      channelId: 'msteams',
    };
    const adapter = new TestAdapter((context) => app.bot.run(context), reference).use(incomingText(app.config));
    const sent = (): Partial<Activity>[] => adapter.activeQueue.splice(0);
    for (const question of questions) {
      await adapter.send({
        type: 'message',
        text: question,
        conversation: { id: reference.conversation.id, conversationType: 'personal', isGroup: false, name: '' },
      });
      const answer = sent().find(
        (a) => (a.channelData as { feedbackLoopEnabled?: boolean } | undefined)?.feedbackLoopEnabled === true,
      );
      const form = TEAMS_COMMENTS[clicks];
      if (answer?.id === undefined || form === undefined) continue;
      const feedback = JSON.stringify(form.text === '' ? {} : { feedbackText: form.text });
      await adapter.send({
        type: 'invoke',
        name: TEAMS_FEEDBACK_INVOKE,
        replyToId: answer.id,
        value: { actionName: 'feedback', actionValue: { reaction: form.reaction, feedback } },
      });
      const status = (sent().find((a) => a.type === 'invokeResponse')?.value as { status?: number } | undefined)
        ?.status;
      if (status !== 200) throw new Error(`Teams' feedback invoke got ${status} instead of 200`);
      clicks++;
    }
  }
  return clicks;
}

/** Opens the staff report in chromium with the token and saves a full-page screenshot. */
async function screenshotReport(url: string, token: string): Promise<void> {
  const browser = await launchBrowser({ width: 1200, height: 900 });
  try {
    const page = browser.context.pages()[0] ?? (await browser.context.newPage());
    await page.goto(`${url}/admin`);
    await page.getByLabel('Admin token').fill(token);
    await page.getByRole('button', { name: 'Show the report' }).click();
    await page.locator('#unanswered').waitFor({ timeout: 15_000 });
    await page.locator('#feedback').waitFor({ timeout: 15_000 });
    mkdirSync(join(SCREENSHOT, '..'), { recursive: true });
    await page.screenshot({ path: SCREENSHOT, fullPage: true });
  } finally {
    await browser.close();
  }
}

async function main(): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'pacs-learning-demo-'));
  const token = randomBytes(24).toString('hex');
  const app = createBot(
    parseConfig({
      LOG_LEVEL: 'silent',
      DATA_DIR: dataDir,
      LEARNING_LOG: 'on',
      ADMIN_TOKEN: token,
      RATE_LIMIT_CONVERSATIONS_PER_MINUTE: '1000',
      RATE_LIMIT_ACTIVITIES_PER_MINUTE: '10000',
      RATE_LIMIT_ACTIVITIES_PER_CONVERSATION_PER_MINUTE: '1000',
    }),
  );
  const running = await listen(createServer(app), 0, '127.0.0.1');
  try {
    const widgetClicks = await widgetRun(running.url);
    const teamsClicks = await teamsRun(app);
    const report = await app.learning.report();
    const { conversations, messages, fallbacks } = report.totals;
    console.log(
      `${conversations} conversations, ${messages} questions, ${fallbacks} fallbacks; ${report.unansweredCount} unanswered questions kept in ${report.unanswered.length} groups`,
    );
    console.log(
      `feedback: ${widgetClicks} clicks in the widget, ${teamsClicks} in Teams, on ${report.feedback.length} answers`,
    );
    for (const group of report.unanswered)
      console.log(
        `  ×${group.count} ${JSON.stringify(group.question)} (${Object.keys(group.reasons).join(', ')}; leaning to ${group.leaningIntent ?? 'nothing'})`,
      );
    if (messages !== 50) throw new Error(`expected 50 questions in the log, found ${messages}`);
    await screenshotReport(running.url, token);
    console.log(`screenshot: ${SCREENSHOT}`);
  } finally {
    await running.close();
    await app.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
