/** The program card: one program's key facts, what the article says about it, and its source. */
import type { CardAttachment } from '../reply.js';
import { adaptiveCard, askAction, cardAttachment, factSet, textBlock } from './cardElements.js';

/** What a program card shows. */
export interface ProgramCardContent {
  readonly title: string;
  readonly subtitle: string;
  readonly facts: ReadonlyArray<readonly [string, string]>;
  readonly highlights: readonly string[];
  readonly source: string;
  /** Questions offered as buttons (distinct from the reply's suggested actions). */
  readonly actions: readonly string[];
}

/** Builds the program card attachment. */
export function programCard(content: ProgramCardContent): CardAttachment {
  const body = [
    textBlock(content.title, { size: 'Large', weight: 'Bolder' }),
    textBlock(content.subtitle, { subtle: true, spacing: 'Small' }),
    factSet(content.facts),
    ...content.highlights.map((h) => textBlock(h)),
    textBlock(`Source: ${content.source}. Figures are the article's estimates; confirm them with the school.`, {
      subtle: true,
    }),
  ];
  const fallback = `${content.title} (${content.subtitle}). ${content.facts.map(([k, v]) => `${k}: ${v}`).join('. ')}.`;
  return cardAttachment(
    adaptiveCard(
      body,
      content.actions.map((q) => askAction(q)),
      fallback,
    ),
  );
}
