/** The comparison card: a table with one row per attribute and one column per program. */
import type { CardAttachment } from '../reply.js';
import { adaptiveCard, askAction, cardAttachment, textBlock, type CardNode } from './cardElements.js';

/** Above this many programs the card has no per-program buttons. */
const MAX_PROGRAM_BUTTONS = 3;

/** What a comparison card shows. */
export interface ComparisonCardContent {
  readonly title: string;
  /** Column headings (program short names). */
  readonly programs: readonly string[];
  readonly rows: ReadonlyArray<{ readonly label: string; readonly values: readonly string[] }>;
  /** A caveat under the table (e.g. tuition units differ). */
  readonly note?: string;
  readonly source: string;
}

function cell(text: string, bold = false): CardNode {
  return { type: 'TableCell', items: [textBlock(text, bold ? { weight: 'Bolder' } : {})] };
}

/** Builds the comparison card attachment. */
export function comparisonCard(content: ComparisonCardContent): CardAttachment {
  const header: CardNode = {
    type: 'TableRow',
    style: 'emphasis',
    cells: [cell('Attribute', true), ...content.programs.map((p) => cell(p, true))],
  };
  const rows: CardNode[] = content.rows.map((r) => ({
    type: 'TableRow',
    cells: [cell(r.label, true), ...r.values.map((v) => cell(v))],
  }));
  const table: CardNode = {
    type: 'Table',
    firstRowAsHeader: true,
    gridStyle: 'accent',
    columns: [{ width: 2 }, ...content.programs.map(() => ({ width: 3 }))],
    rows: [header, ...rows],
  };
  const body = [
    textBlock(content.title, { size: 'Medium', weight: 'Bolder' }),
    table,
    ...(content.note ? [textBlock(content.note, { subtle: true })] : []),
    textBlock(`Source: ${content.source}. "not stated" means the article doesn't say — ask the school.`, {
      subtle: true,
    }),
  ];
  const fallback = `${content.title}: ${content.rows.map((r) => `${r.label}: ${r.values.map((v, i) => `${content.programs[i]}: ${v}`).join(', ')}`).join('. ')}`;
  // Teams shows a limited number of card actions, and group chats add the follow-ups here too.
  const actions =
    content.programs.length <= MAX_PROGRAM_BUTTONS
      ? content.programs.map((p) => askAction(`More about ${p}`, `Tell me about ${p}`))
      : [];
  return cardAttachment(adaptiveCard(body, actions, fallback));
}
