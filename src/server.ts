/**
 * The HTTP server (restify): the Bot Framework endpoint and the health check.
 */
import restify, { type Request, type Response, type Server } from 'restify';
import type { BotApp } from './createBot.js';

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
  const server = restify.createServer({ name: 'pacs-advisor' });
  server.use(restify.plugins.bodyParser({ maxBodySize: app.config.maxBodyBytes, mapParams: false }));

  server.post('/api/messages', async (req: Request, res: Response) => {
    await app.adapter.process(req, res, (context) => app.bot.run(context));
  });
  server.get('/healthz', async (_req: Request, res: Response) => {
    res.send(200, { status: 'ok' });
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
        close: () => new Promise<void>((done) => server.close(() => done())),
      });
    });
  });
}
