/**
 * The search-based message extension: from the compose box, a user looks a program up by school,
 * city or state and inserts its card into the conversation.
 */
import {
  CardFactory,
  type MessagingExtensionAttachment,
  type MessagingExtensionQuery,
  type MessagingExtensionResponse,
} from 'botbuilder';
import { overviewAnswer } from '../../replies/programs.js';
import type { KnowledgeBase, Program } from '../../knowledge/types.js';

/** The command id declared in the manifest's composeExtensions; the two must match. */
export const PROGRAM_SEARCH_COMMAND = 'searchPrograms';
/** The name of the command's one text parameter in the manifest. */
export const PROGRAM_SEARCH_PARAMETER = 'query';

function words(text: string): string[] {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9\s]/g, ' ')
    .split(/\s+/)
    .filter((w) => w !== '');
}

/** Everything a program can be found by: names, aliases and where it is. */
function searchableText(p: Program): string {
  return words(
    [p.name, p.shortName, ...p.aliases, p.location.city, p.location.state, p.location.stateCode].join(' '),
  ).join(' ');
}

/** Programs whose names or location contain every word of the query (as a word prefix); all for an empty query. */
export function searchPrograms(kb: KnowledgeBase, query: string): Program[] {
  const wanted = words(query);
  return kb.programs.filter((p) => {
    const haystack = ` ${searchableText(p)}`;
    return wanted.every((w) => haystack.includes(` ${w}`));
  });
}

/** The text the user typed into the search box ('' on the initial run, before any typing). */
export function queryText(query: MessagingExtensionQuery): string {
  const parameter = (query.parameters ?? []).find((p) => p.name === PROGRAM_SEARCH_PARAMETER);
  return typeof parameter?.value === 'string' ? parameter.value : '';
}

/** One search result: the program card to insert, with a one-line preview for the result list. */
function resultFor(kb: KnowledgeBase, p: Program): MessagingExtensionAttachment {
  const card = overviewAnswer(kb, p).attachments?.[0];
  const preview = CardFactory.thumbnailCard(p.name, `${p.shortName} · ${p.location.city}, ${p.location.state}`);
  return card !== undefined ? { ...card, preview } : { ...preview, preview };
}

/** The response to a compose-box search. */
export function programSearchResponse(kb: KnowledgeBase, query: MessagingExtensionQuery): MessagingExtensionResponse {
  if (query.commandId !== PROGRAM_SEARCH_COMMAND) {
    // The command id is not repeated back: it is whatever the caller sent.
    return { composeExtension: { type: 'message', text: 'This search command is not supported.' } };
  }
  const programs = searchPrograms(kb, queryText(query));
  return {
    composeExtension: { type: 'result', attachmentLayout: 'list', attachments: programs.map((p) => resultFor(kb, p)) },
  };
}
