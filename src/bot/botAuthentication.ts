/**
 * Authentication of requests to `/api/messages`: botbuilder's configuration-driven authentication,
 * with every token failure answered 401 and no token without an expiry.
 * @remarks botbuilder turns a token with a bad signature (a `JsonWebTokenError`, not its own
 * `AuthenticationError`) into a 500 that echoes the error, and accepts a signed token that has no
 * `exp` claim at all (a token valid forever). Both are the caller's fault, so both get a 401 here.
 * botbuilder's clock-skew leeway for `exp` and `nbf` is 300 s (`clockTolerance: 5 * 60` in
 * botframework-connector); it is left at that, the most any Bot Framework channel needs.
 */
import {
  CallerIdConstants,
  ConfigurationBotFrameworkAuthentication,
  StatusCodes,
  type Activity,
  type ConfigurationBotFrameworkAuthenticationOptions,
} from 'botbuilder';
import { AuthenticationConstants, AuthenticationError, type AuthenticateRequestResult } from 'botframework-connector';

/** The kinds of Bot Framework app registration (MicrosoftAppType). */
export const APP_TYPES = ['MultiTenant', 'SingleTenant', 'UserAssignedMSI'] as const;

/** Bot Framework credentials; all empty means unauthenticated local use (the Emulator). */
export interface BotCredentials {
  readonly MicrosoftAppType: (typeof APP_TYPES)[number];
  readonly MicrosoftAppId: string;
  readonly MicrosoftAppPassword: string;
  readonly MicrosoftAppTenantId: string;
}

/** Error names of the jsonwebtoken library: every one means the token is not acceptable. */
const TOKEN_ERRORS = new Set(['JsonWebTokenError', 'TokenExpiredError', 'NotBeforeError', 'SyntaxError']);

/** `ConfigurationBotFrameworkAuthentication` that answers any unacceptable token with 401. */
export class StrictBotFrameworkAuthentication extends ConfigurationBotFrameworkAuthentication {
  /** Validates the request's token; throws an `AuthenticationError` (401) for any bad token. */
  override async authenticateRequest(activity: Activity, authHeader: string): Promise<AuthenticateRequestResult> {
    let result: AuthenticateRequestResult;
    try {
      result = await super.authenticateRequest(activity, authHeader);
    } catch (error) {
      if (error instanceof AuthenticationError) throw error;
      if (error instanceof Error && TOKEN_ERRORS.has(error.name))
        throw new AuthenticationError(`Unauthorized: ${error.message}`, StatusCodes.UNAUTHORIZED);
      throw error;
    }
    // With credentials, every accepted request carries a validated token: it must expire.
    const identity = result.claimsIdentity;
    if (identity.isAuthenticated && identity.claims.length > 0 && identity.getClaimValue('exp') === null) {
      throw new AuthenticationError('Unauthorized: the token has no expiry (exp)', StatusCodes.UNAUTHORIZED);
    }
    return result;
  }
}

/**
 * The authentication for the bot's credentials. `openIdMetadataUrl` replaces the Bot Framework's
 * OpenID metadata (where the signing keys are published), e.g. for a proxy or a test's key stub.
 */
export function createBotAuthentication(
  credentials: BotCredentials,
  openIdMetadataUrl = '',
): StrictBotFrameworkAuthentication {
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
