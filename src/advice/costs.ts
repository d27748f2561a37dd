/**
 * Total-cost estimates the article supports, each with its basis, and comparisons through them.
 * Figures in different units are never compared directly: a per-credit rate times a number of
 * credits (the article's or the student's), a yearly rate for the program's share of a year (a range
 * when its length is one), and a per-semester rate as about one semester for a program of six months.
 */
import type { Program, TuitionFigure } from '../knowledge/types.js';
import { applicableFigures, STUDENT_RESIDENCIES, type StudentResidency } from './tuition.js';

export const MONTHS_PER_YEAR = 12;
/** Months in a semester, for a per-semester rate over the time a student gives. */
const MONTHS_PER_SEMESTER = 6;

/**
 * A yearly rate as one per semester, or the other way round, taking a year as two semesters (the article never says
 * how many a school runs); undefined for any other pair of units.
 */
export function convertedRate(figure: TuitionFigure, unit: TuitionFigure['unit']): number | undefined {
  const semesters = MONTHS_PER_YEAR / MONTHS_PER_SEMESTER;
  if (figure.unit === 'per_year' && unit === 'per_semester') return Math.round(figure.amount / semesters);
  if (figure.unit === 'per_semester' && unit === 'per_year') return figure.amount * semesters;
  return undefined;
}

/** How an estimate was worked out. */
export type EstimateBasis =
  | {
      readonly kind: 'credits';
      readonly credits: number;
      readonly creditUnit: 'semester_hours' | 'credits';
      readonly from: 'article' | 'student';
      readonly figure: TuitionFigure;
    }
  | { readonly kind: 'yearShare'; readonly figure: TuitionFigure; readonly studentMonths?: number }
  | { readonly kind: 'oneSemester'; readonly figure: TuitionFigure }
  | {
      readonly kind: 'semesters';
      readonly figure: TuitionFigure;
      readonly studentMonths: number;
      readonly semesters: number;
    };

/** A labelled estimate of a program's total tuition: about `amount`, or from `low` to `amount`. */
export interface CostEstimate {
  readonly program: Program;
  /** The estimate, or its top end when it is a range. */
  readonly amount: number;
  /** The bottom end: below `amount` for a range ("6 to 12 months at $6,228 per year"), else equal to it. */
  readonly low: number;
  readonly basis: EstimateBasis;
}

/** The estimate of a program's total tuition for a residency, if the article supports one. */
/** What a sum buys at a program's rate per credit, and what it leaves to pay for the whole program if the article gives its credits. */
export interface CreditsCovered {
  readonly credits: number;
  readonly rate: number;
  /** The program's credits, when the article gives them. */
  readonly needed?: number;
  /** How much short of the whole program the sum falls, when it does. */
  readonly shortBy?: number;
}

/** "I've got $4,000: how many credits would that cover at OIT?": the sum over the rate per credit. */
export function creditsCovered(p: Program, sum: number): CreditsCovered | undefined {
  const rate = p.tuition.find((t) => t.unit === 'per_credit')?.amount;
  if (rate === undefined) return undefined;
  const credits = Math.floor(sum / rate);
  if (!p.credits.known) return { credits, rate };
  const needed = p.credits.value.amount;
  return { credits, rate, needed, ...(credits < needed ? { shortBy: needed * rate - sum } : {}) };
}

export function costEstimate(
  p: Program,
  residency?: StudentResidency,
  studentCredits?: number,
  studentMonths?: number,
): CostEstimate | undefined {
  const figures = applicableFigures(p, residency);
  const perCredit = figures.find((f) => f.unit === 'per_credit');
  if (perCredit !== undefined) {
    if (studentCredits !== undefined) {
      return {
        program: p,
        amount: studentCredits * perCredit.amount,
        low: studentCredits * perCredit.amount,
        basis: { kind: 'credits', credits: studentCredits, creditUnit: 'credits', from: 'student', figure: perCredit },
      };
    }
    if (p.credits.known) {
      const c = p.credits.value;
      return {
        program: p,
        amount: c.amount * perCredit.amount,
        low: c.amount * perCredit.amount,
        basis: { kind: 'credits', credits: c.amount, creditUnit: c.unit, from: 'article', figure: perCredit },
      };
    }
  }
  // Several figures remain only when no residency was given; an estimate then needs one figure.
  if (figures.length !== 1) return undefined;
  const [figure] = figures;
  if (figure === undefined) return undefined;
  // "For the 9 months I'd take", "two semesters": the time the student gives, at a rate per year or per semester.
  if (studentMonths !== undefined && figure.unit === 'per_year') {
    const amount = Math.round((figure.amount * studentMonths) / MONTHS_PER_YEAR);
    return { program: p, amount, low: amount, basis: { kind: 'yearShare', figure, studentMonths } };
  }
  if (studentMonths !== undefined && figure.unit === 'per_semester') {
    const semesters = Math.ceil(studentMonths / MONTHS_PER_SEMESTER);
    const amount = figure.amount * semesters;
    return { program: p, amount, low: amount, basis: { kind: 'semesters', figure, studentMonths, semesters } };
  }
  if (figure.unit === 'per_year') {
    const share = (months: number): number => Math.round((figure.amount * months) / MONTHS_PER_YEAR);
    return {
      program: p,
      amount: share(p.duration.maxMonths),
      low: share(p.duration.minMonths),
      basis: { kind: 'yearShare', figure },
    };
  }
  if (figure.unit === 'per_semester' && p.duration.maxMonths <= 6)
    return { program: p, amount: figure.amount, low: figure.amount, basis: { kind: 'oneSemester', figure } };
  return undefined;
}

/** A total estimate spread over the months it takes: about `low` to `amount` a month. */
export interface MonthlyEstimate {
  readonly total: CostEstimate;
  readonly low: number;
  readonly amount: number;
  /** The months the total is spread over: the student's, or the program's shortest and longest. */
  readonly minMonths: number;
  readonly maxMonths: number;
}

/** What a total estimate comes to per month: a yearly rate by twelve, any other total by the months it takes. */
export function monthlyCost(total: CostEstimate, studentMonths?: number): MonthlyEstimate {
  const b = total.basis;
  const given = studentMonths ?? ('studentMonths' in b ? b.studentMonths : undefined);
  const minMonths = given ?? total.program.duration.minMonths;
  const maxMonths = given ?? total.program.duration.maxMonths;
  if (b.kind === 'yearShare') {
    const amount = Math.round(b.figure.amount / MONTHS_PER_YEAR);
    return { total, low: amount, amount, minMonths, maxMonths };
  }
  return {
    total,
    low: Math.round(total.low / maxMonths),
    amount: Math.round(total.amount / minMonths),
    minMonths,
    maxMonths,
  };
}

/** Which of two programs costs less, when the estimates settle it. */
export type CostOrder = 'first' | 'second' | 'unknown';

/** Compares two estimates: one is cheaper only when its top end is below the other's bottom end. */
export function cheaperOf(a: CostEstimate | undefined, b: CostEstimate | undefined): CostOrder {
  if (a === undefined || b === undefined) return 'unknown';
  return a.amount < b.low ? 'first' : b.amount < a.low ? 'second' : 'unknown';
}

/** The programs' estimates, cheapest first; programs without an estimate are left out. */
export function rankByEstimate(estimates: readonly CostEstimate[]): CostEstimate[] {
  return [...estimates].sort((x, y) => x.low - y.low || x.amount - y.amount);
}

/** Why a budget check came out as it did. */
export type BudgetBasis =
  | { readonly kind: 'estimate'; readonly estimate: CostEstimate }
  | { readonly kind: 'rateWithoutCredits'; readonly figure: TuitionFigure }
  | { readonly kind: 'pastLimit'; readonly figures: readonly TuitionFigure[] }
  | { readonly kind: 'noTotal'; readonly figures: readonly TuitionFigure[]; readonly shortYear: boolean }
  | { readonly kind: 'stated'; readonly figure: TuitionFigure }
  | { readonly kind: 'bounded'; readonly figure: TuitionFigure; readonly ceiling: number };

/** Whether a program fits a budget, comparing only what can honestly be compared (a total, or a labelled estimate of one). */
export function budgetFit(
  p: Program,
  limit: number,
  bound: 'at_most' | 'at_least',
  residency?: StudentResidency,
  asStated = false,
): { status: 'yes' | 'no' | 'unknown'; basis: BudgetBasis } {
  // "Does EFSC cost $2,496?": the amount is one the article gives for the student.
  const stated = asStated ? applicableFigures(p, residency).find((f) => f.amount === limit) : undefined;
  if (stated !== undefined) return { status: 'yes', basis: { kind: 'stated', figure: stated } };
  const fits = (amount: number): boolean => (bound === 'at_most' ? amount <= limit : amount >= limit);
  // A range settles a budget only when both its ends fit, or both miss.
  const verdict = (e: CostEstimate): 'yes' | 'no' | 'unknown' =>
    fits(e.amount) && fits(e.low) ? 'yes' : !fits(e.amount) && !fits(e.low) ? 'no' : 'unknown';
  const estimate = costEstimate(p, residency);
  if (estimate !== undefined) return { status: verdict(estimate), basis: { kind: 'estimate', estimate } };
  // No residency given: settled when the estimate at every rate says the same ("under $300?": not even in-state).
  const each = residency === undefined ? STUDENT_RESIDENCIES.map((r) => costEstimate(p, r)) : [];
  const rates = each.filter((e): e is CostEstimate => e !== undefined);
  const [first] = rates;
  if (first !== undefined && rates.length === each.length && rates.every((e) => verdict(e) === verdict(first))) {
    const status = verdict(first);
    // The rate that settles it: the cheapest when even it misses, the dearest when even it fits.
    const sorted = rankByEstimate(rates);
    const telling = (status === 'no') === (bound === 'at_most') ? sorted[0] : sorted[sorted.length - 1];
    if (status !== 'unknown' && telling !== undefined)
      return { status, basis: { kind: 'estimate', estimate: telling } };
  }
  const figures = applicableFigures(p, residency);
  // "$2,500, not a penny more" at a program whose one figure has no unit: at most its ceiling on every reading of it.
  const [only, ...others] = figures;
  const ceiling =
    only?.unit === 'unspecified' && others.length === 0 ? unitlessTotalBounds(p, only.amount).ceiling : undefined;
  if (only !== undefined && ceiling !== undefined && bound === 'at_most' && ceiling <= limit)
    return { status: 'yes', basis: { kind: 'bounded', figure: only, ceiling } };
  const perCredit = figures.find((f) => f.unit === 'per_credit');
  if (perCredit !== undefined) return { status: 'unknown', basis: { kind: 'rateWithoutCredits', figure: perCredit } };
  const within = figures.filter((f) => fits(f.amount));
  const fullYears = figures.every((f) => f.unit !== 'per_year' || p.duration.minMonths >= 12);
  if (within.length === 0 && bound === 'at_most' && fullYears)
    return { status: 'no', basis: { kind: 'pastLimit', figures } };
  const shortYear = figures.some((f) => f.unit === 'per_year') && p.duration.minMonths < 12;
  return { status: 'unknown', basis: { kind: 'noTotal', figures, shortYear } };
}

/**
 * What a figure the article gives without a unit can come to over the whole program, on every reading of it (the
 * whole program's price, a price per year or per semester): at least the figure when the program takes a year or
 * more, and at most one figure per semester of the program's longest length (or the figure itself).
 */
export function unitlessTotalBounds(
  program: Program,
  amount: number,
): { readonly floor?: number; readonly ceiling: number } {
  const { minMonths, maxMonths } = program.duration;
  return {
    ...(minMonths >= MONTHS_PER_YEAR ? { floor: amount } : {}),
    ceiling: amount * Math.max(1, Math.ceil(maxMonths / MONTHS_PER_SEMESTER)),
  };
}

/** What each program costs for the student, as the article gives it or as a labelled estimate. */
export interface CostSide {
  readonly program: Program;
  readonly figures: readonly TuitionFigure[];
  readonly estimate: CostEstimate | undefined;
  /** The time the student would spend there ("Weber for 6 months"), for a program charging by the year. */
  readonly months?: number;
}

/**
 * "Harrisburg or Cocoa, which is cheaper?": a figure without a unit, at a program of a year or more, is at least
 * the whole program's price whatever its unit (per credit, semester or year, or the whole program). Above the
 * other program's whole estimate, it settles which costs less.
 */
/**
 * Which side costs less when one gives only a figure without a unit: its total on every reading of that figure is above
 * the other's estimated total ("floor") or below it ("ceiling").
 */
export function boundOrder<S extends CostSide>(
  a: S,
  b: S,
): { readonly cheap: S; readonly dear: S; readonly by: 'floor' | 'ceiling'; readonly bound: number } | undefined {
  const bounds = (side: S): ReturnType<typeof unitlessTotalBounds> | undefined => {
    const [only] = side.figures;
    return side.estimate === undefined && side.figures.length === 1 && only?.unit === 'unspecified'
      ? unitlessTotalBounds(side.program, only.amount)
      : undefined;
  };
  for (const [side, other] of [
    [a, b],
    [b, a],
  ] as const) {
    const range = bounds(side);
    const total = other.estimate;
    if (range === undefined || total === undefined) continue;
    if (range.floor !== undefined && range.floor > total.amount)
      return { cheap: other, dear: side, by: 'floor', bound: range.floor };
    if (range.ceiling < total.low) return { cheap: side, dear: other, by: 'ceiling', bound: range.ceiling };
  }
  return undefined;
}

/** The whole months of saving `monthly` a month that an estimate takes: for a range, one figure for each end. */
export function monthsToSave(e: CostEstimate, monthly: number): { readonly low: number; readonly high: number } {
  return { low: Math.ceil(e.low / monthly), high: Math.ceil(e.amount / monthly) };
}

/**
 * "What's that per year?" of a figure the article gives without a unit, read as the whole program's price: that price
 * spread over the program's length, a range when the length is one; undefined for a program shorter than the unit.
 */
export function spreadOver(
  amount: number,
  program: Program,
  unit: 'per_year' | 'per_semester',
): { readonly low: number; readonly high: number } | undefined {
  const span = unit === 'per_year' ? MONTHS_PER_YEAR : MONTHS_PER_SEMESTER;
  const { minMonths, maxMonths } = program.duration;
  if (minMonths < span) return undefined;
  return { low: Math.round((amount * span) / maxMonths), high: Math.round((amount * span) / minMonths) };
}
