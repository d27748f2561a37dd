/**
 * Checks an incoming request body before the Bot Framework adapter sees it.
 * @remarks The adapter answers a shapeless body with a 500 carrying its internal error message,
 * and with no `serviceUrl` it tries the public Bot Framework service for ten seconds. Junk is
 * cheaper to refuse here, with a 400 that says which field is wrong. Ids that end up in the reply's
 * URL and headers must be printable ASCII, or the reply (and the apology) would fail after the turn.
 */
import { BlockList, isIP } from 'node:net';

/** Why a request was refused: an HTTP status and a message safe to show the caller. */
export interface RequestProblem {
  readonly status: 400 | 415;
  readonly code: 'BadActivity' | 'UnsupportedMediaType';
  readonly message: string;
}

/** Which reply addresses (`serviceUrl`) are accepted. */
export interface ServiceUrlPolicy {
  /** Every accepted origin: `*` accepts any http(s) URL, `loopback` any port on this machine, others exactly. */
  readonly allowedOrigins: readonly string[];
}

const LOOPBACK = new BlockList();
LOOPBACK.addSubnet('127.0.0.0', 8, 'ipv4');
LOOPBACK.addAddress('::1', 'ipv6');

const MAX_ID = 1024;
/** Printable ASCII: what Teams, Direct Line and the Emulator use for ids. */
const PRINTABLE_ID = /^[\x20-\x7e]+$/;

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Whether an address (a socket's peer, or a URL's host name) is this machine. */
export function isLoopback(address: string | undefined): boolean {
  if (address === undefined) return false;
  if (address.toLowerCase() === 'localhost') return true;
  const bare = address.startsWith('[') && address.endsWith(']') ? address.slice(1, -1) : address;
  const family = isIP(bare);
  return family !== 0 && LOOPBACK.check(bare, family === 6 ? 'ipv6' : 'ipv4');
}

function idProblem(
  activity: Record<string, unknown>,
  field: string,
  required: boolean,
  printable: boolean,
): string | undefined {
  const account = activity[field];
  if (account === undefined && !required) return undefined;
  if (!isRecord(account)) return `activity.${field} must be an object with an id`;
  const id = account.id;
  if (typeof id !== 'string' || id.trim() === '' || id.length > MAX_ID)
    return `activity.${field}.id must be a non-empty string of at most ${MAX_ID} characters`;
  if (printable && !PRINTABLE_ID.test(id)) return `activity.${field}.id must be printable ASCII`;
  // Replies carry the accounts back: a name that is not a string would fail their serialization after the turn.
  if (account.name !== undefined && account.name !== null && typeof account.name !== 'string')
    return `activity.${field}.name must be a string`;
  return undefined;
}

/**
 * Whether `serviceUrl` may receive replies under `policy`, for a request from `clientAddress`. A
 * loopback reply address is accepted only from a loopback client: otherwise anyone could make the
 * bot post to services listening on this machine.
 */
export function serviceUrlAllowed(serviceUrl: string, policy: ServiceUrlPolicy, clientAddress?: string): boolean {
  let url: URL;
  try {
    url = new URL(serviceUrl);
  } catch {
    return false;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return false;
  // A reply address is a base URL: credentials, a query or a fragment would only steer the bot's calls.
  if (
    url.username !== '' ||
    url.password !== '' ||
    url.search !== '' ||
    url.hash !== '' ||
    serviceUrl.includes('?') ||
    serviceUrl.includes('#')
  )
    return false;
  const loopback = isLoopback(url.hostname);
  if (loopback && !isLoopback(clientAddress)) return false;
  return policy.allowedOrigins.some(
    (origin) =>
      origin === '*' || (origin === 'loopback' && loopback) || origin.toLowerCase() === url.origin.toLowerCase(),
  );
}

/** Whether the content type is JSON (`application/json`, optionally with parameters). */
export function isJsonContentType(contentType: string | undefined): boolean {
  return /^application\/(?:[\w.+-]+\+)?json\s*(?:;|$)/i.test(contentType ?? '');
}

/** The first problem with an activity body, or undefined if the adapter can safely take it. */
export function activityProblem(
  body: unknown,
  policy: ServiceUrlPolicy,
  clientAddress?: string,
): RequestProblem | undefined {
  const bad = (message: string): RequestProblem => ({ status: 400, code: 'BadActivity', message });
  if (!isRecord(body)) return bad('the body must be a JSON object (a Bot Framework activity)');
  if (typeof body.type !== 'string' || body.type.trim() === '' || body.type.length > 64)
    return bad('activity.type must be a non-empty string');
  if (
    typeof body.channelId !== 'string' ||
    body.channelId.trim() === '' ||
    body.channelId.length > 64 ||
    !PRINTABLE_ID.test(body.channelId)
  )
    return bad('activity.channelId must be a non-empty string');
  const conversationProblem = idProblem(body, 'conversation', true, true);
  if (conversationProblem) return bad(conversationProblem);
  const fromProblem = idProblem(body, 'from', true, false) ?? idProblem(body, 'recipient', false, false);
  if (fromProblem) return bad(fromProblem);
  if (
    body.id !== undefined &&
    (typeof body.id !== 'string' || body.id.length > MAX_ID || (body.id !== '' && !PRINTABLE_ID.test(body.id)))
  )
    return bad('activity.id must be a string of printable ASCII');
  if (body.text !== undefined && body.text !== null && typeof body.text !== 'string')
    return bad('activity.text must be a string');
  if (typeof body.serviceUrl !== 'string' || body.serviceUrl === '') return bad('activity.serviceUrl is required');
  if (!serviceUrlAllowed(body.serviceUrl, policy, clientAddress))
    return bad('activity.serviceUrl is not an allowed reply address');
  return undefined;
}

/** The problem with a request to the messaging endpoint (content type, then body), if any. */
export function messagingRequestProblem(
  contentType: string | undefined,
  body: unknown,
  policy: ServiceUrlPolicy,
  clientAddress?: string,
): RequestProblem | undefined {
  if (!isJsonContentType(contentType))
    return { status: 415, code: 'UnsupportedMediaType', message: 'send the activity as application/json' };
  return activityProblem(body, policy, clientAddress);
}
