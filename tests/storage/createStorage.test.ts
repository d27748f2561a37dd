import { mkdtempSync, existsSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MemoryStorage } from 'botbuilder';
import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/app/config.js';
import { createLogger } from '../../src/platform/logger.js';
import { createStorage, redactUrl, sqliteFile } from '../../src/storage/createStorage.js';
import { RedisStorage } from '../../src/storage/redisStorage.js';
import { SqliteStorage } from '../../src/storage/sqliteStorage.js';

const logger = createLogger('silent');

describe('storage configuration', () => {
  it('is SQLite in ./data, kept 30 days, unless told otherwise', () => {
    const c = parseConfig({});
    expect(c.storage.kind).toBe('sqlite');
    expect(c.storage.dataDir).toMatch(/[\\/]data$/);
    expect(c.storage.expiryMs).toBe(30 * 24 * 60 * 60 * 1000);
  });

  it('switches to Redis when REDIS_URL is set, and memory only when asked', () => {
    expect(parseConfig({ REDIS_URL: 'redis://127.0.0.1:6379' }).storage.kind).toBe('redis');
    expect(parseConfig({ STORAGE: 'memory' }).storage.kind).toBe('memory');
  });

  it('names the variable for bad values', () => {
    expect(() => parseConfig({ STORAGE: 'postgres' })).toThrow(/STORAGE must be one of sqlite, memory, redis/);
    expect(() => parseConfig({ STORAGE: 'redis' })).toThrow('STORAGE is redis but REDIS_URL is empty');
    expect(() => parseConfig({ REDIS_URL: 'http://x' })).toThrow(/REDIS_URL must start with redis:\/\//);
    expect(() => parseConfig({ STATE_EXPIRY_DAYS: '0' })).toThrow(/STATE_EXPIRY_DAYS must be a whole number from 1/);
  });

  it('accepts only loopback reply addresses without credentials, any with them, and exactly the list when given', () => {
    expect(parseConfig({}).allowedServiceOrigins).toEqual(['loopback']);
    expect(
      parseConfig({ MicrosoftAppId: '00000000-0000-0000-0000-000000000001', MicrosoftAppPassword: 'x' })
        .allowedServiceOrigins,
    ).toEqual(['*']);
    expect(
      parseConfig({ ALLOWED_SERVICE_URLS: 'https://a.example, https://b.example/' }).allowedServiceOrigins,
    ).toEqual(['https://a.example', 'https://b.example']);
    expect(() => parseConfig({ ALLOWED_SERVICE_URLS: 'ftp://x' })).toThrow(/ALLOWED_SERVICE_URLS/);
  });
});

describe('createStorage', () => {
  it('opens the configured store', async () => {
    const dataDir = join(mkdtempSync(join(tmpdir(), 'cs-')), 'data');
    const sqlite = createStorage(parseConfig({ DATA_DIR: dataDir }).storage, logger);
    expect(sqlite.storage).toBeInstanceOf(SqliteStorage);
    expect(existsSync(sqliteFile(dataDir))).toBe(true);
    expect(await sqlite.health()).toBeUndefined();
    await sqlite.close();
    const memory = createStorage(parseConfig({ STORAGE: 'memory' }).storage, logger);
    expect(memory.storage).toBeInstanceOf(MemoryStorage);
    const redis = createStorage(parseConfig({ REDIS_URL: 'redis://:hunter2@127.0.0.1:1' }).storage, logger);
    expect(redis.storage).toBeInstanceOf(RedisStorage);
    expect(redis.description).not.toContain('hunter2');
    expect(await redis.health()).toBe('redis is not connected');
    expect(await memory.health()).toBeUndefined();
    await redis.close();
  });

  it('hides the password of a Redis URL', () => {
    expect(redactUrl('redis://user:secret@host:6379/0')).toBe('redis://user:redacted@host:6379/0');
  });

  it('stops start-up with a message naming DATA_DIR when the folder is unusable', () => {
    const notADir = join(mkdtempSync(join(tmpdir(), 'cs-')), 'a-file');
    writeFileSync(notADir, 'not a folder');
    expect(() => createStorage(parseConfig({ DATA_DIR: notADir }).storage, logger)).toThrow(
      /DATA_DIR: cannot open the state database/,
    );
  });
});
