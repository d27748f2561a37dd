/**
 * Validates an activity posted by a browser and keeps only the fields a client may set; ids,
 * accounts, channel and conversation are always set by the server.
 */
import type { Activity, Entity } from 'botbuilder';

/** Activity types a Direct Line client may post. */
const CLIENT_TYPES = new Set(['message', 'event', 'typing']);

/** The client-settable part of an activity, or a message saying why the body is unacceptable. */
export function normalizeClientActivity(body: unknown): Partial<Activity> | string {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return 'the body must be an activity object';
  const b = body as Record<string, unknown>;
  if (typeof b.type !== 'string' || !CLIENT_TYPES.has(b.type)) return 'type must be message, event or typing';
  const out: Partial<Activity> = { type: b.type };
  if (b.text !== undefined) {
    if (typeof b.text !== 'string') return 'text must be a string';
    out.text = b.text;
  }
  if (typeof b.textFormat === 'string') out.textFormat = b.textFormat;
  if (typeof b.locale === 'string' && /^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(b.locale)) out.locale = b.locale;
  if (typeof b.name === 'string') out.name = b.name;
  if (b.value !== undefined) out.value = b.value;
  if (typeof b.channelData === 'object' && b.channelData !== null) out.channelData = b.channelData;
  // Client entities are dropped: Web Chat's (client capabilities) are of no use to the bot, and a
  // malformed one (a mention without `mentioned`) would fail the turn inside botbuilder. The one
  // kept is a thumbs click's rating (schema.org LikeAction / DislikeAction), reduced to its strings.
  const rating = Array.isArray(b.entities) ? ratingEntity(b.entities) : undefined;
  if (rating !== undefined) out.entities = [rating];
  if (Array.isArray(b.attachments) && b.attachments.length > 0) return 'attachments are not accepted';
  const from = b.from as { name?: unknown } | undefined;
  if (typeof from?.name === 'string') out.from = { id: '', name: from.name.slice(0, 64) };
  return out;
}

const RATINGS = new Set(['LikeAction', 'DislikeAction']);

/** The first LikeAction or DislikeAction among a client's entities, with only the fields a rating needs. */
function ratingEntity(entities: readonly unknown[]): Entity | undefined {
  for (const e of entities) {
    if (typeof e !== 'object' || e === null) continue;
    const entity = e as Record<string, unknown>;
    const kind = entity['@type'];
    const object = entity.object as Record<string, unknown> | undefined;
    if (typeof kind !== 'string' || !RATINGS.has(kind) || typeof object !== 'object' || object === null) continue;
    const identifier = typeof object.identifier === 'string' ? object.identifier.slice(0, 200) : undefined;
    const version = typeof object.version === 'string' ? object.version.slice(0, 200) : undefined;
    return { type: kind, '@type': kind, object: { '@type': 'CreativeWork', identifier, version } };
  }
  return undefined;
}
