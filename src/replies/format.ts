/**
 * The shared phrasing of every reply: money with unit and residency, months, credits, places,
 * relations to professional bodies, lists. Every other reply file words facts through these.
 */
import { MONTHS_PER_YEAR, type CostEstimate, type MonthlyEstimate } from '../advice/costs.js';
import type { BodyRelation, KnowledgeBase, Program, Requirement, Term, TuitionFigure } from '../knowledge/types.js';

const USD = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', maximumFractionDigits: 0 });

/** "$6,228". */
export function money(amount: number): string {
  return USD.format(amount);
}

/** How each tuition unit reads after an amount. */
export const UNIT_WORDS: Record<TuitionFigure['unit'], string> = {
  per_credit: 'per credit',
  per_year: 'per year',
  per_semester: 'per semester',
  unspecified: '(the article does not say per what)',
};

/** How each residency reads before an amount. */
export const RESIDENCY_WORDS: Record<TuitionFigure['residency'], string> = {
  in_state: 'in-state',
  out_of_state: 'out-of-state',
  any: '',
};

/** "in-state: **$6,228** per year": always with its unit and residency (bold unless `plain`). */
export function tuitionFigure(t: TuitionFigure, options: { plain?: boolean } = {}): string {
  const who = RESIDENCY_WORDS[t.residency];
  const amount = options.plain === true ? money(t.amount) : `**${money(t.amount)}**`;
  const figure = `${amount} ${UNIT_WORDS[t.unit]}`;
  return who ? `${who}: ${figure}` : figure;
}

/** Every figure given, joined: "in-state: $6,228 per year; out-of-state: $16,644 per year". */
export function tuitionFigures(figures: readonly TuitionFigure[], options: { plain?: boolean } = {}): string {
  return figures.map((f) => tuitionFigure(f, options)).join('; ');
}

/** "6 months", "1 year", "18 months", "3 years". */
export function monthsText(n: number): string {
  if (n % 12 === 0) return `${n / 12} year${n === 12 ? '' : 's'}`;
  return `${n} month${n === 1 ? '' : 's'}`;
}

/** "6 to 12 months", "3 years", "6 months": a program's expected time to completion. */
export function durationText(p: Program): string {
  return monthsSpan(p.duration.minMonths, p.duration.maxMonths);
}

/** "6 to 12 months", "2 to 3 years", "6 months": a span of months. */
export function monthsSpan(minMonths: number, maxMonths: number): string {
  if (minMonths === maxMonths) return monthsText(minMonths);
  const sameUnit = minMonths % 12 !== 0 || maxMonths % 12 !== 0 || maxMonths === 12;
  return sameUnit ? `${minMonths} to ${maxMonths} months` : `${monthsText(minMonths)} to ${monthsText(maxMonths)}`;
}

/** "12 semester hours", "30 credits". */
export function creditsText(amount: number, unit: 'semester_hours' | 'credits'): string {
  return `${amount} ${unit === 'semester_hours' ? 'semester hours' : 'credits'}`;
}

/**
 * A labelled estimate with its basis: "about $7,584 (my estimate: 12 semester hours × $632 per
 * credit)", "about $3,114 to $6,228 (my estimate: 6 to 12 months at in-state: $6,228 per year)".
 */
export function estimateText(e: CostEstimate): string {
  return `about ${moneyRange(e.low, e.amount)} (my estimate: ${basisText(e)})`;
}

/** How an estimate was worked out: "12 semester hours × $632 per credit", "6 to 12 months at $6,228 per year". */
export function basisText(e: CostEstimate): string {
  const b = e.basis;
  const figure = tuitionFigure(b.figure, { plain: true });
  switch (b.kind) {
    case 'credits':
      return `${b.from === 'student' ? 'your ' : ''}${creditsText(b.credits, b.creditUnit)} × ${money(b.figure.amount)} per credit`;
    case 'yearShare':
      return `${b.studentMonths !== undefined ? `your ${monthsText(b.studentMonths)}` : durationText(e.program)} at ${figure}`;
    case 'semesters':
      return `${b.semesters.toString()} semesters, for your ${monthsText(b.studentMonths)}, at ${figure}`;
    case 'oneSemester':
      return `one semester at ${figure}, as the program takes ${durationText(e.program)}`;
  }
}

/** A share of a whole in words: "half", "a quarter", "60%". */
export function shareOf(share: number): string {
  if (share === 0.5) return 'half';
  if (share === 0.25) return 'a quarter';
  return `${Math.round(share * 100)}%`;
}

/** "$632" or "$632 to $1,264". */
export function moneyRange(low: number, high: number): string {
  return low < high ? `${money(low)} to ${money(high)}` : money(high);
}

/** "about $632 to $1,264 (my estimate: about $7,584 in all, from 12 semester hours × $632 per credit, over 6 to 12 months)". */
export function monthlyText(m: MonthlyEstimate): string {
  const b = m.total.basis;
  const months =
    m.minMonths < m.maxMonths ? `${m.minMonths.toString()} to ${m.maxMonths.toString()}` : m.maxMonths.toString();
  const basis =
    b.kind === 'yearShare'
      ? `${tuitionFigure(b.figure, { plain: true })} divided by 12`
      : b.kind === 'oneSemester'
        ? `one semester at ${tuitionFigure(b.figure, { plain: true })} over the program's ${months} months`
        : `about ${moneyRange(m.total.low, m.total.amount)} in all, from ${basisText(m.total)}, over ${months} months`;
  return `about ${moneyRange(m.low, m.amount)} (my estimate: ${basis})`;
}

/** "Omaha, Nebraska". */
export function place(p: Program): string {
  return `${p.location.city}, ${p.location.state}`;
}

/** What nearly every program asks for, each starting lower-case to follow a colon or run in a sentence. */
export function commonRequirementPhrases(kb: KnowledgeBase): string[] {
  return kb.commonRequirements.map(lowerFirst);
}

/** "A, B and C". */
export function joinAnd(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1] as string}`;
}

/** "A, B or C". */
export function joinOr(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} or ${items[items.length - 1] as string}`;
}

const NUMBER_WORDS = [
  'no',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
];

/** "three", or the figure for large counts. */
export function count(n: number): string {
  return NUMBER_WORDS[n] ?? String(n);
}

/** "one year", "three years". */
export function yearsText(n: number): string {
  // "18 months": part of a year is said in months.
  if (!Number.isInteger(n)) return `${Math.round(n * MONTHS_PER_YEAR)} months`;
  return `${count(n)} ${n === 1 ? 'year' : 'years'}`;
}

/** "the one program", "the three programs". */
export function programsCount(n: number): string {
  return n === 1 ? 'the one program' : `the ${count(n)} programs`;
}

/** Upper-cases the first letter. */
export function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** Lower-cases the first letter: a sentence of the knowledge used inside another. */
export function lowerFirst(s: string): string {
  // "EFSC is…", "**Weber**…": a name in capitals or in bold keeps its case.
  if (/^[A-Z]{2}/.test(s) || s.startsWith('**')) return s;
  return s.charAt(0).toLowerCase() + s.slice(1);
}

/** A state's name from its two-letter code, or the code when the knowledge doesn't name it. */
export function stateName(kb: KnowledgeBase, code: string): string {
  return kb.states.find((s) => s.code === code)?.name ?? code;
}

/** "Northwest Commission on Colleges and Universities (NWCCU)" for a program's accreditor. */
export function accreditorName(kb: KnowledgeBase, p: Program): string {
  const a = p.accreditorAsNamed ?? kb.accreditors.find((x) => x.id === p.accreditorId);
  return a ? `${a.name} (${a.abbreviation})` : p.accreditorId;
}

/** "NWCCU" for a program's accreditor. */
export function accreditorAbbreviation(kb: KnowledgeBase, p: Program): string {
  return (
    p.accreditorAsNamed?.abbreviation ??
    kb.accreditors.find((a) => a.id === p.accreditorId)?.abbreviation ??
    p.accreditorId
  );
}

/** How each kind of relation to a professional body reads: in a sentence, and as a short label. */
const RELATION_PHRASES: Record<
  BodyRelation['relation'],
  { readonly sentence: (r: BodyRelation) => string; readonly label: string; readonly asked: string }
> = {
  exam_eligibility: {
    sentence: (r) => `You qualify to sit the ${r.bodyName} (${r.body}) exam`,
    label: 'exam eligibility',
    asked: 'linked to a certification exam',
  },
  continuing_education: {
    sentence: (r) => `Courses count towards ${r.bodyName} (${r.body}) continuing-education requirements`,
    label: 'continuing education',
    asked: 'counting towards continuing education',
  },
  certification_opportunity: {
    sentence: (r) => `A chance to earn ${r.bodyName} (${r.body}) certification`,
    label: 'certification',
    asked: 'linked to a certification',
  },
};

/** The kinds of relation a question asks for, as they read after "programs …": "linked to a certification exam". */
export function relationAskedLabel(kinds: readonly BodyRelation['relation'][]): string {
  return kinds.length === 0
    ? RELATION_PHRASES.continuing_education.asked
    : joinOr(kinds.map((k) => RELATION_PHRASES[k].asked));
}

/** A relation as a sentence, with its condition: "You qualify to sit the … (ABII) exam once …". */
export function relationSentence(r: BodyRelation): string {
  return RELATION_PHRASES[r.relation].sentence(r) + (r.condition ? ` ${r.condition}` : '');
}

/** A relation as a short label: "ABII continuing education". */
export function relationLabel(r: BodyRelation): string {
  return `${r.body} ${RELATION_PHRASES[r.relation].label}${r.condition && r.relation === 'certification_opportunity' ? ` (${r.condition})` : ''}`;
}

/** The kind of relation alone: "continuing education". */
export function relationKindLabel(kind: BodyRelation['relation']): string {
  return RELATION_PHRASES[kind].label;
}

/** "the American Registry of Radiologic Technologists (ARRT)", from the knowledge's terms. */
export function bodyName(kb: KnowledgeBase, abbreviation: string): string {
  const term = kb.terms.find((t) => t.abbreviation === abbreviation);
  return term === undefined ? `the ${abbreviation}` : `the ${term.name} (${term.abbreviation})`;
}

/**
 * An entry condition in words: "in good standing with the ARRT, the ARDMS or the NMTCB (any one
 * of them is enough)". `short` uses the abbreviations alone.
 */
export function requirementText(kb: KnowledgeBase, r: Requirement, options: { short?: boolean } = {}): string {
  const name = (abbreviation: string): string =>
    options.short === true ? `the ${abbreviation}` : bodyName(kb, abbreviation);
  if ('registration' in r) return `in good standing with ${name(r.registration)}`;
  const registries = r[('anyOf' in r ? 'anyOf' : 'allOf') as keyof typeof r] as readonly Requirement[];
  if (registries.every((x) => 'registration' in x)) {
    const names = registries.map((x) => name((x as { registration: string }).registration));
    if ('anyOf' in r)
      return `in good standing with ${joinOr(names)}${names.length > 1 ? ' (any one of them is enough)' : ''}`;
    return `in good standing with ${joinAnd(names)}${names.length > 1 ? ' (all of them)' : ''}`;
  }
  const parts = registries.map((x) => requirementText(kb, x, options));
  return 'anyOf' in r ? `${joinOr(parts)} (any one is enough)` : joinAnd(parts);
}

/** Places in a ranking as words. */
export const ORDINAL_WORDS: Readonly<Record<number, string>> = { 2: 'second', 3: 'third', 4: 'fourth', 5: 'fifth' };

/** A program the article rules the student out of, said next to its price or its place in a ranking. */
export function ruledOutNote(kb: KnowledgeBase, p: Program): string {
  const who = p.requirements.known
    ? `: it takes only people ${requirementText(kb, p.requirements.value, { short: true })}`
    : '';
  return `From what you've told me, ${p.shortName} wouldn't take you${who}.`;
}

/** "Title by Author": how replies name where their facts come from. */
export function sourceName(kb: KnowledgeBase): string {
  return `${kb.source.title} by ${kb.source.author}`;
}

/** "The article doesn't say … at X. Please check with X directly." */
export function notStated(what: string, p: Program): string {
  return `The article I draw on doesn't say ${what} at ${p.name}. Please check with ${p.shortName} directly before you decide.`;
}

/** Strips markdown emphasis, for card fields that do not render it (FactSet values, fallback text). */
export function plain(markdown: string): string {
  return markdown.replace(/\*\*(.*?)\*\*/g, '$1').replace(/\*(.*?)\*/g, '$1');
}

/** True when a term the article names is a professional body (ABII, ARRT…), not a phrase ("good standing"). */
export function isBody(kb: KnowledgeBase, term: Term): boolean {
  return kb.query.bodies.some((b) => b.id === term.abbreviation);
}

/** Looks programs up by id, keeping the order given and skipping unknown ids. */
export function programsById(kb: KnowledgeBase, ids: readonly string[]): Program[] {
  return ids.flatMap((id) => kb.programs.filter((p) => p.id === id));
}

/** How each way of teaching a program is said. */
export const MODE_WORDS = { online: 'online', hybrid: 'partly online (hybrid)', on_campus: 'on campus' } as const;
