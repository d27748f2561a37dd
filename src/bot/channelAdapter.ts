/**
 * botbuilder's `CloudAdapter`, with a time limit on every activity it sends to a channel.
 * @remarks `CloudAdapter` sends replies with no time limit, so a channel that accepts the
 * connection and never answers keeps the turn (and its request, socket and typing indicator) alive
 * forever. The limit is the `abortSignal` of each connector call, a public option of
 * `ConnectorClient`'s operations; a request policy in `connectorClientOptions` would be simpler, but
 * botbuilder's connector factory replaces any given there. Delays, invoke responses and traces
 * involve no call to the channel and go to botbuilder's own `sendActivities` unchanged.
 */
import { ActivityTypes, CloudAdapter, type Activity, type ResourceResponse, type TurnContext } from 'botbuilder';
import type { BotFrameworkAuthentication, ConnectorClient } from 'botframework-connector';

/** Activity types that `CloudAdapterBase.sendActivities` handles without calling the channel. */
const LOCAL_TYPES = new Set<string>(['delay', ActivityTypes.InvokeResponse, ActivityTypes.Trace]);

/** `CloudAdapter` whose calls to a channel give up after `timeoutMs` (retries included). */
export class ChannelAdapter extends CloudAdapter {
  constructor(
    authentication: BotFrameworkAuthentication,
    private readonly timeoutMs: number,
  ) {
    super(authentication);
  }

  /** Sends the activities in order, as botbuilder does, each call to the channel bounded in time. */
  override async sendActivities(context: TurnContext, activities: Partial<Activity>[]): Promise<ResourceResponse[]> {
    // Read while the turn is running: once it has ended, botbuilder revokes the context.
    const connector = context.turnState.get<ConnectorClient | undefined>(this.ConnectorClientKey);
    const responses: ResourceResponse[] = [];
    for (const activity of activities) {
      if (connector === undefined || LOCAL_TYPES.has(activity.type ?? '')) {
        responses.push(...(await super.sendActivities(context, [activity])));
        continue;
      }
      delete activity.id;
      const options = { abortSignal: AbortSignal.timeout(this.timeoutMs) };
      const conversationId = activity.conversation?.id ?? '';
      const response = activity.replyToId
        ? await connector.conversations.replyToActivity(conversationId, activity.replyToId, activity, options)
        : await connector.conversations.sendToConversation(conversationId, activity, options);
      responses.push({ id: response?.id ?? '' });
    }
    return responses;
  }
}
