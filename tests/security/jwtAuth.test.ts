/**
 * With credentials configured, /api/messages accepts only tokens signed by the published keys, for
 * this bot, not expired: checked with locally signed tokens against a local OpenID metadata stub.
 */
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/app/config.js';
import { createBot } from '../../src/app/createBot.js';
import { createLogger } from '../../src/platform/logger.js';
import { createServer, listen, type RunningServer } from '../../src/app/server.js';
import { connectorStub, type ConnectorStub } from '../helpers/connectorStub.js';
import { testBot } from '../helpers/testBot.js';
import { CHANNEL_ISSUER, startTokenIssuer, type TokenIssuer } from '../helpers/tokenIssuer.js';

const APP_ID = '3f2504e0-4f89-11d3-9a0c-0305e82c3301';
const PASSWORD = 'pw-Zq8~very-secret-value';

describe('authentication of /api/messages', () => {
  let issuer: TokenIssuer;
  let stub: ConnectorStub;
  let server: RunningServer;
  const logLines: string[] = [];

  beforeAll(async () => {
    issuer = await startTokenIssuer();
    stub = await connectorStub();
    const shared = testBot();
    const sink = new Writable({ write: (chunk: Buffer, _enc, done) => (logLines.push(chunk.toString()), done()) });
    const config = parseConfig({
      MicrosoftAppId: APP_ID,
      MicrosoftAppPassword: PASSWORD,
      BOT_OPENID_METADATA_URL: issuer.metadataUrl,
      STORAGE: 'memory',
      LOG_LEVEL: 'trace',
    });
    const app = createBot(config, {
      logger: createLogger('trace', sink),
      kb: shared.kb,
      recognizer: shared.recognizer,
    });
    server = await listen(createServer(app), 0, '127.0.0.1');
  });

  afterAll(async () => {
    await server.close();
    await stub.close();
    await issuer.close();
  });

  const now = (): number => Math.floor(Date.now() / 1000);
  const claims = (overrides: Record<string, unknown> = {}): Record<string, unknown> => ({
    iss: CHANNEL_ISSUER,
    aud: APP_ID,
    serviceurl: stub.url,
    nbf: now() - 60,
    iat: now() - 60,
    exp: now() + 3600,
    ...overrides,
  });

  /** Posts an event the bot does not answer (so no outbound call is needed) with the given Authorization header. */
  async function post(authorization?: string): Promise<{ status: number; text: string }> {
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (authorization !== undefined) headers.authorization = authorization;
    const res = await fetch(`${server.url}/api/messages`, {
      method: 'POST',
      headers,
      body: JSON.stringify({
        type: 'event',
        name: 'ping',
        id: 'e1',
        channelId: 'emulator',
        serviceUrl: stub.url,
        conversation: { id: 'auth-conv' },
        from: { id: 'u' },
        recipient: { id: APP_ID },
      }),
    });
    return { status: res.status, text: await res.text() };
  }

  it('accepts a token signed by the published key, for this bot, not expired', async () => {
    expect((await post(`Bearer ${issuer.sign(claims())}`)).status).toBe(200);
  });

  const refused: Array<[string, () => string | undefined]> = [
    ['no Authorization header', () => undefined],
    ['an empty bearer token', () => 'Bearer '],
    ['garbage instead of a token', () => 'Bearer not.a.jwt'],
    [
      'an expired token',
      () => `Bearer ${issuer.sign(claims({ exp: now() - 3600, nbf: now() - 7200, iat: now() - 7200 }))}`,
    ],
    ['a token not valid yet', () => `Bearer ${issuer.sign(claims({ nbf: now() + 3600 }))}`],
    [
      'a forged token (signed by another key under the published key id)',
      () => `Bearer ${issuer.sign(claims(), { key: issuer.forgerKey })}`,
    ],
    ['a token signed with an unknown key id', () => `Bearer ${issuer.sign(claims(), { kid: 'someone-else' })}`],
    ['an unsigned token (alg none)', () => `Bearer ${issuer.sign(claims(), { alg: 'none' })}`],
    ['a token for another bot', () => `Bearer ${issuer.sign(claims({ aud: '00000000-0000-0000-0000-000000000000' }))}`],
    ['a token from another issuer', () => `Bearer ${issuer.sign(claims({ iss: 'https://evil.example' }))}`],
    ['a token for another serviceUrl', () => `Bearer ${issuer.sign(claims({ serviceurl: 'http://127.0.0.1:1' }))}`],
    ['a token without an expiry (no exp claim)', () => `Bearer ${issuer.sign(claims({ exp: undefined }))}`],
    [
      'a token expired for longer than the 5-minute clock leeway',
      () => `Bearer ${issuer.sign(claims({ exp: now() - 301 - 5, nbf: now() - 7200, iat: now() - 7200 }))}`,
    ],
  ];
  it.each(refused)('refuses %s with 401', async (_name, header) => {
    const res = await post(header());
    expect(res.status).toBe(401);
    expect(res.text).not.toMatch(/node_modules|\bat \S+ \(/);
  });

  it("accepts a token that expired within botbuilder's 5-minute clock leeway, and no later one", async () => {
    expect(
      (await post(`Bearer ${issuer.sign(claims({ exp: now() - 10, nbf: now() - 7200, iat: now() - 7200 }))}`)).status,
    ).toBe(200);
  });

  it('never writes the app password to the logs', () => {
    expect(logLines.length).toBeGreaterThan(0);
    expect(logLines.join('')).not.toContain(PASSWORD);
  });
});
