/**
 * The Direct Line 3.0 wire shapes that the self-hosted Direct Line exchanges with
 * botframework-directlinejs (Web Chat's client).
 */
import type { Activity } from 'botbuilder';

/** What `POST /conversations`, `GET /conversations/:id` and `tokens/*` return. */
export interface ConversationResponse {
  readonly conversationId: string;
  readonly token: string;
  /** Seconds until the token expires. */
  readonly expires_in: number;
  /** WebSocket address for the activity stream (absent from `tokens/*`). */
  readonly streamUrl?: string;
}

/** A page of activities and the watermark to ask from next time. */
export interface ActivityGroup {
  readonly activities: readonly Partial<Activity>[];
  /** Opaque to clients; here, the count of activities in the conversation so far. */
  readonly watermark: string;
}

/** Who may use a token: one conversation, one server-chosen user, until `expiresAt` (epoch seconds). */
export interface TokenClaims {
  readonly conversationId: string;
  readonly userId: string;
  readonly expiresAt: number;
  /** When the conversation's first token was issued (epoch seconds): refreshing stops a fixed time after it. */
  readonly startedAt: number;
}
