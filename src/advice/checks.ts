/**
 * One yes/no/unknown test per thing a student asks for, applied to a program straight from its
 * data. An unknown stays unknown. Verdicts are facts, never words: the replies layer words them.
 */
import type {
  BodyRelation,
  Program,
  ProgramAttribute,
  QueryCriterionId,
  RegionTerm,
  TuitionFigure,
} from '../knowledge/types.js';
import { registrationsOf } from './eligibility.js';
import { budgetFit, MONTHS_PER_YEAR, type BudgetBasis } from './costs.js';
import { applicableFigures, residencyAt, type StudentResidency } from './tuition.js';

/** What one check asks for, in structured form (the replies layer turns it into "online", "in Utah"…). */
export type Criterion =
  | { readonly kind: 'criterion'; readonly id: QueryCriterionId; readonly negated: boolean }
  | { readonly kind: 'states'; readonly codes: readonly string[] }
  | { readonly kind: 'region'; readonly region: RegionTerm }
  | { readonly kind: 'accreditors'; readonly ids: readonly string[] }
  | {
      readonly kind: 'relation';
      readonly body: string | undefined;
      readonly relations: readonly BodyRelation['relation'][];
      readonly workYears?: number;
      readonly rightAway?: boolean;
    }
  | { readonly kind: 'terms'; readonly terms: readonly string[] }
  | {
      readonly kind: 'duration';
      readonly bound: 'at_most' | 'at_least';
      readonly months: number;
      readonly strict?: boolean;
      readonly plain?: boolean;
      /** Met only when the whole expected time is within the bound (another program's length as the yardstick). */
      readonly whole?: boolean;
    }
  | {
      readonly kind: 'budget';
      readonly bound: 'at_most' | 'at_least';
      readonly amount: number;
      /** Named with no "under" or "over" ("does it cost $2,496?"): the figure itself, asked to be confirmed. */
      readonly plain?: boolean;
      /** The amounts a budget the student built up adds ($5,000 and $3,000). */
      readonly sumOf?: readonly [number, number];
      readonly residency: StudentResidency | undefined;
      readonly homeState?: string;
    }
  | {
      readonly kind: 'figure';
      readonly unit: 'per_credit' | 'per_year' | 'per_semester';
      readonly amount: number;
      readonly compare: 'equals' | 'at_most' | 'at_least' | 'less_than' | 'more_than';
      readonly residency: StudentResidency | undefined;
      readonly homeState?: string;
      readonly plain?: boolean;
    }
  | { readonly kind: 'city'; readonly name: string }
  | { readonly kind: 'accredited' }
  | { readonly kind: 'credits'; readonly amount: number };

/** What decided a verdict, beyond the program's own data. */
export type VerdictDetail =
  | { readonly kind: 'data' }
  | { readonly kind: 'durationEdge'; readonly edge: 'faster' | 'slower' }
  | { readonly kind: 'relations'; readonly matched: readonly BodyRelation[]; readonly other: readonly BodyRelation[] }
  | { readonly kind: 'accepts'; readonly body: string }
  | { readonly kind: 'figures'; readonly figures: readonly TuitionFigure[] }
  | { readonly kind: 'budget'; readonly basis: BudgetBasis };

/** The outcome of one check on one program. */
export interface Verdict {
  readonly status: 'yes' | 'no' | 'unknown';
  readonly criterion: Criterion;
  readonly detail: VerdictDetail;
}

const DATA: VerdictDetail = { kind: 'data' };

type Status = Verdict['status'];

function known<T>(fact: { known: true; value: T } | { known: false }, decide: (value: T) => Status): Status {
  return fact.known ? decide(fact.value) : 'unknown';
}

/** The status of a criterion from the program's data, before any negation. */
function criterionStatus(id: QueryCriterionId, p: Program): Status {
  switch (id) {
    case 'online':
      return known(p.delivery, (mode) => (mode === 'on_campus' ? 'no' : 'yes'));
    case 'newcomers':
      return known(p.openToNewcomers, (open) => (open ? 'yes' : 'no'));
    case 'professionals_only':
      return p.openToNewcomers.known && !p.openToNewcomers.value ? 'yes' : 'no';
    case 'financial_aid':
      return known(p.financialAid, (aid) => (aid ? 'yes' : 'no'));
    case 'no_admission':
      return known(p.requiresInstitutionAdmission, (required) => (required ? 'no' : 'yes'));
    case 'associate_degree':
      return p.credential.kind === 'associate_degree' ? 'yes' : 'no';
    case 'certificate':
      return p.credential.kind === 'certificate' ? 'yes' : 'no';
    case 'flexible_start':
      return known(p.startTerms, (terms) => (terms.length > 1 ? 'yes' : 'no'));
    case 'no_registration':
      // "Which programs don't need a license?": the article names a registration only where a program asks for one.
      return p.requirements.known && registrationsOf(p.requirements.value).length > 0 ? 'no' : 'yes';
    case 'same_rate':
      // "Which charge everyone the same, wherever they live?": one figure with no residency says nothing either way.
      return p.tuition.some((t) => t.residency !== 'any') ? 'no' : 'unknown';
    case 'per_credit':
      // "Which programs charge by the credit?": a figure with no unit leaves it open.
      return p.tuition.some((t) => t.unit === 'per_credit')
        ? 'yes'
        : p.tuition.some((t) => t.unit === 'unspecified')
          ? 'unknown'
          : 'no';
  }
}

function turnAround(status: Status): Status {
  return status === 'yes' ? 'no' : status === 'no' ? 'yes' : 'unknown';
}

function durationVerdict(c: Extract<Criterion, { kind: 'duration' }>, p: Program): Verdict {
  const { minMonths, maxMonths } = p.duration;
  // "Is any program shorter than Clarkson's 6 to 12 months?": EFSC's 6 months, never longer; OIT's 6 to 12, no shorter.
  if (c.whole === true) {
    const within = c.bound === 'at_most' ? maxMonths <= c.months : minMonths >= c.months;
    return { status: within ? 'yes' : 'no', criterion: c, detail: DATA };
  }
  if (c.strict === true) {
    const under = c.bound === 'at_most';
    if (under ? maxMonths < c.months : minMonths > c.months) return { status: 'yes', criterion: c, detail: DATA };
    if (under ? minMonths >= c.months : maxMonths <= c.months) return { status: 'no', criterion: c, detail: DATA };
    return { status: 'unknown', criterion: c, detail: { kind: 'durationEdge', edge: under ? 'faster' : 'slower' } };
  }
  // "Does it take six months?", "which programs take three years?": the figure within the expected time.
  if (c.plain === true)
    return { status: minMonths <= c.months && c.months <= maxMonths ? 'yes' : 'no', criterion: c, detail: DATA };
  if (c.bound === 'at_most') {
    if (maxMonths <= c.months) return { status: 'yes', criterion: c, detail: DATA };
    if (minMonths > c.months) return { status: 'no', criterion: c, detail: DATA };
    return { status: 'unknown', criterion: c, detail: { kind: 'durationEdge', edge: 'faster' } };
  }
  if (minMonths >= c.months) return { status: 'yes', criterion: c, detail: DATA };
  if (maxMonths < c.months) return { status: 'no', criterion: c, detail: DATA };
  return { status: 'unknown', criterion: c, detail: { kind: 'durationEdge', edge: 'slower' } };
}

function relationVerdict(c: Extract<Criterion, { kind: 'relation' }>, p: Program): Verdict {
  // A body the program's entry conditions name ("which program cares about ARDMS?") links it too.
  if (
    c.body !== undefined &&
    c.relations.length === 0 &&
    p.requirements.known &&
    registrationsOf(p.requirements.value).includes(c.body)
  ) {
    return { status: 'yes', criterion: c, detail: { kind: 'accepts', body: c.body } };
  }
  const withBody = p.relations.filter((r) => c.body === undefined || r.body === c.body);
  const matched = withBody.filter((r) => c.relations.length === 0 || c.relations.includes(r.relation));
  const other = withBody.filter((r) => !matched.includes(r));
  const detail: VerdictDetail = { kind: 'relations', matched, other };
  if (matched.length === 0) return { status: 'unknown', criterion: c, detail };
  // A link that needs years of work first ("after three years in the field"): only then, never straight after the program.
  const years = matched.find((r) => r.afterWorkYears !== undefined)?.afterWorkYears;
  if (years !== undefined && matched.every((r) => r.afterWorkYears !== undefined)) {
    // "With my two years, could I get it at the end of HACC's three?": years still missing that the program's own length
    // could cover, if a student already in the field keeps working, are for the school to say.
    const coverable =
      c.workYears !== undefined &&
      c.workYears > 0 &&
      c.workYears < years &&
      (years - c.workYears) * MONTHS_PER_YEAR <= p.duration.minMonths;
    if (coverable) return { status: 'unknown', criterion: c, detail };
    if (c.rightAway === true) return { status: 'no', criterion: c, detail };
    if (c.workYears !== undefined) return { status: c.workYears >= years ? 'yes' : 'no', criterion: c, detail };
  }
  return { status: 'yes', criterion: c, detail };
}

function figureVerdict(c: Extract<Criterion, { kind: 'figure' }>, p: Program): Verdict {
  const figures = applicableFigures(p, residencyAt(p, c.residency, c.homeState)).filter(
    (f) => f.unit === c.unit || f.unit === 'unspecified',
  );
  const detail: VerdictDetail = { kind: 'figures', figures };
  const ofUnit = figures.filter((f) => f.unit === c.unit);
  const matches = (amount: number): boolean => {
    switch (c.compare) {
      case 'equals':
        return amount === c.amount;
      case 'at_most':
        return amount <= c.amount;
      case 'at_least':
        return amount >= c.amount;
      case 'less_than':
        return amount < c.amount;
      case 'more_than':
        return amount > c.amount;
    }
  };
  // "Is HACC's $14,198 per year?": the article gives no figure in that unit, whatever the amount.
  if (ofUnit.length === 0) return { status: 'unknown', criterion: c, detail };
  // "Is EFSC's $2,496 per semester?": that figure is the article's, but it doesn't say per what.
  if (c.compare === 'equals' && figures.some((f) => f.unit === 'unspecified' && f.amount === c.amount))
    return { status: 'unknown', criterion: c, detail };
  return { status: ofUnit.some((f) => matches(f.amount)) ? 'yes' : 'no', criterion: c, detail };
}

/** Applies one criterion to one program. */
export function verdictOf(c: Criterion, p: Program): Verdict {
  switch (c.kind) {
    case 'criterion': {
      const status = criterionStatus(c.id, p);
      return { status: c.negated ? turnAround(status) : status, criterion: c, detail: DATA };
    }
    case 'states':
      return { status: c.codes.includes(p.location.stateCode) ? 'yes' : 'no', criterion: c, detail: DATA };
    case 'region':
      return { status: c.region.states.includes(p.location.stateCode) ? 'yes' : 'no', criterion: c, detail: DATA };
    case 'accreditors':
      return { status: c.ids.includes(p.accreditorId) ? 'yes' : 'no', criterion: c, detail: DATA };
    case 'relation':
      return relationVerdict(c, p);
    case 'terms': {
      const terms = p.startTerms;
      const status: Status = terms.known ? (c.terms.some((t) => terms.value.includes(t)) ? 'yes' : 'no') : 'unknown';
      return { status, criterion: c, detail: DATA };
    }
    case 'duration':
      return durationVerdict(c, p);
    case 'budget': {
      const fit = budgetFit(p, c.amount, c.bound, residencyAt(p, c.residency, c.homeState), c.plain === true);
      return { status: fit.status, criterion: c, detail: { kind: 'budget', basis: fit.basis } };
    }
    case 'figure':
      return figureVerdict(c, p);
    case 'city':
      return {
        status: p.location.city.toLowerCase() === c.name.toLowerCase() ? 'yes' : 'no',
        criterion: c,
        detail: DATA,
      };
    case 'accredited':
      return { status: 'yes', criterion: c, detail: DATA };
    case 'credits':
      return {
        status: p.credits.known ? (p.credits.value.amount === c.amount ? 'yes' : 'no') : 'unknown',
        criterion: c,
        detail: DATA,
      };
  }
}

/** True for location criteria, so a "none" answer can offer studying online instead. */
export function isPlace(c: Criterion): boolean {
  return c.kind === 'states' || c.kind === 'region';
}

/** The program fact a criterion checks ("online" checks how it is taught), so a question can ask another fact of the programs it keeps. */
export function criterionAttribute(c: Criterion): ProgramAttribute {
  switch (c.kind) {
    case 'criterion':
      return CRITERION_ATTRIBUTES[c.id];
    case 'states':
    case 'region':
    case 'city':
      return 'location';
    case 'accreditors':
    case 'accredited':
      return 'accreditation';
    case 'relation':
      return 'certifications';
    case 'terms':
      return 'start_terms';
    case 'duration':
      return 'duration';
    case 'budget':
    case 'figure':
    case 'credits':
      return 'tuition';
  }
}

const CRITERION_ATTRIBUTES: Readonly<Record<QueryCriterionId, ProgramAttribute>> = {
  online: 'delivery',
  newcomers: 'admission',
  professionals_only: 'admission',
  financial_aid: 'financial_aid',
  no_admission: 'admission',
  associate_degree: 'credential',
  certificate: 'credential',
  flexible_start: 'start_terms',
  no_registration: 'admission',
  same_rate: 'tuition',
  per_credit: 'tuition',
};
