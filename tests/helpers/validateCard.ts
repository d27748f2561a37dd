/**
 * Validates Adaptive Card JSON with the `adaptivecards` package's own parser, in Node (parse and
 * validateProperties need no DOM; rendering would).
 */
import * as AC from 'adaptivecards';
import type { Attachment } from 'botbuilder';

/** Every parse and validation problem the parser reports for a card, as readable strings. */
export function cardProblems(card: unknown): string[] {
  const context = new AC.SerializationContext(AC.Versions.v1_5);
  const parsed = new AC.AdaptiveCard();
  parsed.parse(card, context);
  const problems: string[] = [];
  for (let i = 0; i < context.eventCount; i++) problems.push(`parse: ${context.getEventAt(i).message}`);
  for (const e of parsed.validateProperties().validationEvents) problems.push(`validate: ${e.message}`);
  return problems;
}

/** The Adaptive Card JSON of an attachment, failing when it is not one. */
export function adaptiveContent(attachment: Attachment | undefined): Record<string, unknown> {
  if (attachment?.contentType !== 'application/vnd.microsoft.card.adaptive')
    throw new Error(`not an Adaptive Card: ${attachment?.contentType}`);
  return attachment.content as Record<string, unknown>;
}
