/**
 * Bot Framework clients reused across turns.
 * @remarks botbuilder's `CloudAdapter` builds a new `ConnectorClient` and a new `UserTokenClient`
 * (credentials, HTTP pipeline, policies) for every incoming activity, only to use them for that
 * one turn. They depend on nothing but the bot's app id, the channel's service URL and the
 * audience, so one client per such key serves every turn, as the .NET `BotFrameworkAdapter` does
 * with its connector client cache. The credentials keep their own token cache, so reuse also
 * spares token requests.
 */
import { LruMap } from '../boundedMaps.js';
import { withCompiledActivityBodies } from '../channels/compiledActivityBodies.js';
import { AuthenticationConstants, ConnectorFactory, type ClaimsIdentity, type ConnectorClient, type UserTokenClient } from 'botframework-connector';

/** How many clients of each kind are kept; the least recently used goes first (a bot talks to a handful of service URLs). */
export const CLIENT_CACHE_SIZE = 100;

/** The app id botbuilder makes clients for: the audience claim from a channel, the appid claim from the Emulator. */
function appIdOf(claimsIdentity: ClaimsIdentity): string {
  return claimsIdentity.getClaimValue(AuthenticationConstants.AudienceClaim) ?? claimsIdentity.getClaimValue(AuthenticationConstants.AppIdClaim) ?? '';
}

/** Promises of clients by key, bounded; a failed creation is forgotten so the next turn retries. */
class BoundedCache<T> {
  private readonly items = new LruMap<string, Promise<T>>(CLIENT_CACHE_SIZE);

  get size(): number {
    return this.items.size;
  }

  get(key: string, make: () => Promise<T>): Promise<T> {
    const cached = this.items.get(key);
    if (cached !== undefined) return cached;
    const made = make();
    this.items.set(key, made);
    made.catch(() => this.items.delete(key));
    return made;
  }
}

/** Connector and user-token clients shared by every turn of one adapter's authentication. */
export class BotClientCache {
  private readonly connectors = new BoundedCache<ConnectorClient>();
  private readonly userTokens = new BoundedCache<UserTokenClient>();

  /** A connector factory that hands out cached clients, making them with `inner` when missing. */
  connectorFactory(inner: ConnectorFactory, claimsIdentity: ClaimsIdentity): ConnectorFactory {
    const appId = appIdOf(claimsIdentity);
    return new CachingConnectorFactory((serviceUrl, audience) => this.connectors.get(JSON.stringify([appId, serviceUrl, audience ?? '']), () => inner.create(serviceUrl, audience).then(withCompiledActivityBodies)));
  }

  /** The user-token client for the identity's app id, made with `make` when missing. */
  userTokenClient(claimsIdentity: ClaimsIdentity, make: () => Promise<UserTokenClient>): Promise<UserTokenClient> {
    return this.userTokens.get(appIdOf(claimsIdentity), make);
  }

  /** How many clients are cached (for tests). */
  get size(): { connectors: number; userTokens: number } {
    return { connectors: this.connectors.size, userTokens: this.userTokens.size };
  }
}

class CachingConnectorFactory extends ConnectorFactory {
  constructor(private readonly lookup: (serviceUrl: string, audience: string | undefined) => Promise<ConnectorClient>) {
    super();
  }

  override create(serviceUrl: string, audience?: string): Promise<ConnectorClient> {
    return this.lookup(serviceUrl, audience);
  }
}
