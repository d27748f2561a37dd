/**
 * The staff report's bearer token check, in constant time.
 * @remarks Both tokens are hashed first, so `timingSafeEqual` compares two equal-length digests and
 * neither the token's length nor the position of the first wrong character shows in the timing.
 */
import { createHash, timingSafeEqual } from 'node:crypto';

/** The token of an `Authorization: Bearer <token>` header, or undefined. */
export function bearerToken(header: string | undefined): string | undefined {
  const match = /^Bearer[ \t]+(\S+)[ \t]*$/i.exec(header ?? '');
  return match?.[1];
}

function digest(token: string): Buffer {
  return createHash('sha256').update(token, 'utf8').digest();
}

/** Whether `given` is `expected`, compared in constant time; never true for an empty `expected`. */
export function tokenMatches(given: string | undefined, expected: string): boolean {
  if (expected === '') return false;
  return timingSafeEqual(digest(given ?? ''), digest(expected)) && given !== undefined;
}
