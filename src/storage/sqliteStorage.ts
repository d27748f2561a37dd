/**
 * Durable bot state on local disk: a botbuilder `Storage` on SQLite (better-sqlite3, WAL).
 * @remarks One row per key (conversation or user). Writes are transactional and check eTags, so a
 * stale copy fails instead of overwriting. Rows untouched for longer than the expiry are purged on
 * start and then periodically, and are already invisible to reads once expired.
 *
 * Group commit: the writes that arrive while the event loop is busy (the turns of other
 * conversations) are committed together in one transaction, as databases do with their logs; each
 * write still succeeds or fails on its own, and its promise settles only after the commit.
 * A read of a key whose write is still waiting commits the group first: writes are always read back.
 *
 * Recently read and written items are also kept in memory (a bounded cache), so the next turn of
 * a conversation needs no query. Whenever another connection has committed to the file since the
 * last read (SQLite's `data_version`), the cache is dropped first: it never serves a stale item.
 */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import type { StoreItems } from 'botbuilder';
import { LruMap } from '../boundedMaps.js';
import { ETagConflictError, deserialize, mayOverwrite, newETag, serialize, type JsonItemStorage, type StoredJson } from './etag.js';

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

/** One item of a write, turned into JSON when the write was asked for. */
interface WriteEntry {
  readonly key: string;
  readonly json: string;
  /** The eTag the writer read (`*`, '' or none overwrite; see `mayOverwrite`). */
  readonly eTag: unknown;
}

/** A write waiting for the next group commit: its items are written all or none. */
interface PendingWrite {
  readonly entries: readonly WriteEntry[];
  /** Settles the caller's promise: resolved without an error, rejected with one. */
  readonly settle: (error?: unknown) => void;
}

/** A stored item as read from the table (also the {@link StoredJson} handed to `readJson` callers). */
interface Row extends StoredJson {
  readonly updated_at: number;
}

/** How many items the in-memory cache holds at most (the least recently used go first). */
const CACHE_ITEMS = 10_000;

const SCHEMA = `CREATE TABLE IF NOT EXISTS state (
  key TEXT PRIMARY KEY,
  json TEXT NOT NULL,
  etag TEXT NOT NULL,
  updated_at INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS state_updated_at ON state (updated_at);`;

/** Bot state in a SQLite file; survives restarts. */
export class SqliteStorage implements JsonItemStorage {
  private readonly db: Database.Database;
  private readonly now: () => number;
  private readonly timer: NodeJS.Timeout | undefined;
  private readonly selectOne: Database.Statement<[string, number], Row>;
  private readonly selectETag: Database.Statement<[string, number], string>;
  private readonly upsert: Database.Statement<[string, string, string, number]>;
  private readonly updateIfCurrent: Database.Statement<[string, string, number, string, string, number]>;
  private readonly deleteOne: Database.Statement<[string]>;
  private readonly purgeOlder: Database.Statement<[number]>;
  private readonly writeAll: (entries: readonly WriteEntry[]) => void;
  private readonly commitGroup: (group: readonly PendingWrite[]) => unknown[];
  private pending: PendingWrite[] = [];
  private readonly dataVersion: Database.Statement<[], number>;
  /** The file's `data_version` when the cache was last known to be current. */
  private seenVersion: number;
  /** True while the reads of this turn of the event loop share one look at `data_version`. */
  private versionLooked = false;
  /** Items as stored, by key. */
  private readonly cache = new LruMap<string, Row>(CACHE_ITEMS);
  /** Items written by the group being committed, cached only once the commit succeeds. */
  private staged: Array<readonly [string, Row]> = [];

  constructor(private readonly options: SqliteStorageOptions) {
    if (options.file !== ':memory:') mkdirSync(dirname(options.file), { recursive: true });
    this.db = new Database(options.file);
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('synchronous = NORMAL');
    this.db.pragma('busy_timeout = 5000');
    this.db.exec(SCHEMA);
    this.now = options.now ?? Date.now;
    this.selectOne = this.db.prepare('SELECT json, etag AS eTag, updated_at FROM state WHERE key = ? AND updated_at >= ?');
    this.dataVersion = this.db.prepare<[], number>('PRAGMA data_version').pluck();
    this.seenVersion = this.dataVersion.get() ?? 0;
    this.selectETag = this.db.prepare<[string, number], string>('SELECT etag FROM state WHERE key = ? AND updated_at >= ?').pluck();
    this.upsert = this.db.prepare(
      'INSERT INTO state (key, json, etag, updated_at) VALUES (?, ?, ?, ?) ON CONFLICT(key) DO UPDATE SET json = excluded.json, etag = excluded.etag, updated_at = excluded.updated_at',
    );
    // One statement for the usual save (the eTag read this turn still current): no read before the write.
    this.updateIfCurrent = this.db.prepare('UPDATE state SET json = ?, etag = ?, updated_at = ? WHERE key = ? AND etag = ? AND updated_at >= ?');
    this.deleteOne = this.db.prepare('DELETE FROM state WHERE key = ?');
    this.purgeOlder = this.db.prepare('DELETE FROM state WHERE updated_at < ?');
    this.writeAll = this.db.transaction((entries: readonly WriteEntry[]) => this.writeInTransaction(entries));
    // Inside the group's transaction each write is a nested transaction (a savepoint): a conflict undoes that write alone.
    this.commitGroup = this.db.transaction((group: readonly PendingWrite[]) => group.map((write) => this.tryWrite(write.entries)));
    this.purgeExpired();
    const interval = options.purgeIntervalMs ?? 60 * 60 * 1000;
    // unref'd: the purge timer alone never keeps the process alive.
    this.timer = interval > 0 ? setInterval(() => this.purgeExpired(), interval).unref() : undefined;
  }

  /** Reads the items that exist and have not expired. */
  async read(keys: string[]): Promise<StoreItems> {
    if (!Array.isArray(keys)) throw new ReferenceError('Keys are required when reading.');
    this.beforeRead(keys);
    const cutoff = this.cutoff();
    const items: StoreItems = {};
    for (const key of keys) {
      const row = this.row(key, cutoff);
      if (row !== undefined) items[key] = deserialize(row.json, row.eTag);
    }
    return items;
  }

  /** One item's JSON and eTag, if it exists and has not expired. */
  async readJson(key: string): Promise<StoredJson | undefined> {
    this.beforeRead(key);
    return this.row(key, this.cutoff());
  }

  /**
   * Writes all changes atomically, committed with the other writes of this moment (see the class
   * remarks); throws {@link ETagConflictError} (writing nothing) on a stale eTag. Each item is
   * turned into JSON now: a change made to it afterwards is not written.
   */
  async write(changes: StoreItems): Promise<void> {
    if (changes === null || typeof changes !== 'object') throw new ReferenceError('Changes are required when writing.');
    const entries = Object.entries(changes).map(([key, item]): WriteEntry => ({ key, json: serialize(item), eTag: (item as { eTag?: unknown }).eTag }));
    return this.enqueue(entries);
  }

  /** Writes one item's JSON, committed like {@link write}; throws {@link ETagConflictError} on a stale eTag. */
  writeJson(key: string, json: string, eTag: string): Promise<void> {
    return this.enqueue([{ key, json, eTag }]);
  }

  /** Deletes the items; missing keys are ignored. */
  async delete(keys: string[]): Promise<void> {
    if (!Array.isArray(keys)) throw new ReferenceError('Keys are required when deleting.');
    // Writes asked for earlier commit first, so they cannot bring a deleted item back.
    this.flush();
    for (const key of keys) {
      this.cache.delete(key);
      this.deleteOne.run(key);
    }
  }

  /** Deletes every item untouched for longer than the expiry; returns how many went. */
  purgeExpired(): number {
    const purged = this.purgeOlder.run(this.cutoff()).changes;
    if (purged > 0) this.cache.clear();
    return purged;
  }

  /** Stops the purge timer, commits the writes still waiting, and closes the database. */
  close(): void {
    if (this.timer) clearInterval(this.timer);
    if (!this.db.open) return;
    this.flush();
    this.db.close();
  }

  /** Queues a write for the next group commit; settles once it is committed or has failed. */
  private enqueue(entries: readonly WriteEntry[]): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      this.pending.push({ entries, settle: (error?: unknown) => (error === undefined ? resolve() : reject(error)) });
      // The first write of a group schedules the commit after pending network I/O, where the turns
      // waiting on their sockets add their writes to the group.
      if (this.pending.length === 1) setImmediate(() => this.flush());
    });
  }

  /** Before reading keys: commits a waiting write of any of them, and looks whether another connection has committed. */
  private beforeRead(keys: readonly string[] | string): void {
    // A write still waiting for its group commit is read back as written: commit it first.
    const waiting = (entry: WriteEntry): boolean => (typeof keys === 'string' ? entry.key === keys : keys.includes(entry.key));
    if (this.pending.some((write) => write.entries.some(waiting))) this.flush();
    if (!this.versionLooked) {
      // One look per turn of the event loop serves all the reads woken in it.
      this.dropCacheIfChangedElsewhere();
      this.versionLooked = true;
      setImmediate(() => (this.versionLooked = false));
    }
  }

  /** The stored row of a key, from the cache or the table, unless it expired before `cutoff`. */
  private row(key: string, cutoff: number): Row | undefined {
    let row = this.cache.get(key);
    if (row === undefined) {
      row = this.selectOne.get(key, cutoff);
      if (row !== undefined) this.cache.set(key, row);
    }
    return row !== undefined && row.updated_at >= cutoff ? row : undefined;
  }

  /** Commits the waiting writes in one transaction and settles each one's promise. */
  private flush(): void {
    const group = this.pending;
    if (group.length === 0) return;
    this.pending = [];
    this.staged = [];
    let outcomes: unknown[];
    try {
      outcomes = this.commitGroup(group);
    } catch (error) {
      // The commit itself failed (disk full, I/O error): none of the group was written, nothing new is cached.
      for (const write of group) write.settle(error);
      return;
    }
    for (const [key, row] of this.staged) this.cache.set(key, row);
    group.forEach((write, i) => write.settle(outcomes[i]));
  }

  /** One write of a group; returns its error (an eTag conflict, undone by its savepoint) instead of throwing. */
  private tryWrite(entries: readonly WriteEntry[]): unknown {
    const staged = this.staged.length;
    try {
      // The usual save, one item with the eTag it was read with, is one statement: no savepoint needed.
      const [only] = entries;
      if (entries.length === 1 && only !== undefined && this.updateCurrent(only, this.now())) return undefined;
      this.writeAll(entries);
      return undefined;
    } catch (error) {
      // Whatever this write staged was undone with it.
      this.staged.splice(staged);
      // SQLite rolls the whole transaction back on some errors (disk full): then the group fails as one.
      if (!this.db.inTransaction) throw error;
      return error;
    }
  }

  /** Forgets every cached item if another connection (another process on the same file) has committed since the last look. */
  private dropCacheIfChangedElsewhere(): void {
    const version = this.dataVersion.get() ?? 0;
    if (version === this.seenVersion) return;
    this.seenVersion = version;
    this.cache.clear();
  }

  private writeInTransaction(entries: readonly WriteEntry[]): void {
    const now = this.now();
    const cutoff = this.cutoff();
    for (const entry of entries) {
      if (this.updateCurrent(entry, now)) continue;
      if (!mayOverwrite(entry.eTag, this.selectETag.get(entry.key, cutoff))) throw new ETagConflictError(entry.key);
      const eTag = newETag();
      this.upsert.run(entry.key, entry.json, eTag, now);
      this.staged.push([entry.key, { json: entry.json, eTag, updated_at: now }]);
    }
  }

  /** Overwrites the item if the write carries the eTag currently stored; false when it carries none or another. */
  private updateCurrent(entry: WriteEntry, now: number): boolean {
    const incoming = entry.eTag;
    if (typeof incoming !== 'string' || incoming === '' || incoming === '*') return false;
    const eTag = newETag();
    if (this.updateIfCurrent.run(entry.json, eTag, now, entry.key, incoming, this.cutoff()).changes !== 1) return false;
    this.staged.push([entry.key, { json: entry.json, eTag, updated_at: now }]);
    return true;
  }

  private cutoff(): number {
    return this.now() - this.options.expiryMs;
  }
}
