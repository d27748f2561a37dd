/**
 * The widget's settings, as the app's configuration parses them (src/app/config.ts): its theme and
 * allow-list, its Direct Line, the person students can reach and how long the chat's state is kept.
 */
import type { Contact } from '../replies/general.js';

/** Theming of the chat pages and widget, and the CORS allow-list. */
export interface WebConfig {
  readonly collegeName: string;
  readonly botName: string;
  /** `#rrggbb`, used for the button, header and the user's bubbles. */
  readonly accentColor: string;
  /** One to three characters shown in the bot's avatar. */
  readonly avatarInitials: string;
  /** Short line shown above the chat before the bot's own welcome. */
  readonly welcomeText: string;
  /** Origins (scheme://host[:port]) of other sites allowed to call the Direct Line endpoints; the bot's own origin is always allowed. */
  readonly corsOrigins: readonly string[];
  /** The college's privacy notice (WEB_PRIVACY_URL, http(s)); empty = the widget states what is kept without a link. */
  readonly privacyUrl: string;
}

/** Direct Line settings: Azure when `secret` is set, the bot's own Direct Line otherwise. */
export interface DirectLineConfig {
  /** Azure Direct Line secret; empty means the self-hosted Direct Line serves the widget. */
  readonly secret: string;
  /** Base address of the Azure Direct Line service (tests point it at a stub). */
  readonly endpoint: string;
  /** HMAC key for self-hosted conversation tokens; empty means a random key per start (tokens die on restart). */
  readonly tokenSecret: string;
  readonly tokenTtlSeconds: number;
  /** New conversations per client IP (or /64 IPv6 network), per minute: generous, so a campus lab behind one NAT address fits. */
  readonly conversationsPerMinute: number;
  /** Activities per client IP (or /64 IPv6 network), per minute: generous, for the same reason. */
  readonly activitiesPerMinute: number;
  /** Activities per conversation (that is, per token), per minute: the limit one student meets. */
  readonly activitiesPerConversationPerMinute: number;
  /** Largest activity a client may post, in bytes (larger ones get 413). */
  readonly maxActivityBytes: number;
  /**
   * Addresses or CIDR ranges of the reverse proxies whose last `X-Forwarded-For` entry names the
   * client (for rate limits); empty = the header is ignored. `TRUST_PROXY=true` means loopback and
   * private networks, where a proxy beside the bot usually sits.
   */
  readonly trustedProxies: readonly string[];
}

/** Everything the widget reads from the configuration. */
export interface WidgetConfig {
  /** The website chat widget: theming and which origins may embed it. */
  readonly web: WebConfig;
  /** Direct Line for the widget: self-hosted (default) or Azure when a secret is set. */
  readonly directLine: DirectLineConfig;
  /** A person students can reach, shown in the widget's panel; undefined when none is set. */
  readonly advisorContact?: Contact;
  /** How long the bot keeps a conversation's state, which the panel tells the student. */
  readonly storage: { readonly expiryMs: number };
}
