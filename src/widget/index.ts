/**
 * The website chat widget, an optional module with this one entry point: the self-hosted Direct
 * Line (default) or the Azure token exchange (when DIRECT_LINE_SECRET is set), its conversation
 * store, and the pages and files a browser loads (/, /chat, /embed.js, the Web Chat bundle).
 * @remarks The app builds it with {@link createWidgetChannel} and mounts it with {@link mountWidget};
 * nothing else in src/ imports from this folder, so the widget can be left out or replaced whole.
 */
import type { ChannelAccount, TurnContext } from 'botbuilder';
import type { Server } from 'restify';
import { PROJECT_ROOT } from '../platform/paths.js';
import type { Logger } from '../platform/logger.js';
import type { UpgradeHandler } from '../security/upgrades.js';
import type { WidgetConfig } from './config.js';
import { createActivityStream } from './directline/activityStream.js';
import { AzureTokenExchange, registerAzureTokenRoute } from './directline/azureTokenExchange.js';
import type { ConversationStore } from './directline/conversationStore.js';
import { DirectLineAdapter } from './directline/directLineAdapter.js';
import { registerDirectLineRoutes } from './directline/directLineRoutes.js';
import { DirectLineService } from './directline/directLineService.js';
import { MemoryConversationStore } from './directline/memoryConversationStore.js';
import { RateLimiter } from './directline/rateLimiter.js';
import { RedisConversationStore, type RedisClient } from './directline/redisConversationStore.js';
import { TrustedProxies } from './directline/requestInfo.js';
import { TokenSigner } from './directline/tokenSigner.js';
import { CorsPolicy } from './web/cors.js';
import { registerWebRoutes, webRouteDeps, type WebRouteDeps } from './web/webRoutes.js';

/** Where the widget keeps conversations, for a caller that brings its own store. */
export type { ConversationStore };
/** The widget's settings, which the app's configuration parses. */
export type { DirectLineConfig, WebConfig, WidgetConfig } from './config.js';

/** Emitted on the restify server just before it closes, so open streams end and the close can finish. */
export const SHUTDOWN_EVENT = 'shutdown';

/** Everything the widget's endpoints need. */
export interface WidgetChannel {
  readonly mode: 'self-hosted' | 'azure';
  readonly service: DirectLineService;
  /** The adapter of the self-hosted Direct Line (for `onTurnError` and proactive messages). */
  readonly adapter: DirectLineAdapter;
  readonly azure?: AzureTokenExchange;
  readonly cors: CorsPolicy;
  /** New conversations per client address. */
  readonly conversationLimiter: RateLimiter;
  /** Activities per client address. */
  readonly activityLimiter: RateLimiter;
  /** Activities per conversation (per token). */
  readonly conversationActivityLimiter: RateLimiter;
  /** Proxies whose X-Forwarded-For names the client. */
  readonly proxies: TrustedProxies;
  /** The chat pages' theme, notice, files and allow-list. */
  readonly pages: WebRouteDeps;
  readonly logger: Logger;
  /** Releases the conversation store this module opened (the Redis one); a store passed in stays open. */
  close(): Promise<void>;
}

/** Inputs of {@link createWidgetChannel}. */
export interface WidgetChannelDeps {
  readonly config: WidgetConfig;
  /** Where conversations live; by default in Redis when `redis` is given (shared by every instance), else in memory. */
  readonly store?: ConversationStore;
  /** The state store's Redis connection, when state is in Redis. */
  readonly redis?: { readonly client: RedisClient; readonly keyPrefix: string };
  /** The bot's turn handler, the same one /api/messages runs. */
  readonly logic: (context: TurnContext) => Promise<void>;
  readonly logger: Logger;
}

/** Builds the channel; with no DIRECT_LINE_TOKEN_SECRET the token key is random, so tokens die on restart. */
export function createWidgetChannel(deps: WidgetChannelDeps): WidgetChannel {
  const { directLine, web } = deps.config;
  const opened =
    deps.store === undefined && deps.redis !== undefined
      ? new RedisConversationStore(deps.redis.client, { keyPrefix: deps.redis.keyPrefix, logger: deps.logger })
      : undefined;
  const store = deps.store ?? opened ?? new MemoryConversationStore();
  const botAccount: ChannelAccount = { id: 'pacs-advisor', name: web.botName, role: 'bot' };
  const adapter = new DirectLineAdapter(store, botAccount);
  const cors = new CorsPolicy(web.corsOrigins);
  const service = new DirectLineService({
    store,
    tokens: new TokenSigner(directLine.tokenSecret, directLine.tokenTtlSeconds),
    adapter,
    logic: deps.logic,
    logger: deps.logger,
    maxActivityBytes: directLine.maxActivityBytes,
  });
  return {
    mode: directLine.secret === '' ? 'self-hosted' : 'azure',
    service,
    adapter,
    ...(directLine.secret === '' ? {} : { azure: new AzureTokenExchange(directLine.secret, directLine.endpoint) }),
    cors,
    conversationLimiter: new RateLimiter(directLine.conversationsPerMinute),
    activityLimiter: new RateLimiter(directLine.activitiesPerMinute),
    conversationActivityLimiter: new RateLimiter(directLine.activitiesPerConversationPerMinute),
    proxies: new TrustedProxies(directLine.trustedProxies),
    pages: webRouteDeps(deps.config, PROJECT_ROOT, cors, deps.logger),
    logger: deps.logger,
    close: async () => opened?.close(),
  };
}

/**
 * Registers all of the widget's routes on the server: its pages and files, and the Direct Line
 * endpoints (or Azure's token exchange). Self-hosted, it also returns the WebSocket stream's
 * upgrade handler for the server's one upgrade listener (closed on {@link SHUTDOWN_EVENT}).
 */
export function mountWidget(server: Server, channel: WidgetChannel): UpgradeHandler | undefined {
  const { logger } = channel;
  registerWebRoutes(server, channel.pages);
  if (channel.azure !== undefined) {
    registerAzureTokenRoute(server, {
      exchange: channel.azure,
      cors: channel.cors,
      limiter: channel.conversationLimiter,
      logger,
      proxies: channel.proxies,
    });
    return undefined;
  }
  registerDirectLineRoutes(server, channel);
  const stream = createActivityStream({ service: channel.service, cors: channel.cors, logger });
  server.on(SHUTDOWN_EVENT, () => stream.close());
  return stream.upgrade;
}
