/**
 * Runs a question over the programs' data: applies every criterion, sorts programs into matches,
 * open questions and exclusions, ranks for a superlative, and finds an alternative when nothing
 * matches. Returns facts only.
 */
import type {
  BodyRelation,
  KnowledgeBase,
  Program,
  QueryCriterionId,
  RegionTerm,
  SuperlativeTerm,
} from '../knowledge/types.js';
import { isPlace, verdictOf, type Criterion, type Verdict } from './checks.js';
import { compareTuition, type StudentResidency, type TuitionComparison } from './tuition.js';

/** An amount with its measure and whether it is an upper or a lower bound (strict: "cheaper than", "longer than"). */
export interface Quantity {
  /** Money is a total or a budget unless `per` gives its unit; credits and months are counts. */
  readonly measure: 'money' | 'credits' | 'months';
  readonly value: number;
  readonly bound: 'at_most' | 'at_least';
  readonly strict?: boolean;
  /**
   * For money: the unit that makes it a tuition figure ("$300 per credit", "$15,000 a year"). For credits: a pace ("3
   * credits a term"), never a count of the program's credits.
   */
  readonly per?: 'per_credit' | 'per_year' | 'per_semester';
  /** True when the message gave no comparator: "take six months", "$632 per credit". */
  readonly plain?: boolean;
  /** A budget the student built up ("what if I add $3,000?" to $5,000): the amounts it adds. */
  readonly sumOf?: readonly [number, number];
  /** For months: met only when the whole of a program's expected time is within it (a yardstick's length). */
  readonly whole?: boolean;
}

/** The constraints of one question over the programs. */
export interface QueryConstraints {
  readonly criteria: readonly QueryCriterionId[];
  /** Criteria asked for in the negative ("which are not online?"). */
  readonly excluded?: readonly QueryCriterionId[];
  /** State codes ("in California"). */
  readonly states: readonly string[];
  readonly regions: readonly RegionTerm[];
  readonly accreditors: readonly string[];
  /** Professional bodies by abbreviation (ABII, AART, ...). */
  readonly bodies: readonly string[];
  readonly relations: readonly BodyRelation['relation'][];
  /** Start terms ("spring"). */
  readonly terms: readonly string[];
  /** A bound on time to completion, in months (the upper one when a range is given). */
  readonly months?: Quantity;
  /** The lower end of a time range ("between 6 and 12 months"). */
  readonly monthsFloor?: Quantity;
  /** A bound on tuition, in dollars (the upper one when a range is given). */
  readonly budget?: Quantity;
  /** The budget is the one the student gave earlier in the conversation ("my budget"). */
  readonly budgetRemembered?: boolean;
  /** The lower end of a budget range ("between $5,000 and $10,000"). */
  readonly budgetFloor?: Quantity;
  /** Tuition figures with their unit ("under $500 per credit", "more than $15,000 a year"). */
  readonly figures?: readonly Quantity[];
  /** Credits the student names ("15 credits"), for estimates. */
  readonly credits?: number;
  /** The tuition unit the question asks for by name ("cheapest per year"): a ranking uses it. */
  readonly askedUnit?: 'per_credit' | 'per_year' | 'per_semester';
  /** The state the student lives in, which decides in-state or out-of-state rates per program. */
  readonly homeState?: string;
  /** Years the student has worked in imaging (for links that need work experience first). */
  readonly workYears?: number;
  /** True when the question asks about straight after the program ("right after finishing"). */
  readonly rightAway?: boolean;
  /** "cheaper than Clarkson": the programs that beat a yardstick program on a measure. */
  readonly than?: {
    readonly program: string;
    readonly measure: 'tuition' | 'duration';
    readonly order: 'lowest' | 'highest';
  };
  readonly residency?: StudentResidency;
  /** "Weber in-state or EFSC out-of-state?": a rate asked of each program, by program id, before `residency`. */
  readonly residencyOf?: Readonly<Record<string, StudentResidency>>;
  readonly superlative?: SuperlativeTerm;
  /** "The second shortest": the place asked for in the ranking (2 or more); the top when absent. */
  readonly place?: number;
  /** "the quickest and cheapest": a second superlative, on another measure, ranked after the first. */
  readonly alsoSuperlative?: SuperlativeTerm;
  /** Program ids the question is limited to; undefined means all programs. */
  readonly scope?: readonly string[];
  /** Why the scope is limited: programs named in the message, the last list shown ("of those"), or programs left out ("besides EFSC"). */
  readonly scopeFrom?: 'named' | 'previous' | 'excluding';
  /** Programs the message leaves out ("anything in Florida besides EFSC?"). */
  readonly excludedPrograms?: readonly string[];
  /** "Are both online?", "are all of them accredited?": a yes needs every program in scope to pass. */
  readonly asksAll?: boolean;
  /** Why they are left out: the student named them, or the article rules the student out of them. */
  readonly excludedBecause?: 'named' | 'ineligible';
  /** Programs the article rules the student out of, from what they said; answers say so where they name them. */
  readonly ruledOut?: readonly string[];
}

/** The criteria a set of constraints asks for, in a stable order. */
export function criteriaFor(c: QueryConstraints): Criterion[] {
  const out: Criterion[] = [
    ...c.criteria.map((id): Criterion => ({ kind: 'criterion', id, negated: false })),
    ...(c.excluded ?? []).map((id): Criterion => ({ kind: 'criterion', id, negated: true })),
  ];
  if (c.states.length > 0) out.push({ kind: 'states', codes: c.states });
  for (const region of c.regions) out.push({ kind: 'region', region });
  if (c.accreditors.length > 0) out.push({ kind: 'accreditors', ids: c.accreditors });
  const bodies = c.bodies.length > 0 ? c.bodies : c.relations.length > 0 ? [undefined] : [];
  for (const body of bodies)
    out.push({
      kind: 'relation',
      body,
      relations: c.relations,
      ...(c.workYears !== undefined ? { workYears: c.workYears } : {}),
      ...(c.rightAway === true ? { rightAway: true } : {}),
    });
  if (c.terms.length > 0) out.push({ kind: 'terms', terms: c.terms });
  for (const m of [c.monthsFloor, c.months])
    if (m !== undefined)
      out.push({
        kind: 'duration',
        bound: m.bound,
        months: m.value,
        ...(m.strict === true ? { strict: true } : {}),
        ...(m.plain === true ? { plain: true } : {}),
        ...(m.whole === true ? { whole: true } : {}),
      });
  for (const b of [c.budgetFloor, c.budget])
    if (b !== undefined)
      out.push({
        kind: 'budget',
        bound: b.bound,
        amount: b.value,
        ...(b.sumOf !== undefined ? { sumOf: b.sumOf } : {}),
        residency: c.residency,
        ...(c.homeState !== undefined ? { homeState: c.homeState } : {}),
      });
  for (const f of c.figures ?? []) {
    if (f.per === undefined) continue;
    const compare = f.strict === true ? (f.bound === 'at_most' ? 'less_than' : 'more_than') : f.bound;
    out.push({
      kind: 'figure',
      unit: f.per,
      amount: f.value,
      compare,
      residency: c.residency,
      ...(c.homeState !== undefined ? { homeState: c.homeState } : {}),
      ...(f.plain === true ? { plain: true } : {}),
    });
  }
  return out;
}

/** A question that asks for nothing in particular. */
export const NO_CONSTRAINTS: QueryConstraints = {
  criteria: [],
  states: [],
  regions: [],
  accreditors: [],
  bodies: [],
  relations: [],
  terms: [],
};

/** A program with the verdicts that decided its place (failures, else open points, else all). */
export interface ProgramVerdicts {
  readonly program: Program;
  readonly verdicts: readonly Verdict[];
}

/** Programs ranked by time to completion; `winners` share the best value. */
export interface DurationRanking {
  readonly measure: 'duration';
  readonly order: 'lowest' | 'highest';
  readonly ranked: readonly Program[];
  readonly winners: readonly Program[];
}

/** Programs ranked by tuition, like units only. */
export interface TuitionRanking extends TuitionComparison {
  readonly measure: 'tuition';
  readonly order: 'lowest' | 'highest';
}

/** What would match with a criterion dropped (and, for places, "online" asked instead). */
export interface Alternative {
  readonly dropped: Criterion;
  readonly instead?: Criterion;
  readonly programs: readonly Program[];
}

/** What a query found. */
export interface QueryResult {
  readonly constraints: QueryConstraints;
  /** The programs considered (all, the named ones, or the last list shown). */
  readonly scope: readonly Program[];
  /** How many programs the knowledge base has. */
  readonly total: number;
  readonly criteria: readonly Criterion[];
  /** Pass every criterion. */
  readonly matches: readonly ProgramVerdicts[];
  /** Fail none, but the article leaves at least one open. */
  readonly open: readonly ProgramVerdicts[];
  /** Fail at least one. */
  readonly excluded: readonly ProgramVerdicts[];
  readonly ranking?: DurationRanking | TuitionRanking;
  /** When nothing matches: what would match with one criterion dropped. */
  readonly alternative?: Alternative;
}

const ONLINE: Criterion = { kind: 'criterion', id: 'online', negated: false };

/** Ranks programs by time to completion: by the longest each can take, then the shortest. */
export function rankByDuration(programs: readonly Program[], order: 'lowest' | 'highest'): DurationRanking {
  const sign = order === 'lowest' ? 1 : -1;
  const key = (p: Program): number => p.duration.maxMonths * 1000 + p.duration.minMonths;
  const ranked = [...programs].sort((a, b) => sign * (key(a) - key(b)));
  const best = ranked[0];
  return { measure: 'duration', order, ranked, winners: best ? ranked.filter((p) => key(p) === key(best)) : [] };
}

/** Runs the query described by the constraints over a knowledge base's programs. */
export function runQuery(kb: KnowledgeBase, asked: QueryConstraints): QueryResult {
  const constraints = withYardstick(kb, asked);
  const yardstick = asked.than?.program;
  const scope = (
    constraints.scope ? kb.programs.filter((p) => constraints.scope?.includes(p.id)) : [...kb.programs]
  ).filter((p) => p.id !== yardstick);
  const criteria = criteriaFor(constraints);
  const matches: ProgramVerdicts[] = [];
  const open: ProgramVerdicts[] = [];
  const excluded: ProgramVerdicts[] = [];
  for (const program of scope) {
    const verdicts = criteria.map((c) => verdictOf(c, program));
    const failed = verdicts.filter((v) => v.status === 'no');
    const unknown = verdicts.filter((v) => v.status === 'unknown');
    const entry = { program, verdicts: failed.length > 0 ? failed : unknown.length > 0 ? unknown : verdicts };
    (failed.length > 0 ? excluded : unknown.length > 0 ? open : matches).push(entry);
  }
  const s = constraints.superlative;
  const pool = criteria.length > 0 ? matches.map((m) => m.program) : scope;
  const ranking =
    s === undefined
      ? undefined
      : s.measure === 'tuition'
        ? {
            measure: 'tuition' as const,
            order: s.order,
            ...compareTuition(pool, s.order, constraints.residency, constraints.askedUnit, constraints.homeState),
          }
        : rankByDuration(pool, s.order);
  const alternative = matches.length === 0 && criteria.length > 0 ? alternativeFor(scope, criteria) : undefined;
  return {
    constraints,
    scope,
    total: kb.programs.length,
    criteria,
    matches,
    open,
    excluded,
    ...(ranking ? { ranking } : {}),
    ...(alternative ? { alternative } : {}),
  };
}

/** No match: for a place, the programs you could study online instead; else drop one criterion. */
function alternativeFor(scope: readonly Program[], criteria: readonly Criterion[]): Alternative | undefined {
  const passes = (p: Program, list: readonly Criterion[]): boolean =>
    list.every((c) => verdictOf(c, p).status === 'yes');
  const place = criteria.find(isPlace);
  if (place !== undefined) {
    const rest = criteria.filter((c) => !isPlace(c));
    const programs = scope.filter((p) => passes(p, [...rest, ONLINE]));
    if (programs.length > 0) return { dropped: place, instead: ONLINE, programs };
  }
  if (criteria.length < 2) return undefined;
  for (const dropped of criteria) {
    const programs = scope.filter((p) =>
      passes(
        p,
        criteria.filter((c) => c !== dropped),
      ),
    );
    if (programs.length > 0) return { dropped, programs };
  }
  return undefined;
}

/**
 * "cheaper than Clarkson" becomes "charging less than Clarkson's per-credit rate"; "faster than
 * Weber" becomes "shorter than the shortest Weber can take". Without a figure to beat, nothing is added.
 */
function withYardstick(kb: KnowledgeBase, c: QueryConstraints): QueryConstraints {
  const than = c.than;
  const program = than === undefined ? undefined : kb.programs.find((p) => p.id === than.program);
  if (than === undefined || program === undefined) return c;
  const less = than.order === 'lowest';
  if (than.measure === 'duration') {
    // Against a range ("6 to 12 months"), a program of its shortest length is still the shorter one unless the
    // yardstick is finished at its fastest ("is any program shorter than Clarkson's?": EFSC's 6 months).
    const ranged = program.duration.minMonths < program.duration.maxMonths;
    const months: Quantity = ranged
      ? less
        ? { measure: 'months', value: program.duration.minMonths, bound: 'at_most', whole: true }
        : { measure: 'months', value: program.duration.maxMonths, bound: 'at_least', whole: true }
      : less
        ? { measure: 'months', value: program.duration.minMonths, bound: 'at_most', strict: true }
        : { measure: 'months', value: program.duration.maxMonths, bound: 'at_least', strict: true };
    return { ...c, months };
  }
  const figure = program.tuition.find((t) => t.unit !== 'unspecified');
  if (figure === undefined || figure.unit === 'unspecified') return c;
  const quantity: Quantity = {
    measure: 'money',
    value: figure.amount,
    bound: less ? 'at_most' : 'at_least',
    strict: true,
    per: figure.unit,
  };
  return { ...c, figures: [...(c.figures ?? []), quantity] };
}

/** Groups of two or more programs that take the same time ("6 to 12 months"), in the order given. */
export function lengthTies(programs: readonly Program[]): Program[][] {
  const byLength = new Map<string, Program[]>();
  for (const p of programs) {
    const key = `${p.duration.minMonths}-${p.duration.maxMonths}`;
    byLength.set(key, [...(byLength.get(key) ?? []), p]);
  }
  return [...byLength.values()].filter((tied) => tied.length > 1);
}
