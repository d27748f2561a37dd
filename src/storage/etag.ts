/**
 * The eTag rules shared by the durable stores, matching botbuilder's `MemoryStorage` contract.
 */
import { randomUUID } from 'node:crypto';
import type { Storage } from 'botbuilder';

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

/** The JSON stored for an item: its fields without the eTag, which lives in its own column or field. */
export function serialize(item: unknown): string {
  if (item === null || typeof item !== 'object') throw new TypeError('Storage: items must be objects');
  const { eTag, ...rest } = item as Record<string, unknown>;
  return JSON.stringify(rest);
}

/** An item read back from storage, with its current eTag. */
export function deserialize(json: string, eTag: string): Record<string, unknown> {
  const item = JSON.parse(json) as Record<string, unknown>;
  item.eTag = eTag;
  return item;
}

/** One item as the stores here keep it: its fields as JSON (without the eTag), and its eTag. */
export interface StoredJson {
  readonly json: string;
  readonly eTag: string;
}

/**
 * A store that also reads and writes one item as its JSON. The state class uses these every turn:
 * the JSON read is the state's snapshot and the JSON compared at save is what gets stored, with
 * no copy of the state with and without its eTag in between.
 */
export interface JsonItemStorage extends Storage {
  /** The item's JSON and current eTag; undefined when there is none. The object may be the store's own copy: never change it. */
  readJson(key: string): Promise<StoredJson | undefined>;
  /**
   * Stores `json` as the item if `eTag` is still the stored one (see {@link mayOverwrite}: `*`
   * overwrites); throws {@link ETagConflictError}, writing nothing, otherwise.
   */
  writeJson(key: string, json: string, eTag: string): Promise<void>;
}

/** Whether a store can read and write items as JSON. */
export function isJsonItemStorage(storage: Storage): storage is JsonItemStorage {
  const candidate = storage as Partial<JsonItemStorage>;
  return typeof candidate.readJson === 'function' && typeof candidate.writeJson === 'function';
}

/** Whether an error is an eTag conflict, from these stores or from botbuilder's own (which throw plain errors). */
export function isETagConflict(error: unknown): boolean {
  return error instanceof ETagConflictError || (error instanceof Error && /due to eTag conflict/i.test(error.message));
}
