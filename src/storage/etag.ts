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
 * The eTag of a write that creates an item: it matches no stored item, so the write fails if
 * another turn created the item first (insert if absent), in every store, `MemoryStorage` included.
 */
export const NEW_ITEM_ETAG = 'new-item';

/**
 * Whether a write carrying `incoming` may replace an item stored with `stored`.
 * @remarks A missing eTag or `*` overwrites; so does any eTag when nothing is stored (as in
 * `MemoryStorage`). Otherwise the eTags must match, so a stale copy never silently wins.
 */
export function mayOverwrite(incoming: unknown, stored: string | undefined): boolean {
  if (stored === undefined || incoming === undefined || incoming === null || incoming === '' || incoming === '*')
    return true;
  return incoming === stored;
}

/** A fresh eTag, unique across processes sharing one store. */
export function newETag(): string {
  return randomUUID();
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

/** Whether an error is an eTag conflict, from these stores or from botbuilder's own (which throw plain errors). */
export function isETagConflict(error: unknown): boolean {
  return error instanceof ETagConflictError || (error instanceof Error && /due to eTag conflict/i.test(error.message));
}
