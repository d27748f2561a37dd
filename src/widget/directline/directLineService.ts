/**
 * The self-hosted Direct Line's protocol logic, independent of HTTP: issuing tokens, starting
 * conversations, accepting a client's activity (server-set user, echo, bot turn) and reading the queue.
 */
import { randomBytes } from 'node:crypto';
import type { Activity, TurnContext } from 'botbuilder';
import type { Logger } from '../../platform/logger.js';
import type { ConversationStore, StoredActivity } from './conversationStore.js';
import { newActivityId, type DirectLineAdapter } from './directLineAdapter.js';
import { normalizeClientActivity } from './clientActivity.js';
import type { TokenSigner } from './tokenSigner.js';
import type { ActivityGroup, ConversationResponse, TokenClaims } from './types.js';

/** The channel id the bot sees for the website widget. */
export const DIRECT_LINE_CHANNEL = 'directline';
/** How long one conversation's tokens can be refreshed: a student's visit, not a standing credential. */
export const MAX_CONVERSATION_SECONDS = 24 * 60 * 60;

/** A refusal the HTTP layer turns into a status code. */
export class DirectLineError extends Error {
  constructor(
    readonly status: 400 | 401 | 403 | 404 | 413,
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'DirectLineError';
  }
}

/** Dependencies of {@link DirectLineService}. */
export interface DirectLineServiceDeps {
  readonly store: ConversationStore;
  readonly tokens: TokenSigner;
  readonly adapter: DirectLineAdapter;
  /** The bot's turn handler (the same bot as /api/messages). */
  readonly logic: (context: TurnContext) => Promise<void>;
  readonly logger: Logger;
  readonly maxActivityBytes: number;
}

/** Self-hosted Direct Line conversations for the website widget. */
export class DirectLineService {
  constructor(private readonly deps: DirectLineServiceDeps) {}

  /** Checks an `Authorization: Bearer` token; with `conversationId`, it must be that conversation's token. */
  authorize(authorization: string | undefined, conversationId?: string): TokenClaims {
    const token = /^Bearer\s+(\S+)$/i.exec(authorization ?? '')?.[1];
    if (token === undefined) throw new DirectLineError(401, 'Unauthorized', 'a Bearer token is required');
    return this.checkToken(token, conversationId);
  }

  /** Checks a raw token (as the WebSocket stream receives it). */
  checkToken(token: string, conversationId?: string): TokenClaims {
    const check = this.deps.tokens.verify(token);
    if (!check.ok)
      throw new DirectLineError(
        403,
        check.problem === 'expired' ? 'TokenExpired' : 'BadArgument',
        `token ${check.problem}`,
      );
    if (conversationId !== undefined && check.claims.conversationId !== conversationId)
      throw new DirectLineError(403, 'Forbidden', 'token is not valid for this conversation');
    return check.claims;
  }

  /** A new conversation with a server-chosen user, and its token (`tokens/generate`). */
  async generate(): Promise<ConversationResponse> {
    const conversationId = randomBytes(16).toString('base64url');
    const userId = `dl_${randomBytes(9).toString('hex')}`;
    await this.deps.store.create({ id: conversationId, userId, createdAt: Date.now() });
    return this.response({ conversationId, userId });
  }

  /** Starts (or re-opens) the token's conversation; without claims, a brand-new one. */
  async start(
    claims: TokenClaims | undefined,
  ): Promise<{ readonly created: boolean; readonly conversation: ConversationResponse }> {
    if (claims === undefined) return { created: true, conversation: await this.generate() };
    const existing = await this.deps.store.get(claims.conversationId);
    if (existing === undefined)
      await this.deps.store.create({ id: claims.conversationId, userId: claims.userId, createdAt: Date.now() });
    return { created: existing === undefined, conversation: this.response(claims) };
  }

  /**
   * Re-opens an existing conversation (`GET /conversations/:id`). When it is gone (a restart), the
   * token no longer opens anything: 403, which Web Chat reports as an expired token the page can act
   * on. (On a 404 its WebSocket reconnect throws an error that nothing catches.)
   */
  async resume(claims: TokenClaims): Promise<ConversationResponse> {
    if ((await this.deps.store.get(claims.conversationId)) === undefined)
      throw new DirectLineError(403, 'TokenExpired', 'this conversation has ended; start a new one');
    return this.response(claims);
  }

  /** A fresh token for the same conversation and user (`tokens/refresh`), until the conversation is a day old. */
  refresh(claims: TokenClaims): ConversationResponse {
    if (Date.now() / 1000 - claims.startedAt > MAX_CONVERSATION_SECONDS)
      throw new DirectLineError(403, 'TokenExpired', 'this conversation can no longer be renewed; start a new one');
    return this.response(claims);
  }

  /** Accepts a client's activity: echoes it into the queue, runs the bot, returns the activity id once the turn is done. */
  async post(claims: TokenClaims, body: unknown, serviceUrl: string): Promise<{ readonly id: string }> {
    if ((await this.deps.store.get(claims.conversationId)) === undefined)
      throw new DirectLineError(404, 'NotFound', 'conversation not found');
    if (Buffer.byteLength(JSON.stringify(body ?? null), 'utf8') > this.deps.maxActivityBytes) {
      throw new DirectLineError(
        413,
        'MessageSizeTooBig',
        `activities are limited to ${this.deps.maxActivityBytes} bytes`,
      );
    }
    const fields = normalizeClientActivity(body);
    if (typeof fields === 'string') throw new DirectLineError(400, 'BadArgument', fields);
    const id = newActivityId(claims.conversationId);
    const activity: Partial<Activity> = {
      ...fields,
      id,
      timestamp: new Date(),
      channelId: DIRECT_LINE_CHANNEL,
      serviceUrl,
      conversation: { id: claims.conversationId, isGroup: false, conversationType: 'personal', name: '' },
      from: { id: claims.userId, name: fields.from?.name ?? '', role: 'user' },
      recipient: this.deps.adapter.botAccount,
    };
    // The echo lets the client confirm its message; an event's value and channel data are for the bot only, not kept.
    if (activity.type === 'message') await this.deps.store.append(claims.conversationId, activity);
    else if (activity.type === 'event')
      await this.deps.store.append(claims.conversationId, { ...activity, value: undefined, channelData: undefined });
    await this.deps.adapter.process(activity, this.deps.logic);
    this.deps.logger.debug(
      { conversation: claims.conversationId, type: activity.type },
      'direct line activity handled',
    );
    return { id };
  }

  /** Activities after `watermark` (polling). */
  async read(claims: TokenClaims, watermark: number): Promise<ActivityGroup> {
    if ((await this.deps.store.get(claims.conversationId)) === undefined)
      throw new DirectLineError(404, 'NotFound', 'conversation not found');
    const stored = await this.deps.store.read(claims.conversationId, watermark);
    return toGroup(stored, watermark);
  }

  /** The store, for the WebSocket stream. */
  get store(): ConversationStore {
    return this.deps.store;
  }

  private response(
    claims: Pick<TokenClaims, 'conversationId' | 'userId'> & Partial<Pick<TokenClaims, 'startedAt'>>,
  ): ConversationResponse {
    return {
      conversationId: claims.conversationId,
      token: this.deps.tokens.issue(claims.conversationId, claims.userId, claims.startedAt),
      expires_in: this.deps.tokens.ttlSeconds,
    };
  }
}

/** Stored activities as a Direct Line activity group. */
export function toGroup(stored: readonly StoredActivity[], watermark: number): ActivityGroup {
  const last = stored.length > 0 ? stored[stored.length - 1].position : watermark;
  return { activities: stored.map((s) => s.activity), watermark: String(last) };
}
