/**
 * Entry point: reads configuration, builds the bot and starts the server.
 * Stops cleanly on SIGTERM/SIGINT, letting in-flight turns finish, and after an uncaught exception
 * (exit code 1, for a supervisor to restart it); see `security/processGuards`.
 */
import { environment, parseConfig } from './config.js';
import { ConfigError } from '../platform/configError.js';
import { createBot } from './createBot.js';
import { KnowledgeError } from '../knowledge/fields.js';
import { errorFields } from '../platform/logger.js';
import { installProcessGuards } from '../security/processGuards.js';
import { createServer, listen, type RunningServer } from './server.js';

async function main(): Promise<void> {
  const config = parseConfig(environment());
  const app = createBot(config);
  // Set once listening; a fatal error before that stops without a server to close.
  let running: RunningServer | undefined = undefined;
  let stopping = false;
  const stop = (signal: string, code = 0): void => {
    if (stopping) return;
    stopping = true;
    app.logger.info({ signal }, 'shutting down');
    // Past the grace period, give up on slow turns rather than hang the orchestrator's restart.
    setTimeout(() => {
      app.logger.error({ graceMs: config.shutdownGraceMs }, 'in-flight turns did not finish in time; exiting');
      process.exit(1);
    }, config.shutdownGraceMs).unref();
    // Stop taking requests, let in-flight turns finish, then close the state store (flushes SQLite's WAL).
    void (running?.close() ?? Promise.resolve())
      .then(() => app.close())
      .then(
        () => process.exit(code),
        (error: unknown) => {
          app.logger.error({ err: errorFields(error) }, 'error while shutting down');
          process.exit(1);
        },
      );
  };
  installProcessGuards(app.logger, (reason) => stop(reason, 1));
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));

  running = await listen(createServer(app), config.port, config.host);
  app.logger.info(
    { url: running.url, auth: config.credentials.MicrosoftAppId ? 'on' : 'off (Emulator mode)' },
    'PACS advisor listening',
  );
  if (config.credentials.MicrosoftAppId === '' && config.allowUnauthenticatedPublic) {
    app.logger.warn(
      { host: config.host },
      "ALLOW_UNAUTHENTICATED_PUBLIC is set: /api/messages takes activities from anyone who can reach this address; set the bot's credentials for a public deployment",
    );
  }
  console.log(
    `\nPACS advisor bot is running.\n  Bot Framework endpoint: ${running.url}/api/messages\n  Health check:           ${running.url}/healthz\n  Chat in the browser:    ${running.url}/  (widget: ${running.url}/embed.js, Direct Line: ${app.widget.mode})\n`,
  );
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError || error instanceof KnowledgeError) {
    console.error(`Cannot start: ${error.message}`);
  } else {
    console.error(error);
  }
  process.exit(1);
});
