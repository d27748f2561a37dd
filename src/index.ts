/**
 * Entry point: reads configuration, builds the bot and starts the server.
 * Stops cleanly on SIGTERM/SIGINT, letting in-flight turns finish.
 */
import { ConfigError, environment, parseConfig } from './config.js';
import { createBot } from './createBot.js';
import { KnowledgeError } from './knowledge/fields.js';
import { createServer, listen } from './server.js';

async function main(): Promise<void> {
  const config = parseConfig(environment());
  const app = createBot(config);
  const running = await listen(createServer(app), config.port, config.host);
  app.logger.info({ url: running.url, auth: config.credentials.MicrosoftAppId ? 'on' : 'off (Emulator mode)' }, 'PACS advisor listening');
  console.log(`\nPACS advisor bot is running.\n  Bot Framework endpoint: ${running.url}/api/messages\n  Health check:           ${running.url}/healthz\n  Chat in the browser:    ${running.url}/  (widget: ${running.url}/embed.js, Direct Line: ${app.widget.mode})\n`);

  let stopping = false;
  const stop = (signal: string): void => {
    if (stopping) return;
    stopping = true;
    app.logger.info({ signal }, 'shutting down');
    // Past the grace period, give up on slow turns rather than hang the orchestrator's restart.
    setTimeout(() => {
      app.logger.error({ graceMs: config.shutdownGraceMs }, 'in-flight turns did not finish in time; exiting');
      process.exit(1);
    }, config.shutdownGraceMs).unref();
    // Stop taking requests, let in-flight turns finish, then close the state store (flushes SQLite's WAL).
    void running
      .close()
      .then(() => app.close())
      .then(
        () => process.exit(0),
        (error: unknown) => {
          app.logger.error({ err: { message: (error as Error).message } }, 'error while shutting down');
          process.exit(1);
        },
      );
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError || error instanceof KnowledgeError) {
    console.error(`Cannot start: ${error.message}`);
  } else {
    console.error(error);
  }
  process.exit(1);
});
