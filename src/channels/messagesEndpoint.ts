/**
 * The Bot Framework endpoint's HTTP handling: the parsed activity goes straight to the adapter.
 * @remarks `CloudAdapter.process` builds its zod schemas anew on every request, prints errors to
 * stderr unstructured, and answers a failed turn with the error's message. The request here has
 * already been checked (see `security/activityValidation`), so this calls
 * `CloudAdapter.processActivity` directly: 401 for an unacceptable token, a generic 500 with the
 * request id otherwise, and the details in the structured log.
 */
import { type Activity, CloudAdapter, type InvokeResponse, type ResourceResponse, StatusCodes, type TurnContext } from 'botbuilder';
import { AuthenticationError } from 'botframework-connector';
import type { Request, Response } from 'restify';
import type { Logger } from '../logger.js';
import { INTERNAL_ERROR_BODY } from '../security/httpErrors.js';

/** Fields botbuilder expects as `Date`s; channels send them as ISO strings (kept in the `raw…` field). */
const DATE_FIELDS = [
  ['timestamp', 'rawTimestamp'],
  ['localTimestamp', 'rawLocalTimestamp'],
  ['expiration', 'rawExpiration'],
] as const;

/** The activity as botbuilder's own parsing leaves it: date strings become dates. */
export function toActivity(body: Record<string, unknown>): Activity {
  const activity: Record<string, unknown> = { ...body };
  for (const [field, raw] of DATE_FIELDS) {
    const value = activity[field];
    if (typeof value === 'string') {
      activity[raw] = value;
      activity[field] = new Date(value);
    }
  }
  return activity as unknown as Activity;
}

/** `CloudAdapter` whose turn processing the endpoint calls directly. */
export class MessagesAdapter extends CloudAdapter {
  /**
   * Sends replies once the network I/O already waiting has run: under load, the replies of many
   * turns then go out together rather than one per event-loop pass (`npm run loadtest`: about a
   * fifth less CPU per turn, for the bare echo bot as for the advisor).
   */
  override async sendActivities(context: TurnContext, activities: Partial<Activity>[]): Promise<ResourceResponse[]> {
    await new Promise<void>((resolve) => setImmediate(resolve));
    return super.sendActivities(context, activities);
  }

  /** Authenticates the request, runs the turn, and returns the invoke response, if any. */
  runActivity(authorization: string, activity: Activity, logic: (context: TurnContext) => Promise<void>): Promise<InvokeResponse | undefined> {
    return this.processActivity(authorization, activity, logic);
  }
}

/** Runs one checked request's activity through the adapter and writes the HTTP answer. */
export async function processMessagesRequest(adapter: MessagesAdapter, req: Request, res: Response, logic: (context: TurnContext) => Promise<void>, logger: Logger): Promise<void> {
  const activity = toActivity(req.body as Record<string, unknown>);
  const authorization = req.header('authorization') ?? '';
  try {
    const invokeResponse = await adapter.runActivity(authorization, activity, logic);
    res.status(invokeResponse?.status ?? StatusCodes.OK);
    if (invokeResponse?.body !== undefined) res.send(invokeResponse.body);
    res.end();
  } catch (error) {
    if (error instanceof AuthenticationError) {
      logger.info({ reqId: req.getId(), reason: error.message }, 'refused a request without a valid token');
      res.send(StatusCodes.UNAUTHORIZED, { error: { code: 'Unauthorized', message: 'A valid Bot Framework token is required.' } });
      return;
    }
    const err = error instanceof Error ? error : new Error(String(error));
    logger.error({ reqId: req.getId(), err: { name: err.name, message: err.message, stack: err.stack } }, 'turn failed outside the bot');
    res.send(StatusCodes.INTERNAL_SERVER_ERROR, { ...INTERNAL_ERROR_BODY, requestId: req.getId() });
  }
}
