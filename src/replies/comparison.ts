/**
 * Side-by-side comparison of two or more programs on every attribute the article gives, as text
 * (one line per attribute) and as a comparison card. Unknowns read "not stated"; tuition in
 * different units is flagged rather than compared.
 */
import { costEstimate } from '../advice/costs.js';
import { STUDENT_RESIDENCIES } from '../advice/tuition.js';
import type { KnowledgeBase, Program } from '../knowledge/types.js';
import { comparisonCard } from './cards/comparisonCard.js';
import {
  accreditorAbbreviation,
  creditsText,
  durationText,
  estimateText,
  joinAnd,
  place,
  relationLabel,
  requirementText,
  RESIDENCY_WORDS,
  sourceName,
  tuitionFigures,
} from './format.js';
import { fromArticle, reply, type Reply } from './reply.js';
import { programsSection } from './sections.js';

/** One attribute with one value per program, in the programs' order. */
export interface ComparisonRow {
  readonly label: string;
  readonly values: readonly string[];
}

const NOT_STATED = 'not stated';

function whoCanApply(kb: KnowledgeBase, p: Program): string {
  if (p.requirements.known) return `people ${requirementText(kb, p.requirements.value, { short: true })}`;
  if (p.openToNewcomers.known && !p.openToNewcomers.value) return 'registered imaging professionals only';
  if (p.requiresInstitutionAdmission.known && !p.requiresInstitutionAdmission.value)
    return 'stand-alone: no admission to the college needed';
  return 'no specific requirement stated';
}

function exams(p: Program): string {
  const items = p.relations.map(relationLabel);
  if (p.certificationLevels.known) items.unshift(p.certificationLevels.value.replace(/\.$/, ''));
  return items.length > 0 ? items.join('; ') : NOT_STATED;
}

/** Every attribute the article gives, one row each, values in plain text. */
export function comparisonRows(kb: KnowledgeBase, programs: readonly Program[]): ComparisonRow[] {
  const row = (label: string, value: (p: Program) => string): ComparisonRow => ({ label, values: programs.map(value) });
  return [
    row('Location', place),
    row('Credential', (p) => p.credential.name),
    row('Time to complete', durationText),
    row('Tuition', (p) => tuitionFigures(p.tuition, { plain: true })),
    row('Estimated total', (p) => {
      const e = costEstimate(p);
      if (e) return estimateText(e);
      // Rates by residency: an estimate for each rate that allows one ("out-of-state: about $9,739 (…)").
      const each = STUDENT_RESIDENCIES.flatMap((r) => {
        const byRate = costEstimate(p, r);
        return byRate ? [`${RESIDENCY_WORDS[r]}: ${estimateText(byRate)}`] : [];
      });
      return each.length > 0 ? each.join('; ') : 'cannot be worked out from the article';
    }),
    row('Credits', (p) => (p.credits.known ? creditsText(p.credits.value.amount, p.credits.value.unit) : NOT_STATED)),
    row('Accreditation', (p) => accreditorAbbreviation(kb, p)),
    row('Online', (p) =>
      p.delivery.known ? (p.delivery.value === 'online' ? 'yes' : p.delivery.value.replace('_', ' ')) : NOT_STATED,
    ),
    row('Start terms', (p) => (p.startTerms.known ? joinAnd([...p.startTerms.value]) : NOT_STATED)),
    row('Who can apply', (p) => whoCanApply(kb, p)),
    row('Financial aid', (p) => (p.financialAid.known ? (p.financialAid.value ? 'yes' : 'no') : NOT_STATED)),
    row('Exams and certifications', exams),
    row('Department', (p) => (p.department.known ? p.department.value : NOT_STATED)),
  ];
}

/** A warning when the programs' tuition comes in different units. */
function unitWarning(programs: readonly Program[]): string | undefined {
  const units = new Set(programs.flatMap((p) => p.tuition.map((t) => t.unit)));
  if (units.size < 2) return undefined;
  return 'Their tuition figures come in different units (per credit, per year, per semester, or unstated), so I have not ranked them on cost; the estimated total is my own calculation where the article gives both a rate and the credits.';
}

/** The comparison reply: one line per attribute, plus the comparison card. */
export function comparisonAnswer(kb: KnowledgeBase, programs: readonly Program[]): Reply {
  const rows = comparisonRows(kb, programs);
  const title = programs.map((p) => p.shortName).join(' vs ');
  const lines = rows.map(
    (r) => `**${r.label}** — ${r.values.map((v, i) => `${programs[i]?.shortName}: ${v}`).join(' · ')}`,
  );
  const warning = unitWarning(programs);
  const text = [
    `**${title}**, side by side from the article ("${NOT_STATED}" means the article doesn't say — ask the school):`,
    lines.join('\n\n'),
    ...(warning ? [warning] : []),
  ].join('\n\n');
  const [a] = programs;
  const suggestions = [
    'Which of those is cheapest?',
    'Which of those is fastest?',
    a ? `Tell me about ${a.shortName}` : 'Help me choose a program',
  ];
  return fromArticle(
    programsSection(programs),
    reply(text, suggestions, [
      comparisonCard({
        title,
        programs: programs.map((p) => p.shortName),
        rows,
        note: warning,
        source: sourceName(kb),
      }),
    ]),
  );
}
