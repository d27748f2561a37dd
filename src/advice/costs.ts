/**
 * Total-cost estimates the article supports, each with its basis, and comparisons through them.
 * Figures in different units are never compared directly: a per-credit rate times a number of
 * credits (the article's or the student's), a yearly rate as an upper bound for a program of at most
 * twelve months, and a per-semester rate as about one semester for a program of six months.
 */
import type { Program, TuitionFigure } from '../knowledge/types.js';
import { applicableFigures, type StudentResidency } from './tuition.js';

/** How an estimate was worked out. */
export type EstimateBasis =
  | {
      readonly kind: 'credits';
      readonly credits: number;
      readonly creditUnit: 'semester_hours' | 'credits';
      readonly from: 'article' | 'student';
      readonly figure: TuitionFigure;
    }
  | { readonly kind: 'yearBound'; readonly figure: TuitionFigure }
  | { readonly kind: 'oneSemester'; readonly figure: TuitionFigure };

/** A labelled estimate of a program's total tuition: exactly `amount`, or at most `amount`. */
export interface CostEstimate {
  readonly program: Program;
  readonly amount: number;
  /** True when the estimate is an upper bound ("at most"), not an amount. */
  readonly atMost: boolean;
  readonly basis: EstimateBasis;
}

/** The estimate of a program's total tuition for a residency, if the article supports one. */
export function costEstimate(
  p: Program,
  residency?: StudentResidency,
  studentCredits?: number,
): CostEstimate | undefined {
  const figures = applicableFigures(p, residency);
  const perCredit = figures.find((f) => f.unit === 'per_credit');
  if (perCredit !== undefined) {
    if (studentCredits !== undefined) {
      return {
        program: p,
        amount: studentCredits * perCredit.amount,
        atMost: false,
        basis: { kind: 'credits', credits: studentCredits, creditUnit: 'credits', from: 'student', figure: perCredit },
      };
    }
    if (p.credits.known) {
      const c = p.credits.value;
      return {
        program: p,
        amount: c.amount * perCredit.amount,
        atMost: false,
        basis: { kind: 'credits', credits: c.amount, creditUnit: c.unit, from: 'article', figure: perCredit },
      };
    }
  }
  // Several figures remain only when no residency was given; an estimate then needs one figure.
  if (figures.length !== 1) return undefined;
  const [figure] = figures;
  if (figure === undefined) return undefined;
  if (figure.unit === 'per_year' && p.duration.maxMonths <= 12)
    return { program: p, amount: figure.amount, atMost: true, basis: { kind: 'yearBound', figure } };
  if (figure.unit === 'per_semester' && p.duration.maxMonths <= 6)
    return { program: p, amount: figure.amount, atMost: false, basis: { kind: 'oneSemester', figure } };
  return undefined;
}

/** Which of two programs costs less, when the estimates settle it. */
export type CostOrder = 'first' | 'second' | 'unknown';

/** Compares two estimates: an "at most" figure only wins when it is below the other's full amount. */
export function cheaperOf(a: CostEstimate | undefined, b: CostEstimate | undefined): CostOrder {
  if (a === undefined || b === undefined) return 'unknown';
  if (!a.atMost && !b.atMost) return a.amount < b.amount ? 'first' : b.amount < a.amount ? 'second' : 'unknown';
  if (a.atMost && !b.atMost) return a.amount < b.amount ? 'first' : 'unknown';
  if (!a.atMost && b.atMost) return b.amount < a.amount ? 'second' : 'unknown';
  return 'unknown';
}

/** The programs' estimates, cheapest first; programs without an estimate are left out. */
export function rankByEstimate(estimates: readonly CostEstimate[]): CostEstimate[] {
  return [...estimates].sort((x, y) => x.amount - y.amount);
}

/** Why a budget check came out as it did. */
export type BudgetBasis =
  | { readonly kind: 'estimate'; readonly estimate: CostEstimate }
  | { readonly kind: 'rateWithoutCredits'; readonly figure: TuitionFigure }
  | { readonly kind: 'pastLimit'; readonly figures: readonly TuitionFigure[] }
  | { readonly kind: 'noTotal'; readonly figures: readonly TuitionFigure[]; readonly shortYear: boolean }
  | { readonly kind: 'stated'; readonly figure: TuitionFigure };

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
  const estimate = costEstimate(p, residency);
  if (estimate !== undefined) {
    // An "at most" estimate settles a budget only when even its top end fits.
    const status = !estimate.atMost
      ? fits(estimate.amount)
        ? 'yes'
        : 'no'
      : bound === 'at_most' && fits(estimate.amount)
        ? 'yes'
        : 'unknown';
    return { status, basis: { kind: 'estimate', estimate } };
  }
  const figures = applicableFigures(p, residency);
  const perCredit = figures.find((f) => f.unit === 'per_credit');
  if (perCredit !== undefined) return { status: 'unknown', basis: { kind: 'rateWithoutCredits', figure: perCredit } };
  const within = figures.filter((f) => fits(f.amount));
  const fullYears = figures.every((f) => f.unit !== 'per_year' || p.duration.minMonths >= 12);
  if (within.length === 0 && bound === 'at_most' && fullYears)
    return { status: 'no', basis: { kind: 'pastLimit', figures } };
  const shortYear = figures.some((f) => f.unit === 'per_year') && p.duration.minMonths < 12;
  return { status: 'unknown', basis: { kind: 'noTotal', figures, shortYear } };
}
