/** "Which program is closest to me?": the programs by straight-line distance, labelled as estimates. */
import type { ProgramDistance } from '../advice/distance.js';
import type { KnowledgeBase } from '../knowledge/types.js';
import { capitalize, joinAnd, ORDINAL_WORDS, place } from './format.js';
import { bullets, fromArticle, reply, type Reply } from './reply.js';
import { FEATURED_PROGRAMS } from './sections.js';

/** Distances are rounded to this many miles: the coordinates are approximate. */
const ROUND_MILES = 10;
/** Closer than this, the program is in or next to the student's own city. */
const SAME_CITY_MILES = 15;
/** A runner-up within this share of the nearest is "close behind". */
const CLOSE_BEHIND = 0.15;

function miles(d: ProgramDistance): string {
  return d.miles < SAME_CITY_MILES
    ? 'in or next to your city'
    : `about ${(Math.round(d.miles / ROUND_MILES) * ROUND_MILES).toLocaleString('en-US')} miles`;
}

/** "Weber State University in Ogden, Utah, about 270 miles away", or "right there in Omaha, Nebraska". */
function where(d: ProgramDistance): string {
  return d.miles < SAME_CITY_MILES
    ? `**${d.program.name}**, right there in ${place(d.program)}`
    : `**${d.program.name}** in ${place(d.program)}, ${miles(d)} away in a straight line`;
}

/** The nearest program to `from`, then every one asked about by distance, with what makes distance matter less. */
export function nearestAnswer(
  kb: KnowledgeBase,
  from: { readonly name: string; readonly stateCentre?: boolean; readonly within?: number; readonly place?: number },
  ranked: readonly ProgramDistance[],
): Reply {
  const [first, second] = ranked;
  if (first === undefined) return unplacedAnswer(kb);
  const behind =
    second !== undefined && second.miles <= first.miles * (1 + CLOSE_BEHIND)
      ? `, with **${second.program.name}** (${place(second.program)}) close behind at ${miles(second)}`
      : '';
  const lines = ranked.map((d) => `${d.program.shortName} (${place(d.program)}): ${miles(d)}`);
  const online = ranked.filter((d) => d.program.delivery.known && d.program.delivery.value === 'online');
  // "The next closest after that": the program at that place, after the ones nearer.
  const at = from.place === undefined ? undefined : ranked[from.place - 1];
  const closest =
    at !== undefined
      ? `${capitalize(ORDINAL_WORDS[from.place ?? 2] ?? 'next')} closest to ${from.name}, after ${joinAnd(ranked.slice(0, (from.place ?? 2) - 1).map((d) => d.program.shortName))}: ${where(at)}.`
      : ranked.length === 1
        ? `From ${from.name}: ${where(first)}.`
        : `Closest to ${from.name}: ${where(first)}${behind}.`;
  // "Which programs are within 500 miles of Reno?": those first, by my estimates.
  const inReach = from.within === undefined ? [] : ranked.filter((d) => d.miles <= (from.within ?? 0));
  const lead =
    from.within === undefined
      ? closest
      : inReach.length > 0
        ? `Within ${from.within.toLocaleString('en-US')} miles of ${from.name}, by my estimate: ${joinAnd(inReach.map((d) => `**${d.program.shortName}** (${place(d.program)}, ${miles(d)})`))}.`
        : `None of the programs is within ${from.within.toLocaleString('en-US')} miles of ${from.name}, by my estimate. ${closest}`;
  const text =
    `${lead}\n\n` +
    (ranked.length > 1 ? `From ${from.name}, as the crow flies:\n${bullets(lines)}\n\n` : '') +
    "These distances are my estimates from map coordinates; the article gives only each school's city." +
    (from.stateCentre === true
      ? ` I measured from the middle of ${from.name}: tell me your city for a closer figure.`
      : '') +
    (online.length > 0
      ? ` It says ${joinAnd(online.map((d) => d.program.shortName))} can be taken online, so you may not need to travel there.`
      : '');
  return fromArticle(
    FEATURED_PROGRAMS,
    reply(text, [`Tell me about ${first.program.shortName}`, 'Which programs are online?', 'Help me choose a program']),
  );
}

/** Asked for the nearest program without a place: where they all are, and a request for the student's. */
export function unplacedAnswer(kb: KnowledgeBase): Reply {
  const lines = kb.programs.map((p) => `**${p.shortName}**: ${place(p)}`);
  return fromArticle(
    FEATURED_PROGRAMS,
    reply(
      `Tell me the city or state you live in and I'll work out which program is nearest. Where they are:\n${bullets(lines)}`,
      ['Which programs are online?', 'Help me choose a program'],
    ),
  );
}
