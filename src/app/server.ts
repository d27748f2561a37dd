/**
 * The HTTP server (restify): the Bot Framework endpoint, the health check, the widget and the staff report.
 */
import restify, { type Request, type Response, type Server } from 'restify';
import type { BotApp } from './createBot.js';
import { messagingRequestProblem } from '../security/activityValidation.js';
import { installErrorHandling, REQUEST_ID_KEY } from '../security/httpErrors.js';
import { trackRequestId } from '../security/processGuards.js';
import { refuseUnreadableBodies } from '../security/requestBodies.js';
import { guardUpgrades } from '../security/upgrades.js';
import { mountWidget, SHUTDOWN_EVENT } from '../widget/index.js';
import { PROJECT_ROOT } from '../platform/paths.js';
import { processMessages } from '../bot/messagesEndpoint.js';
import { adminAssetsDir, mountAdmin } from '../admin/adminRoutes.js';

/** A running server and how to stop it cleanly. */
export interface RunningServer {
  readonly server: Server;
  /** The address actually bound (port 0 picks a free port). */
  readonly url: string;
  /** Stops accepting requests, lets in-flight turns finish, then closes. */
  close(): Promise<void>;
}

/** Builds the restify server for a bot; call {@link listen} to start it. */
export function createServer(app: BotApp): Server {
  // No name: restify then sends no Server header (nothing about the software to the caller).
  const server = restify.createServer({ name: '' });
  // Slow clients: headers and whole requests must arrive in time, and open connections are capped.
  server.server.headersTimeout = app.config.http.headersTimeoutMs;
  server.server.requestTimeout = app.config.http.requestTimeoutMs;
  server.server.maxConnections = app.config.http.maxConnections;
  installErrorHandling(server, app.logger);
  server.pre(refuseUnreadableBodies);
  server.use(restify.plugins.bodyReader({ maxBodySize: app.config.maxBodyBytes }));
  server.use(restify.plugins.jsonBodyParser({ mapParams: false, bodyReader: true }));
  server.use(trackRequestId);

  const servicePolicy = { allowedOrigins: app.config.allowedServiceOrigins };
  server.post('/api/messages', async (req: Request, res: Response) => {
    // Refuse junk with a 4xx that names the problem, before the adapter turns it into a 500.
    const problem = messagingRequestProblem(
      req.header('content-type'),
      req.body,
      servicePolicy,
      req.socket.remoteAddress,
    );
    if (problem) {
      res.send(problem.status, { error: { code: problem.code, message: problem.message } });
      return;
    }
    await processMessages(
      app.adapter,
      req,
      res,
      (context) => {
        context.turnState.set(REQUEST_ID_KEY, req.getId());
        return app.bot.run(context);
      },
      app.logger,
    );
  });
  server.get('/healthz', async (_req: Request, res: Response) => {
    const problem = await app.health();
    if (problem === undefined) res.send(200, { status: 'ok' });
    else res.send(503, { status: 'degraded', reason: problem });
  });
  const streamUpgrade = mountWidget(server, app.widget);
  guardUpgrades(server.server, streamUpgrade === undefined ? [] : [streamUpgrade], app.logger);
  mountAdmin(server, {
    log: app.learning,
    adminToken: app.config.learning.adminToken,
    botName: app.config.web.botName,
    kb: app.kb,
    knowledgeDir: app.config.knowledgeDir,
    assetsDir: adminAssetsDir(PROJECT_ROOT),
    logger: app.logger,
  });
  return server;
}

/** Starts listening and resolves once the port is bound. */
export function listen(server: Server, port: number, host: string): Promise<RunningServer> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const address = server.address();
      const url = `http://${host === '0.0.0.0' ? '127.0.0.1' : host}:${address.port}`;
      resolve({
        server,
        url,
        close: () =>
          new Promise<void>((done) => {
            server.emit(SHUTDOWN_EVENT);
            server.close(() => done());
          }),
      });
    });
  });
}
