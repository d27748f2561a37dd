/**
 * Tuition comparisons that never mix units silently. The article gives tuition per credit, per
 * year, per semester or without a unit; only like is compared with like, totals are only my
 * labelled estimates, and whatever cannot be compared is listed with the reason.
 */
import { durationText, money, totalTuitionEstimate, tuitionFigure } from '../answers/format.js';
import type { Program, TuitionFigure, TuitionUnit } from '../knowledge/types.js';
import type { Verdict } from './checks.js';

/** Units that can be compared across programs, in order of preference when groups are equal. */
const COMPARABLE_UNITS: readonly Exclude<TuitionUnit, 'unspecified'>[] = ['per_credit', 'per_year', 'per_semester'];

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
  /** Programs left out, with every figure the article gives for them. */
  readonly others: readonly { readonly program: Program; readonly figures: string }[];
  /** Total-cost estimates where the article gives both a rate and the credits. */
  readonly estimates: readonly { readonly program: Program; readonly amount: number; readonly basis: string }[];
}

/** The figures that apply to a residency (all of them when none is given). */
export function applicableFigures(p: Program, residency?: 'in_state' | 'out_of_state'): TuitionFigure[] {
  if (residency === undefined) return [...p.tuition];
  const matching = p.tuition.filter((t) => t.residency === residency || t.residency === 'any');
  return matching.length > 0 ? matching : [...p.tuition];
}

/** Every figure of a program, with unit and residency. */
export function figuresText(p: Program, residency?: 'in_state' | 'out_of_state'): string {
  return applicableFigures(p, residency).map(tuitionFigure).join('; ');
}

/** Ranks programs by tuition within the unit most of them share. */
export function compareTuition(programs: readonly Program[], order: 'lowest' | 'highest', residency?: 'in_state' | 'out_of_state'): TuitionComparison {
  const pick = (figures: TuitionFigure[]): TuitionFigure | undefined =>
    figures.reduce<TuitionFigure | undefined>((best, f) => (best === undefined || (order === 'lowest' ? f.amount < best.amount : f.amount > best.amount) ? f : best), undefined);
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
    others: programs.filter((p) => !compared.has(p.id)).map((program) => ({ program, figures: figuresText(program, residency) })),
    estimates: programs.flatMap((program) => {
      const e = totalTuitionEstimate(program);
      return e ? [{ program, ...e }] : [];
    }),
  };
}

/** Whether a program fits a budget, comparing only what can honestly be compared. */
export function budgetVerdict(p: Program, limit: number, bound: 'at_most' | 'at_least', residency?: 'in_state' | 'out_of_state'): Verdict {
  const fits = (amount: number): boolean => (bound === 'at_most' ? amount <= limit : amount >= limit);
  const estimate = totalTuitionEstimate(p);
  if (estimate !== undefined) {
    const text = `about ${money(estimate.amount)} in total by my estimate (${estimate.basis})`;
    return { status: fits(estimate.amount) ? 'yes' : 'no', reason: text };
  }
  const figures = applicableFigures(p, residency);
  const perCredit = figures.find((f) => f.unit === 'per_credit');
  if (perCredit !== undefined) {
    return { status: 'unknown', reason: `${tuitionFigure(perCredit)}, but the article doesn't give the number of credits, so the total is unknown` };
  }
  const within = figures.filter((f) => fits(f.amount));
  if (within.length === 0 && bound === 'at_most' && figures.every((f) => f.unit !== 'per_year' || p.duration.minMonths >= 12)) {
    return { status: 'no', reason: `${figures.map(tuitionFigure).join('; ')} — already past your limit` };
  }
  const shortYear = figures.some((f) => f.unit === 'per_year') && p.duration.minMonths < 12 ? ` The program takes ${durationText(p)}, so you may not pay a full year.` : '';
  return {
    status: 'unknown',
    reason: `${figures.map(tuitionFigure).join('; ')} — the article doesn't give a total for the program, so I can't tell for sure.${shortYear}`,
  };
}
