/**
 * Configuration, parsed and validated once at start-up from the environment (and a `.env` file at
 * the project root, whose values never override real environment variables).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseEnv } from 'node:util';

/** Raised for a missing or malformed setting; the message names the variable and the value. */
export class ConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConfigError';
  }
}

export const APP_TYPES = ['MultiTenant', 'SingleTenant', 'UserAssignedMSI'] as const;
export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

/** Bot Framework credentials; all empty means unauthenticated local use (the Emulator). */
export interface BotCredentials {
  readonly MicrosoftAppType: (typeof APP_TYPES)[number];
  readonly MicrosoftAppId: string;
  readonly MicrosoftAppPassword: string;
  readonly MicrosoftAppTenantId: string;
}

/** Every setting the bot reads. */
export interface Config {
  readonly port: number;
  readonly host: string;
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
}

/** The project root (where package.json and knowledge/ live), from src/ or dist/src/. */
export const PROJECT_ROOT = ((): string => {
  for (const candidate of [resolve(__dirname, '..'), resolve(__dirname, '..', '..')]) {
    if (existsSync(join(candidate, 'package.json'))) return candidate;
  }
  return process.cwd();
})();

type Env = Readonly<Record<string, string | undefined>>;

function text(env: Env, name: string, fallback: string): string {
  const v = env[name];
  return v === undefined || v.trim() === '' ? fallback : v.trim();
}

function integer(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw.trim() === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min || n > max) throw new ConfigError(`${name} must be a whole number from ${min} to ${max} (got "${raw}")`);
  return n;
}

function fraction(env: Env, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw.trim() === '') return fallback;
  const n = Number(raw);
  if (!Number.isFinite(n) || n < 0 || n > 1) throw new ConfigError(`${name} must be a number from 0 to 1 (got "${raw}")`);
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
  if (c.MicrosoftAppPassword !== '' && c.MicrosoftAppId === '') throw new ConfigError('MicrosoftAppPassword is set but MicrosoftAppId is empty');
  if (c.MicrosoftAppId !== '' && !/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(c.MicrosoftAppId)) {
    throw new ConfigError(`MicrosoftAppId must be a GUID (got "${c.MicrosoftAppId}")`);
  }
  if (c.MicrosoftAppType === 'SingleTenant' && c.MicrosoftAppId !== '' && c.MicrosoftAppTenantId === '') {
    throw new ConfigError('MicrosoftAppTenantId is required when MicrosoftAppType is SingleTenant');
  }
  return c;
}

/** The state stores the bot can use. */
export const STORAGE_KINDS = ['sqlite', 'memory', 'redis'] as const;

/** Where state is kept. `memory` loses every conversation on restart, so it is used only when asked for. */
export interface StorageConfig {
  readonly kind: (typeof STORAGE_KINDS)[number];
  /** Folder of the SQLite database (`state.sqlite`). */
  readonly dataDir: string;
  /** Conversations untouched for this long are deleted. */
  readonly expiryMs: number;
  /** Redis connection URL; required for `redis`. */
  readonly redisUrl: string;
  /** Prefix of every Redis key, so several bots can share one Redis. */
  readonly redisKeyPrefix: string;
}

function storageConfig(env: Env): StorageConfig {
  const redisUrl = text(env, 'REDIS_URL', '');
  const kind = oneOf(env, 'STORAGE', STORAGE_KINDS, redisUrl === '' ? 'sqlite' : 'redis');
  if (kind === 'redis' && redisUrl === '') throw new ConfigError('STORAGE is redis but REDIS_URL is empty');
  if (redisUrl !== '' && !/^rediss?:\/\//.test(redisUrl)) throw new ConfigError('REDIS_URL must start with redis:// or rediss:// (got a different scheme)');
  return {
    kind,
    dataDir: resolve(PROJECT_ROOT, text(env, 'DATA_DIR', 'data')),
    expiryMs: integer(env, 'STATE_EXPIRY_DAYS', 30, 1, 3650) * 24 * 60 * 60 * 1000,
    redisUrl,
    redisKeyPrefix: text(env, 'REDIS_KEY_PREFIX', 'pacs-advisor:'),
  };
}

/** Parses settings from an environment; throws {@link ConfigError} on a bad value. */
export function parseConfig(env: Env): Config {
  return {
    port: integer(env, 'PORT', 3978, 0, 65535),
    host: text(env, 'HOST', '0.0.0.0'),
    credentials: credentials(env),
    knowledgeDir: resolve(PROJECT_ROOT, text(env, 'KNOWLEDGE_DIR', 'knowledge')),
    nluThreshold: fraction(env, 'NLU_THRESHOLD', 0.3),
    logLevel: oneOf(env, 'LOG_LEVEL', LOG_LEVELS, 'info'),
    maxBodyBytes: integer(env, 'MAX_BODY_BYTES', 64 * 1024, 1024, 10 * 1024 * 1024),
    storage: storageConfig(env),
    maxTextChars: integer(env, 'MAX_TEXT_CHARS', 2000, 50, 100_000),
  };
}

/** The process environment merged with `.env` at the project root (real variables win). */
export function environment(root: string = PROJECT_ROOT): Env {
  const file = join(root, '.env');
  const fromFile = existsSync(file) ? parseEnv(readFileSync(file, 'utf8')) : {};
  return { ...fromFile, ...process.env };
}
