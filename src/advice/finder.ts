/**
 * Ranks the programs for a student's answers to the program finder: what fits and why, what rules
 * a program out, and what the article leaves open for the student to check with the school.
 */
import type { BodyRelation, KnowledgeBase, Program } from '../knowledge/types.js';
import { verdictOf, type Criterion, type Verdict } from './checks.js';
import type { StudentResidency } from './tuition.js';

/** The finder's questions, in the order it asks them. */
export const FINDER_SLOTS = ['audience', 'online', 'time', 'budget', 'state'] as const;
/** One of {@link FINDER_SLOTS}. */
export type FinderSlot = (typeof FINDER_SLOTS)[number];

/** What the student told the finder; absent fields were skipped. */
export interface FinderProfile {
  readonly audience?: 'newcomer' | 'professional';
  /** True when the student holds no registration now: never had one, or let it lapse. */
  readonly unregistered?: boolean;
  /** True when the student needs to study online; false when either is fine. */
  readonly online?: boolean;
  readonly maxMonths?: number;
  /** Most the student can spend on tuition, in dollars. */
  readonly budget?: number;
  /** Two-letter code of the student's state. */
  readonly state?: string;
}

/** A reason a program fits, besides the criteria it passes. */
export type FinderPlus =
  | { readonly kind: 'verdict'; readonly verdict: Verdict }
  | { readonly kind: 'inYourState' }
  | { readonly kind: 'forProfessionals' }
  | { readonly kind: 'careerRelations'; readonly relations: readonly BodyRelation[] };

/** A program that fits, with its score and reasons. */
export interface FinderFit {
  readonly program: Program;
  readonly score: number;
  readonly pluses: readonly FinderPlus[];
  /** What the article leaves open: to confirm with the school. */
  readonly toCheck: readonly Verdict[];
}

/** The finder's outcome, best fit first. */
export interface FinderResult {
  readonly profile: FinderProfile;
  readonly fits: readonly FinderFit[];
  readonly ruledOut: ReadonlyArray<{ readonly program: Program; readonly verdicts: readonly Verdict[] }>;
}

/** Points for each confirmed match; each open point costs one. */
const MATCH_POINTS = 2;

/** The student's residency for a program: in-state when they live in the program's state. */
export function residencyFor(p: Program, state: string | undefined): StudentResidency | undefined {
  if (state === undefined) return undefined;
  return p.location.stateCode === state ? 'in_state' : 'out_of_state';
}

function criteriaOf(profile: FinderProfile, p: Program): Criterion[] {
  const out: Criterion[] = [];
  if (profile.audience === 'newcomer') out.push({ kind: 'criterion', id: 'newcomers', negated: false });
  // "I was a rad tech but let my ARRT lapse": experienced, yet shut out of programs that ask for a registration.
  else if (profile.unregistered === true) out.push({ kind: 'criterion', id: 'no_registration', negated: false });
  if (profile.online === true) out.push({ kind: 'criterion', id: 'online', negated: false });
  if (profile.maxMonths !== undefined) out.push({ kind: 'duration', bound: 'at_most', months: profile.maxMonths });
  if (profile.budget !== undefined)
    out.push({ kind: 'budget', bound: 'at_most', amount: profile.budget, residency: residencyFor(p, profile.state) });
  return out;
}

/** Ranks every program of the knowledge base for a profile. */
export function rankForProfile(kb: KnowledgeBase, profile: FinderProfile): FinderResult {
  const fits: FinderFit[] = [];
  const ruledOut: Array<{ program: Program; verdicts: Verdict[] }> = [];
  for (const program of kb.programs) {
    const verdicts = criteriaOf(profile, program).map((c) => verdictOf(c, program));
    const failed = verdicts.filter((v) => v.status === 'no');
    if (failed.length > 0) {
      ruledOut.push({ program, verdicts: failed });
      continue;
    }
    const pluses: FinderPlus[] = verdicts
      .filter((v) => v.status === 'yes')
      .map((verdict) => ({ kind: 'verdict', verdict }));
    const toCheck = verdicts.filter((v) => v.status === 'unknown');
    if (profile.state !== undefined && program.location.stateCode === profile.state)
      pluses.push({ kind: 'inYourState' });
    if (profile.audience === 'professional') {
      if (program.openToNewcomers.known && !program.openToNewcomers.value) pluses.push({ kind: 'forProfessionals' });
      const career = program.relations.filter(
        (r) => r.relation === 'continuing_education' || r.relation === 'certification_opportunity',
      );
      if (career.length > 0) pluses.push({ kind: 'careerRelations', relations: career });
    }
    fits.push({ program, score: pluses.length * MATCH_POINTS - toCheck.length, pluses, toCheck });
  }
  fits.sort((a, b) => b.score - a.score || a.program.duration.maxMonths - b.program.duration.maxMonths);
  return { profile, fits, ruledOut };
}
