/**
 * Writes the reply to a question over the programs from a {@link QueryResult}: what matched and
 * why, what the article leaves open, what was ruled out, rankings with the unit compared, and an
 * alternative when nothing matches.
 */
import { durationText, joinAnd, money, tuitionFigure } from '../answers/format.js';
import { bullets, reply, type Reply } from '../answers/reply.js';
import { plain } from '../cards/cardElements.js';
import { listCard, type ListItem } from '../cards/listCard.js';
import type { Program } from '../knowledge/types.js';
import type { DurationRanking, ProgramVerdicts, QueryResult, TuitionRanking } from './queryEngine.js';

/** A reply plus what the conversation should remember for "which of those…?". */
export interface QueryAnswer {
  readonly reply: Reply;
  /** The list just shown, for follow-ups that say "those". */
  readonly lastResults?: readonly string[];
  /** The programs the answer is about, for follow-ups that say "it". */
  readonly focus?: readonly string[];
}

const NUMBER_WORDS = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];
const UNIT_LABELS = { per_credit: 'per-credit rates', per_year: 'yearly tuition', per_semester: 'per-semester tuition', unspecified: 'figures' } as const;
const UNIT_LEADS = { per_credit: 'per-credit rate', per_year: 'yearly tuition', per_semester: 'per-semester tuition', unspecified: 'figure' } as const;
const RESIDENCY_LABELS = { in_state: ' for in-state students', out_of_state: ' for out-of-state students' } as const;

function count(n: number): string {
  return NUMBER_WORDS[n] ?? String(n);
}

function names(programs: readonly Program[]): string {
  return joinAnd(programs.map((p) => p.shortName));
}

/** Reasons joined into one clause, without their own full stops. */
function because(v: ProgramVerdicts): string {
  return v.reasons.map((r) => r.replace(/\.\s*$/, '')).join('; ');
}

function line(v: ProgramVerdicts): string {
  return `**${v.program.name}** (${v.program.shortName}) — ${because(v)}`;
}

function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

function scopeIntro(r: QueryResult): string {
  // A "those" that covers every program narrows nothing, so it needs no introduction.
  if (r.scope.length === r.total) return '';
  if (r.constraints.scopeFrom === 'previous') return `Of the programs from my last answer (${names(r.scope)}): `;
  if (r.constraints.scopeFrom === 'named') return `Of ${names(r.scope)}: `;
  return '';
}

function filterText(r: QueryResult): string {
  const label = joinAnd(r.checks.map((c) => c.label));
  const total = r.scope.length;
  const parts: string[] = [];
  if (r.matches.length > 0) {
    const verb = r.matches.length === 1 ? 'is' : 'are';
    const howMany = capitalize(`${r.matches.length === total && total > 1 ? 'all' : count(r.matches.length)} of the ${count(total)} programs`);
    parts.push(`${scopeIntro(r)}**${howMany}** ${verb} ${label}, according to the article:\n${bullets(r.matches.map(line))}`);
  } else {
    parts.push(`${scopeIntro(r)}**None of the ${count(total)} programs** is ${label}${r.open.length > 0 ? ' for certain' : ''}, according to the article.`);
  }
  if (r.open.length > 0) parts.push(`The article leaves it open for ${r.open.length === 1 ? 'this one' : 'these'} — please check with the school:\n${bullets(r.open.map(line))}`);
  if (r.excluded.length > 0 && r.matches.length + r.open.length > 0) parts.push(`Ruled out: ${r.excluded.map((v) => `${v.program.shortName} (${because(v)})`).join(', ')}.`);
  const alt = r.alternative;
  if (alt !== undefined && r.matches.length === 0) {
    const they = alt.programs.length === 1 ? 'one program is' : `${count(alt.programs.length)} programs are`;
    parts.push(
      alt.instead !== undefined
        ? `But studying from where you live may still work: ${they} ${alt.instead.label} according to the article — ${names(alt.programs)}. Ask them whether they accept students from your state.`
        : `If "${alt.dropped.label}" is not a must, ${they} left: ${names(alt.programs)}.`,
    );
  }
  return parts.join('\n\n');
}

/** One paragraph on what the filters kept, before a ranking of what they kept. */
function filterSummary(r: QueryResult): string {
  const label = joinAnd(r.checks.map((c) => c.label));
  const kept = r.matches.length > 0 ? `I ranked the ${r.matches.length === 1 ? 'one program' : `${count(r.matches.length)} programs`} that are ${label} according to the article (${names(r.matches.map((m) => m.program))}).` : `None of the programs is ${label} for certain, according to the article.`;
  const open = r.open.length > 0 ? ` The article doesn't settle it for ${names(r.open.map((m) => m.program))}, so I left ${r.open.length === 1 ? 'it' : 'them'} out — check with the school.` : '';
  return `${scopeIntro(r)}${kept}${open}`;
}

function durationRankingText(rank: DurationRanking): string {
  if (rank.ranked.length === 0) return 'No program passes those filters, so there is nothing to rank.';
  const word = rank.order === 'lowest' ? 'Fastest' : 'Longest';
  const winners = rank.winners.length === 1 ? `**${rank.winners[0]?.name}**` : `a tie between ${joinAnd(rank.winners.map((p) => `**${p.shortName}**`))}`;
  const first = rank.winners[0];
  const lead = `**${word}:** ${winners} — ${first ? durationText(first) : ''}${rank.winners.length > 1 ? ' each' : ''}, per the article's expected time to completion.`;
  return rank.ranked.length > 1 ? `${lead}\n\nAll in order:\n${bullets(rank.ranked.map((p) => `${p.shortName}: ${durationText(p)}`))}` : lead;
}

function tuitionRankingText(rank: TuitionRanking, residency: QueryResult['constraints']['residency']): string {
  const who = residency ? RESIDENCY_LABELS[residency] : '';
  const word = rank.order === 'lowest' ? 'Lowest' : 'Highest';
  const parts: string[] = [];
  const top = rank.ranked[0];
  if (rank.unit !== undefined && top !== undefined) {
    parts.push(
      `The article gives tuition in different units, so I only compared like with like — the ${UNIT_LABELS[rank.unit]}${who}, which ${count(rank.ranked.length)} programs share.\n\n` +
        `**${word} ${UNIT_LEADS[rank.unit]}: ${top.program.name} — ${plain(tuitionFigure(top.figure))}.**\n${bullets(rank.ranked.map((x) => `${x.program.shortName}: ${tuitionFigure(x.figure)}`))}`,
    );
    if (rank.others.length > 0) parts.push(`Not on that scale, so not compared:\n${bullets(rank.others.map((o) => `${o.program.shortName}: ${o.figures}`))}`);
  } else if (rank.ranked.length + rank.others.length > 0) {
    parts.push(
      `I can't honestly say which is ${rank.order === 'lowest' ? 'cheapest' : 'most expensive'}${who}: the article gives their tuition in different units, and I won't compare unlike figures.\n${bullets(rank.others.map((o) => `${o.program.shortName}: ${o.figures}`))}`,
    );
  } else {
    parts.push('No program passes those filters, so there is nothing to rank.');
  }
  const estimates = rank.estimates.filter((e) => rank.ranked.some((x) => x.program.id === e.program.id) || rank.others.some((o) => o.program.id === e.program.id));
  if (estimates.length > 0) {
    parts.push(`Estimated total where the article allows one (my estimate, not a quoted price): ${estimates.map((e) => `${e.program.shortName} about ${money(e.amount)} (${e.basis})`).join('; ')}.`);
  }
  parts.push('Fees and rates change: confirm the full cost with each school.');
  return parts.join('\n\n');
}

function suggestionsFor(r: QueryResult, focus: readonly Program[]): string[] {
  const out: string[] = [];
  const [a, b] = focus;
  if (r.constraints.superlative === undefined && r.matches.length > 1) out.push('Which of those is cheapest?', 'Which of those is fastest?');
  if (a !== undefined && b !== undefined) out.push(`Compare ${a.shortName} and ${b.shortName}`);
  if (a !== undefined) out.push(`Tell me about ${a.shortName}`);
  if (r.matches.length === 0 && !r.checks.some((c) => c.label === 'online')) out.push('Which programs are online?');
  out.push('Help me choose a program');
  return out;
}

function listItems(programs: readonly Program[], reasons: ReadonlyMap<string, string>): ListItem[] {
  return programs.map((p) => ({
    title: p.name,
    subtitle: `${p.location.city}, ${p.location.state} · ${durationText(p)}`,
    detail: reasons.get(p.id) ?? p.tuition.map(tuitionFigure).join('; '),
    action: `Tell me about ${p.shortName}`,
  }));
}

/** The reply to a query, with a list card of the programs it is about. */
export function queryAnswer(r: QueryResult): QueryAnswer {
  const sections: string[] = [];
  if (r.checks.length > 0) sections.push(r.ranking !== undefined ? filterSummary(r) : filterText(r));
  const rank = r.ranking;
  if (rank !== undefined) {
    const ranking = rank.measure === 'duration' ? durationRankingText(rank) : tuitionRankingText(rank, r.constraints.residency);
    sections.push(r.checks.length > 0 ? ranking : `${scopeIntro(r)}${ranking}`);
  }
  if (sections.length === 0) {
    // No filter and no superlative: the question is simply "which programs are there?".
    const lines = r.scope.map((p) => `**${p.name}** (${p.shortName}) — ${p.location.city}, ${p.location.state}`);
    sections.push(
      `${scopeIntro(r)}The article features ${count(r.scope.length)} PACS program${r.scope.length === 1 ? '' : 's'}:\n${bullets(lines)}\n\n` +
        'You can narrow them down by online study, state, accreditor, start term, length or budget — for example "which programs are online?" or "anything under a year?".',
    );
  }
  const ranked: readonly Program[] = rank === undefined ? [] : rank.measure === 'duration' ? rank.ranked : [...rank.ranked.map((x) => x.program), ...rank.others.map((o) => o.program)];
  const winners: readonly Program[] = rank === undefined ? [] : rank.measure === 'duration' ? rank.winners : rank.ranked.slice(0, 1).map((x) => x.program);
  const listed = ranked.length > 0 ? ranked : r.matches.length > 0 ? r.matches.map((m) => m.program) : r.open.length > 0 ? r.open.map((m) => m.program) : r.checks.length === 0 ? r.scope : [];
  const reasons = new Map([...r.matches, ...r.open].map((v) => [v.program.id, because(v)]));
  const focus = winners.length > 0 ? winners : r.matches.map((m) => m.program);
  const text = sections.join('\n\n');
  const suggestions = suggestionsFor(r, focus.length > 0 ? focus : listed);
  const card = listed.length > 0 ? listCard({ title: 'Programs', items: listItems(listed, reasons) }) : undefined;
  const lastResults = ranked.length > 0 ? ranked.map((p) => p.id) : r.matches.length > 0 ? r.matches.map((m) => m.program.id) : r.open.map((m) => m.program.id);
  return {
    reply: reply(text, suggestions, card ? [card] : undefined),
    ...(lastResults ? { lastResults } : {}),
    ...(focus.length > 0 ? { focus: focus.map((p) => p.id) } : {}),
  };
}
