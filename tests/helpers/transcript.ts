/**
 * Step-table transcripts, as BotBuilder-Samples' core-bot writes them: each step is what the user
 * says and what the bot's reply must show. One runner plays every table against a bot.
 */
import { TestAdapter, type Activity } from 'botbuilder';
import { expect } from 'vitest';
import { incomingText, type BotApp } from '../../src/app/createBot.js';

/** Text the reply must contain (a string, case-insensitive) or match (a pattern). */
export type Check = string | RegExp;

/** What the bot's reply to one step must show; the reply is every message the bot sends in that turn. */
export interface Expected {
  /** Each must be in the reply's text. */
  readonly says?: Check | readonly Check[];
  /** None may be in the reply's text. */
  readonly not?: Check | readonly Check[];
  /** The reply's buttons (suggested actions), exactly, in order. */
  readonly buttons?: readonly string[];
}

/** One step: the user's message (or a whole activity, e.g. a card click) and what the bot must reply. */
export type Step = readonly [user: string | Partial<Activity>, bot: Check | readonly Check[] | Expected];

/** A named transcript. */
export interface Transcript {
  readonly name: string;
  readonly steps: readonly Step[];
}

function list(c: Check | readonly Check[] | undefined): readonly Check[] {
  return c === undefined ? [] : typeof c === 'string' || c instanceof RegExp ? [c] : c;
}

function expectedOf(bot: Step[1]): Expected {
  return typeof bot === 'string' || bot instanceof RegExp || Array.isArray(bot)
    ? { says: bot as Check | readonly Check[] }
    : (bot as Expected);
}

function found(text: string, check: Check): boolean {
  return typeof check === 'string' ? text.toLowerCase().includes(check.toLowerCase()) : check.test(text);
}

/** The text a user sees for a turn's activities: message texts, then card fallbacks. */
export function visibleText(activities: readonly Partial<Activity>[]): string {
  return activities
    .filter((a) => a.type === 'message')
    .map((a) =>
      [
        a.text ?? '',
        ...(a.attachments ?? []).map((att) =>
          String((att.content as { fallbackText?: string } | undefined)?.fallbackText ?? ''),
        ),
      ].join('\n'),
    )
    .join('\n');
}

/** Sends one message and returns every activity the bot sent in reply. */
export async function say(adapter: TestAdapter, user: string | Partial<Activity>): Promise<Partial<Activity>[]> {
  adapter.activeQueue.length = 0;
  await adapter.send(user);
  return adapter.activeQueue.splice(0);
}

let conversations = 0;

/**
 * A new conversation with a bot, by a new user: its state starts empty, as on a channel, where one
 * bot serves every conversation. Transcripts share one bot and open a conversation each.
 */
export function adapterFor(app: BotApp): TestAdapter {
  conversations += 1;
  const template: Partial<Activity> = {
    conversation: { id: `transcript-${conversations}`, isGroup: false, conversationType: 'personal', name: '' },
    from: { id: `student-${conversations}`, name: 'Student' },
  };
  return new TestAdapter((context) => app.bot.run(context), template).use(incomingText(app.config));
}

/** Plays a transcript and checks every step. */
export async function play(app: BotApp, steps: readonly Step[]): Promise<void> {
  const adapter = adapterFor(app);
  for (const [i, [user, bot]] of steps.entries()) {
    const replies = await say(adapter, user);
    const text = visibleText(replies);
    const where = `step ${i + 1} (${typeof user === 'string' ? user : JSON.stringify(user)}) got:\n${text}`;
    const expected = expectedOf(bot);
    for (const check of list(expected.says))
      expect(found(text, check), `${where}\nexpected ${String(check)}`).toBe(true);
    for (const check of list(expected.not))
      expect(found(text, check), `${where}\nexpected no ${String(check)}`).toBe(false);
    if (expected.buttons !== undefined) {
      const buttons = replies.flatMap((a) => (a.suggestedActions?.actions ?? []).map((b) => String(b.title)));
      expect(buttons, where).toEqual(expected.buttons);
    }
  }
}
