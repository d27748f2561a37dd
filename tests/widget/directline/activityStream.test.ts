/**
 * The WebSocket stream's lifetime: it ends when its token expires (the client then reconnects with
 * its refreshed token), and a conversation's tokens stop being renewed after a day.
 */
import { createServer as createHttpServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { createActivityStream, type ActivityStream } from '../../../src/widget/directline/activityStream.js';
import { DirectLineAdapter } from '../../../src/widget/directline/directLineAdapter.js';
import {
  DirectLineError,
  DirectLineService,
  MAX_CONVERSATION_SECONDS,
} from '../../../src/widget/directline/directLineService.js';
import { MemoryConversationStore } from '../../../src/widget/directline/memoryConversationStore.js';
import { TokenSigner } from '../../../src/widget/directline/tokenSigner.js';
import { createLogger } from '../../../src/platform/logger.js';
import { guardUpgrades } from '../../../src/security/upgrades.js';
import { CorsPolicy } from '../../../src/widget/web/cors.js';

const TTL_SECONDS = 60;
/** Tokens are issued as if 59.5 s ago, so each one has half a second left. */
const signer = new TokenSigner(
  'a-test-secret-of-at-least-32-characters',
  TTL_SECONDS,
  () => Date.now() - (TTL_SECONDS - 0.5) * 1000,
);
const logger = createLogger('silent');
const store = new MemoryConversationStore();
const service = new DirectLineService({
  store,
  tokens: signer,
  adapter: new DirectLineAdapter(store, { id: 'bot', name: 'bot' }),
  logic: async () => undefined,
  logger,
  maxActivityBytes: 8192,
});

describe('the Direct Line stream', () => {
  let http: Server;
  let stream: ActivityStream;
  let port = 0;

  beforeAll(async () => {
    stream = createActivityStream({ service, cors: new CorsPolicy([]), logger });
    http = createHttpServer();
    guardUpgrades(http, [stream.upgrade], logger);
    await new Promise<void>((r) => http.listen(0, '127.0.0.1', () => r()));
    port = (http.address() as AddressInfo).port;
  });

  afterAll(async () => {
    stream.close();
    await new Promise((r) => http.close(r));
  });

  it('closes itself when the token it was opened with expires', async () => {
    const { conversationId, token } = await service.generate();
    const ws = new WebSocket(
      `ws://127.0.0.1:${port}/v3/directline/conversations/${conversationId}/stream?t=${encodeURIComponent(token)}`,
    );
    await new Promise((r) => ws.once('open', r));
    const opened = Date.now();
    const reason = await new Promise<string>((r) => ws.once('close', (_code, why: Buffer) => r(why.toString())));
    expect(reason).toBe('token expired');
    expect(Date.now() - opened).toBeLessThan(2000);
  });

  it("renews a conversation's token until the conversation is a day old, then no more", async () => {
    const { conversationId } = await service.generate();
    const now = Math.floor(Date.now() / 1000);
    const fresh = service.checkToken(signer.issue(conversationId, 'dl_user', now - 3600));
    expect(service.refresh(fresh).conversationId).toBe(conversationId);
    const old = service.checkToken(signer.issue(conversationId, 'dl_user', now - MAX_CONVERSATION_SECONDS - 60));
    expect(() => service.refresh(old)).toThrow(DirectLineError);
  });
});
