/** Direct answers: a yes/no question gets yes, no or "the article doesn't say" first, then the facts. */
import type { Verdict } from '../advice/checks.js';
import {
  cheaperOf,
  convertedRate,
  costEstimate,
  MONTHS_PER_YEAR,
  boundOrder,
  monthsToSave,
  unitlessTotalBounds,
  type CostEstimate,
  type CostSide,
} from '../advice/costs.js';
import { applicableFigures, residencyRates, STUDENT_RESIDENCIES } from '../advice/tuition.js';
import type { TuitionHelp } from '../advice/eligibility.js';
import type { KnowledgeBase, Program, TuitionFigure } from '../knowledge/types.js';
import {
  capitalize,
  count,
  durationText,
  monthsText,
  basisText,
  estimateText,
  joinAnd,
  money,
  moneyRange,
  programsCount,
  RESIDENCY_WORDS,
  shareOf,
  stateName,
  tuitionFigure,
  tuitionFigures,
  UNIT_WORDS,
} from './format.js';
import { bullets, fromArticle, notAnswered, reply, type Reply } from './reply.js';
import { programsSection } from './sections.js';
import { criterionPhrase, isSilent, verdictsReason } from './verdicts.js';

/** The lead of a yes/no question the article's facts can't settle: what it gives follows. */
export function notDirectly(): string {
  return "The article doesn't say that directly; here is what it gives.";
}

/**
 * "Is that per year?", "is the EFSC number per semester?": whether the program's figures (those that apply to the
 * student, when known) are given in that unit, before the figures themselves.
 */
export function unitLead(p: Program, unit: TuitionFigure['unit'], figures: readonly TuitionFigure[]): string {
  const inUnit = figures.filter((f) => f.unit === unit);
  const unitless = figures.filter((f) => f.unit === 'unspecified');
  const which = (fs: readonly TuitionFigure[]): string =>
    joinAnd(fs.map((f) => `${f.residency === 'any' ? '' : `${RESIDENCY_WORDS[f.residency]} `}${money(f.amount)}`));
  const unitlessText = unitless.length > 0 ? ` The article gives the ${which(unitless)} without a unit.` : '';
  if (inUnit.length === figures.length) return `Yes: the article gives ${p.name}'s tuition ${UNIT_WORDS[unit]}.`;
  if (inUnit.length > 0)
    return `Partly: at ${p.shortName}, the ${which(inUnit)} is ${UNIT_WORDS[unit]}.${unitlessText}`;
  // The reason follows in the figures' own lead.
  return unitless.length === figures.length ? "The article doesn't say." : 'No.';
}

/** "Would I get the in-state rate?": yes or no from where the student lives, before the figures. */
export function residencyLead(
  kb: KnowledgeBase,
  p: Program,
  asked: string,
  actual: string | undefined,
  homeState: string,
): string {
  const home = stateName(kb, homeState);
  const programState = p.location.state;
  const rate = actual === 'in_state' ? 'in-state' : 'out-of-state';
  return `${actual === asked ? 'Yes' : 'No'}: ${p.shortName}'s in-state rate is for residents of ${programState}; living in ${home}, you would pay its ${rate} rate.`;
}

/**
 * "What would I pay while we still live in Georgia vs after we move?" to the program's state: each rate, by when.
 */
export function movingLead(kb: KnowledgeBase, p: Program, homeState: string): string {
  return `While you live in ${stateName(kb, homeState)}, ${p.shortName} would charge you its out-of-state rate; once you live in ${p.location.state}, its in-state rate, though the article doesn't say how soon a newcomer counts as a resident, so ask ${p.shortName}.`;
}

/** What a rate is paid for, counted ("semesters" for a price per semester). */
const UNITS_COUNTED: Readonly<Record<TuitionFigure['unit'], string>> = {
  per_credit: 'credits',
  per_semester: 'semesters',
  per_year: 'years',
  unspecified: 'times',
};

/** "Is that the total, or do I pay it more than once?": whether the program's figures are the whole program's price. */
export function totalLead(p: Program, figures: readonly TuitionFigure[]): string {
  const unitless = figures.filter((f) => f.unit === 'unspecified');
  const rated = figures.filter((f) => f.unit !== 'unspecified');
  if (unitless.length === figures.length)
    return `The article doesn't say: it gives ${tuitionFigures(figures, { plain: true })} for ${p.shortName} without saying whether that is the whole program's price or paid more than once. Ask ${p.shortName}.`;
  const units = joinAnd([...new Set(rated.map((f) => UNIT_WORDS[f.unit]))]);
  const counted = joinAnd([...new Set(rated.map((f) => UNITS_COUNTED[f.unit]))]);
  return `No: the article gives ${p.shortName}'s tuition ${units}, a rate rather than the whole program's price, so the total depends on how many ${counted} you pay for. My estimate is below.${unitless.length > 0 ? ` The article gives ${tuitionFigures(unitless, { plain: true })} without a unit.` : ''}`;
}

/** "Does EFSC do the in-state/out-of-state thing?": whether the article gives the program two rates by residency. */
export function residencySplitLead(p: Program): string {
  const split =
    p.tuition.some((f) => f.residency === 'in_state') && p.tuition.some((f) => f.residency === 'out_of_state');
  return split
    ? `Yes: the article gives **${p.shortName}** one rate for in-state students and another for out-of-state students.`
    : `The article doesn't say: it gives **${p.shortName}** one figure, without separate in-state and out-of-state rates, so ask ${p.shortName} whether where you live changes it.`;
}

/**
 * "As a PA person, does Weber charge me more?", "do I pay less living in Utah?": whether where the student lives puts
 * them on the dearer or the cheaper of a program's rates, with both rates.
 */
export function homeRateLead(kb: KnowledgeBase, p: Program, homeState: string, asked: 'more' | 'less'): string {
  const home = stateName(kb, homeState);
  // The amounts and units alone: the sentence says whose rate each is.
  const of = (residency: TuitionFigure['residency']): string =>
    joinAnd(p.tuition.filter((f) => f.residency === residency).map((f) => `${money(f.amount)} ${UNIT_WORDS[f.unit]}`));
  if (!p.tuition.some((f) => f.residency === 'in_state') || !p.tuition.some((f) => f.residency === 'out_of_state'))
    return `The article doesn't say: it gives ${p.shortName} one figure (${tuitionFigures(p.tuition, { plain: true })}) and doesn't say whether where you live changes it.`;
  const local = p.location.stateCode === homeState;
  const yes = local === (asked === 'less');
  return local
    ? `${yes ? 'Yes' : 'No'}: living in ${home}, you would pay ${p.shortName}'s lower, in-state rate (${of('in_state')}); students from other states pay ${of('out_of_state')}.`
    : `${yes ? 'Yes' : 'No'}: living in ${home}, you would pay ${p.shortName}'s out-of-state rate (${of('out_of_state')}), against ${of('in_state')} for residents of ${p.location.state}.`;
}

/**
 * "Is there a Montana resident rate anywhere?", "I live in Utah, am I in-state anywhere?": the rate the student's home
 * earns at each program that charges by residency, and the programs whose single figure the article doesn't tie to it.
 */
export function homeRateAnswer(kb: KnowledgeBase, programs: readonly Program[], homeState: string): Reply {
  const home = stateName(kb, homeState);
  const splits = programs.filter((p) => p.tuition.some((f) => f.residency !== 'any'));
  const local = splits.filter((p) => p.location.stateCode === homeState);
  const bold = (ps: readonly Program[]): string => joinAnd(ps.map((p) => `**${p.shortName}**`));
  const lead =
    local.length > 0
      ? `Yes: living in ${home}, you would pay the in-state rate at ${bold(local)}.`
      : splits.length > 0
        ? `No: the ${splits.length === 1 ? 'program that charges' : 'programs that charge'} by residency ${splits.length === 1 ? 'is' : 'are'} not in ${home}, so living there you would pay the out-of-state rate at ${bold(splits)}.`
        : `The article gives no program separate in-state and out-of-state rates.`;
  const yours = splits.map((p) => {
    const residency = p.location.stateCode === homeState ? 'in_state' : 'out_of_state';
    return `**${p.shortName}** (${p.location.state}): ${tuitionFigures(p.tuition.filter((f) => f.residency === residency))}`;
  });
  const single = programs.filter((p) => !splits.includes(p));
  const silent =
    single.length > 0
      ? `The article gives ${bold(single)} one figure each and doesn't say whether where you live changes it.`
      : '';
  const rules = "The article doesn't say how a school decides who counts as a resident: ask the school about that.";
  const text = [lead, yours.length > 0 ? bullets(yours) : '', silent, rules].filter((x) => x !== '').join('\n\n');
  return fromArticle(
    programsSection(programs),
    reply(
      text,
      local.map((p) => `How much is ${p.shortName}?`),
    ),
  );
}

/** One program's verdicts on what a yes/no question asserts. */
export interface ProgramClaim {
  readonly program: Program;
  readonly verdicts: readonly Verdict[];
}

function statusOf(verdicts: readonly Verdict[]): Verdict['status'] {
  if (verdicts.some((v) => v.status === 'no')) return 'no';
  return verdicts.every((v) => v.status === 'yes') ? 'yes' : 'unknown';
}

const LEADS = { yes: 'Yes', no: 'No', unknown: "The article doesn't say for certain" } as const;

/** "Yes: Clarkson College — coursework is completed online." One line per program, the verdict first. */
export function claimAnswer(
  kb: KnowledgeBase,
  claims: readonly ProgramClaim[],
  suggestions: readonly string[],
  /** Words that answer in place of yes and no ("Under", "Over"). */
  sides?: { readonly yes: string; readonly no: string },
): Reply {
  const leads = { ...LEADS, ...sides };
  const statuses = claims.map((c) => statusOf(c.verdicts));
  const same = statuses.every((s) => s === statuses[0]);
  const lines = claims.map((c, i) => {
    const status = statuses[i] ?? 'unknown';
    if (status === 'unknown' && c.verdicts.every((v) => v.status === 'yes' || isSilent(kb, v, c.program))) {
      const open = c.verdicts.filter((v) => v.status === 'unknown');
      return `The article doesn't say whether **${c.program.name}** ${joinAnd(open.map((v) => criterionPhrase(kb, v.criterion, false)))}.`;
    }
    return `${same && i > 0 ? '' : `${leads[status]}: `}**${c.program.name}**: ${verdictsReason(kb, c.verdicts, c.program)}.`;
  });
  const check = statuses.includes('unknown')
    ? `\n\nPlease check with ${claims
        .filter((_, i) => statuses[i] === 'unknown')
        .map((c) => c.program.shortName)
        .join(' and ')} to be sure.`
    : '';
  const answer = reply(`${lines.join('\n\n')}${check}`, suggestions);
  // Not one program's claim settled: a "the article doesn't say" reply.
  if (statuses.every((s) => s === 'unknown')) return notAnswered('article_silent', answer);
  return fromArticle(programsSection(claims.map((c) => c.program)), answer);
}

/**
 * "Is Weber the only online one?": the named program's own verdict, then whether another program meets the same,
 * or which ones the article leaves open.
 */
export function onlyOneAnswer(
  kb: KnowledgeBase,
  asked: ProgramClaim,
  others: readonly ProgramClaim[],
  suggestions: readonly string[],
): Reply {
  if (statusOf(asked.verdicts) !== 'yes') return claimAnswer(kb, [asked], suggestions);
  const phrase = (plural: boolean): string =>
    joinAnd(asked.verdicts.map((v) => criterionPhrase(kb, v.criterion, plural)));
  const bold = (cs: readonly ProgramClaim[]): string => joinAnd(cs.map((c) => `**${c.program.shortName}**`));
  const also = others.filter((c) => statusOf(c.verdicts) === 'yes');
  const open = others.filter((c) => statusOf(c.verdicts) === 'unknown');
  const own = `**${asked.program.name}**: ${verdictsReason(kb, asked.verdicts, asked.program)}.`;
  const text =
    also.length > 0
      ? `No: ${bold(also)} ${phrase(also.length > 1)} too.\n\n${own}`
      : open.length > 0
        ? `It is the only one the article confirms. ${own}\n\nThe article doesn't say whether ${bold(open)} ${phrase(open.length > 1)}: ask ${open.length > 1 ? 'those schools' : 'that school'}.`
        : `Yes: of the ${count(others.length + 1)} programs, it is the only one. ${own}`;
  return fromArticle(programsSection([asked.program, ...also.map((c) => c.program)]), reply(text, suggestions));
}

function costLine(c: CostSide): string {
  return `**${c.program.shortName}**: ${tuitionFigures(c.figures)}${c.estimate !== undefined ? `; in total ${estimateText(c.estimate)}` : ''}`;
}

/**
 * "Is Weber cheaper than Clarkson?" with no home given, where only Weber's rate depends on it: the
 * answer for each of its rates, through my estimates, when both settle it.
 */
function byRate(a: CostSide, b: CostSide): string | undefined {
  const split = [a, b].find((side) => new Set(side.figures.map((f) => f.residency)).size > 1);
  if (split === undefined) return undefined;
  const state = split.program.location.state;
  const cases = STUDENT_RESIDENCIES.map((residency) => {
    const at = (side: CostSide): CostSide => ({
      program: side.program,
      figures: applicableFigures(side.program, residency),
      estimate: costEstimate(side.program, residency, undefined, side.months),
    });
    const [ea, eb] = [at(a).estimate, at(b).estimate];
    const order = cheaperOf(ea, eb);
    const who = residency === 'in_state' ? `If you live in ${state}` : `If you live anywhere else`;
    // "Which costs less, EFSC or Clarkson?" for a Floridian: a rate without a unit, weighed on every reading of it.
    const bounded = order === 'unknown' ? boundOrder(at(a), at(b)) : undefined;
    if (bounded !== undefined)
      return {
        settled: true,
        text: `${who}, **${bounded.cheap.program.shortName}** very likely costs less, ${boundReason(bounded)}`,
      };
    if (ea === undefined || eb === undefined || order === 'unknown')
      return { settled: false, text: `${who}, the article's figures don't settle it.` };
    const [cheap, dear] = order === 'first' ? [ea, eb] : [eb, ea];
    return {
      settled: true,
      text: `${who}, **${cheap.program.shortName}** costs less: ${estimateText(cheap)} against ${estimateText(dear)}.`,
    };
  });
  return cases.some((c) => c.settled) ? cases.map((c) => c.text).join(' ') : undefined;
}

/** A side's one rate in a unit: its own, or a yearly rate as one per semester (or back), with the rate it came from. */
function inUnit(
  side: CostSide,
  unit: TuitionFigure['unit'] | undefined,
): { figure: TuitionFigure; from?: TuitionFigure } | undefined {
  if (unit === undefined || side.figures.length !== 1) return undefined;
  const [figure] = side.figures;
  if (figure === undefined) return undefined;
  if (figure.unit === unit) return { figure };
  const amount = convertedRate(figure, unit);
  return amount === undefined ? undefined : { figure: { ...figure, amount, unit }, from: figure };
}

/** "Is A cheaper than B?" / "Which costs less, A or B?": like units compared directly, unlike ones only through estimates. */
export function costComparisonAnswer(
  kb: KnowledgeBase,
  a: CostSide,
  b: CostSide,
  options: {
    yesNo: boolean;
    cheaper: boolean;
    total?: boolean;
    difference?: boolean;
    times?: number;
    /** "More or less than double?": the side of the multiple, not a yes or a no. */
    eitherSide?: boolean;
    /** "Which is pricier per year?": the unit the student asks the cost in. */
    unit?: TuitionFigure['unit'];
  },
): Reply {
  // Asked for the whole cost, a rate says nothing: only the totals (article's or estimated) compare.
  const shared = options.total
    ? undefined
    : a.figures.find((f) => b.figures.some((g) => g.unit === f.unit && f.unit !== 'unspecified'));
  // "Which is pricier per year, EFSC or Weber?": where they share no unit, each rate in the unit asked, a semester's
  // rate taken as half a year's.
  const [inA, inB] = shared === undefined && !options.total ? [a, b].map((side) => inUnit(side, options.unit)) : [];
  const converted = [inA, inB].filter((f) => f !== undefined && f.from !== undefined);
  const sameUnit = inA !== undefined && inB !== undefined && converted.length > 0 ? inA.figure : shared;
  const other =
    sameUnit === undefined
      ? undefined
      : sameUnit === inA?.figure
        ? inB?.figure
        : b.figures.find((g) => g.unit === sameUnit.unit);
  // A converted rate is shown as the estimate it is, with the article's rate it comes from.
  const said = (f: TuitionFigure): string => {
    const c = [inA, inB].find((x) => x?.figure === f);
    return c?.from === undefined
      ? tuitionFigures([f])
      : `about ${money(f.amount)} ${UNIT_WORDS[f.unit]} (my estimate: ${c.from.unit === 'per_semester' ? 'two semesters at' : 'half of'} ${tuitionFigure(c.from, { plain: true })}, taking a year as two semesters, which the article doesn't confirm)`;
  };
  let winner: Program | undefined;
  let how = '';
  if (sameUnit !== undefined && other !== undefined && sameUnit.amount !== other.amount) {
    const [low, high] = sameUnit.amount < other.amount ? [sameUnit, other] : [other, sameUnit];
    winner = low === sameUnit ? a.program : b.program;
    const [first, second] = options.cheaper ? [low, high] : [high, low];
    // "…and by how much?": the difference of the two figures, in their unit.
    const gap = `${money(high.amount - low.amount)} ${options.cheaper ? 'less' : 'more'} ${UNIT_WORDS[low.unit]} (my estimate: ${money(high.amount)} − ${money(low.amount)})`;
    // "Is Clarkson more than double OIT per credit?": how many times the one is the other.
    const times = options.difference
      ? `; ${money(high.amount)} is about ${timesText(high.amount / low.amount)} ${money(low.amount)}, or ${percentMore(high.amount, low.amount)}`
      : '';
    how = `comparing like with like (${said(first)} against ${said(second)}, ${gap}${times})`;
  } else {
    const order = cheaperOf(a.estimate, b.estimate);
    winner = order === 'first' ? a.program : order === 'second' ? b.program : undefined;
    // "How much more is Weber than Clarkson?": the gap between the two estimates, as a range when either is one.
    const [cheap, dear] = order === 'first' ? [a.estimate, b.estimate] : [b.estimate, a.estimate];
    how =
      winner !== undefined && cheap !== undefined && dear !== undefined
        ? `by about ${moneyRange(Math.max(0, dear.low - cheap.amount), dear.amount - cheap.low)} in total (my estimate, from the totals below)`
        : 'by my estimates of the total, below';
  }
  const loser = winner === a.program ? b.program : a.program;
  const lines = [costLine(a), costLine(b)].join('\n- ');
  const asked = options.cheaper ? a.program : b.program;
  let lead: string;
  const noTotal = [a, b].filter((side) => side.estimate === undefined);
  const byResidency = noTotal.filter((side) => new Set(side.figures.map((f) => f.residency)).size > 1);
  const unknown = noTotal.filter((side) => !byResidency.includes(side)).map((side) => side.program.shortName);
  const bounded = winner === undefined ? boundOrder(a, b) : undefined;
  // The one figure each side has, when it has one ("Weber's out-of-state rate", "EFSC's in-state rate").
  const [onlyA] = a.figures.length === 1 ? a.figures : [];
  const [onlyB] = b.figures.length === 1 ? b.figures : [];
  const unstated = unstatedAgainstCredits(a, b);
  const estimate = unstated?.other.estimate;
  if (options.times !== undefined && sameUnit !== undefined && other !== undefined) {
    // "Is Clarkson more than 2x OIT per credit?": how many times the one rate is the other, against the multiple asked.
    const ratio = sameUnit.amount / other.amount;
    lead = `${sideOf(ratio, options.times, options.eitherSide)}: ${a.program.shortName}'s ${tuitionFigures([sameUnit])} is about ${timesText(ratio)} ${b.program.shortName}'s ${tuitionFigures([other])} (my estimate: ${money(sameUnit.amount)} ÷ ${money(other.amount)}).`;
  } else if (options.times !== undefined && unstated !== undefined && estimate !== undefined) {
    // "Is HACC more than twice the cost of Clarkson?": a figure of no stated unit, taken as the whole program's, against
    // the other's estimated total; never against a rate per credit.
    const { figure } = unstated;
    const first = unstated.whole === a;
    const [low, high] = first
      ? [figure.amount / estimate.amount, figure.amount / estimate.low]
      : [estimate.low / figure.amount, estimate.amount / figure.amount];
    const [lowSide, highSide] = [low, high].map((r) => sideOf(r, options.times ?? 1, options.eitherSide).toLowerCase());
    const verdict = lowSide === highSide ? lowSide : 'it depends on how long you take';
    const totalText = `estimated total of about ${moneyRange(estimate.low, estimate.amount)}`;
    const [said, against] = first
      ? [`${a.program.shortName}'s **${money(figure.amount)}**`, `${b.program.shortName}'s ${totalText}`]
      : [`${a.program.shortName}'s ${totalText}`, `${b.program.shortName}'s **${money(figure.amount)}**`];
    const whole = unstated.whole.program.shortName;
    lead = `The article doesn't say what ${whole}'s ${money(figure.amount)} covers. If it is the whole program, ${verdict}: ${said} is about ${low < high ? `${timesText(low).replace(' times', '')} to ` : ''}${timesText(high)} ${against} (my estimate). If it covers a year or a semester instead, the comparison changes: ask ${whole} what it covers.`;
  } else if (options.times !== undefined && unstated !== undefined) {
    lead = `I can't say: the article doesn't say what ${unstated.whole.program.shortName}'s ${money(unstated.figure.amount)} covers, and gives ${unstated.other.program.shortName}'s tuition per credit without the number of credits, so the two can't be set against each other.`;
  } else if (options.times !== undefined && onlyA !== undefined && onlyB !== undefined) {
    // "Is Weber's out-of-state rate more than six times EFSC's in-state rate?": the two figures as numbers, said to
    // be in different units.
    const ratio = onlyA.amount / onlyB.amount;
    lead = `${sideOf(ratio, options.times, options.eitherSide)}, as numbers: ${a.program.shortName}'s ${tuitionFigures([onlyA])} is about ${timesText(ratio)} ${b.program.shortName}'s ${tuitionFigures([onlyB])} (my estimate: ${money(onlyA.amount)} ÷ ${money(onlyB.amount)}). The article doesn't give them in the same unit, though, so this says little about what each program costs in total.`;
  } else if (bounded !== undefined) {
    const { cheap, dear } = bounded;
    const verdict =
      options.cheaper === false
        ? `**${dear.program.shortName}** very likely costs more than ${cheap.program.shortName}`
        : `**${cheap.program.shortName}** very likely costs less than ${dear.program.shortName}`;
    const yes = options.yesNo ? `${cheap.program === asked ? 'Yes' : 'No'}: ` : '';
    lead = `${yes}${verdict}, ${boundReason(bounded)}`;
  } else if (winner === undefined && options.total && unknown.length > 0) {
    lead = `${options.yesNo ? "The article doesn't say. " : ''}I can't compare the whole cost: the article doesn't give enough to work out the total at ${unknown.join(' or ')}.${rateAside(a, b)}`;
  } else if (winner === undefined && byResidency.length === 1 && unknown.length === 0 && byRate(a, b) !== undefined) {
    lead = `It depends on where you live. ${byRate(a, b) ?? ''}`;
  } else if (winner === undefined && byResidency.length > 0 && unknown.length === 0) {
    lead = `It depends on where you live: the ${options.total ? 'total' : 'cost'} at ${byResidency.map((side) => side.program.shortName).join(' and ')} depends on whether you pay the in-state or the out-of-state rate. Say where you live ("I live in Ohio") and ask again, and I'll use your rate.`;
  } else if (winner === undefined && a.estimate !== undefined && b.estimate !== undefined) {
    // "Between EFSC and Weber, which is less for a Georgia resident?": two estimated totals that overlap.
    lead = `${options.yesNo ? "The article doesn't say for certain. " : ''}I can't tell which costs ${options.cheaper === false ? 'more' : 'less'} in total: my estimates of the two totals overlap (below), so which comes lower depends on details the article doesn't give, such as how long you take.`;
  } else if (winner === undefined) {
    lead = `${options.yesNo ? "The article doesn't say for certain. " : ''}I can't tell which costs ${options.cheaper === false ? 'more' : 'less'}: the article gives their tuition in ways that can't be compared honestly.`;
  } else {
    // Said the way it was asked: "costs less" for "which is cheaper?", "costs more" for "which costs more?".
    const verdict =
      options.cheaper === false
        ? `**${loser.shortName}** costs more than ${winner.shortName}`
        : `**${winner.shortName}** costs less than ${loser.shortName}`;
    lead = `${options.yesNo ? `${winner === asked ? 'Yes' : 'No'}: ` : ''}${verdict}, ${how}.`;
    // A rate per year or semester, converted, is not the whole cost: the programs may take different times.
    const totals = cheaperOf(a.estimate, b.estimate);
    if (converted.length > 0 && totals !== (winner === a.program ? 'first' : 'second'))
      lead += ` That is the rate, not the whole cost: ${a.program.shortName} and ${b.program.shortName} take different times, and ${totals === 'unknown' ? "their estimated totals below don't settle which costs less overall" : `over the whole program **${(totals === 'first' ? a : b).program.shortName}** likely costs less (totals below)`}.`;
  }
  return fromArticle(
    programsSection([a.program, b.program]),
    reply(`${lead}\n\n- ${lines}\n\nFees and rates change: confirm the full cost with each school.`, [
      `Tell me about ${(winner ?? a.program).shortName}`,
      'Which program is fastest?',
      'Help me choose a program',
    ]),
  );
}

/** "Per credit, OIT costs less ($281 against $632).": what a rate in a shared unit does say, when the totals can't. */
function rateAside(a: CostSide, b: CostSide): string {
  const mine = a.figures.find((f) => f.unit !== 'unspecified' && b.figures.some((g) => g.unit === f.unit));
  const theirs = mine === undefined ? undefined : b.figures.find((g) => g.unit === mine.unit);
  if (mine === undefined || theirs === undefined || mine.amount === theirs.amount) return '';
  const [low, high, cheap] = mine.amount < theirs.amount ? [mine, theirs, a] : [theirs, mine, b];
  return ` ${capitalize(UNIT_WORDS[low.unit])}, ${cheap.program.shortName} costs less (${tuitionFigures([low])} against ${tuitionFigures([high])}), but that doesn't settle the whole cost.`;
}

/**
 * One side of a sum: its estimated total, or a figure without a unit read as the whole program's price (`more` when
 * another reading of it, per year or per semester, comes to more).
 */
function addend(side: CostSide): { low: number; high: number; read: boolean; more: boolean } | undefined {
  if (side.estimate !== undefined)
    return { low: side.estimate.low, high: side.estimate.amount, read: false, more: false };
  const [only] = side.figures;
  return side.figures.length === 1 && only?.unit === 'unspecified'
    ? {
        low: only.amount,
        high: only.amount,
        read: true,
        more: unitlessTotalBounds(side.program, only.amount).ceiling > only.amount,
      }
    : undefined;
}

/**
 * "One would do Clarkson and the other HACC: what's the bill?": the two programs' costs added, from my estimates of
 * each total; a figure the article gives without a unit counts as the whole program's price, and the answer says so.
 */
export function costSumAnswer(a: CostSide, b: CostSide): Reply {
  const [x, y] = [addend(a), addend(b)];
  const lines = `- ${[costLine(a), costLine(b)].join('\n- ')}`;
  let lead: string;
  if (x === undefined || y === undefined) {
    const missing = [a, b].filter((side) => addend(side) === undefined);
    const byResidency = missing.filter((side) => new Set(side.figures.map((f) => f.residency)).size > 1);
    lead = `I can't add them up: the article doesn't give enough to estimate the total at ${joinAnd(missing.map((side) => side.program.shortName))}.${byResidency.length > 0 ? ` At ${joinAnd(byResidency.map((side) => side.program.shortName))} it depends on whether you pay the in-state or the out-of-state rate: say where you live and ask again.` : ''}`;
  } else {
    const part = (side: CostSide, n: { low: number; high: number }): string =>
      `${side.program.shortName} ${moneyRange(n.low, n.high)}`;
    const read = [a, b].filter((side) => addend(side)?.read === true);
    const more = x.more || y.more;
    const names = joinAnd(read.map((side) => side.program.shortName));
    const reading =
      read.length === 0
        ? ''
        : ` That counts ${joinAnd(read.map((side) => `${side.program.shortName}'s ${money(side.figures[0]?.amount ?? 0)}`))} as the price of the whole program; the article doesn't say what it is per${more ? ', and per year or per semester it would come to more' : ''}, so ask ${names}.`;
    const sum = more ? `at least about ${money(x.low + y.low)}` : `about ${moneyRange(x.low + y.low, x.high + y.high)}`;
    lead = `**Together: ${sum}** (my estimate: ${part(a, x)} + ${part(b, y)}).${reading}`;
  }
  return fromArticle(
    programsSection([a.program, b.program]),
    reply(`${lead}\n\n${lines}\n\nFees and rates change: confirm the full cost with each school.`, [
      'Which program is cheapest?',
      'Help me choose a program',
    ]),
  );
}

/** By how much a figure without a unit settles the order, and on which readings of it. */
function boundReason({ cheap, dear, by, bound }: NonNullable<ReturnType<typeof boundOrder<CostSide>>>): string {
  if (by === 'floor') {
    const figure = dear.figures[0]?.amount ?? 0;
    const top = cheap.estimate?.amount ?? 0;
    return `by at least about ${money(figure - top)} (my estimate: ${money(figure)} − ${money(top)}). The article doesn't say what ${dear.program.shortName}'s ${money(figure)} is per, but even as the price of the whole program (${durationText(dear.program)}) it is above my estimate of the total at ${cheap.program.shortName}.`;
  }
  const figure = cheap.figures[0]?.amount ?? 0;
  const low = dear.estimate?.low ?? 0;
  const reading =
    bound === figure
      ? `whether it is the price of the whole program or of each semester (the program takes ${durationText(cheap.program)}), it`
      : `even charged per semester, about ${money(bound)} over ${durationText(cheap.program)},`;
  return `by at least about ${money(low - bound)} (my estimate: ${money(low)} − ${money(bound)}). The article doesn't say what ${cheap.program.shortName}'s ${money(figure)} is per, but ${reading} is below my estimate of the total at ${dear.program.shortName}.`;
}

/** "2.2 times", "1.5 times": a ratio to one decimal. */
/** How far a multiple asked may stray from the one worked out and still count as it ("six times" for 6.2). */
const TIMES_SLACK = 0.15;

/** One side's only figure, of no stated unit, against the other's rate per credit: only its estimated total compares. */
function unstatedAgainstCredits(
  a: CostSide,
  b: CostSide,
): { whole: CostSide; figure: TuitionFigure; other: CostSide } | undefined {
  for (const [whole, other] of [
    [a, b],
    [b, a],
  ]) {
    const [figure] = whole.figures;
    if (whole.figures.length !== 1 || figure?.unit !== 'unspecified') continue;
    // A rate per year or semester may be set against it as numbers; a rate per credit says nothing beside it.
    if (other.figures.every((f) => f.unit === 'per_credit')) return { whole, figure, other };
  }
  return undefined;
}

function timesText(ratio: number): string {
  return `${(Math.round(ratio * 10) / 10).toString()} times`;
}

/** Whether a ratio is over the multiple asked: "Yes" or "No", or "More" or "Less" when asked which side. */
function sideOf(ratio: number, times: number, eitherSide = false): string {
  if (eitherSide) return ratio > times ? 'More' : 'Less';
  return ratio > times ? 'Yes' : 'No';
}

/** How much more the higher of two amounts is, as a share of the lower: "about 125% more". */
function percentMore(high: number, low: number): string {
  return `about ${Math.round((high / low - 1) * 100)}% more`;
}

/** The gap between a program's two rates when they share a unit: what the article lets be worked out for certain. */
function certainGap(p: Program): { amount: number; unit: TuitionFigure['unit'] } | undefined {
  const rates = residencyRates(p);
  if (rates === undefined || rates.inState.unit !== rates.outOfState.unit || rates.inState.unit === 'unspecified')
    return undefined;
  return { amount: rates.outOfState.amount - rates.inState.amount, unit: rates.inState.unit };
}

/** How much more out-of-state students pay at a program with two rates, or why it can't be worked out. */
function residencyGapText(p: Program, rates: { inState: TuitionFigure; outOfState: TuitionFigure }): string {
  const { inState, outOfState } = rates;
  const figures = tuitionFigures(p.tuition);
  if (inState.unit === outOfState.unit && inState.unit !== 'unspecified')
    return `Out-of-state students pay **${money(outOfState.amount - inState.amount)} more ${UNIT_WORDS[inState.unit]}** at **${p.name}** (my estimate: ${money(outOfState.amount)} − ${money(inState.amount)}; about ${timesText(outOfState.amount / inState.amount)} the in-state rate, or ${percentMore(outOfState.amount, inState.amount)}).`;
  if (inState.unit === 'unspecified' || outOfState.unit === 'unspecified') {
    // One rate without a unit: the gap if it shares the other's unit, said as the guess it is.
    const unit = inState.unit === 'unspecified' ? outOfState.unit : inState.unit;
    const bare = inState.unit === 'unspecified' ? 'in-state' : 'out-of-state';
    return `I can't work out the difference at **${p.name}** for certain: the article gives its ${bare} rate without a unit (${figures}). If that rate is also ${UNIT_WORDS[unit]}, which the article doesn't say, out-of-state students pay about ${money(outOfState.amount - inState.amount)} more ${UNIT_WORDS[unit]}, about ${timesText(outOfState.amount / inState.amount)} the in-state rate, or ${percentMore(outOfState.amount, inState.amount)} (my estimate). Ask ${p.shortName} to confirm.`;
  }
  return `I can't work out the difference at **${p.name}**: the article doesn't give the two rates in the same unit (${figures}).`;
}

/**
 * "What's the difference between Weber's in-state and out-of-state tuition?": the gap where the two
 * rates share a unit, or why it can't be worked out.
 */
export function residencyGapAnswer(p: Program): Reply {
  const rates = residencyRates(p);
  const text =
    rates === undefined
      ? `The article gives **${p.name}** one figure (${tuitionFigures(p.tuition)}), with no separate in-state and out-of-state rates, so there is no difference to work out; it doesn't say whether where you live changes it, so ask ${p.shortName}.`
      : residencyGapText(p, rates);
  return fromArticle(
    programsSection([p]),
    reply(`${text}\n\nFees and rates change: confirm the full cost with ${p.shortName}.`, [
      `How long does ${p.shortName} take?`,
      'Which program is cheapest?',
    ]),
  );
}

/**
 * "Which schools charge out-of-staters more?", "which one has the bigger gap between the two rates?": the programs
 * whose in-state and out-of-state rates differ, with each gap, and the largest gap when it is asked and can be told.
 */
export function residencyGapsAnswer(programs: readonly Program[], options: { largest: boolean }): Reply {
  const rated = programs.flatMap((p) => {
    const rates = residencyRates(p);
    return rates === undefined ? [] : [{ p, rates }];
  });
  const split = rated.map((r) => r.p);
  const single = programs.filter((p) => !split.includes(p));
  const names = (ps: readonly Program[]): string => joinAnd(ps.map((p) => p.shortName));
  const singleText =
    single.length === 0
      ? ''
      : `\n\nThe article gives ${names(single)} ${single.length === 1 ? 'one figure' : 'one figure each'}, with no residency, so it doesn't say whether out-of-state students pay more there: ask ${single.length === 1 ? 'that school' : 'those schools'}.`;
  if (split.length === 0)
    return fromArticle(
      programsSection(programs),
      reply(
        `None of ${programsCount(programs.length)} has separate in-state and out-of-state rates in the article.${singleText}`,
        ['Which program is cheapest?'],
      ),
    );
  const lead =
    split.length === programs.length
      ? `${split.length === 2 ? 'Both' : `All ${count(split.length)}`} give separate in-state and out-of-state rates.`
      : `**${capitalize(count(split.length))} of ${programsCount(programs.length)}** ${split.length === 1 ? 'gives' : 'give'} separate in-state and out-of-state rates: ${names(split)}.`;
  const certain = split.flatMap((p) => {
    const gap = certainGap(p);
    return gap === undefined ? [] : [{ p, gap }];
  });
  let largest = '';
  if (options.largest && split.length > 1) {
    const sameUnit = certain.length === split.length && certain.every((c) => c.gap.unit === certain[0]?.gap.unit);
    const top = [...certain].sort((a, b) => b.gap.amount - a.gap.amount)[0];
    if (sameUnit && top !== undefined)
      largest = ` The larger gap is at **${top.p.shortName}**: ${money(top.gap.amount)} ${UNIT_WORDS[top.gap.unit]} (my estimate).`;
    else if (certain.length === 1 && top !== undefined)
      largest = ` Only ${top.p.shortName}'s gap can be worked out for certain (my estimate: ${money(top.gap.amount)} ${UNIT_WORDS[top.gap.unit]}), so I can't say for sure which gap is larger.`;
    else largest = " The article doesn't give the rates in units that let me say for sure which gap is larger.";
  }
  const lines = rated.map((r) => residencyGapText(r.p, r.rates));
  return fromArticle(
    programsSection(split),
    reply(
      `${lead}${largest}\n\n${bullets(lines)}${singleText}\n\nFees and rates change: confirm the full cost with each school.`,
      ['Which program is cheapest?', ...split.slice(0, 1).map((p) => `How long does ${p.shortName} take?`)],
    ),
  );
}

/** "Is EFSC shorter than Weber if I finish Weber as fast as possible?": the two lengths at their shortest. */
function fastestAnswer(a: Program, b: Program, options: { yesNo: boolean; faster: boolean }): Reply {
  const [x, y] = [a.duration.minMonths, b.duration.minMonths];
  const facts = `At the shortest the article gives, ${a.shortName} takes ${monthsText(x)} and ${b.shortName} ${monthsText(y)} (${a.shortName}: ${durationText(a)}; ${b.shortName}: ${durationText(b)}).`;
  const asked = options.faster ? x < y : x > y;
  const lead =
    x === y
      ? `${options.yesNo ? 'No: ' : ''}at their fastest they take the same time, so neither is ${options.faster ? 'faster' : 'longer'}.`
      : `${options.yesNo ? (asked ? 'Yes: ' : 'No: ') : ''}at their fastest, **${(x < y ? a : b).shortName}** is quicker.`;
  return fromArticle(programsSection([a, b]), reply(`${lead} ${facts}`, [`Tell me about ${a.shortName}`]));
}

/** "Is A faster than B?" / "Which is quicker, A or B?", from the expected time to completion. */
export function durationComparisonAnswer(
  a: Program,
  b: Program,
  options: {
    yesNo: boolean;
    faster: boolean;
    difference?: boolean;
    atFastest?: boolean;
    times?: number;
    timesBound?: 'above' | 'below';
  },
): Reply {
  // "…if I blast through Weber as fast as possible?": both at their shortest time.
  const ranged = (p: Program): boolean => p.duration.minMonths !== p.duration.maxMonths;
  if (options.atFastest === true && (ranged(a) || ranged(b))) return fastestAnswer(a, b, options);
  const aFaster =
    a.duration.maxMonths < b.duration.minMonths ||
    (a.duration.maxMonths <= b.duration.minMonths && a.duration.minMonths < b.duration.maxMonths);
  const bFaster =
    b.duration.maxMonths < a.duration.minMonths ||
    (b.duration.maxMonths <= a.duration.minMonths && b.duration.minMonths < a.duration.maxMonths);
  const winner = aFaster ? a : bFaster ? b : undefined;
  const facts = `${a.shortName} takes ${durationText(a)}; ${b.shortName} takes ${durationText(b)}.`;
  const section = programsSection([a, b]);
  const same = a.duration.minMonths === b.duration.minMonths && a.duration.maxMonths === b.duration.maxMonths;
  if (same)
    return fromArticle(
      section,
      reply(
        `${options.yesNo ? 'No: the' : 'The'} article gives them the same length, so neither is ${options.faster ? 'faster' : 'longer'}. ${facts}`,
        [`Tell me about ${a.shortName}`],
      ),
    );
  if (winner === undefined)
    return fromArticle(
      section,
      reply(
        `${options.yesNo ? "The article doesn't say for certain. " : ''}Their expected times overlap, so neither is clearly faster: ${facts}`,
        [`Tell me about ${a.shortName}`],
      ),
    );
  const loser = winner === a ? b : a;
  const askedFirst = options.faster ? a : b;
  // Ranges that only touch (6 months against 6 to 12): never slower, and faster unless the other is done in its shortest time.
  const touching = winner.duration.maxMonths === loser.duration.minMonths;
  // "How many times longer?": the one length over the other, a range when either length is one.
  const [fewestTimes, mostTimes] = [
    loser.duration.minMonths / winner.duration.maxMonths,
    loser.duration.maxMonths / winner.duration.minMonths,
  ].map((r) => Math.round(r * 10) / 10);
  // "Is HACC six times as long as EFSC?": the multiple asked against the one worked out, give or take a little.
  const asTimes = (t: number): boolean =>
    loser === a && t >= (fewestTimes ?? 0) * (1 - TIMES_SLACK) && t <= (mostTimes ?? 0) * (1 + TIMES_SLACK);
  // "Is HACC more than four times as long as EFSC?": the first program's multiple of the second, against the bound.
  const bound = (times: number, side: 'above' | 'below'): string => {
    const [low, high] = loser === a ? [fewestTimes ?? 0, mostTimes ?? 0] : [0, 1];
    const beyond = side === 'above' ? low > times : high < times;
    const within = side === 'above' ? high <= times : low >= times;
    return beyond ? 'Yes' : within ? 'No' : 'It depends on how fast each is finished';
  };
  const lead =
    options.times !== undefined && options.timesBound !== undefined
      ? `${bound(options.times, options.timesBound)}: `
      : options.times !== undefined
        ? `${asTimes(options.times) ? 'Yes, roughly' : 'No'}: `
        : options.yesNo
          ? `${winner !== askedFirst ? 'No' : touching ? 'Yes, most likely' : 'Yes'}: `
          : '';
  // Said the way it was asked: "faster" for "quicker", "takes longer" for "longer".
  // Asked as a multiple of the longer time, said as "takes longer".
  const faster = options.faster && options.timesBound === undefined;
  const verdict = touching
    ? faster
      ? `**${winner.shortName}** is at least as fast as ${loser.shortName}, and faster unless ${loser.shortName} is finished in its shortest time.`
      : `**${loser.shortName}** takes at least as long as ${winner.shortName}, and longer unless it is finished in its shortest time.`
    : faster
      ? `**${winner.shortName}** is faster than ${loser.shortName}.`
      : `**${loser.shortName}** takes longer than ${winner.shortName}.`;
  // "How many years longer is HACC than EFSC?": the gap, worked out from the two lengths.
  const [least, most] = [
    loser.duration.minMonths - winner.duration.maxMonths,
    loser.duration.maxMonths - winner.duration.minMonths,
  ];
  const times =
    fewestTimes === mostTimes ? `${String(fewestTimes)} times` : `${String(fewestTimes)} to ${String(mostTimes)} times`;
  const gap =
    options.difference === true || options.times !== undefined
      ? ` That is ${least === most ? `${least} months${least >= MONTHS_PER_YEAR ? ` (${(least / MONTHS_PER_YEAR).toString()} years)` : ''}` : `${least} to ${most} months`} longer, about ${times} as long (my estimate, from the two lengths).`
      : '';
  return fromArticle(
    section,
    reply(`${lead}${verdict} ${facts}${gap}`, [`Tell me about ${winner.shortName}`, 'Which program is cheapest?']),
  );
}

/**
 * "What would I be out of pocket after the $4,800?": my estimate of the program's cost less what someone else pays,
 * counted for each year the program takes (or is started) when it is paid by the year.
 */
export function netCostAnswer(p: Program, paid: TuitionHelp, e: CostEstimate | undefined): Reply {
  let text: string;
  // "$300 per credit paid for me" at a program the article gives a rate per credit but no credits for: what is left of
  // each credit, whatever their number.
  const rate = p.tuition.find((f) => f.unit === 'per_credit');
  if (e === undefined && !('share' in paid) && paid.perCredit === true && rate !== undefined)
    text =
      rate.amount <= paid.amount
        ? `Most likely nothing: ${p.shortName}'s ${tuitionFigure(rate, { plain: true })} is within the ${money(paid.amount)} per credit paid for you, so it covers every credit, however many the program has (the article doesn't say).`
        : `About **${money(rate.amount - paid.amount)} per credit** out of your own pocket (my estimate: ${money(rate.amount)} − ${money(paid.amount)}). The article doesn't say how many credits ${p.shortName}'s program has, so I can't give a total.`;
  else if (e === undefined)
    text = `I can't work that out: the article doesn't give enough to estimate what **${p.name}** costs you (${tuitionFigures(p.tuition)}). Ask ${p.shortName} what the program costs in total.`;
  else {
    const years = (m: number): number => Math.max(1, Math.ceil(m / MONTHS_PER_YEAR));
    // Paid by the year: once for each year started, over the student's time or the program's shortest and longest.
    const theirs = 'studentMonths' in e.basis ? e.basis.studentMonths : undefined;
    const [lowMonths, highMonths] =
      theirs !== undefined ? [theirs, theirs] : [p.duration.minMonths, p.duration.maxMonths];
    let least: number;
    let most: number;
    let covered: string;
    if (!('share' in paid) && paid.perCredit === true) {
      // "My hospital pays $300 per credit hour": up to that much of each credit's price, when the estimate counts credits.
      if (e.basis.kind !== 'credits') {
        return fromArticle(
          programsSection([p]),
          reply(
            `I can't work that out: the help is ${money(paid.amount)} per credit, but the article gives ${p.shortName}'s tuition ${tuitionFigures(p.tuition, { plain: true })}, not per credit, and no number of credits. Ask ${p.shortName} how many credits the program is.`,
            [`How long does ${p.shortName} take?`, 'Which program is cheapest?'],
          ),
        );
      }
      const { credits, figure } = e.basis;
      const each = Math.max(0, figure.amount - paid.amount);
      [least, most] = [each * credits, each * credits];
      covered = `${money(Math.min(paid.amount, figure.amount))} of each credit's ${money(figure.amount)} paid for you (${money(Math.min(paid.amount, figure.amount) * credits)} over ${credits} ${e.basis.creditUnit === 'semester_hours' ? 'semester hours' : 'credits'})`;
    } else if ('share' in paid) {
      // A share of whatever it costs: the student pays the rest of each end of the estimate.
      [least, most] = [Math.round(e.low * (1 - paid.share)), Math.round(e.amount * (1 - paid.share))];
      covered = `the ${shareOf(paid.share)} paid for you`;
    } else {
      const [coverLow, coverHigh] = paid.yearly
        ? [paid.amount * years(lowMonths), paid.amount * years(highMonths)]
        : [paid.amount, paid.amount];
      [least, most] = [Math.max(0, e.low - coverLow), Math.max(0, e.amount - coverHigh)];
      covered = paid.yearly
        ? `${money(paid.amount)} a year${coverLow === coverHigh ? `, ${money(coverLow)} over the program` : `, ${moneyRange(coverLow, coverHigh)} over the program`}`
        : money(paid.amount);
    }
    const basis = `my estimate of the cost at ${p.shortName}, about ${moneyRange(e.low, e.amount)} from ${basisText(e)}, less ${covered}`;
    text =
      most === 0
        ? `Most likely nothing: ${basis}, which covers it.`
        : `About **${moneyRange(least, most)}** out of your own pocket: ${basis}.`;
  }
  return fromArticle(
    programsSection([p]),
    reply(
      `${text}${e === undefined && !(rate !== undefined && 'perCredit' in paid && paid.perCredit === true) ? '' : ` Fees and rate changes are not included, and the article says nothing about how tuition help is paid out, so confirm both with ${p.shortName} and whoever pays.`}`,
      [`How long does ${p.shortName} take?`, 'Which program is cheapest?'],
    ),
  );
}

/** "How much would I have left over after?": the student's money less my estimate of the program's whole cost. */
export function leftoverAnswer(p: Program, budget: number, e: CostEstimate | undefined): Reply {
  let text: string;
  if (e === undefined)
    text = `I can't work that out: the article doesn't give enough to estimate the whole cost of **${p.name}** (${tuitionFigures(p.tuition)}). Ask ${p.shortName} what the program costs in total.`;
  else {
    const [least, most] = [budget - e.amount, budget - e.low];
    const basis = `${money(budget)} less my estimate of the whole cost at ${p.shortName}, about ${moneyRange(e.low, e.amount)}, from ${basisText(e)}`;
    text =
      least >= 0
        ? `About **${moneyRange(least, most)}** left over: ${basis}.`
        : most < 0
          ? `You would be about **${moneyRange(-most, -least)}** short: ${basis}.`
          : `It depends on how long you take: from about ${money(-least)} short to about ${money(most)} left over. That is ${basis}.`;
  }
  return fromArticle(
    programsSection([p]),
    reply(
      `${text}${e === undefined ? '' : ` Fees and rate changes are not included, so confirm the full cost with ${p.shortName}.`}`,
      [`How long does ${p.shortName} take?`, 'Which program is cheapest?'],
    ),
  );
}

/** "I can put away $450 a month: how many months until I could pay for Clarkson?": the months of saving at each program. */
export function savingAnswer(sides: readonly CostSide[], monthly: number): Reply {
  const saving = (e: CostEstimate): string => {
    const m = monthsToSave(e, monthly);
    return `about **${m.low === m.high ? `${m.high} months` : `${m.low} to ${m.high} months`}** of saving, for ${estimateText(e)}`;
  };
  const lines = sides.map(({ program, figures, estimate }) => {
    if (estimate !== undefined) return `**${program.name}**: ${saving(estimate)}`;
    // "What about Weber?" with no home given: the months at each of its rates.
    const byRate = STUDENT_RESIDENCIES.flatMap((r) => costEstimate(program, r) ?? []);
    return byRate.length > 0
      ? `**${program.name}**, by where you live: ${byRate.map(saving).join('; ')}`
      : `**${program.name}**: the article doesn't give enough to work out a total (${tuitionFigures(figures, { plain: true })}), so I can't say how long saving up would take.`;
  });
  const text = `At ${money(monthly)} a month (my estimates, rounded up to whole months):\n${bullets(lines)}\n\nFees, books and rate changes are not included, so confirm the full cost with the school.`;
  return fromArticle(
    programsSection(sides.map((s) => s.program)),
    reply(text, ['Which program is cheapest?', 'Help me choose a program']),
  );
}
