/**
 * botbuilder's `CloudAdapter`, sending each activity to the channel as the bot built it, within a
 * time limit.
 * @remarks Two things `CloudAdapter` lacks:
 * - **Entities arrive whole.** `ConnectorClient`'s operations serialize an activity through the
 *   connector's model, whose `Entity` knows only `type`, `text` and `mentioned`: a citation
 *   (schema.org `Message` with its `Claim`s) reaches Teams and Azure Direct Line as a bare
 *   `{ type }`. Here the activity's JSON is posted to the same REST route
 *   (`v3/conversations/{id}/activities[/{replyToId}]`) through the connector client's own pipeline
 *   (`ConnectorClient.sendRequest`), so its authentication, retries and proxy settings still apply.
 * - **A time limit.** `CloudAdapter` sends with no limit, so a channel that accepts the connection
 *   and never answers would keep the turn (its request, socket and typing indicator) alive forever.
 *   Each call gets an `abortSignal` of `timeoutMs`.
 *
 * Delays, invoke responses and traces involve no call to the channel and go to botbuilder's own
 * `sendActivities` unchanged.
 */
import { createHttpHeaders, createPipelineRequest } from '@azure/core-rest-pipeline';
import { ActivityTypes, CloudAdapter, type Activity, type ResourceResponse, type TurnContext } from 'botbuilder';
import type { BotFrameworkAuthentication, ConnectorClient } from 'botframework-connector';

/** Activity types that `CloudAdapterBase.sendActivities` handles without calling the channel. */
const LOCAL_TYPES = new Set<string>(['delay', ActivityTypes.InvokeResponse, ActivityTypes.Trace]);

/** A channel's refusal of an activity: its HTTP status and, when it gave one, its error code. */
class ChannelError extends Error {
  constructor(
    readonly statusCode: number,
    readonly code: string | undefined,
  ) {
    super(`the channel refused the activity with HTTP ${statusCode}${code === undefined ? '' : ` (${code})`}`);
    this.name = 'ChannelError';
  }
}

/** The connector's REST route for an activity: a reply to `replyToId`, or a new message in the conversation. */
function activityUrl(serviceUrl: string, activity: Partial<Activity>): string {
  const base = `${serviceUrl.replace(/\/+$/, '')}/v3/conversations/${encodeURIComponent(activity.conversation?.id ?? '')}/activities`;
  return activity.replyToId ? `${base}/${encodeURIComponent(activity.replyToId)}` : base;
}

/** Reads `{ id }` (or an error code) from a connector's JSON answer; anything else gives undefined. */
function field(
  body: string | null | undefined,
  read: (json: { id?: unknown; error?: { code?: unknown } }) => unknown,
): string | undefined {
  try {
    const value = read(JSON.parse(body ?? '') as { id?: unknown; error?: { code?: unknown } });
    return typeof value === 'string' ? value : undefined;
  } catch {
    return undefined;
  }
}

/** `CloudAdapter` that posts activities whole and gives up on a channel after `timeoutMs` (retries included). */
export class ChannelAdapter extends CloudAdapter {
  constructor(
    authentication: BotFrameworkAuthentication,
    private readonly timeoutMs: number,
  ) {
    super(authentication);
  }

  /** Sends the activities in order, as botbuilder does, each one whole and bounded in time. */
  override async sendActivities(context: TurnContext, activities: Partial<Activity>[]): Promise<ResourceResponse[]> {
    // Read while the turn is running: once it has ended, botbuilder revokes the context.
    const connector = context.turnState.get<ConnectorClient | undefined>(this.ConnectorClientKey);
    const responses: ResourceResponse[] = [];
    for (const activity of activities) {
      if (connector === undefined || LOCAL_TYPES.has(activity.type ?? '') || !activity.serviceUrl) {
        responses.push(...(await super.sendActivities(context, [activity])));
        continue;
      }
      delete activity.id;
      responses.push({ id: await this.post(connector, activity) });
    }
    return responses;
  }

  /** Posts one activity to its channel; returns the id the channel gave it, or throws {@link ChannelError}. */
  private async post(connector: ConnectorClient, activity: Partial<Activity>): Promise<string> {
    const url = activityUrl(activity.serviceUrl ?? '', activity);
    const request = createPipelineRequest({
      url,
      // As the connector client itself allows for a service URL on http (the Emulator's); which service URLs a turn may name is checked on the way in.
      allowInsecureConnection: url.startsWith('http:'),
      method: 'POST',
      headers: createHttpHeaders({ 'content-type': 'application/json; charset=utf-8', accept: 'application/json' }),
      body: JSON.stringify(activity),
      abortSignal: AbortSignal.timeout(this.timeoutMs),
    });
    const response = await connector.sendRequest(request);
    if (response.status >= 400)
      throw new ChannelError(
        response.status,
        field(response.bodyAsText, (j) => j.error?.code),
      );
    return field(response.bodyAsText, (j) => j.id) ?? '';
  }
}
