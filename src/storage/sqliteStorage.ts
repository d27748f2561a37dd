/**
 * Durable bot state on local disk: a botbuilder `Storage` on SQLite (better-sqlite3, WAL).
 * @remarks One row per key (conversation or user). Each `write()` is one transaction that checks
 * every item's eTag first, so a stale copy fails instead of overwriting and a batch is written all or
 * none. Rows untouched for longer than the expiry are invisible to reads, and purged on start and
 * then periodically.
 */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import type { Storage, StoreItems } from 'botbuilder';
import { ETagConflictError, deserialize, mayOverwrite, newETag, serialize } from './etag.js';

/** Options of {@link SqliteStorage}. */
export interface SqliteStorageOptions {
  /** Database file; its folder is created if missing. `:memory:` works for tests. */
  readonly file: string;
  /** Items untouched for this long are deleted. */
  readonly expiryMs: number;
  /** How often to purge expired items; default one hour. 0 disables the timer. */
  readonly purgeIntervalMs?: number;
  /** The clock, in ms since the epoch (tests move it). */
  readonly now?: () => number;
}

const SCHEMA = `CREATE TABLE IF NOT EXISTS state (key TEXT PRIMARY KEY, json TEXT NOT NULL, etag TEXT NOT NULL, updated_at INTEGER NOT NULL);
CREATE INDEX IF NOT EXISTS state_updated_at ON state (updated_at);`;

/** Bot state in a SQLite file; survives restarts. */
export class SqliteStorage implements Storage {
  private readonly db: Database.Database;
  private readonly now: () => number;
  private readonly timer: NodeJS.Timeout | undefined;
  private readonly selectOne: Database.Statement<[string, number], { json: string; etag: string }>;
  private readonly upsert: Database.Statement<[string, string, string, number]>;
  private readonly deleteOne: Database.Statement<[string]>;
  private readonly purgeOlder: Database.Statement<[number]>;
  private readonly writeAll: (entries: ReadonlyArray<readonly [string, string, unknown]>) => void;
  /** Why the last read, or the last write, failed (disk full, I/O error), until one of the same kind succeeds. */
  private readonly failures: { read?: string; write?: string } = {};

  constructor(private readonly options: SqliteStorageOptions) {
    if (options.file !== ':memory:') mkdirSync(dirname(options.file), { recursive: true });
    this.db = new Database(options.file);
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('synchronous = NORMAL');
    this.db.pragma('busy_timeout = 5000');
    this.db.exec(SCHEMA);
    this.now = options.now ?? Date.now;
    this.selectOne = this.db.prepare('SELECT json, etag FROM state WHERE key = ? AND updated_at >= ?');
    this.upsert = this.db.prepare(
      'INSERT INTO state (key, json, etag, updated_at) VALUES (?, ?, ?, ?) ON CONFLICT(key) DO UPDATE SET json = excluded.json, etag = excluded.etag, updated_at = excluded.updated_at',
    );
    this.deleteOne = this.db.prepare('DELETE FROM state WHERE key = ?');
    this.purgeOlder = this.db.prepare('DELETE FROM state WHERE updated_at < ?');
    this.writeAll = this.db.transaction((entries: ReadonlyArray<readonly [string, string, unknown]>) => {
      for (const [key, , eTag] of entries) {
        if (!mayOverwrite(eTag, this.selectOne.get(key, this.cutoff())?.etag)) throw new ETagConflictError(key);
      }
      for (const [key, json] of entries) this.upsert.run(key, json, newETag(), this.now());
    });
    this.purgeExpired();
    const interval = options.purgeIntervalMs ?? 60 * 60 * 1000;
    // unref'd: the purge timer alone never keeps the process alive.
    this.timer = interval > 0 ? setInterval(() => this.purgeExpired(), interval).unref() : undefined;
  }

  /** Reads the items that exist and have not expired. */
  async read(keys: string[]): Promise<StoreItems> {
    if (!Array.isArray(keys)) throw new ReferenceError('Keys are required when reading.');
    return this.run('read', () => {
      const items: StoreItems = {};
      for (const key of keys) {
        const row = this.selectOne.get(key, this.cutoff());
        if (row !== undefined) items[key] = deserialize(row.json, row.etag);
      }
      return items;
    });
  }

  /** Writes all changes in one transaction; throws {@link ETagConflictError} (writing nothing) on a stale eTag. */
  async write(changes: StoreItems): Promise<void> {
    if (changes === null || typeof changes !== 'object') throw new ReferenceError('Changes are required when writing.');
    // Turned into JSON now: a change the turn makes to an item afterwards is not written.
    const entries = Object.entries(changes).map(
      ([key, item]) => [key, serialize(item), (item as { eTag?: unknown }).eTag] as const,
    );
    this.run('write', () => this.writeAll(entries));
  }

  /** Deletes the items; missing keys are ignored. */
  async delete(keys: string[]): Promise<void> {
    if (!Array.isArray(keys)) throw new ReferenceError('Keys are required when deleting.');
    this.run('write', () => keys.forEach((key) => this.deleteOne.run(key)));
  }

  /** Deletes every item untouched for longer than the expiry; returns how many went. */
  purgeExpired(): number {
    return this.purgeOlder.run(this.cutoff()).changes;
  }

  /** Why the store cannot be used right now, or undefined when it can. */
  async health(): Promise<string | undefined> {
    if (!this.db.open) return 'the state database is closed';
    const failure = this.failures.write ?? this.failures.read;
    return failure === undefined ? undefined : `the state database failed: ${failure}`;
  }

  /** Stops the purge timer and closes the database. */
  close(): void {
    if (this.timer) clearInterval(this.timer);
    if (this.db.open) this.db.close();
  }

  /** Runs an operation, remembering whether the database failed (an eTag conflict is no failure of the store). */
  private run<T>(kind: 'read' | 'write', operation: () => T): T {
    try {
      const result = operation();
      this.failures[kind] = undefined;
      return result;
    } catch (error) {
      if (!(error instanceof ETagConflictError)) this.failures[kind] = (error as Error).message;
      throw error;
    }
  }

  private cutoff(): number {
    return this.now() - this.options.expiryMs;
  }
}
