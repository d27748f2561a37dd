/**
 * A BotAdapter for the self-hosted Direct Line: runs the bot in-process on an activity a client
 * posted, and appends the bot's replies to the conversation's queue (where polling and the
 * WebSocket stream pick them up) instead of calling a connector service.
 */
import { randomBytes } from 'node:crypto';
import {
  ActivityTypes,
  BotAdapter,
  TurnContext,
  type Activity,
  type ChannelAccount,
  type ConversationReference,
  type ResourceResponse,
} from 'botbuilder';
import type { ConversationStore } from './conversationStore.js';

/** The longest `delay` activity honoured, so a bot cannot hold a request open for long. */
const MAX_DELAY_MS = 5000;

/** A new activity id within a conversation. */
export function newActivityId(conversationId: string): string {
  return `${conversationId}|${randomBytes(6).toString('hex')}`;
}

/** Delivers bot replies into a {@link ConversationStore}. */
export class DirectLineAdapter extends BotAdapter {
  constructor(
    private readonly store: ConversationStore,
    /** The bot's account, as clients see it in `from` of replies. */
    readonly botAccount: ChannelAccount,
  ) {
    super();
  }

  /** Runs one turn for an activity that already carries server-set ids, channel and accounts. */
  async process(activity: Partial<Activity>, logic: (context: TurnContext) => Promise<void>): Promise<void> {
    await this.runMiddleware(new TurnContext(this, activity), logic);
  }

  async sendActivities(context: TurnContext, activities: Partial<Activity>[]): Promise<ResourceResponse[]> {
    const responses: ResourceResponse[] = [];
    for (const activity of activities) {
      if (activity.type === 'delay') {
        await new Promise((r) =>
          setTimeout(r, Math.min(MAX_DELAY_MS, typeof activity.value === 'number' ? activity.value : 1000)),
        );
        responses.push({ id: '' });
        continue;
      }
      if (activity.type === ActivityTypes.InvokeResponse || activity.type === ActivityTypes.Trace) {
        responses.push({ id: '' });
        continue;
      }
      const conversationId = activity.conversation?.id ?? context.activity.conversation.id;
      const id = newActivityId(conversationId);
      await this.store.append(conversationId, {
        ...activity,
        id,
        timestamp: new Date(),
        from: { ...this.botAccount, ...activity.from, role: 'bot' },
      });
      responses.push({ id });
    }
    return responses;
  }

  async updateActivity(): Promise<void> {
    throw new Error('updating an activity is not supported by the self-hosted Direct Line');
  }

  async deleteActivity(): Promise<void> {
    throw new Error('deleting an activity is not supported by the self-hosted Direct Line');
  }

  /** Proactive messages: runs `logic` with a context whose replies go to the referenced conversation. */
  async continueConversation(
    reference: Partial<ConversationReference>,
    logic: (context: TurnContext) => Promise<void>,
  ): Promise<void> {
    const activity = TurnContext.applyConversationReference(
      { type: ActivityTypes.Event, name: 'ContinueConversation' },
      reference,
      true,
    );
    await this.runMiddleware(new TurnContext(this, activity), logic);
  }
}
