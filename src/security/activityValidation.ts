/**
 * Checks an incoming request body before the Bot Framework adapter sees it.
 * @remarks The adapter answers a shapeless body with a 500 carrying its internal error message,
 * and with no `serviceUrl` it tries the public Bot Framework service for ten seconds. Junk is
 * cheaper to refuse here, with a 400 that says which field is wrong.
 */
import { CappedMap } from '../boundedMaps.js';

/** Why a request was refused: an HTTP status and a message safe to show the caller. */
export interface RequestProblem {
  readonly status: 400 | 415;
  readonly code: 'BadActivity' | 'UnsupportedMediaType';
  readonly message: string;
}

/** Which reply addresses (`serviceUrl`) are accepted. */
export interface ServiceUrlPolicy {
  /** Origins accepted besides loopback (e.g. `https://smba.trafficmanager.net`); `*` accepts any http(s) URL. */
  readonly allowedOrigins: readonly string[];
}

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);
/**
 * Verdicts on the reply addresses seen so far, per policy: a channel sends the same few on every
 * request, and parsing a URL costs more than the rest of the checks. Capped, so junk addresses
 * cannot grow it; past the cap, new addresses are simply checked each time.
 */
const verdicts = new WeakMap<ServiceUrlPolicy, CappedMap<string, boolean>>();
const VERDICTS_KEPT = 1000;
/** Longer addresses are judged every time rather than remembered (real ones are far shorter). */
const REMEMBERED_URL_CHARS = 512;
const MAX_ID = 1024;

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function idProblem(activity: Record<string, unknown>, field: string, required: boolean): string | undefined {
  const account = activity[field];
  if (account === undefined && !required) return undefined;
  if (!isRecord(account)) return `activity.${field} must be an object with an id`;
  const id = account.id;
  if (typeof id !== 'string' || id.trim() === '' || id.length > MAX_ID) return `activity.${field}.id must be a non-empty string of at most ${MAX_ID} characters`;
  return undefined;
}

/** Whether `serviceUrl` may receive replies under `policy`; loopback is always allowed. */
export function serviceUrlAllowed(serviceUrl: string, policy: ServiceUrlPolicy): boolean {
  let known = verdicts.get(policy);
  if (known === undefined) verdicts.set(policy, (known = new CappedMap(VERDICTS_KEPT)));
  if (serviceUrl.length > REMEMBERED_URL_CHARS) return judgeServiceUrl(serviceUrl, policy);
  let verdict = known.get(serviceUrl);
  if (verdict === undefined) known.set(serviceUrl, (verdict = judgeServiceUrl(serviceUrl, policy)));
  return verdict;
}

function judgeServiceUrl(serviceUrl: string, policy: ServiceUrlPolicy): boolean {
  let url: URL;
  try {
    url = new URL(serviceUrl);
  } catch {
    return false;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return false;
  if (LOOPBACK_HOSTS.has(url.hostname)) return true;
  return policy.allowedOrigins.some((origin) => origin === '*' || origin.toLowerCase() === url.origin.toLowerCase());
}

/** Whether the content type is JSON (`application/json`, optionally with parameters). */
export function isJsonContentType(contentType: string | undefined): boolean {
  return /^application\/(?:[\w.+-]+\+)?json\s*(?:;|$)/i.test(contentType ?? '');
}

/** The first problem with an activity body, or undefined if the adapter can safely take it. */
export function activityProblem(body: unknown, policy: ServiceUrlPolicy): RequestProblem | undefined {
  const bad = (message: string): RequestProblem => ({ status: 400, code: 'BadActivity', message });
  if (!isRecord(body)) return bad('the body must be a JSON object (a Bot Framework activity)');
  if (typeof body.type !== 'string' || body.type.trim() === '' || body.type.length > 64) return bad('activity.type must be a non-empty string');
  if (typeof body.channelId !== 'string' || body.channelId.trim() === '' || body.channelId.length > 64) return bad('activity.channelId must be a non-empty string');
  const conversationProblem = idProblem(body, 'conversation', true);
  if (conversationProblem) return bad(conversationProblem);
  const fromProblem = idProblem(body, 'from', true) ?? idProblem(body, 'recipient', false);
  if (fromProblem) return bad(fromProblem);
  if (body.id !== undefined && (typeof body.id !== 'string' || body.id.length > MAX_ID)) return bad('activity.id must be a string');
  if (body.text !== undefined && body.text !== null && typeof body.text !== 'string') return bad('activity.text must be a string');
  if (typeof body.serviceUrl !== 'string' || body.serviceUrl === '') return bad('activity.serviceUrl is required');
  if (!serviceUrlAllowed(body.serviceUrl, policy)) return bad('activity.serviceUrl is not an allowed reply address');
  return undefined;
}

/** The problem with a request to the messaging endpoint (content type, then body), if any. */
export function messagingRequestProblem(contentType: string | undefined, body: unknown, policy: ServiceUrlPolicy): RequestProblem | undefined {
  if (!isJsonContentType(contentType)) return { status: 415, code: 'UnsupportedMediaType', message: 'send the activity as application/json' };
  return activityProblem(body, policy);
}
