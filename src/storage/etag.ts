/**
 * The eTag rules shared by the durable stores, matching botbuilder's `MemoryStorage` contract.
 */
import { randomUUID } from 'node:crypto';

/** Raised when a write carries an eTag that no longer matches the stored item. */
export class ETagConflictError extends Error {
  constructor(readonly key: string) {
    super(`Storage: error writing "${key}" due to eTag conflict.`);
    this.name = 'ETagConflictError';
  }
}

/**
 * Whether a write carrying `incoming` may replace an item stored with `stored`.
 * @remarks A missing eTag or `*` overwrites; so does any eTag when nothing is stored (as in
 * `MemoryStorage`). Otherwise the eTags must match, so a stale copy never silently wins.
 */
export function mayOverwrite(incoming: unknown, stored: string | undefined): boolean {
  if (stored === undefined || incoming === undefined || incoming === null || incoming === '' || incoming === '*') return true;
  return incoming === stored;
}

/** This process's part of every eTag it makes: processes sharing one store never make the same one. */
const PROCESS_PART = randomUUID();
let made = 0;

/** A fresh, globally unique eTag (unique across processes sharing one store): no random draw per write. */
export function newETag(): string {
  made++;
  return `${PROCESS_PART}.${made.toString(36)}`;
}

/**
 * JSON already computed for items, so a turn's state is turned into JSON once per load and once
 * per save rather than twice each: what a stored item was read from, and what an item handed to
 * `write` will be stored as (its writer promises not to change it afterwards).
 */
const readFrom = new WeakMap<object, string>();
const storedAs = new WeakMap<object, string>();

/** The JSON stored for an item: its fields without the eTag, which lives in its own column or field. */
export function serialize(item: unknown): string {
  if (item === null || typeof item !== 'object') throw new TypeError('Storage: items must be objects');
  const known = storedAs.get(item);
  if (known !== undefined) return known;
  const { eTag, ...rest } = item as Record<string, unknown>;
  return JSON.stringify(rest);
}

/**
 * Marks a fresh item about to be written as stored as `json` (its fields without the eTag); the
 * caller never changes the item afterwards. Returns the item.
 */
export function storedAsJson<T extends object>(item: T, json: string): T {
  storedAs.set(item, json);
  return item;
}

/** An item read back from storage, with its current eTag. */
export function deserialize(json: string, eTag: string): Record<string, unknown> {
  const item = JSON.parse(json) as Record<string, unknown>;
  item.eTag = eTag;
  readFrom.set(item, json);
  return item;
}

/**
 * The JSON (without the eTag) an item was just read from, when a store here read it; the same as
 * serializing it again, as long as nothing has changed it since.
 */
export function jsonReadFrom(item: object): string | undefined {
  return readFrom.get(item);
}

/** Whether an error is an eTag conflict, from these stores or from botbuilder's own (which throw plain errors). */
export function isETagConflict(error: unknown): boolean {
  return error instanceof ETagConflictError || (error instanceof Error && /due to eTag conflict/i.test(error.message));
}
