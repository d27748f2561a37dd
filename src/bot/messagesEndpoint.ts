/**
 * The Bot Framework endpoint's HTTP handling: botbuilder's `CloudAdapter.process`, with its answer
 * mapped before it reaches the caller.
 * @remarks `CloudAdapter.process` answers a failure with the error's message as the body (botbuilder
 * internals, file paths). Here it writes into a stand-in response, and the real one gets: the
 * adapter's own answer when it succeeded (an invoke's status and body included), a plain 401 for a
 * refused token, and a generic 500 naming the request id when it failed, with the details in the
 * structured log.
 */
import { type CloudAdapter, StatusCodes, type TurnContext } from 'botbuilder';
import type { Request, Response } from 'restify';
import { errorFields, type Logger } from '../platform/logger.js';
import { INTERNAL_ERROR_BODY } from '../security/httpErrors.js';

/** What `CloudAdapter.process` wrote: a status and an optional body. */
interface Answer {
  status: number;
  body: unknown;
}

/** The four response methods `CloudAdapter.process` uses, recording what it writes. */
function recorder(answer: Answer): Pick<Response, 'status' | 'header' | 'send' | 'end'> {
  const self = {
    status: (code: number) => ((answer.status = code), code),
    header: () => undefined,
    send: (body?: unknown) => ((answer.body = body), self),
    end: () => true,
  };
  return self as unknown as Pick<Response, 'status' | 'header' | 'send' | 'end'>;
}

/** Runs one checked request through the adapter and writes the HTTP answer; never throws. */
export async function processMessages(
  adapter: CloudAdapter,
  req: Request,
  res: Response,
  logic: (context: TurnContext) => Promise<void>,
  logger: Logger,
): Promise<void> {
  const answer: Answer = { status: StatusCodes.INTERNAL_SERVER_ERROR, body: undefined };
  try {
    await adapter.process(req, recorder(answer) as Response, logic);
  } catch (error) {
    answer.status = StatusCodes.INTERNAL_SERVER_ERROR;
    answer.body = errorFields(error).message;
  }
  if (answer.status === StatusCodes.UNAUTHORIZED) {
    logger.info({ reqId: req.getId(), reason: String(answer.body) }, 'refused a request without a valid token');
    res.send(StatusCodes.UNAUTHORIZED, {
      error: { code: 'Unauthorized', message: 'A valid Bot Framework token is required.' },
    });
  } else if (answer.status >= 500 && (typeof answer.body === 'string' || answer.body instanceof Error)) {
    // The adapter's failure, with the error's message as body (an invoke's own answer, such as 501, has none or an object).
    logger.error(
      { reqId: req.getId(), status: answer.status, err: { message: String(answer.body) } },
      'turn failed outside the bot',
    );
    res.send(StatusCodes.INTERNAL_SERVER_ERROR, { ...INTERNAL_ERROR_BODY, requestId: req.getId() });
  } else if (answer.body === undefined) {
    res.status(answer.status);
    res.end();
  } else {
    res.send(answer.status, answer.body);
  }
}
