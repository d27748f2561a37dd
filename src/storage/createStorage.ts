/**
 * Builds the state store named by configuration: SQLite on local disk (the default), Redis for
 * several instances, or memory when a test or a throwaway run asks for it.
 */
import { join } from 'node:path';
import { MemoryStorage, type Storage } from 'botbuilder';
import { createClient } from 'redis';
import { ConfigError } from '../platform/configError.js';
import type { Logger } from '../platform/logger.js';
import { RedisStorage, type RedisCommands } from './redisStorage.js';
import { SqliteStorage } from './sqliteStorage.js';

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

/** A state store and how to release it (close the file or the connection). */
export interface OpenStorage {
  readonly storage: Storage;
  /** A short description for the start-up log, never containing a password. */
  readonly description: string;
  /**
   * The Redis connection and key prefix, when state is in Redis, for other stores that share it
   * (the widget keeps its conversations there, so every instance sees them).
   */
  readonly redis?: { readonly client: ReturnType<typeof createClient>; readonly keyPrefix: string };
  /** Why the store cannot be used right now (for `/healthz`), or undefined when it can. */
  health(): Promise<string | undefined>;
  close(): Promise<void>;
}

/** How long `/healthz` waits for Redis to answer a PING. */
const PING_TIMEOUT_MS = 1000;

/** The SQLite file inside a data directory. */
export function sqliteFile(dataDir: string): string {
  return join(dataDir, 'state.sqlite');
}

/** Opens the configured store. SQLite and memory are ready at once; Redis connects in the background. */
export function createStorage(config: StorageConfig, logger: Logger): OpenStorage {
  switch (config.kind) {
    case 'memory':
      // MemoryStorage loses every conversation on restart: only for tests and throwaway runs.
      return {
        storage: new MemoryStorage(),
        description: 'memory (lost on restart)',
        health: async () => undefined,
        close: async () => undefined,
      };
    case 'sqlite': {
      const file = sqliteFile(config.dataDir);
      const storage = openSqlite(file, config.expiryMs);
      return {
        storage,
        description: `sqlite ${file}`,
        health: () => storage.health(),
        close: async () => storage.close(),
      };
    }
    case 'redis':
      return openRedis(config, logger);
  }
}

/** Opens the SQLite store, turning an unusable data directory into a start-up error that names it. */
function openSqlite(file: string, expiryMs: number): SqliteStorage {
  try {
    return new SqliteStorage({ file, expiryMs });
  } catch (error) {
    throw new ConfigError(`DATA_DIR: cannot open the state database ${file} (${(error as Error).message})`);
  }
}

function openRedis(config: StorageConfig, logger: Logger): OpenStorage {
  let lastError = '';
  const client = createClient({
    url: config.redisUrl,
    // Fail fast while disconnected so a turn apologises instead of hanging; reconnect in the background.
    disableOfflineQueue: true,
    socket: { connectTimeout: 5000, reconnectStrategy: (retries: number) => Math.min(100 * 2 ** retries, 2000) },
  });
  // Without an 'error' listener a dropped connection would crash the process.
  client.on('error', (error: Error) => {
    if (error.message !== lastError) logger.error({ err: { name: error.name, message: error.message } }, 'redis error');
    lastError = error.message;
  });
  client.on('ready', () => {
    if (lastError !== '') logger.info('redis connection restored');
    lastError = '';
  });
  const ready = client.connect();
  ready.catch(() => undefined);
  const storage = new RedisStorage(client as unknown as RedisCommands, {
    keyPrefix: config.redisKeyPrefix,
    expiryMs: config.expiryMs,
    ready,
  });
  return {
    storage,
    redis: { client, keyPrefix: config.redisKeyPrefix },
    description: `redis ${redactUrl(config.redisUrl)} prefix ${config.redisKeyPrefix}`,
    health: async () => {
      if (!client.isReady) return 'redis is not connected';
      const timeout = new Promise<string>((done) =>
        setTimeout(() => done('redis did not answer a ping'), PING_TIMEOUT_MS).unref(),
      );
      return Promise.race([
        client.ping().then(
          () => undefined,
          () => 'redis did not answer a ping',
        ),
        timeout,
      ]);
    },
    // Close the stores sharing the client (the widget's) first.
    close: async () => {
      if (client.isOpen) await client.close();
    },
  };
}

/** A Redis URL with its password hidden. */
export function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = 'redacted';
    return u.toString();
  } catch {
    return 'redis (unparsable URL)';
  }
}
