/**
 * Tuition facts that never mix units silently. The article gives tuition per credit, per year, per
 * semester or without a unit; only like is compared with like, and a total is only ever an estimate
 * with its basis (a per-credit rate times the credits the article gives).
 */
import type { Program, TuitionFigure, TuitionUnit } from '../knowledge/types.js';

/** A student's residency relative to a program's state. */
export type StudentResidency = 'in_state' | 'out_of_state';

/** Units that can be compared across programs, in order of preference when groups are equal. */
const COMPARABLE_UNITS: readonly Exclude<TuitionUnit, 'unspecified'>[] = ['per_credit', 'per_year', 'per_semester'];

/** A total worked out from a per-credit rate and the program's credits: always labelled as an estimate. */
export interface TotalEstimate {
  readonly amount: number;
  readonly credits: number;
  readonly creditUnit: 'semester_hours' | 'credits';
  readonly rate: number;
}

/** The estimated total where the article gives both a per-credit rate and the credits. */
export function totalEstimate(p: Program): TotalEstimate | undefined {
  const perCredit = p.tuition.find((t) => t.unit === 'per_credit');
  if (perCredit === undefined || !p.credits.known) return undefined;
  const credits = p.credits.value;
  return { amount: credits.amount * perCredit.amount, credits: credits.amount, creditUnit: credits.unit, rate: perCredit.amount };
}

/** The figures that apply to a residency (all of them when none is given or none matches). */
export function applicableFigures(p: Program, residency?: StudentResidency): TuitionFigure[] {
  if (residency === undefined) return [...p.tuition];
  const matching = p.tuition.filter((t) => t.residency === residency || t.residency === 'any');
  return matching.length > 0 ? matching : [...p.tuition];
}

/** A program's figure on the compared scale. */
export interface RankedFigure {
  readonly program: Program;
  readonly figure: TuitionFigure;
}

/** The outcome of ranking programs by tuition. */
export interface TuitionComparison {
  /** The unit compared, or undefined when no two programs share one. */
  readonly unit: TuitionUnit | undefined;
  /** Programs on the compared scale, best first for the requested order. */
  readonly ranked: readonly RankedFigure[];
  /** Programs left out, with the figures that apply to them. */
  readonly others: readonly { readonly program: Program; readonly figures: readonly TuitionFigure[] }[];
  /** Total-cost estimates where the article gives both a rate and the credits. */
  readonly estimates: readonly { readonly program: Program; readonly estimate: TotalEstimate }[];
}

/** Ranks programs by tuition within the unit most of them share. */
export function compareTuition(programs: readonly Program[], order: 'lowest' | 'highest', residency?: StudentResidency): TuitionComparison {
  const better = (a: number, b: number): boolean => (order === 'lowest' ? a < b : a > b);
  const pick = (figures: readonly TuitionFigure[]): TuitionFigure | undefined =>
    figures.reduce<TuitionFigure | undefined>((best, f) => (best === undefined || better(f.amount, best.amount) ? f : best), undefined);
  let unit: TuitionUnit | undefined;
  let ranked: RankedFigure[] = [];
  for (const candidate of COMPARABLE_UNITS) {
    const group = programs.flatMap((program) => {
      const figure = pick(applicableFigures(program, residency).filter((f) => f.unit === candidate));
      return figure ? [{ program, figure }] : [];
    });
    if (group.length >= 2 && group.length > ranked.length) {
      unit = candidate;
      ranked = group;
    }
  }
  ranked.sort((a, b) => (order === 'lowest' ? a.figure.amount - b.figure.amount : b.figure.amount - a.figure.amount));
  const compared = new Set(ranked.map((r) => r.program.id));
  return {
    unit,
    ranked,
    others: programs.filter((p) => !compared.has(p.id)).map((program) => ({ program, figures: applicableFigures(program, residency) })),
    estimates: programs.flatMap((program) => {
      const estimate = totalEstimate(program);
      return estimate ? [{ program, estimate }] : [];
    }),
  };
}

/** Why a budget check came out as it did. */
export type BudgetBasis =
  | { readonly kind: 'estimate'; readonly estimate: TotalEstimate }
  | { readonly kind: 'rateWithoutCredits'; readonly figure: TuitionFigure }
  | { readonly kind: 'pastLimit'; readonly figures: readonly TuitionFigure[] }
  | { readonly kind: 'noTotal'; readonly figures: readonly TuitionFigure[]; readonly shortYear: boolean };

/** Whether a program fits a budget, comparing only what can honestly be compared. */
export function budgetFit(p: Program, limit: number, bound: 'at_most' | 'at_least', residency?: StudentResidency): { status: 'yes' | 'no' | 'unknown'; basis: BudgetBasis } {
  const fits = (amount: number): boolean => (bound === 'at_most' ? amount <= limit : amount >= limit);
  const estimate = totalEstimate(p);
  if (estimate !== undefined) return { status: fits(estimate.amount) ? 'yes' : 'no', basis: { kind: 'estimate', estimate } };
  const figures = applicableFigures(p, residency);
  const perCredit = figures.find((f) => f.unit === 'per_credit');
  if (perCredit !== undefined) return { status: 'unknown', basis: { kind: 'rateWithoutCredits', figure: perCredit } };
  const within = figures.filter((f) => fits(f.amount));
  const fullYears = figures.every((f) => f.unit !== 'per_year' || p.duration.minMonths >= 12);
  if (within.length === 0 && bound === 'at_most' && fullYears) return { status: 'no', basis: { kind: 'pastLimit', figures } };
  const shortYear = figures.some((f) => f.unit === 'per_year') && p.duration.minMonths < 12;
  return { status: 'unknown', basis: { kind: 'noTotal', figures, shortYear } };
}
