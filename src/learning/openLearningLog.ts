/**
 * Opens the learning log on the same backend as the bot's state: SQLite in DATA_DIR by default,
 * Redis when REDIS_URL is set (shared by every instance), memory only when state is in memory.
 */
import { createClient } from 'redis';
import { ConfigError } from '../platform/configError.js';
import type { StorageConfig } from '../storage/createStorage.js';
import { redactUrl } from '../storage/createStorage.js';
import type { Logger } from '../platform/logger.js';
import { LearningLog } from './learningLog.js';
import { MemoryLearningStore } from './memoryLearningStore.js';
import { RedisLearningStore, type RedisScripting } from './redisLearningStore.js';
import { learningFile, SqliteLearningStore } from './sqliteLearningStore.js';
import { DAY_MS, type LearningStore } from './types.js';

/** What the learning log keeps, for how long, and who may read the staff report. */
export interface LearningConfig {
  /** LEARNING_LOG=on: keep the (redacted) text of questions the bot could not answer. Off by default. */
  readonly keepUnanswered: boolean;
  /** LEARNING_LOG_DAYS: every log entry and day count is kept at most this many days. */
  readonly retentionDays: number;
  /** ADMIN_TOKEN: the bearer token of /admin; empty means the staff report is switched off (404). */
  readonly adminToken: string;
}

/** An open learning log, with a line for the start-up log. */
export interface OpenLearningLog {
  readonly log: LearningLog;
  /** Where the log lives, never containing a password. */
  readonly description: string;
}

/** Opens the log for a configuration; SQLite and memory are ready at once, Redis connects in the background. */
export function openLearningLog(storage: StorageConfig, learning: LearningConfig, logger: Logger): OpenLearningLog {
  const retentionMs = learning.retentionDays * DAY_MS;
  const opened = openStore(storage, retentionMs, logger);
  const log = new LearningLog({
    store: opened.store,
    policy: { keepUnanswered: learning.keepUnanswered, retentionDays: learning.retentionDays },
    logger,
  });
  return { log, description: opened.description };
}

function openStore(
  storage: StorageConfig,
  retentionMs: number,
  logger: Logger,
): { store: LearningStore; description: string } {
  switch (storage.kind) {
    case 'memory':
      return { store: new MemoryLearningStore({ retentionMs }), description: 'memory (lost on restart)' };
    case 'sqlite': {
      const file = learningFile(storage.dataDir);
      try {
        return { store: new SqliteLearningStore({ file, retentionMs }), description: `sqlite ${file}` };
      } catch (error) {
        throw new ConfigError(`DATA_DIR: cannot open the learning log ${file} (${(error as Error).message})`);
      }
    }
    case 'redis':
      return openRedis(storage, retentionMs, logger);
  }
}

/** A connection of its own, so the log's writes never queue behind a state write or a Direct Line subscription. */
function openRedis(
  storage: StorageConfig,
  retentionMs: number,
  logger: Logger,
): { store: LearningStore; description: string } {
  const client = createClient({
    url: storage.redisUrl,
    // Fail fast while disconnected: a lost count is better than a turn waiting for Redis.
    disableOfflineQueue: true,
    socket: { connectTimeout: 5000, reconnectStrategy: (retries: number) => Math.min(100 * 2 ** retries, 2000) },
  });
  let lastError = '';
  // Without an 'error' listener a dropped connection would crash the process.
  client.on('error', (error: Error) => {
    if (error.message !== lastError)
      logger.warn({ err: { name: error.name, message: error.message } }, 'learning log redis error');
    lastError = error.message;
  });
  const ready = client.connect();
  ready.catch(() => undefined);
  const scripting: RedisScripting = {
    eval: async (script, options) => {
      if (!client.isReady) await ready;
      return client.eval(script, options);
    },
  };
  const release = async (): Promise<void> => {
    if (client.isOpen) await client.close();
  };
  return {
    store: new RedisLearningStore(scripting, { keyPrefix: storage.redisKeyPrefix, retentionMs, release }),
    description: `redis ${redactUrl(storage.redisUrl)} prefix ${storage.redisKeyPrefix}`,
  };
}
