/**
 * A local stand-in for the Bot Framework's token signing keys: an RSA key pair, an OpenID metadata
 * document and a JWKS served on loopback, and a function that signs channel tokens with it.
 */
import { createSign, generateKeyPairSync, type KeyObject } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** The issuer of tokens from Bot Framework channels. */
export const CHANNEL_ISSUER = 'https://api.botframework.com';

/** A running key stub and a token signer. */
export interface TokenIssuer {
  readonly metadataUrl: string;
  /** Signs `claims` as an RS256 JWT with the published key (or with `key`, e.g. a forger's). */
  sign(claims: Record<string, unknown>, options?: { key?: KeyObject; kid?: string; alg?: string }): string;
  /** A key pair that is not published: tokens signed with it are forgeries. */
  readonly forgerKey: KeyObject;
  close(): Promise<void>;
}

const b64url = (value: unknown): string =>
  Buffer.from(typeof value === 'string' ? value : JSON.stringify(value)).toString('base64url');

/** Starts the metadata/JWKS stub on 127.0.0.1. */
export async function startTokenIssuer(): Promise<TokenIssuer> {
  const { publicKey, privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const forgerKey = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey;
  const kid = 'local-test-key';
  let base = '';
  const server: Server = createServer((req, res) => {
    const body =
      req.url === '/.well-known/openid-configuration'
        ? { issuer: CHANNEL_ISSUER, jwks_uri: `${base}/keys`, id_token_signing_alg_values_supported: ['RS256'] }
        : req.url === '/keys'
          ? {
              keys: [
                {
                  ...publicKey.export({ format: 'jwk' }),
                  kid,
                  use: 'sig',
                  alg: 'RS256',
                  endorsements: ['emulator', 'msteams', 'webchat'],
                },
              ],
            }
          : undefined;
    res.writeHead(body ? 200 : 404, { 'content-type': 'application/json' });
    res.end(body ? JSON.stringify(body) : '');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    metadataUrl: `${base}/.well-known/openid-configuration`,
    forgerKey,
    sign(claims, options = {}) {
      const header = { alg: options.alg ?? 'RS256', typ: 'JWT', kid: options.kid ?? kid };
      const unsigned = `${b64url(header)}.${b64url(claims)}`;
      if (header.alg === 'none') return `${unsigned}.`;
      const signature = createSign('RSA-SHA256')
        .update(unsigned)
        .sign(options.key ?? privateKey)
        .toString('base64url');
      return `${unsigned}.${signature}`;
    },
    close: () => new Promise<void>((done) => (server.closeAllConnections(), server.close(() => done()))),
  };
}
