/**
 * Small builders for Adaptive Card JSON (schema 1.5, the newest Teams renders; Web Chat renders it
 * too). Only elements of 1.5 are produced, so the cards validate with the adaptivecards parser.
 */
import type { CardAttachment } from '../reply.js';

/** The Adaptive Card schema version of every card the bot sends. */
export const CARD_VERSION = '1.5';

/** One card element or action as JSON. */
export interface CardNode {
  readonly type: string;
  readonly [key: string]: unknown;
}

/** A whole Adaptive Card as JSON. */
export interface AdaptiveCardJson {
  readonly type: 'AdaptiveCard';
  readonly $schema: string;
  readonly version: typeof CARD_VERSION;
  readonly body: readonly CardNode[];
  readonly actions?: readonly CardNode[];
  /** Shown by clients that cannot render the card. */
  readonly fallbackText: string;
  /** Read by screen readers instead of the card's visual content. */
  readonly speak?: string;
}

/** Card text: wraps, optional size/weight/subtle. */
export function textBlock(
  text: string,
  style: { size?: 'Medium' | 'Large'; weight?: 'Bolder'; subtle?: boolean; spacing?: 'Small' | 'Medium' } = {},
): CardNode {
  return { type: 'TextBlock', text, wrap: true, ...style };
}

/** Label/value pairs. */
export function factSet(facts: ReadonlyArray<readonly [string, string]>): CardNode {
  return { type: 'FactSet', facts: facts.map(([title, value]) => ({ title, value })) };
}

/** A group of elements, optionally separated from what comes before. */
export function container(
  items: readonly CardNode[],
  options: { separator?: boolean; style?: 'emphasis' } = {},
): CardNode {
  return { type: 'Container', items, ...options };
}

/**
 * A button that asks `question` as if the user typed it: imBack in Teams, and `text` in the
 * submitted value for Web Chat and the Emulator (the bot reads `value.text` as the message).
 */
export function askAction(title: string, question: string = title): CardNode {
  return { type: 'Action.Submit', title, data: { msteams: { type: 'imBack', value: question }, text: question } };
}

/** A complete card with a plain-text fallback. */
export function adaptiveCard(
  body: readonly CardNode[],
  actions: readonly CardNode[],
  fallbackText: string,
): AdaptiveCardJson {
  return {
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: CARD_VERSION,
    body,
    ...(actions.length > 0 ? { actions } : {}),
    fallbackText,
    speak: fallbackText,
  };
}

/** The content type of an Adaptive Card attachment. */
export const ADAPTIVE_CARD = 'application/vnd.microsoft.card.adaptive';

/** The card as an attachment. */
export function cardAttachment(card: AdaptiveCardJson): CardAttachment {
  return { contentType: ADAPTIVE_CARD, content: card };
}
