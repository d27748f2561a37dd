/**
 * What the process does with an error nobody caught, and the request id such a log line names.
 * @remarks Two different cases. A promise rejected with nobody waiting for it (Node 20 would exit)
 * comes from a side task such as a typing indicator or a log write: the request it belonged to has
 * been answered or failed on its own, and state is only ever written in whole transactions, so the
 * process logs it and keeps serving. An exception thrown out of a callback has stopped code half-way
 * through, leaving unknown state behind: the process logs it and exits with code 1 after the usual
 * graceful shutdown, for its supervisor (systemd, a container runtime, App Service) to restart it.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import type { Request, Response } from 'restify';
import { errorFields, type Logger } from '../platform/logger.js';

const requestIds = new AsyncLocalStorage<string>();

/**
 * Restify `use` handler, after the body is read (the body's socket events carry no request's
 * context): everything the request's handler starts, however late it runs, knows the request id.
 */
export function trackRequestId(req: Request, _res: Response, next: () => void): void {
  requestIds.run(req.getId(), next);
}

/** The id of the request whose work is running now, if any. */
export function currentRequestId(): string | undefined {
  return requestIds.getStore();
}

/** The process's handlers for errors nobody caught; `exit` is called once, after the first uncaught exception. */
export function processErrorHandlers(
  logger: Logger,
  exit: (reason: string) => void,
): { readonly onRejection: (reason: unknown) => void; readonly onException: (error: Error) => void } {
  let exiting = false;
  return {
    onRejection: (reason) => {
      logger.error(
        {
          reqId: currentRequestId(),
          err: { ...errorFields(reason), stack: reason instanceof Error ? reason.stack : undefined },
        },
        'unhandled promise rejection; still serving',
      );
    },
    onException: (error) => {
      logger.fatal(
        { reqId: currentRequestId(), err: { ...errorFields(error), stack: error.stack } },
        'uncaught exception; shutting down for a restart',
      );
      if (exiting) return;
      exiting = true;
      exit('uncaughtException');
    },
  };
}

/** Installs {@link processErrorHandlers} on the process. Returns a function that removes them. */
export function installProcessGuards(logger: Logger, exit: (reason: string) => void): () => void {
  const { onRejection, onException } = processErrorHandlers(logger, exit);
  process.on('unhandledRejection', onRejection);
  process.on('uncaughtException', onException);
  return () => {
    process.off('unhandledRejection', onRejection);
    process.off('uncaughtException', onException);
  };
}
