/**
 * Configuration, parsed and validated once at start-up from the environment (and a `.env` file at
 * the project root, whose values never override real environment variables).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { isIP } from 'node:net';
import { parseEnv } from 'node:util';
import { APP_TYPES, type BotCredentials } from '../bot/botAuthentication.js';
import type { LearningConfig } from '../learning/openLearningLog.js';
import { DEFAULT_RECOGNIZER_OPTIONS } from '../nlu/options.js';
import { ConfigError } from '../platform/configError.js';
import { PROJECT_ROOT } from '../platform/paths.js';
import type { Contact } from '../replies/general.js';
import { STORAGE_KINDS, type StorageConfig } from '../storage/createStorage.js';
import type { DirectLineConfig, WebConfig, WidgetConfig } from '../widget/index.js';

/** The log levels LOG_LEVEL accepts (pino's). */
export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

/** Every setting the bot reads. */
export interface Config extends WidgetConfig {
  readonly port: number;
  /** Interface to bind: loopback by default without credentials, all interfaces with them. */
  readonly host: string;
  /** ALLOW_UNAUTHENTICATED_PUBLIC: bind a non-loopback interface without credentials (logged as a warning at start-up). */
  readonly allowUnauthenticatedPublic: boolean;
  readonly credentials: BotCredentials;
  readonly knowledgeDir: string;
  /** Recognizer confidence below which a message is out of scope. */
  readonly nluThreshold: number;
  readonly logLevel: (typeof LOG_LEVELS)[number];
  /** Largest request body accepted, in bytes. */
  readonly maxBodyBytes: number;
  /** Conversation and user state: where it lives and how long it is kept. */
  readonly storage: StorageConfig;
  /** Longest message text, in characters, that the bot reads; the rest is cut off before recognition. */
  readonly maxTextChars: number;
  /**
   * Every origin allowed as an activity's `serviceUrl` (where replies go): `*` = any (the default
   * with credentials, where the channel's signed token vouches for it), `loopback` = any port on
   * this machine (the default without credentials: the Emulator), or listed origins.
   */
  readonly allowedServiceOrigins: readonly string[];
  /** How long one outgoing call to a channel (a reply or "typing…") may take, retries included. */
  readonly channelTimeoutMs: number;
  /** Slow clients: limits of the HTTP server. */
  readonly http: HttpLimits;
  /** Where the token signing keys are published (OpenID metadata); empty = the Bot Framework's own. */
  readonly openIdMetadataUrl: string;
  /** On SIGTERM, how long in-flight turns may take before the process exits anyway. */
  readonly shutdownGraceMs: number;
  /** Public host name of the bot's endpoint (BOT_DOMAIN, e.g. `pacs-advisor.azurewebsites.net`); the Teams package lists it in validDomains. */
  readonly botDomain: string;
  /** The website chat widget: theming and which origins may embed it. */
  readonly web: WebConfig;
  /**
   * A person students can reach (ADVISOR_CONTACT, ADVISOR_CONTACT_URL); undefined when none is set.
   * @remarks The widget shows it in its panel; the bot's own "talk to a person" answer should use it too.
   */
  readonly advisorContact?: Contact;
  /** Direct Line for the widget: self-hosted (default) or Azure when a secret is set. */
  readonly directLine: DirectLineConfig;
  /** The learning log and the staff report. */
  readonly learning: LearningConfig;
}

/** Limits that keep slow or numerous clients from holding the server's sockets. */
export interface HttpLimits {
  /** Time to receive a request's headers. */
  readonly headersTimeoutMs: number;
  /** Time to receive a whole request (headers and body). */
  readonly requestTimeoutMs: number;
  /** Open connections at most; more are refused by the operating system's accept queue. */
  readonly maxConnections: number;
}

type Env = Readonly<Record<string, string | undefined>>;

function text(env: Env, name: string, fallback: string): string {
  const v = env[name];
  return v === undefined || v.trim() === '' ? fallback : v.trim();
}

function integer(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw.trim() === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min || n > max)
    throw new ConfigError(`${name} must be a whole number from ${min} to ${max} (got "${raw}")`);
  return n;
}

function fraction(env: Env, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw.trim() === '') return fallback;
  const n = Number(raw);
  if (!Number.isFinite(n) || n < 0 || n > 1)
    throw new ConfigError(`${name} must be a number from 0 to 1 (got "${raw}")`);
  return n;
}

function oneOf<T extends string>(env: Env, name: string, allowed: readonly T[], fallback: T): T {
  const raw = text(env, name, fallback);
  const match = allowed.find((a) => a.toLowerCase() === raw.toLowerCase());
  if (match === undefined) throw new ConfigError(`${name} must be one of ${allowed.join(', ')} (got "${raw}")`);
  return match;
}

function credentials(env: Env): BotCredentials {
  const c: BotCredentials = {
    MicrosoftAppType: oneOf(env, 'MicrosoftAppType', APP_TYPES, 'MultiTenant'),
    MicrosoftAppId: text(env, 'MicrosoftAppId', ''),
    MicrosoftAppPassword: text(env, 'MicrosoftAppPassword', ''),
    MicrosoftAppTenantId: text(env, 'MicrosoftAppTenantId', ''),
  };
  if (c.MicrosoftAppPassword !== '' && c.MicrosoftAppId === '')
    throw new ConfigError('MicrosoftAppPassword is set but MicrosoftAppId is empty');
  if (
    c.MicrosoftAppId !== '' &&
    !/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(c.MicrosoftAppId)
  ) {
    throw new ConfigError(`MicrosoftAppId must be a GUID (got "${c.MicrosoftAppId}")`);
  }
  if (c.MicrosoftAppType === 'SingleTenant' && c.MicrosoftAppId !== '' && c.MicrosoftAppTenantId === '') {
    throw new ConfigError('MicrosoftAppTenantId is required when MicrosoftAppType is SingleTenant');
  }
  return c;
}

function storageConfig(env: Env): StorageConfig {
  const redisUrl = text(env, 'REDIS_URL', '');
  const kind = oneOf(env, 'STORAGE', STORAGE_KINDS, redisUrl === '' ? 'sqlite' : 'redis');
  if (kind === 'redis' && redisUrl === '') throw new ConfigError('STORAGE is redis but REDIS_URL is empty');
  if (redisUrl !== '' && !/^rediss?:\/\//.test(redisUrl))
    throw new ConfigError('REDIS_URL must start with redis:// or rediss:// (got a different scheme)');
  return {
    kind,
    dataDir: resolve(PROJECT_ROOT, text(env, 'DATA_DIR', 'data')),
    expiryMs: integer(env, 'STATE_EXPIRY_DAYS', 30, 1, 3650) * 24 * 60 * 60 * 1000,
    redisUrl,
    redisKeyPrefix: text(env, 'REDIS_KEY_PREFIX', 'pacs-advisor:'),
  };
}

/** A bare host name (no scheme, path or port), lower-cased; empty when unset. */
function hostName(env: Env, name: string): string {
  const raw = text(env, name, '');
  if (
    raw !== '' &&
    !/^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*$/i.test(raw)
  ) {
    throw new ConfigError(
      `${name} must be a host name such as pacs-advisor.azurewebsites.net, without https:// or a path (got "${raw}")`,
    );
  }
  return raw.toLowerCase();
}

/** A setting that must match a pattern; the message says what was expected. */
function matching(env: Env, name: string, fallback: string, pattern: RegExp, expected: string): string {
  const raw = text(env, name, fallback);
  if (!pattern.test(raw)) throw new ConfigError(`${name} must be ${expected} (got "${raw}")`);
  return raw;
}

/** An optional http(s) URL; empty when unset. */
function httpUrl(env: Env, name: string): string {
  const raw = text(env, name, '');
  if (raw === '') return '';
  let ok = false;
  try {
    const url = new URL(raw);
    ok = (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname !== '' && !/\s/.test(raw);
  } catch {
    ok = false;
  }
  if (!ok)
    throw new ConfigError(`${name} must be an http(s) address such as https://www.college.edu/privacy (got "${raw}")`);
  return raw;
}

function advisorContact(env: Env): Contact | undefined {
  const contactText = matching(env, 'ADVISOR_CONTACT', '', /^.{0,200}$/, 'at most 200 characters');
  const url = httpUrl(env, 'ADVISOR_CONTACT_URL');
  if (contactText === '' && url !== '')
    throw new ConfigError(
      'ADVISOR_CONTACT_URL is set but ADVISOR_CONTACT is empty (say what the link is, e.g. "Book a call with an advisor")',
    );
  return contactText === '' ? undefined : { text: contactText, url };
}

function webConfig(env: Env): WebConfig {
  const origins = text(env, 'CORS_ORIGINS', '')
    .split(',')
    .map((o) => o.trim().replace(/\/$/, ''))
    .filter((o) => o !== '');
  for (const o of origins) {
    if (!/^https?:\/\/[a-z0-9.-]+(:\d{1,5})?$/i.test(o))
      throw new ConfigError(
        `CORS_ORIGINS must be a comma-separated list of origins such as https://www.college.edu (got "${o}")`,
      );
  }
  return {
    collegeName: matching(env, 'WEB_COLLEGE_NAME', 'Example College', /^.{1,80}$/, 'at most 80 characters'),
    botName: matching(env, 'WEB_BOT_NAME', 'PACS Advisor', /^.{1,40}$/, 'at most 40 characters'),
    accentColor: matching(env, 'WEB_ACCENT_COLOR', '#0b5cad', /^#[0-9a-f]{6}$/i, 'a colour such as #0b5cad'),
    avatarInitials: matching(
      env,
      'WEB_AVATAR_INITIALS',
      'PA',
      /^[\p{L}\p{N}]{1,3}$/u,
      'one to three letters or digits',
    ),
    welcomeText: matching(
      env,
      'WEB_WELCOME_TEXT',
      'Questions about PACS certificate programs? Ask me.',
      /^.{1,200}$/,
      'at most 200 characters',
    ),
    corsOrigins: origins.map((o) => o.toLowerCase()),
    privacyUrl: httpUrl(env, 'WEB_PRIVACY_URL'),
  };
}

function directLineConfig(env: Env): DirectLineConfig {
  const tokenSecret = text(env, 'DIRECT_LINE_TOKEN_SECRET', '');
  if (tokenSecret !== '' && tokenSecret.length < 32)
    throw new ConfigError('DIRECT_LINE_TOKEN_SECRET must be at least 32 characters (got a shorter value)');
  return {
    secret: text(env, 'DIRECT_LINE_SECRET', ''),
    endpoint: matching(
      env,
      'DIRECT_LINE_ENDPOINT',
      'https://directline.botframework.com',
      /^https?:\/\/[^\s/?#]+(\/[^\s?#]*)?$/i,
      'an http(s) base address such as https://directline.botframework.com',
    ).replace(/\/+$/, ''),
    tokenSecret,
    tokenTtlSeconds: integer(env, 'DIRECT_LINE_TOKEN_TTL_SECONDS', 1800, 60, 86_400),
    conversationsPerMinute: integer(env, 'RATE_LIMIT_CONVERSATIONS_PER_MINUTE', 120, 1, 100_000),
    activitiesPerMinute: integer(env, 'RATE_LIMIT_ACTIVITIES_PER_MINUTE', 1200, 1, 1_000_000),
    activitiesPerConversationPerMinute: integer(
      env,
      'RATE_LIMIT_ACTIVITIES_PER_CONVERSATION_PER_MINUTE',
      30,
      1,
      100_000,
    ),
    maxActivityBytes: integer(env, 'DIRECT_LINE_MAX_ACTIVITY_BYTES', 8 * 1024, 256, 1024 * 1024),
    trustedProxies: trustedProxies(env),
  };
}

/** Loopback and private networks: where a reverse proxy beside the bot usually connects from. */
const NEARBY_NETWORKS = ['127.0.0.0/8', '::1/128', '10.0.0.0/8', '172.16.0.0/12', '192.168.0.0/16', 'fc00::/7'];

function trustedProxies(env: Env): readonly string[] {
  const raw = text(env, 'TRUST_PROXY', 'false');
  if (raw.toLowerCase() === 'false') return [];
  if (raw.toLowerCase() === 'true') return NEARBY_NETWORKS;
  const entries = raw
    .split(',')
    .map((e) => e.trim())
    .filter((e) => e !== '');
  for (const e of entries) {
    const [address = '', bits, extra] = e.split('/');
    const family = isIP(address);
    const maxBits = family === 6 ? 128 : 32;
    if (
      family === 0 ||
      extra !== undefined ||
      (bits !== undefined && !(/^\d{1,3}$/.test(bits) && Number(bits) <= maxBits))
    ) {
      throw new ConfigError(
        `TRUST_PROXY must be true, false or a comma-separated list of proxy addresses or CIDR ranges such as 10.0.0.0/8 (got "${e}")`,
      );
    }
  }
  return entries;
}

function serviceOrigins(env: Env, authenticated: boolean): readonly string[] {
  const raw = text(env, 'ALLOWED_SERVICE_URLS', authenticated ? '*' : 'loopback');
  const origins = raw
    .split(',')
    .map((o) => o.trim().replace(/\/$/, ''))
    .filter((o) => o !== '');
  for (const o of origins) {
    if (o !== '*' && o !== 'loopback' && !/^https?:\/\/[a-z0-9.-]+(:\d{1,5})?$/i.test(o)) {
      throw new ConfigError(
        `ALLOWED_SERVICE_URLS must be *, loopback or a comma-separated list of origins such as https://smba.trafficmanager.net (got "${o}")`,
      );
    }
  }
  return origins;
}

function httpLimits(env: Env): HttpLimits {
  const headersTimeoutMs = integer(env, 'HEADERS_TIMEOUT_MS', 15_000, 100, 600_000);
  const requestTimeoutMs = integer(env, 'REQUEST_TIMEOUT_MS', 30_000, 100, 600_000);
  // Node needs the headers to arrive within the time for the whole request.
  if (headersTimeoutMs > requestTimeoutMs)
    throw new ConfigError(
      `HEADERS_TIMEOUT_MS (${headersTimeoutMs}) must not exceed REQUEST_TIMEOUT_MS (${requestTimeoutMs})`,
    );
  return { headersTimeoutMs, requestTimeoutMs, maxConnections: integer(env, 'MAX_CONNECTIONS', 1000, 1, 1_000_000) };
}

/** Whether a host to bind is this machine only. */
function isLoopbackHost(host: string): boolean {
  return host === 'localhost' || host === '::1' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host);
}

/**
 * The interface to bind. Without credentials `/api/messages` accepts anyone's activities, so the
 * default is loopback (the Emulator on the same machine), and any other interface needs
 * ALLOW_UNAUTHENTICATED_PUBLIC=true.
 */
function bindHost(env: Env, authenticated: boolean, allowPublic: boolean): string {
  const host = text(env, 'HOST', authenticated ? '0.0.0.0' : '127.0.0.1');
  if (!authenticated && !allowPublic && !isLoopbackHost(host)) {
    throw new ConfigError(
      `HOST is ${host} but no MicrosoftAppId is set: anyone on the network could drive /api/messages. Set the bot's credentials, bind 127.0.0.1, or set ALLOW_UNAUTHENTICATED_PUBLIC=true`,
    );
  }
  return host;
}

/** The learning log's settings; ADMIN_TOKEN must be long enough to resist guessing. */
function learningConfig(env: Env): LearningConfig {
  const adminToken = env.ADMIN_TOKEN?.trim() ?? '';
  if (adminToken !== '' && !/^[\x21-\x7e]{16,200}$/.test(adminToken)) {
    throw new ConfigError(
      'ADMIN_TOKEN must be 16 to 200 visible ASCII characters without spaces (got a value that is not)',
    );
  }
  return {
    keepUnanswered: oneOf(env, 'LEARNING_LOG', ['on', 'off'], 'off') === 'on',
    retentionDays: integer(env, 'LEARNING_LOG_DAYS', 30, 1, 365),
    adminToken,
  };
}

/** Parses settings from an environment; throws {@link ConfigError} on a bad value. */
export function parseConfig(env: Env): Config {
  const creds = credentials(env);
  const authenticated = creds.MicrosoftAppId !== '';
  const allowUnauthenticatedPublic = oneOf(env, 'ALLOW_UNAUTHENTICATED_PUBLIC', ['true', 'false'], 'false') === 'true';
  return {
    port: integer(env, 'PORT', 3978, 0, 65535),
    host: bindHost(env, authenticated, allowUnauthenticatedPublic),
    allowUnauthenticatedPublic,
    credentials: creds,
    knowledgeDir: resolve(PROJECT_ROOT, text(env, 'KNOWLEDGE_DIR', 'knowledge')),
    nluThreshold: fraction(env, 'NLU_THRESHOLD', DEFAULT_RECOGNIZER_OPTIONS.threshold),
    logLevel: oneOf(env, 'LOG_LEVEL', LOG_LEVELS, 'info'),
    maxBodyBytes: integer(env, 'MAX_BODY_BYTES', 64 * 1024, 1024, 10 * 1024 * 1024),
    storage: storageConfig(env),
    maxTextChars: integer(env, 'MAX_TEXT_CHARS', 2000, 50, 100_000),
    allowedServiceOrigins: serviceOrigins(env, authenticated),
    channelTimeoutMs: integer(env, 'CHANNEL_TIMEOUT_MS', 15_000, 100, 600_000),
    http: httpLimits(env),
    shutdownGraceMs: integer(env, 'SHUTDOWN_GRACE_MS', 10_000, 0, 600_000),
    openIdMetadataUrl: matching(
      env,
      'BOT_OPENID_METADATA_URL',
      '',
      /^$|^https?:\/\/\S+$/i,
      'an http(s) URL of an OpenID metadata document',
    ),
    botDomain: hostName(env, 'BOT_DOMAIN'),
    web: webConfig(env),
    advisorContact: advisorContact(env),
    directLine: directLineConfig(env),
    learning: learningConfig(env),
  };
}

/** The process environment merged with `.env` at the project root (real variables win). */
export function environment(root: string = PROJECT_ROOT): Env {
  const file = join(root, '.env');
  const fromFile = existsSync(file) ? parseEnv(readFileSync(file, 'utf8')) : {};
  return { ...fromFile, ...process.env };
}
