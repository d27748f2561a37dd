/**
 * The typing indicator: a turn that takes longer than {@link TYPING_DELAY_MS} shows "typing…"
 * until its answer is sent (Teams, Web Chat and the Emulator all display it).
 * @remarks botbuilder's `ShowTypingMiddleware` starts and clears a timer for every turn. Here one
 * shared timer, running only while turns are in flight, looks at all of them: under load that is
 * one timer for hundreds of turns a second, and quick answers cost a map entry.
 */
import { ActivityTypes, TurnContext, type Activity, type Middleware } from 'botbuilder';
import type { Logger } from '../logger.js';

/** How long a turn may run before the user sees "typing…"; quick answers show no indicator. */
export const TYPING_DELAY_MS = 400;
/** How often the indicator is renewed while a slow answer is still being written. */
export const TYPING_PERIOD_MS = 2000;
/** How often the shared timer looks at the turns in flight. */
const TICK_MS = 100;

/** Adapter middleware that sends typing activities before slow answers. */
export class TypingIndicator implements Middleware {
  /** Message turns in flight, with the time their next indicator is due. */
  private readonly due = new Map<TurnContext, number>();
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly logger: Logger,
    private readonly delayMs = TYPING_DELAY_MS,
    private readonly periodMs = TYPING_PERIOD_MS,
    private readonly tickMs = TICK_MS,
  ) {}

  async onTurn(context: TurnContext, next: () => Promise<void>): Promise<void> {
    if (context.activity.type !== ActivityTypes.Message) return next();
    this.due.set(context, Date.now() + this.delayMs);
    this.timer ??= setInterval(() => this.tick(), this.tickMs).unref();
    try {
      await next();
    } finally {
      this.due.delete(context);
      if (this.due.size === 0 && this.timer !== undefined) {
        clearInterval(this.timer);
        this.timer = undefined;
      }
    }
  }

  private tick(): void {
    const now = Date.now();
    for (const [context, at] of this.due) {
      if (at > now) continue;
      this.due.set(context, now + this.periodMs);
      void this.send(context);
    }
  }

  /** Sends "typing…" straight through the adapter: no other middleware, and the turn does not count as answered. */
  private async send(context: TurnContext): Promise<void> {
    const typing = TurnContext.applyConversationReference({ type: ActivityTypes.Typing, relatesTo: context.activity.relatesTo }, TurnContext.getConversationReference(context.activity));
    try {
      await context.adapter.sendActivities(context, [typing as Partial<Activity>]);
    } catch (error) {
      // Cosmetic: the answer still goes out (or fails and is logged) on its own.
      this.logger.warn({ err: { name: (error as Error).name, message: (error as Error).message }, channel: context.activity.channelId }, 'could not send the typing indicator');
    }
  }
}
