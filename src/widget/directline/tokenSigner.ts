/**
 * Signed, expiring conversation tokens for the self-hosted Direct Line: compact JWTs (HS256) whose
 * claims name one conversation and the server-chosen user.
 * @remarks JWT form because Web Chat and directlinejs may decode a token to read its user; they never
 * verify it. The key comes from configuration or is random per start (then tokens die on restart).
 */
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { TokenClaims } from './types.js';

/** Why a token was refused. */
export type TokenProblem = 'malformed' | 'bad-signature' | 'expired';

/** The outcome of {@link TokenSigner.verify}. */
export type TokenCheck =
  { readonly ok: true; readonly claims: TokenClaims } | { readonly ok: false; readonly problem: TokenProblem };

const ISSUER = 'pacs-advisor-directline';
const HEADER = base64url(JSON.stringify({ alg: 'HS256', typ: 'JWT' }));

function base64url(text: string | Buffer): string {
  return Buffer.from(text).toString('base64url');
}

/** Issues and checks conversation tokens with one HMAC key. */
export class TokenSigner {
  private readonly key: Buffer;

  /** @param secret at least 32 characters, or empty for a random key. */
  constructor(
    secret: string,
    readonly ttlSeconds: number,
    private readonly now: () => number = Date.now,
  ) {
    this.key = secret === '' ? randomBytes(32) : Buffer.from(secret, 'utf8');
  }

  /**
   * A fresh token for the conversation and user, valid for `ttlSeconds`. `startedAt` (epoch
   * seconds) is when the conversation's first token was issued; refreshed tokens carry it on.
   */
  issue(conversationId: string, userId: string, startedAt?: number): string {
    const iat = Math.floor(this.now() / 1000);
    const payload = base64url(
      JSON.stringify({
        iss: ISSUER,
        conv: conversationId,
        user: userId,
        iat,
        exp: iat + this.ttlSeconds,
        start: startedAt ?? iat,
      }),
    );
    return `${HEADER}.${payload}.${this.sign(`${HEADER}.${payload}`)}`;
  }

  /** Checks signature and expiry; never throws. */
  verify(token: string): TokenCheck {
    const parts = token.split('.');
    if (parts.length !== 3 || parts[0] !== HEADER) return { ok: false, problem: 'malformed' };
    const expected = Buffer.from(this.sign(`${parts[0]}.${parts[1]}`));
    const given = Buffer.from(parts[2]);
    if (expected.length !== given.length || !timingSafeEqual(expected, given))
      return { ok: false, problem: 'bad-signature' };
    let claims: { iss?: unknown; conv?: unknown; user?: unknown; exp?: unknown; start?: unknown; iat?: unknown };
    try {
      claims = JSON.parse(Buffer.from(parts[1], 'base64url').toString('utf8')) as typeof claims;
    } catch {
      return { ok: false, problem: 'malformed' };
    }
    if (
      claims.iss !== ISSUER ||
      typeof claims.conv !== 'string' ||
      typeof claims.user !== 'string' ||
      typeof claims.exp !== 'number'
    )
      return { ok: false, problem: 'malformed' };
    if (claims.exp * 1000 <= this.now()) return { ok: false, problem: 'expired' };
    // Tokens issued before `start` existed began their chain no later than their own issue time.
    const startedAt =
      typeof claims.start === 'number' ? claims.start : typeof claims.iat === 'number' ? claims.iat : claims.exp;
    return { ok: true, claims: { conversationId: claims.conv, userId: claims.user, expiresAt: claims.exp, startedAt } };
  }

  private sign(data: string): string {
    return createHmac('sha256', this.key).update(data).digest('base64url');
  }
}
