/**
 * Writes the reply to a question over the programs from a {@link QueryResult}: what matched and
 * why, what the article leaves open, what was ruled out, rankings with the unit compared, and an
 * alternative when nothing matches.
 */
import { residencyAt } from '../advice/tuition.js';
import { costEstimate, rankByEstimate, unitlessTotalBounds, type CostEstimate } from '../advice/costs.js';
import { STUDENT_RESIDENCIES } from '../advice/tuition.js';
import type { DurationRanking, ProgramVerdicts, QueryResult, TuitionRanking } from '../advice/queryEngine.js';
import type { Verdict } from '../advice/checks.js';
import type { KnowledgeBase, Program, TuitionFigure } from '../knowledge/types.js';
import { listCard, type ListItem } from './cards/listCard.js';
import {
  capitalize,
  count,
  durationText,
  estimateText,
  joinAnd,
  money,
  ORDINAL_WORDS,
  place,
  requirementText,
  ruledOutNote,
  tuitionFigure,
  tuitionFigures,
  stateName,
} from './format.js';
import { bullets, fromArticle, reply, type Reply } from './reply.js';
import { programsSection } from './sections.js';
import { criterionLabel, criterionPhrase, verdictReason, verdictsReason } from './verdicts.js';

/** The programs a query answer lists, in order, and the ones it is mainly about. */
export interface QueryFocus {
  /** The list shown, for follow-ups that say "those" or "the second one". */
  readonly listed: readonly Program[];
  /** The programs the answer is about, for follow-ups that say "it". */
  readonly focus: readonly Program[];
}

const UNIT_LABELS = {
  per_credit: 'per-credit rates',
  per_year: 'yearly tuition',
  per_semester: 'per-semester tuition',
  unspecified: 'figures',
} as const;
const UNIT_LEADS = {
  per_credit: 'per-credit rate',
  per_year: 'yearly tuition',
  per_semester: 'per-semester tuition',
  unspecified: 'figure',
} as const;
const RESIDENCY_LABELS = { in_state: ' for in-state students', out_of_state: ' for out-of-state students' } as const;

function names(programs: readonly Program[]): string {
  return joinAnd(programs.map((p) => p.shortName));
}

/** Reasons joined into one clause, without their own full stops. */
function because(kb: KnowledgeBase, v: ProgramVerdicts): string {
  return verdictsReason(kb, v.verdicts, v.program).replace(/\.\s*$/, '');
}

function line(kb: KnowledgeBase, v: ProgramVerdicts): string {
  return `**${v.program.name}** (${v.program.shortName}) — ${because(kb, v)}`;
}

function phrases(kb: KnowledgeBase, r: QueryResult, plural: boolean): string {
  return joinAnd(r.criteria.map((c) => criterionPhrase(kb, c, plural)));
}

function scopeIntro(kb: KnowledgeBase, r: QueryResult): string {
  // A "those" that covers every program narrows nothing, so it needs no introduction.
  if (r.scope.length === r.total) return '';
  if (r.constraints.scopeFrom === 'previous') return `Of the programs from my last answer (${names(r.scope)}): `;
  if (r.constraints.scopeFrom === 'named') return `Of ${names(r.scope)}: `;
  if (r.constraints.scopeFrom === 'excluding') {
    const left = r.constraints.excludedPrograms ?? [];
    const why = r.constraints.excludedBecause === 'ineligible' ? ', which the article rules out for you' : '';
    return `Leaving out ${joinAnd(left.map((id) => kb.programs.find((p) => p.id === id)?.shortName ?? id))}${why}: `;
  }
  return '';
}

/** A budget is checked against totals I estimate, which the article does not state. */
function basisOf(r: QueryResult): string {
  return r.criteria.some((c) => c.kind === 'budget')
    ? "going by the article's figures and my estimates of the totals"
    : 'according to the article';
}

function filterText(kb: KnowledgeBase, r: QueryResult, elsewhere: readonly Program[] = []): string {
  const total = r.scope.length;
  const parts: string[] = [];
  if (r.matches.length > 0) {
    // "Of HACC: it awards an associate degree": one program asked about is named, not counted.
    const howMany = capitalize(
      total === 1
        ? 'it'
        : r.matches.length === 2 && total === 2
          ? 'both programs'
          : `${r.matches.length === total ? 'all' : count(r.matches.length)} of the ${count(total)} programs`,
    );
    parts.push(
      `${scopeIntro(kb, r)}**${howMany}** ${phrases(kb, r, r.matches.length > 1)}, ${basisOf(r)}:\n${bullets(r.matches.map((m) => line(kb, m)))}`,
    );
  } else if (r.open.length > 0) {
    const may = r.open.length === 1 ? 'it leaves one program open' : `it leaves ${count(r.open.length)} programs open`;
    parts.push(
      `${scopeIntro(kb, r)}The article doesn't confirm that any program ${phrases(kb, r, false)}, but ${may}. Please check with the school:\n${bullets(r.open.map((m) => line(kb, m)))}`,
    );
  } else {
    const [only] = total === 1 ? r.scope : [];
    parts.push(
      only !== undefined
        ? `${scopeIntro(kb, r)}The only program left, ${only.shortName}, is not one that ${phrases(kb, r, false)}, according to the article.`
        : `${scopeIntro(kb, r)}None of the ${count(total)} programs ${phrases(kb, r, false)}, according to the article.`,
    );
    // "…which of those two fits if one also wants an associate degree?": none of them, but others do.
    if (elsewhere.length > 0)
      parts.push(
        `Beyond those, the article says ${elsewhere.length === 1 ? 'this one' : 'these'} ${phrases(kb, r, elsewhere.length > 1)}: ${elsewhere.map((p) => `**${p.name}**`).join(', ')}.`,
      );
  }
  if (r.open.length > 0 && r.matches.length > 0)
    parts.push(
      `The article leaves it open for ${r.open.length === 1 ? 'this one' : 'these'}; please check with the school:\n${bullets(r.open.map((m) => line(kb, m)))}`,
    );
  // With a clear answer, the programs it leaves out go unnamed: the question asked which ones fit.
  if (r.excluded.length > 0 && r.matches.length === 0 && r.open.length > 0)
    parts.push(`Ruled out: ${r.excluded.map((v) => `${v.program.shortName} (${because(kb, v)})`).join(', ')}.`);
  // "Which could I afford with $10,000?": what is over it is worth knowing too, with why.
  else if (r.excluded.length > 0 && r.matches.length > 0 && r.criteria.some((c) => c.kind === 'budget'))
    parts.push(`Over that budget: ${r.excluded.map((v) => `${v.program.shortName} (${because(kb, v)})`).join(', ')}.`);
  // "Can I get ABII certified with zero years in imaging?": a route that needs more years than the student has.
  else if (
    r.excluded.length > 0 &&
    r.matches.length > 0 &&
    r.criteria.some((c) => c.kind === 'relation' && c.workYears !== undefined)
  )
    parts.push(
      `Not yet with your time in the field: ${r.excluded.map((v) => `${v.program.shortName} (${because(kb, v)})`).join(', ')}.`,
    );
  const alt = r.alternative;
  if (alt !== undefined && r.matches.length === 0) {
    const they = alt.programs.length === 1 ? 'one program is' : `${count(alt.programs.length)} programs are`;
    parts.push(
      alt.instead !== undefined
        ? `But studying from where you live may still work: ${they} ${criterionLabel(kb, alt.instead)} according to the article: ${names(alt.programs)}. Ask them whether they accept students from your state.`
        : `If "${criterionLabel(kb, alt.dropped)}" is not a must, ${they} left: ${names(alt.programs)}.`,
    );
  }
  return parts.join('\n\n');
}

/** One paragraph on what the filters kept, before a ranking of what they kept. */
function filterSummary(kb: KnowledgeBase, r: QueryResult): string {
  const kept =
    r.matches.length > 0
      ? `I ranked ${r.matches.length === 1 ? `the one program that ${phrases(kb, r, false)}` : `the ${count(r.matches.length)} programs that ${phrases(kb, r, true)}`} according to the article (${names(r.matches.map((m) => m.program))}).`
      : `The article confirms no program that ${phrases(kb, r, false)}.`;
  const open =
    r.open.length > 0
      ? ` The article doesn't settle it for ${names(r.open.map((m) => m.program))}, so I left ${r.open.length === 1 ? 'it' : 'them'} out — check with the school.`
      : '';
  return `${scopeIntro(kb, r)}${kept}${open}`;
}

function durationRankingText(rank: DurationRanking): string {
  if (rank.ranked.length === 0) return 'No program passes those filters, so there is nothing to rank.';
  const word = rank.order === 'lowest' ? 'Fastest' : 'Longest';
  const winners =
    rank.winners.length === 1
      ? `**${rank.winners[0]?.name}**`
      : `a tie between ${joinAnd(rank.winners.map((p) => `**${p.shortName}**`))}`;
  const first = rank.winners[0];
  const lead = `**${word}:** ${winners} — ${first ? durationText(first) : ''}${rank.winners.length > 1 ? ' each' : ''}, per the article's expected time to completion.`;
  return rank.ranked.length > 1
    ? `${lead}\n\nAll in order:\n${bullets(rank.ranked.map((p) => `${p.shortName}: ${durationText(p)}`))}`
    : lead;
}

/** "As you live in Florida, each school's rate for you: in-state at EFSC, out-of-state elsewhere." */
function homeRatesNote(kb: KnowledgeBase, programs: readonly Program[], homeState: string): string {
  const bySplit = (p: Program): boolean => p.tuition.some((t) => t.residency !== 'any');
  if (!programs.some(bySplit)) return '';
  const state = stateName(kb, homeState);
  const home = programs.filter((p) => p.location.stateCode === homeState && bySplit(p));
  return home.length > 0
    ? `As you live in ${state}, I show each school's rate for you: in-state at ${names(home)}, out-of-state elsewhere.\n\n`
    : `As you live in ${state}, I show the out-of-state rate wherever a school has one.\n\n`;
}

function rankingText(kb: KnowledgeBase, r: QueryResult, rank: NonNullable<QueryResult['ranking']>): string {
  const asked = r.constraints.place;
  const text =
    rank.measure === 'duration'
      ? durationRankingText(rank)
      : tuitionRankingText(kb, rank, r.constraints, estimatesFor(r));
  // With nothing ranked, there is no place to speak of.
  return asked !== undefined && rank.measure === 'duration' && rank.ranked.length > 0
    ? `${placeLead(rank, asked)}\n\n${text}`
    : text;
}

/** The programs at a place of a length ranking (the winners without one), programs of the same length sharing a place. */
function durationAt(rank: DurationRanking, at: number | undefined): readonly Program[] {
  if (at === undefined) return rank.winners;
  const length = [...new Set(rank.ranked.map((p) => durationText(p)))][at - 1];
  return rank.ranked.filter((p) => durationText(p) === length);
}

/**
 * The programs a price ranking leads with, as its reply does: the estimated total at the place asked
 * (two when their ranges overlap), or the lowest rate when totals can't be ranked.
 */
function tuitionLeaders(r: QueryResult): readonly Program[] {
  const rank = r.ranking;
  if (rank?.measure !== 'tuition') return [];
  const ordered = estimateOrder(rank.order, estimatesFor(r));
  const at = (r.constraints.place ?? 1) - 1;
  const [placed, next] = [ordered[at], ordered[at + 1]];
  if (ordered.length < 2 || r.constraints.askedUnit !== undefined || placed === undefined)
    return rank.ranked.slice(at, at + 1).map((x) => x.program);
  // "Cheapest for a Floridian", then "how much?": a figure without a unit that very likely comes lowest is the one led with.
  const leading = at === 0 ? belowAll(rank, r.constraints, placed).filter((b) => comesLowest(b, placed)) : [];
  if (leading.length > 0) return leading.map((b) => b.program);
  const clear = next === undefined || (rank.order === 'lowest' ? placed.amount < next.low : placed.low > next.amount);
  return [...new Set((clear ? [placed] : [placed, next]).map((e) => e.program))];
}

/** Estimated totals in the order a ranking lists them. */
function estimateOrder(order: TuitionRanking['order'], estimates: readonly CostEstimate[]): CostEstimate[] {
  return order === 'lowest'
    ? rankByEstimate(estimates)
    : [...estimates].sort((x, y) => y.amount - x.amount || y.low - x.low);
}

/** "The second shortest": the programs at that place, counting programs of the same length as one place. */
function placeLead(rank: DurationRanking, at: number): string {
  const lengths = [...new Set(rank.ranked.map((p) => durationText(p)))];
  const length = lengths[at - 1];
  const word = rank.order === 'lowest' ? 'shortest' : 'longest';
  if (length === undefined)
    return `There are only ${count(lengths.length)} different lengths, so there is no ${ORDINAL_WORDS[at] ?? `${at}th`} ${word}.`;
  const programs = durationAt(rank, at).map((p) => `**${p.shortName}**`);
  return `**${capitalize(ORDINAL_WORDS[at] ?? `${at}th`)} ${word}:** ${joinAnd(programs)} — ${length}${programs.length > 1 ? ' each' : ''}.`;
}

/** A unitless figure the student pays, below the lowest estimated total, and the most its total can come to. */
interface BelowAll {
  readonly program: Program;
  readonly figure: TuitionFigure;
  readonly ceiling: number;
}

/**
 * "Cheapest for a Floridian": the figures the student pays that have no unit, so no total, while they are below
 * every total estimated.
 */
function belowAll(rank: TuitionRanking, c: QueryResult['constraints'], lowest: CostEstimate): BelowAll[] {
  if (rank.order !== 'lowest') return [];
  return rank.others.flatMap(({ program, figures }) => {
    const at = residencyAt(program, c.residency, c.homeState);
    // No home given: a figure for the school's own residents, said as theirs.
    const figure = figures.find(
      (f) =>
        f.unit === 'unspecified' &&
        (at === undefined ? f.residency !== 'out_of_state' : f.residency === at) &&
        f.amount < lowest.low,
    );
    // On every reading of the figure (the whole program's price, a year's, a semester's), its total is at most the ceiling.
    return figure === undefined
      ? []
      : [{ program, figure, ceiling: unitlessTotalBounds(program, figure.amount).ceiling }];
  });
}

/** Whether a figure below all the estimates is so on every reading of it, so that it very likely comes lowest. */
function comesLowest(b: BelowAll, lowest: CostEstimate): boolean {
  return b.ceiling < lowest.low;
}

/**
 * The figures of {@link belowAll} said: not ranked, but leaving them out unsaid would hide the likeliest answer.
 * `lower` when one of them very likely comes lowest, and so leads.
 */
function belowAllNote(
  kb: KnowledgeBase,
  rank: TuitionRanking,
  c: QueryResult['constraints'],
  lowest: CostEstimate,
): { readonly text: string; readonly lower: boolean } {
  const below = belowAll(rank, c, lowest);
  const notes = below.map((b) => {
    const { program, figure } = b;
    const at = residencyAt(program, c.residency, c.homeState);
    const label = figure.residency === 'out_of_state' ? 'out-of-state' : 'in-state';
    const whose =
      at !== undefined
        ? `${label} figure, your rate there,`
        : figure.residency === 'any'
          ? 'figure'
          : `${label} figure (for ${program.location.state} residents)`;
    const requirement =
      c.ruledOut?.includes(program.id) === true
        ? ` ${ruledOutNote(kb, program)}`
        : program.requirements.known
          ? ` It takes only people ${requirementText(kb, program.requirements.value, { short: true })}.`
          : '';
    return comesLowest(b, lowest)
      ? `**${program.shortName}'s ${whose} ${money(figure.amount)}, very likely comes lowest.** The article doesn't say what it is per, but whether it is the price of the whole program, a year's or a semester's (the program takes ${durationText(program)}), it comes to at most about ${money(b.ceiling)} (my estimate), below all of these estimated totals, listed next.${requirement}`
      : `${program.shortName}'s ${whose} **${money(figure.amount)}**, is below all of these, but the article doesn't say whether it is per semester, per year or for the whole program, so I can't set it among the totals: ask ${program.shortName}.${requirement}`;
  });
  return {
    text: notes.length > 0 ? `\n\n${notes.join(' ')}` : '',
    lower: below.some((b) => comesLowest(b, lowest)),
  };
}

function tuitionRankingText(
  kb: KnowledgeBase,
  rank: TuitionRanking,
  c: QueryResult['constraints'],
  estimates: readonly CostEstimate[],
): string {
  const residency = c.residency;
  const who = residency ? RESIDENCY_LABELS[residency] : '';
  // The figures of a program the student pays: the rate for their residency there, when it is known.
  const theirs = (o: TuitionRanking['others'][number]): string => {
    const at = residencyAt(o.program, c.residency, c.homeState);
    const own = o.figures.filter((f) => at === undefined || f.residency === 'any' || f.residency === at);
    return `${o.program.shortName}: ${tuitionFigures(own.length > 0 ? own : o.figures)}`;
  };
  const listed = [...rank.ranked.map((x) => x.program), ...rank.others.map((o) => o.program)];
  const home = c.residency === undefined && c.homeState !== undefined ? homeRatesNote(kb, listed, c.homeState) : '';
  const word = rank.order === 'lowest' ? 'Lowest' : 'Highest';
  const parts: string[] = [];
  // "Cheapest for me": the whole cost, where it can be estimated, ranked first; a rate alone says little about it.
  const ordered = estimateOrder(rank.order, estimates);
  const listing = bullets(ordered.map((e) => `${e.program.shortName}: ${estimateText(e)}`));
  const [first, second] = ordered;
  const byEstimate = first !== undefined && second !== undefined && c.askedUnit === undefined;
  const unestimated = listed.filter((p) => !estimates.some((e) => e.program.id === p.id)).map((p) => p.shortName);
  // "The second cheapest": the estimate at that place, when the estimates are in a clear order up to it.
  // "The 2nd cheapest per credit": a place on that scale only, not among the totals.
  const placed = c.place !== undefined && c.askedUnit === undefined ? ordered[c.place - 1] : undefined;
  const before = c.place !== undefined && c.askedUnit === undefined ? ordered[c.place - 2] : undefined;
  // With both rates of a program listed (no home given), a place depends on where the student lives: not said.
  const onePerProgram = new Set(ordered.map((e) => e.program.id)).size === ordered.length;
  if (placed !== undefined && before !== undefined && c.place !== undefined && onePerProgram) {
    const after = ordered[c.place];
    const apart = (x: CostEstimate, y: CostEstimate): boolean =>
      rank.order === 'lowest' ? x.amount < y.low : x.low > y.amount;
    const clearPlace = apart(before, placed) && (after === undefined || apart(placed, after));
    parts.push(
      clearPlace
        ? `**${capitalize(ORDINAL_WORDS[c.place] ?? `${c.place}th`)} ${rank.order === 'lowest' ? 'lowest' : 'highest'} of the totals I can estimate: ${placed.program.name}${rateOf(placed)}, ${estimateText(placed)}.**`
        : `The ${ORDINAL_WORDS[c.place] ?? `${c.place}th`} place isn't clear: my estimates for ${joinAnd((apart(before, placed) ? [placed, after ?? placed] : [before, placed]).map((e) => `${e.program.shortName}${rateOf(e)}`))} overlap.`,
    );
  } else if (placed !== undefined && c.place !== undefined) {
    // "And the second cheapest?" with no home given: the place depends on which rate the student pays.
    const twoRates = [...new Set(ordered.map((e) => e.program))].filter(
      (p) => ordered.filter((e) => e.program === p).length > 1,
    );
    parts.push(
      `The ${ORDINAL_WORDS[c.place] ?? `${c.place}th`} ${rank.order === 'lowest' ? 'lowest' : 'highest'} depends on where you live, as ${joinAnd(twoRates.map((p) => p.shortName))} ${twoRates.length > 1 ? 'charge' : 'charges'} in-state and out-of-state rates. Ask again with your state ("…for someone in Ohio") and I'll place it. The order of the rates:`,
    );
  }
  if (byEstimate) {
    const clear = rank.order === 'lowest' ? first.amount < second.low : first.low > second.amount;
    const word = rank.order === 'lowest' ? 'lowest' : 'highest';
    // A figure without a unit that very likely comes lowest leads; the lowest estimate is then said without weight.
    const below = belowAllNote(kb, rank, c, first);
    const lead = clear
      ? below.lower
        ? `Of the totals I can estimate, the ${word} is ${first.program.name}${rateOf(first)}: ${estimateText(first)}.`
        : `**Of the totals I can estimate, the ${word} is ${first.program.name}${rateOf(first)}: ${estimateText(first)}.**`
      : `Of the totals I can estimate, ${first.program.shortName}${rateOf(first)} and ${second.program.shortName}${rateOf(second)} come ${word}, but their ranges overlap.`;
    const missing =
      unestimated.length > 0
        ? `\n\nThe article doesn't give enough to estimate a total for ${joinAnd(unestimated)}.`
        : '';
    parts.push(
      below.lower
        ? `${below.text.trim()}\n\n${lead} In order (my estimates, not quoted prices):\n${listing}${missing}`
        : `${lead} In order (my estimates, not quoted prices):\n${listing}${missing}${below.text}`,
    );
  }

  const top = rank.ranked[0];
  if (rank.unit !== undefined && top !== undefined && rank.ranked.length === 1) {
    parts.push(
      `The article gives ${UNIT_LABELS[rank.unit]}${who} for one program only: **${top.program.name}, ${tuitionFigure(top.figure, { plain: true })}**. The others give theirs another way, so I can't rank them on that scale:\n${bullets(rank.others.map(theirs))}`,
    );
  } else if (rank.unit !== undefined && top !== undefined) {
    // "The second cheapest per credit", "and after that one?": that place among the programs on this scale.
    const at = byEstimate ? undefined : c.place;
    const placed = at !== undefined ? rank.ranked[at - 1] : undefined;
    const ordinal = at !== undefined ? (ORDINAL_WORDS[at] ?? `${at}th`) : '';
    const lead =
      at === undefined
        ? `**${word} ${UNIT_LEADS[rank.unit]}: ${top.program.name}, ${tuitionFigure(top.figure, { plain: true })}.**`
        : placed !== undefined
          ? `**${capitalize(ordinal)} ${word.toLowerCase()} ${UNIT_LEADS[rank.unit]}: ${placed.program.name}, ${tuitionFigure(placed.figure, { plain: true })}.**`
          : `There is no ${ordinal}: only ${count(rank.ranked.length)} programs give ${UNIT_LABELS[rank.unit]}.`;
    parts.push(
      `The article gives tuition in different units, so I only compared like with like — the ${UNIT_LABELS[rank.unit]}${who}, which ${count(rank.ranked.length)} programs share.\n\n` +
        `${lead}\n${bullets(rank.ranked.map((x) => `${x.program.shortName}: ${tuitionFigure(x.figure)}`))}`,
    );
    if (rank.others.length > 0) parts.push(`Not on that scale, so not compared:\n${bullets(rank.others.map(theirs))}`);
  } else if (rank.ranked.length + rank.others.length === 1) {
    const only = rank.ranked[0]?.program ?? rank.others[0]?.program;
    const figures =
      rank.ranked[0] !== undefined
        ? tuitionFigure(rank.ranked[0].figure)
        : tuitionFigures(rank.others[0]?.figures ?? []);
    parts.push(`Only **${only?.name ?? ''}** is left, so there is nothing to rank it against: ${figures}.`);
  } else if (rank.ranked.length + rank.others.length > 0) {
    parts.push(
      byEstimate
        ? `The article's own figures, in different units:\n${bullets(rank.others.map(theirs))}`
        : `I can't honestly say which is ${rank.order === 'lowest' ? 'cheapest' : 'most expensive'}${who}: the article gives their tuition in different units, and I won't compare unlike figures.\n${bullets(rank.others.map(theirs))}`,
    );
  } else {
    parts.push('No program passes those filters, so there is nothing to rank.');
  }
  if (!byEstimate && estimates.length > 0)
    parts.push(`Estimated totals where the article allows one (my estimates, not quoted prices):\n${listing}`);
  parts.push('Fees and rates change: confirm the full cost with each school.');
  return `${home}${parts.join('\n\n')}`;
}

function suggestionsFor(r: QueryResult, focus: readonly Program[]): string[] {
  const out: string[] = [];
  const [a, b] = focus;
  if (r.constraints.superlative === undefined && r.matches.length > 1)
    out.push('Which of those is cheapest?', 'Which of those is fastest?');
  if (a !== undefined && b !== undefined) out.push(`Compare ${a.shortName} and ${b.shortName}`);
  if (a !== undefined) out.push(`Tell me about ${a.shortName}`);
  if (r.matches.length === 0 && !r.criteria.some((c) => c.kind === 'criterion' && c.id === 'online'))
    out.push('Which programs are online?');
  out.push('Help me choose a program');
  return out;
}

function listItems(programs: readonly Program[], reasons: ReadonlyMap<string, string>): ListItem[] {
  return programs.map((p) => ({
    title: p.name,
    subtitle: `${place(p)} · ${durationText(p)}`,
    detail: reasons.get(p.id) ?? tuitionFigures(p.tuition),
    action: `Tell me about ${p.shortName}`,
  }));
}

/** " (in-state)" when the estimate is for one of a program's residency rates. */
function rateOf(e: CostEstimate): string {
  const residency = e.basis.figure.residency;
  return residency === 'in_state' ? ' (in-state)' : residency === 'out_of_state' ? ' (out-of-state)' : '';
}

/** Total-cost estimates for the programs a tuition ranking covers, with each program's residency for the student. */
function estimatesFor(r: QueryResult): CostEstimate[] {
  const c = r.constraints;
  const programs =
    r.ranking?.measure === 'tuition'
      ? [...r.ranking.ranked.map((x) => x.program), ...r.ranking.others.map((o) => o.program)]
      : [];
  // Where the student's residency is unknown, a program's estimate for each of its rates.
  return programs.flatMap((p) => {
    const at = residencyAt(p, c.residency, c.homeState);
    const rates = at === undefined && new Set(p.tuition.map((f) => f.residency)).size > 1 ? STUDENT_RESIDENCIES : [at];
    return rates.flatMap((residency) => costEstimate(p, residency, c.credits) ?? []);
  });
}

/** The programs a query answer lists and the ones it is about (for the conversation's memory). */
export function queryFocus(r: QueryResult): QueryFocus {
  const rank = r.ranking;
  const ranked: readonly Program[] =
    rank === undefined
      ? []
      : rank.measure === 'duration'
        ? rank.ranked
        : [...rank.ranked.map((x) => x.program), ...rank.others.map((o) => o.program)];
  const winners: readonly Program[] =
    rank === undefined ? [] : rank.measure === 'duration' ? durationAt(rank, r.constraints.place) : tuitionLeaders(r);
  const listed =
    ranked.length > 0
      ? ranked
      : r.matches.length > 0
        ? r.matches.map((m) => m.program)
        : r.open.length > 0
          ? r.open.map((m) => m.program)
          : r.criteria.length === 0
            ? r.scope
            : [];
  const focus = winners.length > 0 ? winners : r.matches.map((m) => m.program);
  return { listed, focus };
}

/** "Yes", "No" or "Not for certain", for a filter asked as a yes/no question ("Is there anything in Ohio?"). */
function yesNoLead(r: QueryResult): string {
  // "Are both online?": yes only when every program in scope passes.
  if (r.constraints.asksAll === true && r.matches.length > 0 && r.matches.length < r.scope.length)
    return r.scope.length === 2 ? 'Not both. ' : 'Not all of them. ';
  if (r.matches.length > 0) return 'Yes. ';
  if (r.open.length > 0) return "The article doesn't say for certain. ";
  // "Does any school in California offer one?": the article features a few programs, not every school.
  return r.scope.length === r.total && r.criteria.some((c) => c.kind === 'states' || c.kind === 'region')
    ? 'Not among the programs the article features. '
    : 'No. ';
}

/** "Is EFSC the fastest?": whether the program named comes first in the ranking, as far as the article allows. */
function topLead(
  rank: NonNullable<QueryResult['ranking']>,
  about: Program,
  askedUnit?: string,
  leaders: readonly Program[] = [],
  forResidents = '',
): string {
  const word =
    rank.measure === 'duration'
      ? rank.order === 'lowest'
        ? 'the quickest'
        : 'the longest'
      : rank.order === 'lowest'
        ? 'the cheapest'
        : 'the most expensive';
  if (rank.measure === 'duration') {
    if (!rank.winners.some((p) => p.id === about.id))
      return `No: ${joinAnd(rank.winners.map((p) => `**${p.shortName}**`))} ${rank.winners.length === 1 ? 'is' : 'are'} ${word}, not ${about.shortName}.`;
    const others = rank.winners.filter((p) => p.id !== about.id);
    return others.length === 0
      ? `Yes: **${about.shortName}** is ${word} of the ${count(rank.ranked.length)} programs.`
      : `Yes, tied with ${joinAnd(others.map((p) => p.shortName))}: **${about.shortName}** is among ${word}.`;
  }
  const first = rank.ranked[0]?.program;
  // "Is EFSC the cheapest? I'm in Florida": a figure with no unit that comes lowest however it is read.
  const unitless = rank.others.some(
    (o) => o.program.id === about.id && o.figures.some((f) => f.unit === 'unspecified'),
  );
  if (
    leaders.length === 1 &&
    leaders[0]?.id === about.id &&
    unitless &&
    !rank.ranked.some((x) => x.program.id === about.id)
  )
    return `Very likely, yes${forResidents}: **${about.shortName}** is ${word}, though the article doesn't give its figure's unit (below).`;
  if (first === undefined || !rank.ranked.some((x) => x.program.id === about.id))
    return `The article doesn't say for certain: it gives ${about.shortName}'s tuition in a way that can't be set against the others.`;
  if (first.id !== about.id)
    return `No: on the ${UNIT_LABELS[rank.unit ?? 'unspecified']}, **${first.shortName}** is ${word}.`;
  return rank.others.length === 0 || (askedUnit !== undefined && askedUnit === rank.unit)
    ? `Yes: **${about.shortName}** is ${word}${rank.others.length === 0 ? '' : ` on the ${UNIT_LABELS[rank.unit ?? 'unspecified']} the article gives`}.`
    : `On the ${UNIT_LABELS[rank.unit ?? 'unspecified']}, yes; but the others give their tuition another way, so the article doesn't settle it for certain.`;
}

/**
 * The reply to a query, with a list card of the programs it is about; `yesNo` leads with the
 * answer, and `about` with whether that program tops the ranking ("is Weber the cheapest?").
 */
export function queryAnswer(
  kb: KnowledgeBase,
  r: QueryResult,
  options: { yesNo?: boolean; about?: Program; also?: QueryResult; elsewhere?: readonly Program[] } = {},
): Reply {
  const sections: string[] = [];
  if (r.criteria.length > 0)
    sections.push(r.ranking !== undefined ? filterSummary(kb, r) : filterText(kb, r, options.elsewhere));
  const rank = r.ranking;
  if (rank !== undefined) {
    const ranking = rankingText(kb, r, rank);
    sections.push(r.criteria.length > 0 ? ranking : `${scopeIntro(kb, r)}${ranking}`);
  }
  // "the quickest and cheapest": the second measure ranked over the same programs.
  if (options.also?.ranking !== undefined) sections.push(rankingText(kb, options.also, options.also.ranking));
  if (sections.length === 0) {
    // No filter and no superlative: the question is simply "which programs are there?".
    const lines = r.scope.map((p) => `**${p.name}** (${p.shortName}) — ${place(p)}`);
    // "Which school cares about those?": a narrowed scope is that part of the list, not what the article features.
    const intro =
      r.scope.length === r.total
        ? `The article features ${count(r.total)} PACS programs:`
        : scopeIntro(kb, r).trimEnd() || `Of ${names(r.scope)}:`;
    sections.push(
      `${intro}\n${bullets(lines)}\n\n` +
        'You can narrow them down by online study, state, accreditor, start term, length or budget, for example "which programs are online?" or "anything under a year?".',
    );
  }
  if (options.yesNo === true && r.criteria.length > 0) sections[0] = `${yesNoLead(r)}${sections[0] ?? ''}`;
  if (options.about !== undefined && rank !== undefined) {
    // With no home said, a school's own rate is its residents'.
    const forResidents =
      r.constraints.residency === undefined && r.constraints.homeState === undefined
        ? `, for ${options.about.location.state} residents`
        : '';
    sections.unshift(topLead(rank, options.about, r.constraints.askedUnit, tuitionLeaders(r), forResidents));
  }
  const { listed, focus } = queryFocus(r);
  const reasons = new Map([...r.matches, ...r.open].map((v) => [v.program.id, because(kb, v)]));
  const suggestions = suggestionsFor(r, focus.length > 0 ? focus : listed);
  const card = listed.length > 0 ? listCard({ title: 'Programs', items: listItems(listed, reasons) }) : undefined;
  return fromArticle(
    programsSection(listed.length > 0 ? listed : r.scope),
    reply(sections.join('\n\n'), suggestions, card ? [card] : undefined),
  );
}

/** "Which ones are tied?" after a ranking by length: the programs that share a length. */
export function lengthTiesAnswer(ties: readonly (readonly Program[])[]): Reply {
  const text =
    ties.length === 0
      ? 'None of them are tied: each takes a different time, per the article.'
      : ties
          .map(
            (tied) =>
              `${joinAnd(tied.map((p) => `**${p.shortName}**`))} are tied at ${tied[0] ? durationText(tied[0]) : ''}.`,
          )
          .join('\n\n');
  return fromArticle(programsSection(ties.flat()), reply(text));
}

/**
 * "How much is the quickest one?", "where is the longest program?": which programs the ranking picks, in its own
 * words, then the fact asked of them.
 */
export function pickedFactAnswer(kb: KnowledgeBase, r: QueryResult, fact: Reply): Reply {
  const rank = r.ranking;
  // The ranking's bold headline, without the list that follows it.
  const headline =
    rank === undefined
      ? ''
      : (rankingText(kb, r, rank)
          .split('\n')
          .find((p) => p.startsWith('**')) ?? '');
  const end = headline.indexOf('.** ');
  const lead = end < 0 ? headline : headline.slice(0, end + 3);
  const intro = `${scopeIntro(kb, r)}${lead}`;
  return { ...fact, text: intro === '' ? fact.text : `${intro}\n\n${fact.text}` };
}

/**
 * "How long are the online programs?", "what do the NWCCU ones cost?": which programs pass the filter, in its own words,
 * then the fact asked of them; those the article leaves open are named, not answered for.
 */
export function filteredFactAnswer(kb: KnowledgeBase, r: QueryResult, fact: Reply): Reply {
  const kept = r.matches.map((m) => m.program);
  const which =
    kept.length === 1
      ? `The one program that ${phrases(kb, r, false)} ${basisOf(r)} is ${kept[0]?.shortName ?? ''}.`
      : `The ${count(kept.length)} programs that ${phrases(kb, r, true)} ${basisOf(r)} are ${names(kept)}.`;
  const open =
    r.open.length > 0
      ? ` The article doesn't settle it for ${names(r.open.map((m) => m.program))}, so I left ${r.open.length === 1 ? 'it' : 'them'} out — check with the school.`
      : '';
  return { ...fact, text: `${scopeIntro(kb, r)}${which}${open}\n\n${fact.text}` };
}

/**
 * "Why didn't you suggest HACC?": the student's conditions the program fails, or who it takes, and what the article
 * leaves open; or that nothing said rules it out.
 */
export function leftOutAnswer(
  kb: KnowledgeBase,
  p: Program,
  failing: readonly Verdict[],
  open: readonly Verdict[],
  shut: Reply | undefined,
  listed?: readonly Verdict[],
): Reply {
  const unsure =
    open.length > 0
      ? ` The article leaves open: ${open.map((v) => `${criterionLabel(kb, v.criterion)} (${verdictReason(kb, v, p)})`).join('; ')}.`
      : '';
  const text =
    listed !== undefined && failing.length === 0 && shut === undefined
      ? `**${p.name}** is among them${listed.length > 0 ? `: ${verdictsReason(kb, listed, p)}` : ''}.${unsure}`
      : failing.length > 0
        ? `**${p.name}** doesn't meet what you asked for: ${verdictsReason(kb, failing, p)}.${unsure}${shut !== undefined ? `\n\n${shut.text}` : ''}`
        : shut !== undefined
          ? `It is about getting in: ${shut.text.replace(/^(No|Not yet)[^:]*: /, '')}`
          : `Nothing you have asked for rules out **${p.name}**.${unsure} Ask about it, and I'll tell you what the article says.`;
  return fromArticle(programsSection([p]), reply(text, [`Tell me about ${p.shortName}`, 'Help me choose a program']));
}
