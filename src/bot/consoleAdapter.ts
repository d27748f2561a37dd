/**
 * An in-process adapter for the terminal chat: turns typed lines into message activities and
 * prints what the bot sends (text, suggested actions, card fallbacks).
 */
import { randomUUID } from 'node:crypto';
import {
  ActivityTypes,
  BotAdapter,
  TurnContext,
  type Activity,
  type ConversationReference,
  type ResourceResponse,
} from 'botbuilder';

/** Runs the bot's turn logic against lines of text. */
export class ConsoleAdapter extends BotAdapter {
  private nextId = 0;
  private readonly reference: Partial<ConversationReference> = {
    channelId: 'console',
    serviceUrl: 'http://localhost/console',
    // A new conversation per run: state is durable, and yesterday's chat must not leak into today's.
    conversation: { id: `console-${randomUUID()}`, isGroup: false, conversationType: 'personal', name: 'console' },
    user: { id: 'user', name: 'You' },
    bot: { id: 'bot', name: 'PACS advisor' },
  };

  constructor(private readonly write: (line: string) => void) {
    super();
  }

  /** Sends one activity of the user through the bot. */
  async receive(partial: Partial<Activity>, logic: (context: TurnContext) => Promise<void>): Promise<void> {
    const activity = TurnContext.applyConversationReference(
      { ...partial, id: String(this.nextId++), timestamp: new Date() },
      this.reference,
      true,
    );
    await this.runMiddleware(new TurnContext(this, activity), logic);
  }

  override async sendActivities(_context: TurnContext, activities: Partial<Activity>[]): Promise<ResourceResponse[]> {
    for (const a of activities) {
      if (a.type !== ActivityTypes.Message) continue;
      if (a.text) this.write(`\nbot> ${a.text.replace(/\n/g, '\n     ')}`);
      const buttons = a.suggestedActions?.actions.map((x) => `[${x.title}]`).join(' ');
      if (buttons) this.write(`     ${buttons}`);
    }
    return activities.map(() => ({ id: String(this.nextId++) }));
  }

  override async updateActivity(): Promise<ResourceResponse | void> {
    throw new Error('The console cannot edit messages');
  }

  override async deleteActivity(): Promise<void> {
    throw new Error('The console cannot delete messages');
  }

  override async continueConversation(
    reference: Partial<ConversationReference>,
    logic: (context: TurnContext) => Promise<void>,
  ): Promise<void> {
    await this.runMiddleware(
      new TurnContext(
        this,
        TurnContext.applyConversationReference({ type: ActivityTypes.Event, name: 'continue' }, reference, true),
      ),
      logic,
    );
  }
}
