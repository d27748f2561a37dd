import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { ETagConflictError, NEW_ITEM_ETAG } from '../../src/storage/etag.js';
import { SqliteStorage } from '../../src/storage/sqliteStorage.js';

const DAY = 24 * 60 * 60 * 1000;
const opened: SqliteStorage[] = [];

function open(file = join(mkdtempSync(join(tmpdir(), 'sqlite-')), 'state.sqlite'), now?: () => number): SqliteStorage {
  const s = new SqliteStorage({ file, expiryMs: 30 * DAY, purgeIntervalMs: 0, now });
  opened.push(s);
  return s;
}

afterEach(() => {
  for (const s of opened.splice(0)) s.close();
});

describe('SqliteStorage', () => {
  it('reads back what it wrote, with an eTag, and nothing for unknown keys', async () => {
    const s = open();
    await s.write({ a: { count: 1, nested: { list: [1, 2] } } });
    const items = await s.read(['a', 'missing']);
    expect(items.a).toMatchObject({ count: 1, nested: { list: [1, 2] } });
    expect(typeof items.a.eTag).toBe('string');
    expect(items.missing).toBeUndefined();
  });

  it('keeps data after the file is closed and opened again', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'sqlite-')), 'nested', 'state.sqlite');
    const first = open(file);
    await first.write({ k: { v: 'kept' } });
    first.close();
    expect((await open(file).read(['k'])).k).toMatchObject({ v: 'kept' });
  });

  it('rejects a write with a stale eTag and keeps the newer value', async () => {
    const s = open();
    await s.write({ k: { v: 1 } });
    const copyA = (await s.read(['k'])).k;
    const copyB = (await s.read(['k'])).k;
    await s.write({ k: { ...copyA, v: 'A' } });
    await expect(s.write({ k: { ...copyB, v: 'B' } })).rejects.toBeInstanceOf(ETagConflictError);
    expect((await s.read(['k'])).k.v).toBe('A');
  });

  it('overwrites with "*" or without an eTag', async () => {
    const s = open();
    await s.write({ k: { v: 1 } });
    await s.write({ k: { v: 2, eTag: '*' } });
    expect((await s.read(['k'])).k.v).toBe(2);
    await s.write({ k: { v: 3 } });
    expect((await s.read(['k'])).k.v).toBe(3);
  });

  it('writes nothing from a batch when one item conflicts', async () => {
    const s = open();
    await s.write({ a: { v: 1 }, b: { v: 1 } });
    await expect(s.write({ a: { v: 2, eTag: '*' }, b: { v: 2, eTag: 'stale' } })).rejects.toThrow(/eTag conflict/);
    const items = await s.read(['a', 'b']);
    expect([items.a.v, items.b.v]).toEqual([1, 1]);
  });

  it('detects a conflict between two connections to the same file', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'sqlite-')), 'state.sqlite');
    const a = open(file);
    const b = open(file);
    await a.write({ k: { v: 0 } });
    const seen = (await b.read(['k'])).k;
    await a.write({ k: { v: 'a' } });
    await expect(b.write({ k: { ...seen, v: 'b' } })).rejects.toBeInstanceOf(ETagConflictError);
  });

  it('writes an item as it was when the write was asked for, even if it changes before the commit', async () => {
    const s = open();
    const item = { list: ['weber'] };
    const written = s.write({ k: item });
    item.list.push('hacc');
    await written;
    expect((await s.read(['k'])).k.list).toEqual(['weber']);
  });

  it('deletes keys and ignores missing ones', async () => {
    const s = open();
    await s.write({ a: { v: 1 } });
    await s.delete(['a', 'never']);
    expect(await s.read(['a'])).toEqual({});
  });

  it('hides and purges conversations untouched for longer than the expiry', async () => {
    let now = Date.UTC(2026, 0, 1);
    const s = open(undefined, () => now);
    await s.write({ old: { v: 1 } });
    now += 20 * DAY;
    await s.write({ recent: { v: 2 } });
    now += 11 * DAY;
    expect(Object.keys(await s.read(['old', 'recent']))).toEqual(['recent']);
    expect(s.purgeExpired()).toBe(1);
    expect(s.purgeExpired()).toBe(0);
  });

  it('purges expired rows when it opens', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'sqlite-')), 'state.sqlite');
    let now = Date.UTC(2026, 0, 1);
    const first = open(file, () => now);
    await first.write({ old: { v: 1 } });
    first.close();
    now += 31 * DAY;
    const second = open(file, () => now);
    now -= 31 * DAY; // even with the clock back, the row is gone: it was deleted at open
    expect(await second.read(['old'])).toEqual({});
  });

  it('purges expired rows periodically on its timer', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'sqlite-')), 'state.sqlite');
    let now = Date.UTC(2026, 0, 1);
    const s = new SqliteStorage({ file, expiryMs: DAY, purgeIntervalMs: 20, now: () => now });
    opened.push(s);
    await s.write({ old: { v: 1 } });
    const rows = (): number => {
      const db = new Database(file, { readonly: true });
      const n = (db.prepare('SELECT COUNT(*) AS n FROM state').get() as { n: number }).n;
      db.close();
      return n;
    };
    expect(rows()).toBe(1);
    now += 2 * DAY;
    await new Promise((r) => setTimeout(r, 80));
    expect(rows()).toBe(0);
  });

  it('fails a write when the disk is full, keeps what was there, reports itself unhealthy, and works again once there is room', async () => {
    const s = open();
    await s.write({ kept: { v: 'before' } });
    // Simulates a full disk: the database may not grow past its current size.
    const db = (s as unknown as { db: Database.Database }).db;
    const pages = (db.pragma('page_count', { simple: true }) as number) + 1;
    db.pragma(`max_page_count = ${pages}`);
    const big = 'x'.repeat(64 * 1024);
    await expect(s.write({ small: { v: 1 }, big: { v: big } })).rejects.toThrow(/full/i);
    expect(Object.keys(await s.read(['kept', 'small', 'big']))).toEqual(['kept']);
    expect(await s.health()).toMatch(/full/i);
    db.pragma('max_page_count = 1073741823');
    await s.write({ small: { v: 2 } });
    expect((await s.read(['small'])).small).toMatchObject({ v: 2 });
    expect(await s.health()).toBeUndefined();
  });

  it('creates an item with the new-item eTag only if no other write created it first', async () => {
    const s = open();
    await s.write({ k: { v: 'first', eTag: NEW_ITEM_ETAG } });
    await expect(s.write({ k: { v: 'second', eTag: NEW_ITEM_ETAG } })).rejects.toBeInstanceOf(ETagConflictError);
    expect((await s.read(['k'])).k).toMatchObject({ v: 'first' });
  });

  it('does not count an eTag conflict as a failure of the store', async () => {
    const s = open();
    await s.write({ k: { v: 1 } });
    await expect(s.write({ k: { v: 2, eTag: 'stale' } })).rejects.toBeInstanceOf(ETagConflictError);
    expect(await s.health()).toBeUndefined();
  });
});
