/**
 * One yes/no/unknown test per constraint, applied to a program straight from its data. An
 * unknown stays unknown: the verdict says what the article leaves open.
 */
import { durationText, joinAnd } from '../answers/format.js';
import { RELATION_WORDS } from '../answers/programFacts.js';
import type { BodyRelation, KnowledgeBase, Program, QueryCriterionId } from '../knowledge/types.js';
import type { QueryConstraints } from './constraints.js';
import { budgetVerdict } from './tuitionComparison.js';

/** The outcome of one check on one program, with the reason in words. */
export interface Verdict {
  readonly status: 'yes' | 'no' | 'unknown';
  readonly reason: string;
}

/** A test derived from one constraint. */
export interface Check {
  /** What was asked, as it reads after "programs …": "online", "in California". */
  readonly label: string;
  /** True for location checks, so a "none" answer can offer studying online instead. */
  readonly isPlace?: boolean;
  readonly test: (p: Program) => Verdict;
}

const yes = (reason: string): Verdict => ({ status: 'yes', reason });
const no = (reason: string): Verdict => ({ status: 'no', reason });
const unknown = (reason: string): Verdict => ({ status: 'unknown', reason });
const SILENT = "the article doesn't say";

const CRITERIA: Record<QueryCriterionId, Check> = {
  online: {
    label: 'online',
    test: (p) => (p.delivery.known ? (p.delivery.value === 'on_campus' ? no('on campus') : yes(p.delivery.note ?? p.delivery.value)) : unknown(p.delivery.note ?? SILENT)),
  },
  newcomers: {
    label: 'open to people new to imaging',
    test: (p) =>
      p.openToNewcomers.known
        ? p.openToNewcomers.value ? yes('open to newcomers') : no(p.openToNewcomers.note ?? 'only for registered professionals')
        : unknown(p.prerequisites.length > 0 ? p.prerequisites.join(' ') : 'the article names no experience requirement, but does not say outright that beginners are accepted'),
  },
  professionals_only: {
    label: 'only for registered imaging professionals',
    test: (p) =>
      p.openToNewcomers.known && !p.openToNewcomers.value
        ? yes(p.prerequisites[0] ?? p.openToNewcomers.note ?? 'registered professionals only')
        : no('the article names no such restriction'),
  },
  financial_aid: {
    label: 'offering financial aid',
    test: (p) => (p.financialAid.known ? (p.financialAid.value ? yes('financial aid available') : no(p.financialAid.note ?? 'no financial aid')) : unknown(SILENT)),
  },
  no_admission: {
    label: 'open without admission to the college itself',
    test: (p) =>
      p.requiresInstitutionAdmission.known
        ? p.requiresInstitutionAdmission.value ? no('you must be admitted to the college') : yes(p.requiresInstitutionAdmission.note ?? 'stand-alone')
        : unknown(SILENT),
  },
  associate_degree: {
    label: 'awarding an associate degree',
    test: (p) => (p.credential.kind === 'associate_degree' ? yes(p.credential.name) : no(`awards a certificate (${p.credential.name})`)),
  },
  certificate: {
    label: 'awarding a certificate',
    test: (p) => (p.credential.kind === 'certificate' ? yes(p.credential.name) : no(`awards a degree (${p.credential.name})`)),
  },
};

/** How each criterion reads when asked in the negative ("which are not online?"). */
const NEGATED_LABELS: Record<QueryCriterionId, string> = {
  online: 'campus-only (not offered online)',
  newcomers: 'closed to people new to imaging',
  professionals_only: 'open to people new to imaging',
  financial_aid: 'without financial aid',
  no_admission: 'requiring admission to the college itself',
  associate_degree: 'not awarding an associate degree',
  certificate: 'not awarding a certificate',
};

/** A check turned around: yes and no swap, and what the article leaves open stays open. */
function negatedCheck(id: QueryCriterionId): Check {
  const check = CRITERIA[id];
  return {
    label: NEGATED_LABELS[id],
    test: (p) => {
      const v = check.test(p);
      return v.status === 'yes' ? no(v.reason) : v.status === 'no' ? yes(v.reason) : v;
    },
  };
}

function place(p: Program): string {
  return `${p.location.city}, ${p.location.state}`;
}

function monthsText(n: number): string {
  return n % 12 === 0 ? `${n / 12} year${n === 12 ? '' : 's'}` : `${n} months`;
}

/** The checks a set of constraints asks for, in a stable order. */
export function checksFor(kb: KnowledgeBase, c: QueryConstraints): Check[] {
  const checks: Check[] = [...c.criteria.map((id) => CRITERIA[id]), ...(c.excluded ?? []).map(negatedCheck)];
  if (c.states.length > 0) {
    const names = c.states.map((code) => kb.states.find((s) => s.code === code)?.name ?? code);
    checks.push({ label: `in ${joinAnd(names)}`, isPlace: true, test: (p) => (c.states.includes(p.location.stateCode) ? yes(place(p)) : no(place(p))) });
  }
  for (const region of c.regions) {
    checks.push({ label: region.label, isPlace: true, test: (p) => (region.states.includes(p.location.stateCode) ? yes(place(p)) : no(place(p))) });
  }
  if (c.accreditors.length > 0) {
    const names = c.accreditors.map((id) => kb.accreditors.find((a) => a.id === id)?.abbreviation ?? id);
    checks.push({
      label: `accredited by ${joinAnd(names)}`,
      test: (p) => {
        const a = kb.accreditors.find((x) => x.id === p.accreditorId);
        const by = a ? `accredited by ${a.abbreviation}` : p.accreditorId;
        return c.accreditors.includes(p.accreditorId) ? yes(by) : no(by);
      },
    });
  }
  const bodies = c.bodies.length > 0 ? c.bodies : c.relations.length > 0 ? [undefined] : [];
  for (const body of bodies) checks.push(relationCheck(body, c.relations));
  if (c.terms.length > 0) {
    checks.push({
      label: `starting in ${joinAnd([...c.terms])}`,
      test: (p) =>
        p.startTerms.known
          ? c.terms.some((t) => p.startTerms.known && p.startTerms.value.includes(t)) ? yes(`starts in ${joinAnd([...p.startTerms.value])}`) : no(`starts in ${joinAnd([...p.startTerms.value])}`)
          : unknown("the article doesn't give start terms"),
    });
  }
  for (const months of [c.monthsFloor, c.months]) if (months !== undefined) checks.push(durationCheck(months.value, months.bound));
  for (const budget of [c.budgetFloor, c.budget]) {
    if (budget === undefined) continue;
    checks.push({ label: `${budget.bound === 'at_most' ? 'within' : 'over'} $${budget.value.toLocaleString('en-US')}`, test: (p) => budgetVerdict(p, budget.value, budget.bound, c.residency) });
  }
  return checks;
}

function durationCheck(limit: number, bound: 'at_most' | 'at_least'): Check {
  const label = bound === 'at_most' ? `done in ${monthsText(limit)} or less` : `taking at least ${monthsText(limit)}`;
  return {
    label,
    test: (p) => {
      const { minMonths, maxMonths } = p.duration;
      const takes = `takes ${durationText(p)}`;
      if (bound === 'at_most') {
        if (maxMonths <= limit) return yes(takes);
        if (minMonths > limit) return no(takes);
        return unknown(`${takes}, so only at the faster end`);
      }
      if (minMonths >= limit) return yes(takes);
      if (maxMonths < limit) return no(takes);
      return unknown(`${takes}, so only at the slower end`);
    },
  };
}

const KIND_WORDS: Record<BodyRelation['relation'], string> = {
  exam_eligibility: 'exam eligibility',
  continuing_education: 'continuing education',
  certification_opportunity: 'certification',
  required_registration: 'required registration',
};

function relationWords(r: BodyRelation): string {
  return RELATION_WORDS[r.relation](r) + (r.condition ? ` ${r.condition}` : '');
}

/** "linked to ABII (exam eligibility)": a program's relation to a professional body, of the kinds asked. */
function relationCheck(body: string | undefined, kinds: readonly BodyRelation['relation'][]): Check {
  const what = kinds.length > 0 ? joinAnd(kinds.map((k) => KIND_WORDS[k])) : undefined;
  const label = body === undefined ? `counting towards ${what ?? 'continuing education'}` : `linked to ${body}${what ? ` (${what})` : ''}`;
  return {
    label,
    test: (p) => {
      const withBody = p.relations.filter((r) => body === undefined || r.body === body);
      const hits = withBody.filter((r) => kinds.length === 0 || kinds.includes(r.relation));
      if (hits.length > 0) return yes(hits.map(relationWords).join('; '));
      if (withBody.length > 0) return unknown(`the article links it to ${body ?? 'a professional body'} another way: ${withBody.map(relationWords).join('; ')}`);
      return unknown(`the article doesn't connect it to ${body ?? what ?? 'continuing education'}`);
    },
  };
}
