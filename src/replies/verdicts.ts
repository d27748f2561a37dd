/** Words for the advice layer's criteria and verdicts: "online", "in Utah", "takes 6 months". */
import type { Criterion, Verdict } from '../advice/checks.js';
import { MONTHS_PER_YEAR, type BudgetBasis } from '../advice/costs.js';
import type { KnowledgeBase, Program, QueryCriterionId } from '../knowledge/types.js';
import {
  accreditorAbbreviation,
  accreditorName,
  creditsText,
  durationText,
  estimateText,
  joinAnd,
  joinOr,
  money,
  monthsText,
  place,
  relationAskedLabel,
  relationKindLabel,
  relationLabel,
  relationSentence,
  requirementText,
  tuitionFigures,
  UNIT_WORDS,
  yearsText,
  stateName,
} from './format.js';

/** How each criterion reads after "programs …", asked for and asked in the negative. */
const CRITERION_LABELS: Record<QueryCriterionId, { readonly asked: string; readonly negated: string }> = {
  online: { asked: 'online', negated: 'campus-only (not offered online)' },
  newcomers: { asked: 'open to people new to imaging', negated: 'closed to people new to imaging' },
  professionals_only: { asked: 'only for registered imaging professionals', negated: 'open to people new to imaging' },
  financial_aid: { asked: 'offering financial aid', negated: 'without financial aid' },
  no_admission: {
    asked: 'open without admission to the college itself',
    negated: 'requiring admission to the college itself',
  },
  associate_degree: { asked: 'awarding an associate degree', negated: 'not awarding an associate degree' },
  certificate: { asked: 'awarding a certificate', negated: 'not awarding a certificate' },
  flexible_start: { asked: 'with more than one start term', negated: 'with a single start term' },
  no_registration: {
    asked: 'without a registration or license to get in',
    negated: 'asking for a registration or license to get in',
  },
  same_rate: {
    asked: 'charging everyone the same, wherever they live',
    negated: 'charging in-state and out-of-state students differently',
  },
  per_credit: { asked: 'charging by the credit', negated: 'not charging by the credit' },
};

const SILENT = "the article doesn't say";

/** What a criterion asks for, as it reads after "programs …": "online", "in California". */
export function criterionLabel(kb: KnowledgeBase, c: Criterion): string {
  switch (c.kind) {
    case 'criterion':
      return c.negated ? CRITERION_LABELS[c.id].negated : CRITERION_LABELS[c.id].asked;
    case 'states':
      // A program is in one state and has one accreditor: "in Utah or Nebraska", "accredited by MSCHE or HLC".
      return `in ${joinOr(c.codes.map((code) => stateName(kb, code)))}`;
    case 'region':
      return c.region.label;
    case 'accreditors':
      return `accredited by ${joinOr(c.ids.map((id) => kb.accreditors.find((a) => a.id === id)?.abbreviation ?? id))}`;
    case 'relation': {
      const what = c.relations.length > 0 ? joinAnd(c.relations.map(relationKindLabel)) : undefined;
      return c.body === undefined ? relationAskedLabel(c.relations) : `linked to ${c.body}${what ? ` (${what})` : ''}`;
    }
    case 'terms':
      return `starting in ${joinAnd(c.terms)}`;
    case 'duration':
      if (c.plain === true) return `taking ${monthsText(c.months)}`;
      if (c.strict === true)
        return c.bound === 'at_most' ? `shorter than ${monthsText(c.months)}` : `longer than ${monthsText(c.months)}`;
      return c.bound === 'at_most'
        ? `done in ${monthsText(c.months)} or less`
        : `taking at least ${monthsText(c.months)}`;
    case 'budget':
      return `${c.bound === 'at_most' ? 'within' : 'over'} a budget of ${budgetText(c.amount, c.sumOf)}`;
    case 'figure':
      return `charging ${FIGURE_COMPARE[c.compare]} ${money(c.amount)} ${UNIT_WORDS[c.unit]}`;
    case 'city':
      return `in ${c.name}`;
    case 'accredited':
      return 'accredited';
    case 'credits':
      return `taking ${c.amount} credits`;
  }
}

const FIGURE_COMPARE = {
  equals: 'exactly',
  at_most: 'at most',
  at_least: 'at least',
  less_than: 'less than',
  more_than: 'more than',
} as const;

/** A verb phrase for each criterion, singular and plural: "is online" / "are online", "awards…" / "award…". */
const CRITERION_PHRASES: Record<
  QueryCriterionId,
  { readonly asked: readonly [string, string]; readonly negated: readonly [string, string] }
> = {
  online: {
    asked: ['is offered online', 'are offered online'],
    negated: ['is campus-only (not offered online)', 'are campus-only (not offered online)'],
  },
  newcomers: {
    asked: ['is open to people new to imaging', 'are open to people new to imaging'],
    negated: ['is closed to people new to imaging', 'are closed to people new to imaging'],
  },
  professionals_only: {
    asked: ['is only for registered imaging professionals', 'are only for registered imaging professionals'],
    negated: ['is open to people new to imaging', 'are open to people new to imaging'],
  },
  financial_aid: {
    asked: ['offers financial aid', 'offer financial aid'],
    negated: ['offers no financial aid', 'offer no financial aid'],
  },
  no_admission: {
    asked: ['needs no admission to the college itself', 'need no admission to the college itself'],
    negated: ['needs admission to the college itself', 'need admission to the college itself'],
  },
  associate_degree: {
    asked: ['awards an associate degree', 'award an associate degree'],
    negated: ['does not award an associate degree', 'do not award an associate degree'],
  },
  certificate: {
    asked: ['awards a certificate', 'award a certificate'],
    negated: ['does not award a certificate', 'do not award a certificate'],
  },
  flexible_start: {
    asked: ['lets you start at more than one time of year', 'let you start at more than one time of year'],
    negated: ['has a single start', 'have a single start'],
  },
  no_registration: {
    asked: ['names no registration or license to get in', 'name no registration or license to get in'],
    negated: ['asks for a registration or license to get in', 'ask for a registration or license to get in'],
  },
  same_rate: {
    asked: ['charges everyone the same, wherever they live', 'charge everyone the same, wherever they live'],
    negated: [
      'charges in-state and out-of-state students differently',
      'charge in-state and out-of-state students differently',
    ],
  },
  per_credit: {
    asked: ['charges by the credit', 'charge by the credit'],
    negated: ['does not charge by the credit', 'do not charge by the credit'],
  },
};

/** What a program must do for a criterion, as a verb phrase agreeing with one program or several. */
export function criterionPhrase(kb: KnowledgeBase, c: Criterion, plural: boolean): string {
  const pick = (pair: readonly [string, string]): string => (plural ? pair[1] : pair[0]);
  const be = plural ? 'are' : 'is';
  switch (c.kind) {
    case 'criterion':
      return pick(c.negated ? CRITERION_PHRASES[c.id].negated : CRITERION_PHRASES[c.id].asked);
    case 'states':
    case 'region':
    case 'accreditors':
    case 'city':
      return `${be} ${criterionLabel(kb, c)}`;
    case 'accredited':
      return `${be} accredited`;
    case 'relation':
      return `${be} ${criterionLabel(kb, c)}`;
    case 'terms':
      return `${plural ? 'start' : 'starts'} in ${joinAnd(c.terms)}`;
    case 'duration':
      if (c.plain === true) return `${plural ? 'take' : 'takes'} ${monthsText(c.months)}`;
      if (c.strict === true)
        return `${plural ? 'take' : 'takes'} ${c.bound === 'at_most' ? 'less' : 'more'} than ${monthsText(c.months)}`;
      return `${plural ? 'take' : 'takes'} ${c.bound === 'at_most' ? `${monthsText(c.months)} or less` : `at least ${monthsText(c.months)}`}`;
    case 'budget':
      return `${plural ? 'fit' : 'fits'} ${c.bound === 'at_most' ? 'within' : 'above'} a budget of ${budgetText(c.amount, c.sumOf)}`;
    case 'figure':
      return `${plural ? 'charge' : 'charges'} ${FIGURE_COMPARE[c.compare]} ${money(c.amount)} ${UNIT_WORDS[c.unit]}`;
    case 'credits':
      return `${plural ? 'take' : 'takes'} ${c.amount} credits`;
  }
}

/** Why a program passed or failed one criterion, in words, from its own data. */
function criterionReason(
  kb: KnowledgeBase,
  id: QueryCriterionId,
  status: 'yes' | 'no' | 'unknown',
  p: Program,
): string {
  const requires = p.requirements.known
    ? `only for people ${requirementText(kb, p.requirements.value, { short: true })}`
    : undefined;
  switch (id) {
    case 'online':
      if (!p.delivery.known) return p.delivery.note ?? SILENT;
      return p.delivery.value === 'on_campus' ? 'on campus' : (p.delivery.note ?? p.delivery.value);
    case 'newcomers':
      if (!p.openToNewcomers.known)
        return (
          requires ??
          'the article names no experience requirement, but does not say outright that beginners are accepted'
        );
      return p.openToNewcomers.value
        ? 'open to newcomers'
        : (p.openToNewcomers.note ?? 'only for registered professionals');
    case 'professionals_only':
      return status === 'yes'
        ? (requires ?? p.openToNewcomers.note ?? 'registered professionals only')
        : 'the article names no such restriction';
    case 'financial_aid':
      if (!p.financialAid.known) return SILENT;
      return p.financialAid.value ? 'financial aid available' : (p.financialAid.note ?? 'no financial aid');
    case 'no_admission':
      if (!p.requiresInstitutionAdmission.known) return SILENT;
      return p.requiresInstitutionAdmission.value
        ? 'you must be admitted to the college'
        : (p.requiresInstitutionAdmission.note ?? 'stand-alone');
    case 'associate_degree':
      return p.credential.kind === 'associate_degree'
        ? p.credential.name
        : `awards a certificate, the ${p.credential.name}`;
    case 'certificate':
      return p.credential.kind === 'certificate' ? p.credential.name : `awards a degree, the ${p.credential.name}`;
    case 'flexible_start':
      return p.startTerms.known ? `starts in ${joinAnd(p.startTerms.value)}` : "the article doesn't give start terms";
    case 'no_registration':
      return requires ?? 'the article names no registration or license to get in';
    case 'per_credit':
      return tuitionFigures(p.tuition, { plain: true });
    case 'same_rate':
      return p.tuition.some((t) => t.residency !== 'any')
        ? tuitionFigures(p.tuition, { plain: true })
        : `one figure, ${tuitionFigures(p.tuition, { plain: true })}, and the article doesn't say whether where you live changes it`;
  }
}

/** The words for a budget verdict's basis. */
export function budgetReason(basis: BudgetBasis, p: Program): string {
  switch (basis.kind) {
    case 'estimate':
      return `${estimateText(basis.estimate)} in total`;
    case 'rateWithoutCredits':
      return `${tuitionFigures([basis.figure])}, but the article doesn't give the number of credits, so the total is unknown`;
    case 'pastLimit':
      return `${tuitionFigures(basis.figures)}, already past your limit`;
    case 'stated':
      return `the article gives ${tuitionFigures([basis.figure])}`;
    case 'bounded':
      return `very likely: the article gives ${tuitionFigures([basis.figure])}, and whether that is the price of the whole program, a year's or a semester's, over ${durationText(p)} it comes to at most about ${money(basis.ceiling)} (my estimate)`;
    case 'noTotal': {
      const shortYear = basis.shortYear ? `; the program takes ${durationText(p)}, so you may not pay a full year` : '';
      return `${tuitionFigures(basis.figures)}; the article doesn't give a total for the program, so I can't tell for sure${shortYear}`;
    }
  }
}

/** Why a program got its verdict, in words (one clause, no full stop). */
export function verdictReason(kb: KnowledgeBase, v: Verdict, p: Program): string {
  return reasonOf(kb, v, p).replace(/\.\s*$/, '');
}

function reasonOf(kb: KnowledgeBase, v: Verdict, p: Program): string {
  const c = v.criterion;
  switch (c.kind) {
    case 'criterion':
      return criterionReason(
        kb,
        c.id,
        c.negated ? (v.status === 'yes' ? 'no' : v.status === 'no' ? 'yes' : 'unknown') : v.status,
        p,
      );
    case 'states':
    case 'region':
      return place(p);
    case 'accreditors':
      return `accredited by ${accreditorAbbreviation(kb, p)}`;
    case 'relation': {
      if (v.detail.kind === 'accepts')
        return p.requirements.known
          ? `it takes people ${requirementText(kb, p.requirements.value, { short: true })}`
          : SILENT;
      if (v.detail.kind !== 'relations') return SILENT;
      if (v.detail.matched.length > 0)
        return v.detail.matched.map(relationSentence).join('; ') + yearsAgainst(c, v.detail.matched, p);
      if (v.detail.other.length > 0)
        return `the article links it to ${c.body ?? 'a professional body'} another way: ${v.detail.other.map(relationSentence).join('; ')}`;
      // "Do Weber's courses count toward my ARRT CE?": not the ARRT, but say what the article does link it to.
      const linked = p.relations.length > 0 ? `; it links it to ${joinAnd(p.relations.map(relationLabel))}` : '';
      const asked = c.relations.length > 0 ? joinOr(c.relations.map(relationKindLabel)) : 'continuing education';
      return `the article doesn't connect it to ${c.body ?? asked}${linked}`;
    }
    case 'terms':
      return p.startTerms.known ? `starts in ${joinAnd(p.startTerms.value)}` : "the article doesn't give start terms";
    case 'duration': {
      const takes = `takes ${durationText(p)}`;
      return v.detail.kind === 'durationEdge' ? `${takes}, so only at the ${v.detail.edge} end` : takes;
    }
    case 'budget':
      return v.detail.kind === 'budget' ? budgetReason(v.detail.basis, p) : SILENT;
    case 'figure':
      return v.detail.kind === 'figures' && v.detail.figures.length > 0
        ? tuitionFigures(v.detail.figures)
        : `the article gives no figure ${UNIT_WORDS[c.unit]}: ${tuitionFigures(p.tuition)}`;
    case 'city':
      return place(p);
    case 'accredited':
      return `accredited by the ${accreditorName(kb, p)}`;
    case 'credits':
      return p.credits.known
        ? creditsText(p.credits.value.amount, p.credits.value.unit)
        : "the article doesn't give the number of credits";
  }
}

/** Whether the article is silent on the verdict's point for the program (nothing to say beyond that). */
export function isSilent(kb: KnowledgeBase, v: Verdict, p: Program): boolean {
  return v.status === 'unknown' && reasonOf(kb, v, p) === SILENT;
}

/** Reasons joined into one clause, without their own full stops. */
export function verdictsReason(kb: KnowledgeBase, verdicts: readonly Verdict[], p: Program): string {
  return [...new Set(verdicts.map((v) => verdictReason(kb, v, p).replace(/\.\s*$/, '')))].join('; ');
}

/** "$8,000", or "$8,000 (your $5,000 plus $3,000)" for a budget the student built up. */
function budgetText(amount: number, sumOf: readonly [number, number] | undefined): string {
  return sumOf === undefined ? money(amount) : `${money(amount)} (your ${money(sumOf[0])} plus ${money(sumOf[1])})`;
}

/** "…after three years in the field. With your 18 months, you would need 18 months more.": the student's years against the link's. */
function yearsAgainst(
  c: Extract<Criterion, { kind: 'relation' }>,
  matched: readonly { readonly afterWorkYears?: number }[],
  p: Program,
): string {
  const need = matched.find((r) => r.afterWorkYears !== undefined)?.afterWorkYears;
  const theirs = c.workYears;
  if (need === undefined || theirs === undefined) return '';
  if (theirs >= need) return `. With your ${yearsText(theirs)} in the field, you already meet that`;
  const more =
    theirs === 0
      ? `. With no time in the field yet, you would need ${yearsText(need)} of it first`
      : `. With your ${yearsText(theirs)} in the field, you would need ${yearsText(need - theirs)} more`;
  // The program's own length may cover the years still missing, if the student keeps working while studying.
  return theirs > 0 && (need - theirs) * MONTHS_PER_YEAR <= p.duration.minMonths
    ? `${more}. The program itself takes ${durationText(p)}, so if you keep working in the field while you study you may have them by the end; the article doesn't say whether that time counts`
    : more;
}
