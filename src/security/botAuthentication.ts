/**
 * Authentication of requests to `/api/messages`: botbuilder's configuration-driven authentication,
 * with every token failure answered 401.
 * @remarks botbuilder turns a token with a bad signature (a `JsonWebTokenError`, not its own
 * `AuthenticationError`) into a 500 that echoes the error. A forged token is the caller's fault,
 * so it gets a 401 here, like a missing or expired one.
 */
import { CallerIdConstants, ConfigurationBotFrameworkAuthentication, StatusCodes, type Activity, type ConfigurationBotFrameworkAuthenticationOptions } from 'botbuilder';
import { AuthenticationConstants, AuthenticationError, type AuthenticateRequestResult, type ClaimsIdentity, type ConnectorFactory, type UserTokenClient } from 'botframework-connector';
import type { BotCredentials } from '../config.js';
import { BotClientCache } from './connectorCache.js';

/** Error names of the jsonwebtoken library: every one means the token is not acceptable. */
const TOKEN_ERRORS = new Set(['JsonWebTokenError', 'TokenExpiredError', 'NotBeforeError', 'SyntaxError']);

/**
 * `ConfigurationBotFrameworkAuthentication` that answers any unacceptable token with 401 and reuses
 * connector and user-token clients across turns (see {@link BotClientCache}).
 */
export class StrictBotFrameworkAuthentication extends ConfigurationBotFrameworkAuthentication {
  /** The clients reused across turns (public for tests). */
  readonly clients = new BotClientCache();

  /** Validates the request's token; throws an `AuthenticationError` (401) for any bad token. */
  override async authenticateRequest(activity: Activity, authHeader: string): Promise<AuthenticateRequestResult> {
    try {
      const result = await super.authenticateRequest(activity, authHeader);
      return result.connectorFactory === undefined ? result : { ...result, connectorFactory: this.clients.connectorFactory(result.connectorFactory, result.claimsIdentity) };
    } catch (error) {
      if (error instanceof AuthenticationError) throw error;
      if (error instanceof Error && TOKEN_ERRORS.has(error.name)) throw new AuthenticationError(`Unauthorized: ${error.message}`, StatusCodes.UNAUTHORIZED);
      throw error;
    }
  }

  /** The factory for proactive messages, sharing the same cached clients. */
  override createConnectorFactory(claimsIdentity: ClaimsIdentity): ConnectorFactory {
    return this.clients.connectorFactory(super.createConnectorFactory(claimsIdentity), claimsIdentity);
  }

  /** The user-token client, made once per app id instead of once per turn. */
  override createUserTokenClient(claimsIdentity: ClaimsIdentity): Promise<UserTokenClient> {
    return this.clients.userTokenClient(claimsIdentity, () => super.createUserTokenClient(claimsIdentity));
  }
}

/**
 * The authentication for the bot's credentials. `openIdMetadataUrl` replaces the Bot Framework's
 * OpenID metadata (where the signing keys are published), e.g. for a proxy or a test's key stub.
 */
export function createBotAuthentication(credentials: BotCredentials, openIdMetadataUrl = ''): StrictBotFrameworkAuthentication {
  const options: ConfigurationBotFrameworkAuthenticationOptions = { ...credentials };
  if (openIdMetadataUrl !== '') {
    // Setting any of these switches botbuilder to "parameterized" mode, where all must be given.
    Object.assign(options, {
      ToBotFromChannelOpenIdMetadataUrl: openIdMetadataUrl,
      ToBotFromEmulatorOpenIdMetadataUrl: openIdMetadataUrl,
      ToBotFromChannelTokenIssuer: AuthenticationConstants.ToBotFromChannelTokenIssuer,
      ToChannelFromBotLoginUrl: AuthenticationConstants.ToChannelFromBotLoginUrl,
      ToChannelFromBotOAuthScope: AuthenticationConstants.ToChannelFromBotOAuthScope,
      OAuthUrl: AuthenticationConstants.OAuthUrl,
      CallerId: CallerIdConstants.PublicAzureChannel,
      ValidateAuthority: true,
    });
  }
  return new StrictBotFrameworkAuthentication(options);
}
