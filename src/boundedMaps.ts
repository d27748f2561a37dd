/**
 * Maps that cannot grow without bound, for anything keyed by what clients send.
 */

/** A map that stops taking new keys at `limit` (existing keys may still change): for memos whose first entries are as good as any. */
export class CappedMap<K, V> extends Map<K, V> {
  constructor(private readonly limit: number) {
    super();
  }

  override set(key: K, value: V): this {
    if (this.size < this.limit || this.has(key)) super.set(key, value);
    return this;
  }
}

/** A map of at most `capacity` entries that drops the least recently used one to make room. */
export class LruMap<K, V> {
  /** Least recently used first: a Map keeps insertion order, and every use re-inserts. */
  private readonly entries = new Map<K, V>();

  constructor(private readonly capacity: number) {}

  get size(): number {
    return this.entries.size;
  }

  /** The value, now the most recently used; undefined when absent. */
  get(key: K): V | undefined {
    const value = this.entries.get(key);
    if (value !== undefined) {
      this.entries.delete(key);
      this.entries.set(key, value);
    }
    return value;
  }

  /** Stores the value as the most recently used, dropping the least recently used entry beyond capacity. */
  set(key: K, value: V): void {
    this.entries.delete(key);
    this.entries.set(key, value);
    if (this.entries.size > this.capacity) {
      const oldest = this.entries.keys().next();
      if (oldest.done !== true) this.entries.delete(oldest.value);
    }
  }

  delete(key: K): boolean {
    return this.entries.delete(key);
  }

  clear(): void {
    this.entries.clear();
  }
}
