/**
 * Whether a student can get into a program, reasoned from the program's entry conditions (any of,
 * all of) and what the student has said about themselves. The answer is yes, no, "only if…" when it
 * depends on something the student has not said, or unknown when the article names no condition.
 */
import type { Background, EducationLevel, Program, Requirement } from '../knowledge/types.js';

/** What the conversation knows about the student (kept in memory: derived facts, never their words). */
export interface StudentFacts {
  readonly background?: Background;
  /** Professional bodies the student is registered with (ARRT, ARDMS, NMTCB…). */
  readonly registrations?: readonly string[];
  /** Registrations the student is still waiting for: an exam ahead, a registration not issued yet. */
  readonly pending?: readonly string[];
  /** True when the student says they hold no registration ("not registered with anyone"). */
  readonly unregistered?: boolean;
  /** Registrations the student let lapse ("my ARRT lapsed in 2019"), which "what if I renew it?" brings back. */
  readonly lapsed?: readonly string[];
  /** True when the student speaks of renewing a lapsed registration without naming it ("what if I renew it first?"). */
  readonly renewed?: boolean;
  readonly education?: EducationLevel;
  /** True when the student already works and needs flexibility. */
  readonly working?: boolean;
  /** Two-letter code of the state the student lives in. */
  readonly homeState?: string;
  /** True when the student lives outside the US states ("in Lagos, Nigeria", "stationed overseas"). */
  readonly abroad?: boolean;
  /** A state the student says they do not live in ("not a Florida resident"): it clears a home remembered there. */
  readonly notHomeState?: string;
  /** The city they live in, when they name one ("I live in Boise"); it is in {@link homeState}. */
  readonly homeCity?: string;
  /** Years the student has worked in imaging, when they say ("I've been a rad tech for five years"). */
  readonly imagingYears?: number;
  /** The tuition budget the student gave the program finder, in dollars ("which programs fit my budget?" later). */
  readonly budget?: number;
  /** What someone else pays toward tuition ("my employer reimburses up to $3,000 a year", "my job covers half"). */
  readonly help?: TuitionHelp;
  /** How many credits the student can take a term or a year ("I can only take 3 credit hours per term"). */
  readonly pace?: { readonly credits: number; readonly per: 'per_semester' | 'per_year' };
}

/**
 * A sum someone else pays (yearly: once for each year of study; perCredit: for each credit, up to its price), or a share
 * of the whole cost (0.5 for half).
 */
export type TuitionHelp =
  { readonly amount: number; readonly yearly: boolean; readonly perCredit?: boolean } | { readonly share: number };

/** The outcome of checking one condition against what is known of the student. */
export type Met = 'yes' | 'no' | 'depends';

/** Whether a student can enter a program, and why. */
export type Eligibility =
  | { readonly status: 'yes'; readonly requirement: Requirement; readonly held: readonly string[] }
  | { readonly status: 'no'; readonly requirement: Requirement; readonly because: 'notRegistered' | 'beginner' }
  | { readonly status: 'depends'; readonly requirement: Requirement }
  | { readonly status: 'noHighSchool' }
  | { readonly status: 'unknown' };

/** Backgrounds that hold none of the imaging registries unless the student says otherwise. */
const UNREGISTERED_BACKGROUNDS = new Set(['beginner', 'other_health', 'imaging_student']);

/** Whether a student meets one condition. */
export function meets(r: Requirement, s: StudentFacts): Met {
  if ('anyOf' in r) {
    const results = r.anyOf.map((x) => meets(x, s));
    return results.includes('yes') ? 'yes' : results.every((x) => x === 'no') ? 'no' : 'depends';
  }
  if ('allOf' in r) {
    const results = r.allOf.map((x) => meets(x, s));
    return results.includes('no') ? 'no' : results.every((x) => x === 'yes') ? 'yes' : 'depends';
  }
  if (s.registrations?.includes(r.registration) === true) return 'yes';
  // "My ARRT registration hasn't come through yet": met once it has, which the student can't show yet.
  if (s.pending?.includes(r.registration) === true) return 'depends';
  // A beginner, a nurse or someone with only a diploma holds no imaging registration unless they say so.
  const unregisteredBackground =
    s.background !== undefined ? UNREGISTERED_BACKGROUNDS.has(s.background) : s.education === 'high_school';
  const saysNone = s.unregistered === true || (s.registrations === undefined && unregisteredBackground);
  // Registered with another body only: this condition is not met, though an "any of" may still be.
  return saysNone || (s.registrations !== undefined && s.registrations.length > 0) ? 'no' : 'depends';
}

/** The registrations a condition names, in order. */
export function registrationsOf(r: Requirement): string[] {
  if ('anyOf' in r) return r.anyOf.flatMap(registrationsOf);
  if ('allOf' in r) return r.allOf.flatMap(registrationsOf);
  return [r.registration];
}

/** The bodies any program takes as an entry registration (ARRT, ARDMS…). */
export function entryBodiesOf(programs: readonly Program[]): Set<string> {
  return new Set(programs.flatMap((p) => (p.requirements.known ? registrationsOf(p.requirements.value) : [])));
}

/** The programs the article rules the student out of, from what they said. */
export function ruledOutOf(programs: readonly Program[], s: StudentFacts): string[] {
  return programs.filter((p) => eligibility(p, s).status === 'no').map((p) => p.id);
}

/** Whether the student can enter the program, as far as the article and the student's words tell. */
export function eligibility(p: Program, s: StudentFacts): Eligibility {
  if (s.education === 'no_high_school') return { status: 'noHighSchool' };
  if (!p.requirements.known) return { status: 'unknown' };
  const requirement = p.requirements.value;
  const met = meets(requirement, s);
  if (met === 'yes')
    return {
      status: 'yes',
      requirement,
      held: registrationsOf(requirement).filter((b) => s.registrations?.includes(b) === true),
    };
  if (met === 'no')
    return { status: 'no', requirement, because: s.background === 'beginner' ? 'beginner' : 'notRegistered' };
  return { status: 'depends', requirement };
}
