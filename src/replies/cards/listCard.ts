/** The list card: programs that answer a question, one row each with a button to hear more. */
import type { CardAttachment } from '../reply.js';
import { plain } from '../format.js';
import { adaptiveCard, askAction, cardAttachment, container, textBlock } from './cardElements.js';

/** One row of a list card. */
export interface ListItem {
  readonly title: string;
  readonly subtitle: string;
  /** Why the program is listed (markdown allowed). */
  readonly detail: string;
  /** The question its button asks, e.g. "Tell me about Clarkson". */
  readonly action: string;
}

/** What a list card shows. */
export interface ListCardContent {
  readonly title: string;
  readonly items: readonly ListItem[];
}

/**
 * Builds the list card attachment.
 * @remarks The reply's follow-up questions are not repeated here: the channel renderer shows them
 * as suggested actions, or adds them to this card where those don't show (Teams group chats).
 */
export function listCard(content: ListCardContent): CardAttachment {
  const rows = content.items.map((item, i) =>
    container(
      [
        textBlock(item.title, { weight: 'Bolder' }),
        textBlock(item.subtitle, { subtle: true, spacing: 'Small' }),
        textBlock(item.detail, { spacing: 'Small' }),
        { type: 'ActionSet', actions: [askAction(item.action)] },
      ],
      { separator: i > 0 },
    ),
  );
  const fallback = `${content.title}: ${content.items.map((i) => (plain(i.detail).trim() === '' ? i.title : `${i.title} (${plain(i.detail)})`)).join('; ')}`;
  return cardAttachment(
    adaptiveCard([textBlock(content.title, { size: 'Medium', weight: 'Bolder' }), ...rows], [], fallback),
  );
}
