/**
 * The typing indicator: a message turn that takes longer than {@link TYPING_DELAY_MS} shows
 * "typing…" until the turn ends (Teams, Web Chat and the Emulator all display it).
 * @remarks Modelled on botbuilder's `ShowTypingMiddleware`, which is not used because of two things
 * it does that can end the process: a failed typing send goes to `adapter.onTurnError` (which
 * apologises to the student and deletes the conversation's state, for a cosmetic failure), and its
 * timer reads `context.adapter` and `context.activity` after the turn may have ended, when
 * botbuilder has revoked the context and every read throws. Here everything the sends need is taken
 * from the context before the first wait, a send starts only while the turn is running (the adapter
 * reads the context synchronously as it starts), and a failed send is logged once per turn and never
 * rethrown. A new indicator waits for the previous one, and the indicator gives up after
 * {@link TYPING_MAX_MS}, so a slow or hung channel is not sent a pile of them.
 */
import { ActivityTypes, TurnContext, type Activity, type Middleware } from 'botbuilder';
import { errorFields, type Logger } from '../platform/logger.js';

/** How long a turn may run before the user sees "typing…"; quick answers show no indicator. */
export const TYPING_DELAY_MS = 400;
/** How often the indicator is renewed while a slow answer is still being written. */
export const TYPING_PERIOD_MS = 2000;
/** After this long the indicator stops even if the turn has not ended. */
export const TYPING_MAX_MS = 30_000;

/** Timings of {@link TypingMiddleware} (tests shorten them). */
export interface TypingTimings {
  readonly delayMs: number;
  readonly periodMs: number;
  readonly maxMs: number;
}

/** Adapter middleware that sends typing activities while a message turn is slow. */
export class TypingMiddleware implements Middleware {
  constructor(
    private readonly logger: Logger,
    private readonly timings: TypingTimings = {
      delayMs: TYPING_DELAY_MS,
      periodMs: TYPING_PERIOD_MS,
      maxMs: TYPING_MAX_MS,
    },
  ) {}

  /** Runs the turn with an indicator scheduled; the indicator stops when the turn ends, however it ends. */
  async onTurn(context: TurnContext, next: () => Promise<void>): Promise<void> {
    if (context.activity.type !== ActivityTypes.Message) return next();
    // Everything a send needs, read now: after the turn, reading the context throws.
    const adapter = context.adapter;
    const channel = context.activity.channelId;
    const typing = TurnContext.applyConversationReference(
      { type: ActivityTypes.Typing, relatesTo: context.activity.relatesTo },
      TurnContext.getConversationReference(context.activity),
    ) as Partial<Activity>;
    const startedAt = Date.now();
    let running = true;
    let warned = false;
    let sending = false;
    let timer: NodeJS.Timeout | undefined;

    const send = async (): Promise<void> => {
      sending = true;
      try {
        await adapter.sendActivities(context, [{ ...typing }]);
      } catch (error) {
        // Cosmetic: the answer still goes out (or fails and is logged) on its own. Once per turn is enough.
        if (!warned) this.logger.warn({ err: errorFields(error), channel }, 'could not send the typing indicator');
        warned = true;
      } finally {
        sending = false;
      }
    };
    const schedule = (ms: number): void => {
      timer = setTimeout(() => {
        if (!running || warned || Date.now() - startedAt > this.timings.maxMs) return;
        // One indicator at a time: a slow channel is not sent a second one while the first waits.
        if (!sending) void send();
        schedule(this.timings.periodMs);
      }, ms);
      timer.unref();
    };

    schedule(this.timings.delayMs);
    try {
      await next();
    } finally {
      running = false;
      clearTimeout(timer);
    }
  }
}
