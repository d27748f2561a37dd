/**
 * The website widget's channel: the self-hosted Direct Line (default) or the Azure token exchange
 * (when DIRECT_LINE_SECRET is set), with its CORS policy and rate limits, built from configuration.
 */
import type { ChannelAccount, TurnContext } from 'botbuilder';
import type { Server } from 'restify';
import type { Config } from '../app/config.js';
import type { Logger } from '../platform/logger.js';
import { CorsPolicy } from './web/cors.js';
import type { UpgradeHandler } from '../security/upgrades.js';
import { createActivityStream } from './directline/activityStream.js';
import { AzureTokenExchange, registerAzureTokenRoute } from './directline/azureTokenExchange.js';
import type { ConversationStore } from './directline/conversationStore.js';
import { DirectLineAdapter } from './directline/directLineAdapter.js';
import { registerDirectLineRoutes } from './directline/directLineRoutes.js';
import { DirectLineService } from './directline/directLineService.js';
import { RateLimiter } from './directline/rateLimiter.js';
import { TrustedProxies } from './directline/requestInfo.js';
import { TokenSigner } from './directline/tokenSigner.js';

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
}

/** Inputs of {@link createWidgetChannel}. */
export interface WidgetChannelDeps {
  readonly config: Config;
  readonly store: ConversationStore;
  /** The bot's turn handler, the same one /api/messages runs. */
  readonly logic: (context: TurnContext) => Promise<void>;
  readonly logger: Logger;
}

/** Builds the channel; with no DIRECT_LINE_TOKEN_SECRET the token key is random, so tokens die on restart. */
export function createWidgetChannel(deps: WidgetChannelDeps): WidgetChannel {
  const { directLine, web } = deps.config;
  const botAccount: ChannelAccount = { id: 'pacs-advisor', name: web.botName, role: 'bot' };
  const adapter = new DirectLineAdapter(deps.store, botAccount);
  const service = new DirectLineService({
    store: deps.store,
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
    cors: new CorsPolicy(web.corsOrigins),
    conversationLimiter: new RateLimiter(directLine.conversationsPerMinute),
    activityLimiter: new RateLimiter(directLine.activitiesPerMinute),
    conversationActivityLimiter: new RateLimiter(directLine.activitiesPerConversationPerMinute),
    proxies: new TrustedProxies(directLine.trustedProxies),
  };
}

/**
 * Registers the widget's routes on the server; self-hosted, also returns the WebSocket stream's
 * upgrade handler for the server's upgrade listener (closed on {@link SHUTDOWN_EVENT}).
 */
export function mountWidgetChannel(server: Server, channel: WidgetChannel, logger: Logger): UpgradeHandler | undefined {
  if (channel.azure !== undefined) {
    registerAzureTokenRoute(server, { exchange: channel.azure, cors: channel.cors, limiter: channel.conversationLimiter, logger, proxies: channel.proxies });
    return undefined;
  }
  registerDirectLineRoutes(server, { ...channel, logger });
  const stream = createActivityStream({ service: channel.service, cors: channel.cors, logger });
  server.on(SHUTDOWN_EVENT, () => stream.close());
  return stream.upgrade;
}
