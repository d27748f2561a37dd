/**
 * Structured JSON logs (pino). Never pass message text or secrets to these loggers: logs record
 * what happened (ids, intents, timings), not what a student wrote.
 */
import pino, { type Logger } from 'pino';

export type { Logger };

/** A logger at the given level writing JSON lines to stdout (or to `destination`). */
export function createLogger(level: string, destination?: pino.DestinationStream): Logger {
  const options: pino.LoggerOptions = {
    level,
    base: { service: 'pacs-advisor' },
    redact: { paths: ['*.text', '*.password', '*.authorization', 'req.headers.authorization'], censor: '[redacted]' },
  };
  return destination ? pino(options, destination) : pino(options);
}

/** An error's name and message for a log entry (no stack); safe for anything thrown, even `null`. */
export function errorFields(error: unknown): { readonly name: string; readonly message: string } {
  return error instanceof Error
    ? { name: error.name, message: error.message }
    : { name: typeof error, message: String(error) };
}
