/**
 * Tuition facts that never mix units silently. The article gives tuition per credit, per year, per
 * semester or without a unit; only like is compared with like (totals are estimates: see costs.ts).
 */
import type { Program, TuitionFigure, TuitionUnit } from '../knowledge/types.js';

/** A student's residency relative to a program's state. */
export type StudentResidency = 'in_state' | 'out_of_state';

/** Both residencies, for answers given for each rate when the student's home is not known. */
export const STUDENT_RESIDENCIES: readonly StudentResidency[] = ['in_state', 'out_of_state'];

/** A residency the student can have ("in_state", "out_of_state"), or undefined for any other value ("any", none). */
export function studentResidency(value: string | undefined): StudentResidency | undefined {
  return STUDENT_RESIDENCIES.find((r) => r === value);
}

/** Units that can be compared across programs, in order of preference when groups are equal. */
const COMPARABLE_UNITS: readonly Exclude<TuitionUnit, 'unspecified'>[] = ['per_credit', 'per_year', 'per_semester'];

/** A program's in-state and out-of-state rates, when the article gives both ("Weber: $6,228 and $16,644 per year"). */
export function residencyRates(p: Program): { inState: TuitionFigure; outOfState: TuitionFigure } | undefined {
  const inState = p.tuition.find((f) => f.residency === 'in_state');
  const outOfState = p.tuition.find((f) => f.residency === 'out_of_state');
  return inState === undefined || outOfState === undefined ? undefined : { inState, outOfState };
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
}

/** The student's residency for a program: the one asked about, else in-state when they live in its state. */
export function residencyAt(
  p: Program,
  residency: StudentResidency | undefined,
  homeState: string | undefined,
): StudentResidency | undefined {
  if (residency !== undefined) return residency;
  if (homeState === undefined) return undefined;
  return p.location.stateCode === homeState ? 'in_state' : 'out_of_state';
}

/** Ranks programs by tuition within the unit most of them share. */
export function compareTuition(
  programs: readonly Program[],
  order: 'lowest' | 'highest',
  residency?: StudentResidency,
  askedUnit?: TuitionUnit,
  homeState?: string,
): TuitionComparison {
  const better = (a: number, b: number): boolean => (order === 'lowest' ? a < b : a > b);
  const pick = (figures: readonly TuitionFigure[]): TuitionFigure | undefined =>
    figures.reduce<TuitionFigure | undefined>(
      (best, f) => (best === undefined || better(f.amount, best.amount) ? f : best),
      undefined,
    );
  let unit: TuitionUnit | undefined;
  let ranked: RankedFigure[] = [];
  for (const candidate of COMPARABLE_UNITS) {
    const group = programs.flatMap((program) => {
      // With a home state, each school's rate for the student: in-state at home, out-of-state elsewhere.
      const figure = pick(
        applicableFigures(program, residencyAt(program, residency, homeState)).filter((f) => f.unit === candidate),
      );
      return figure ? [{ program, figure }] : [];
    });
    // The unit asked for by name ("cheapest per year") is the scale, even when only one program uses it.
    const asked = askedUnit === candidate && group.length >= 1;
    if (asked || (askedUnit === undefined && group.length >= 2 && group.length > ranked.length)) {
      unit = candidate;
      ranked = group;
    }
  }
  ranked.sort((a, b) => (order === 'lowest' ? a.figure.amount - b.figure.amount : b.figure.amount - a.figure.amount));
  const compared = new Set(ranked.map((r) => r.program.id));
  return {
    unit,
    ranked,
    others: programs
      .filter((p) => !compared.has(p.id))
      .map((program) => ({ program, figures: applicableFigures(program, residencyAt(program, residency, homeState)) })),
  };
}
