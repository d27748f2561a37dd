/**
 * Ranks the programs for a student's answers to the program finder: what fits and why, what
 * rules a program out, and what the article leaves open for the student to check with the school.
 */
import type { KnowledgeBase, Program } from '../knowledge/types.js';
import { checksFor } from './checks.js';
import { NO_CONSTRAINTS, type QueryConstraints } from './constraints.js';

/** What the student told the finder; absent fields were skipped. */
export interface FinderProfile {
  readonly audience?: 'newcomer' | 'professional';
  /** True when the student needs to study online. */
  readonly online?: boolean;
  readonly maxMonths?: number;
  /** Most the student can spend on tuition, in dollars. */
  readonly budget?: number;
  /** Two-letter code of the student's state. */
  readonly state?: string;
}

/** A program that fits, with its score and reasons. */
export interface FinderFit {
  readonly program: Program;
  readonly score: number;
  /** Why it fits. */
  readonly pluses: readonly string[];
  /** What the article leaves open: to confirm with the school. */
  readonly toCheck: readonly string[];
}

/** The finder's outcome, best fit first. */
export interface FinderResult {
  readonly profile: FinderProfile;
  readonly fits: readonly FinderFit[];
  readonly ruledOut: ReadonlyArray<{ readonly program: Program; readonly reasons: readonly string[] }>;
}

/** Points for each confirmed match; each open point costs one. */
const MATCH_POINTS = 2;

function constraintsOf(profile: FinderProfile, residencyFor: (p: Program) => 'in_state' | 'out_of_state' | undefined, p: Program): QueryConstraints {
  const residency = residencyFor(p);
  return {
    ...NO_CONSTRAINTS,
    criteria: [...(profile.audience === 'newcomer' ? (['newcomers'] as const) : []), ...(profile.online === true ? (['online'] as const) : [])],
    ...(profile.maxMonths !== undefined ? { months: { measure: 'months', value: profile.maxMonths, bound: 'at_most' } } : {}),
    ...(profile.budget !== undefined ? { budget: { measure: 'money', value: profile.budget, bound: 'at_most' } } : {}),
    ...(residency !== undefined ? { residency } : {}),
  };
}

/** Ranks every program for a profile. */
export function rankForProfile(kb: KnowledgeBase, profile: FinderProfile): FinderResult {
  const residencyFor = (p: Program): 'in_state' | 'out_of_state' | undefined =>
    profile.state === undefined ? undefined : p.location.stateCode === profile.state ? 'in_state' : 'out_of_state';
  const fits: FinderFit[] = [];
  const ruledOut: Array<{ program: Program; reasons: string[] }> = [];
  for (const program of kb.programs) {
    const verdicts = checksFor(kb, constraintsOf(profile, residencyFor, program)).map((check) => ({ check, verdict: check.test(program) }));
    const failed = verdicts.filter((v) => v.verdict.status === 'no');
    if (failed.length > 0) {
      ruledOut.push({ program, reasons: failed.map((v) => v.verdict.reason.replace(/\.$/, '')) });
      continue;
    }
    const pluses = verdicts.filter((v) => v.verdict.status === 'yes').map((v) => v.verdict.reason.replace(/\.$/, ''));
    const toCheck = verdicts.filter((v) => v.verdict.status === 'unknown').map((v) => `${v.check.label}? ${v.verdict.reason.replace(/\.$/, '')}`);
    if (profile.state !== undefined && program.location.stateCode === profile.state) pluses.push(`in your state (${program.location.city}, ${program.location.state}), so in-state rates may apply`);
    if (profile.audience === 'professional') {
      const forPros = program.relations.filter((r) => r.relation === 'continuing_education' || r.relation === 'certification_opportunity');
      if (program.openToNewcomers.known && !program.openToNewcomers.value) pluses.push('designed for registered imaging professionals like you');
      if (forPros.length > 0) pluses.push(`useful for your career: ${forPros.map((r) => `${r.body} ${r.relation === 'continuing_education' ? 'continuing education' : 'certification'}`).join(', ')}`);
    }
    fits.push({ program, score: pluses.length * MATCH_POINTS - toCheck.length, pluses, toCheck });
  }
  fits.sort((a, b) => b.score - a.score || a.program.duration.maxMonths - b.program.duration.maxMonths);
  return { profile, fits, ruledOut };
}
