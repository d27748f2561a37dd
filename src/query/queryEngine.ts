/**
 * Runs a question over the programs' data: applies every check, sorts programs into matches,
 * open questions and exclusions, ranks for a superlative, and finds an alternative when nothing
 * matches.
 */
import type { KnowledgeBase, Program } from '../knowledge/types.js';
import { checksFor, type Check } from './checks.js';
import { NO_CONSTRAINTS, type QueryConstraints } from './constraints.js';
import { compareTuition, type TuitionComparison } from './tuitionComparison.js';

/** A program with the reason for each check it was tested on. */
export interface ProgramVerdicts {
  readonly program: Program;
  /** One line per check: "online: fully available online". */
  readonly reasons: readonly string[];
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

/** What would match with a check dropped (and, for places, "online" asked instead). */
export interface Alternative {
  readonly dropped: Check;
  readonly instead?: Check;
  readonly programs: readonly Program[];
}

/** What a query found. */
export interface QueryResult {
  readonly constraints: QueryConstraints;
  /** The programs considered (all, the named ones, or the last list shown). */
  readonly scope: readonly Program[];
  /** How many programs the knowledge base has. */
  readonly total: number;
  readonly checks: readonly Check[];
  /** Pass every check. */
  readonly matches: readonly ProgramVerdicts[];
  /** Fail no check, but the article leaves at least one open. */
  readonly open: readonly ProgramVerdicts[];
  /** Fail at least one check. */
  readonly excluded: readonly ProgramVerdicts[];
  readonly ranking?: DurationRanking | TuitionRanking;
  /** When nothing matches: what would match with one check dropped. */
  readonly alternative?: Alternative;
}

/** Answers questions over the programs of a knowledge base. */
export class QueryEngine {
  constructor(private readonly kb: KnowledgeBase) {}

  /** Runs the query described by the constraints. */
  run(constraints: QueryConstraints): QueryResult {
    const scope = constraints.scope ? this.kb.programs.filter((p) => constraints.scope?.includes(p.id)) : [...this.kb.programs];
    const checks = checksFor(this.kb, constraints);
    const matches: ProgramVerdicts[] = [];
    const open: ProgramVerdicts[] = [];
    const excluded: ProgramVerdicts[] = [];
    for (const program of scope) {
      const verdicts = checks.map((c) => ({ check: c, verdict: c.test(program) }));
      const failed = verdicts.filter((v) => v.verdict.status === 'no');
      const unknown = verdicts.filter((v) => v.verdict.status === 'unknown');
      // Show the reasons that decided the bucket: the failures, else the open points, else all.
      const shown = failed.length > 0 ? failed : unknown.length > 0 ? unknown : verdicts;
      const entry = { program, reasons: shown.map((v) => v.verdict.reason) };
      (failed.length > 0 ? excluded : unknown.length > 0 ? open : matches).push(entry);
    }
    const ranked = constraints.superlative ? this.rank(constraints, checks.length > 0 ? matches.map((m) => m.program) : scope) : undefined;
    const alternative = matches.length === 0 && checks.length > 0 ? this.alternative(scope, checks) : undefined;
    return {
      constraints,
      scope,
      total: this.kb.programs.length,
      checks,
      matches,
      open,
      excluded,
      ...(ranked ? { ranking: ranked } : {}),
      ...(alternative ? { alternative } : {}),
    };
  }

  private rank(c: QueryConstraints, programs: readonly Program[]): DurationRanking | TuitionRanking | undefined {
    const s = c.superlative;
    if (s === undefined) return undefined;
    if (s.measure === 'tuition') return { measure: 'tuition', order: s.order, ...compareTuition(programs, s.order, c.residency) };
    const sign = s.order === 'lowest' ? 1 : -1;
    // By the longest it can take, then the shortest: "6 months" beats "6 to 12 months".
    const key = (p: Program): number => p.duration.maxMonths * 1000 + p.duration.minMonths;
    const ranked = [...programs].sort((a, b) => sign * (key(a) - key(b)));
    const best = ranked[0];
    const winners = best ? ranked.filter((p) => key(p) === key(best)) : [];
    return { measure: 'duration', order: s.order, ranked, winners };
  }

  /** No match: for a place, the programs you could study online instead; else drop one check. */
  private alternative(scope: readonly Program[], checks: readonly Check[]): Alternative | undefined {
    const passes = (p: Program, list: readonly Check[]): boolean => list.every((c) => c.test(p).status === 'yes');
    const placeCheck = checks.find((c) => c.isPlace);
    const online = checksFor(this.kb, { ...NO_CONSTRAINTS, criteria: ['online'] })[0];
    if (placeCheck !== undefined && online !== undefined) {
      const rest = checks.filter((c) => !c.isPlace);
      const programs = scope.filter((p) => passes(p, [...rest, online]));
      if (programs.length > 0) return { dropped: placeCheck, instead: online, programs };
    }
    if (checks.length < 2) return undefined;
    for (const dropped of checks) {
      const programs = scope.filter((p) => passes(p, checks.filter((c) => c !== dropped)));
      if (programs.length > 0) return { dropped, programs };
    }
    return undefined;
  }
}
