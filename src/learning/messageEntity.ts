/**
 * The schema.org `Message` entity that Teams and Web Chat read from a bot reply: its citations and,
 * in Web Chat, its feedback buttons.
 * @remarks Both clients accept exactly one such entity per activity (Teams answers 400 to "multiple
 * root message entities"), identified by an empty `@id`; so citations and feedback actions share it.
 * No `additionalType: ["AIGeneratedContent"]`: the bot's answers are written from curated data, not
 * generated, so the "AI generated" label would be wrong.
 */

/** A schema.org `Claim`: one numbered citation, `[1]` in the text. */
export interface Claim {
  readonly '@type': 'Claim';
  /** The number in the text: `[1]` is position 1. */
  readonly position: number;
  readonly appearance: DigitalDocument;
}

/** What a citation points at. */
export interface DigitalDocument {
  readonly '@type': 'DigitalDocument';
  /** Title of the cited work (Teams shows at most 80 characters). */
  readonly name: string;
  /** A short description (Teams shows at most 160 characters). */
  readonly abstract: string;
  /** Markdown that Web Chat shows in the citation's pop-up; left out for Teams, which expects an Adaptive Card there. */
  readonly text?: string;
}

/** A schema.org action Web Chat renders as a thumbs button; `object` names the answer it rates. */
export interface FeedbackAction {
  readonly '@type': 'LikeAction' | 'DislikeAction';
  readonly actionStatus: 'PotentialActionStatus';
  readonly object: RatedAnswer;
}

/** The answer a feedback action rates: its key and the knowledge version it was written from. */
export interface RatedAnswer {
  readonly '@type': 'CreativeWork';
  readonly identifier: string;
  readonly version: string;
}

/** The root `Message` entity of a reply. */
export interface SchemaMessageEntity {
  readonly type: 'https://schema.org/Message';
  readonly '@type': 'Message';
  readonly '@context': 'https://schema.org';
  /** Empty: this is the reply itself (the Bot Framework's convention for the root entity). */
  readonly '@id': '';
  readonly citation?: readonly Claim[];
  readonly potentialAction?: readonly FeedbackAction[];
  /** Indexable like botbuilder's `Entity`, so the entity goes straight into `activity.entities`. */
  readonly [key: string]: unknown;
}

/** The `Message` entity with these citations and feedback actions; an empty list is left out. */
export function messageEntity(parts: {
  readonly citation?: readonly Claim[];
  readonly potentialAction?: readonly FeedbackAction[];
}): SchemaMessageEntity {
  return {
    type: 'https://schema.org/Message',
    '@type': 'Message',
    '@context': 'https://schema.org',
    '@id': '',
    ...(parts.citation !== undefined && parts.citation.length > 0 ? { citation: parts.citation } : {}),
    ...(parts.potentialAction !== undefined && parts.potentialAction.length > 0
      ? { potentialAction: parts.potentialAction }
      : {}),
  };
}
