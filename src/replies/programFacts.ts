/**
 * One sentence (or short block) per program attribute, straight from the structured data.
 * Unknown facts say so and send the student to the school.
 */
import { totalEstimate } from '../advice/tuition.js';
import type { KnowledgeBase, Program, ProgramAttribute } from '../knowledge/types.js';
import { accreditorName, count, creditsText, durationText, estimateBasis, joinAnd, money, notStated, place, relationSentence, requirementText, tuitionFigure } from './format.js';
import { bullets } from './reply.js';

/** The answer for one attribute of one program, in markdown. */
export type FactWriter = (p: Program, kb: KnowledgeBase, options: { residency?: string }) => string;


const tuition: FactWriter = (p, _kb, { residency }) => {
  const matching = residency ? p.tuition.filter((t) => t.residency === residency) : [];
  const shown = matching.length > 0 ? matching : p.tuition;
  const lines = shown.map((t) => tuitionFigure(t) + (t.note ? ` — ${t.note}` : ''));
  let text = `Estimated tuition at **${p.name}**:\n${bullets(lines)}`;
  if (residency && matching.length === 0 && p.tuition.every((t) => t.residency === 'any')) {
    text += `\n\nThe article gives one rate for everyone; it doesn't distinguish in-state from out-of-state students.`;
  }
  const estimate = totalEstimate(p);
  if (estimate) {
    text += `\n\n**Estimated total: about ${money(estimate.amount)}** (my estimate: ${estimateBasis(estimate)}; fees and rate changes not included).`;
  } else if (p.tuition.some((t) => t.unit === 'per_credit')) {
    text += `\n\nThe article doesn't say how many credits the program takes, so I can't estimate a total.`;
  }
  return text;
};

const location: FactWriter = (p) => `**${p.name}** is in ${place(p)}.`;

const accreditation: FactWriter = (p, kb) =>
  `**${p.name}** is accredited by the ${accreditorName(kb, p)}, one of the ${count(kb.accreditors.length)} US regional accrediting bodies the article lists.`;

const duration: FactWriter = (p) => `The program at **${p.name}** is expected to take **${durationText(p)}** to complete.`;

const MODE_WORDS = { online: 'online', hybrid: 'partly online (hybrid)', on_campus: 'on campus' } as const;

const delivery: FactWriter = (p) => {
  if (p.delivery.known) {
    const lead = p.delivery.value === 'online' ? 'Yes — per' : 'Per';
    return `${lead} the article, **${p.name}**'s program is ${MODE_WORDS[p.delivery.value]}.${p.delivery.note ? ` ${p.delivery.note}` : ''}`;
  }
  return `${p.delivery.note ? `${p.delivery.note}\n\n` : ''}${notStated('whether the program can be taken online', p)}`;
};

const financialAid: FactWriter = (p) => {
  if (!p.financialAid.known) return notStated('whether financial aid is available', p);
  const head = p.financialAid.value ? `Yes, financial aid is available at **${p.name}**.` : `No — financial aid is not available for the PACS program at **${p.name}**.`;
  return p.financialAid.note ? `${head} ${p.financialAid.note}` : head;
};

const admission: FactWriter = (p, kb) => {
  const lines: string[] = [];
  if (p.requirements.known) lines.push(`You need to be ${requirementText(kb, p.requirements.value)}.`);
  if (p.requiresInstitutionAdmission.known) {
    lines.push(p.requiresInstitutionAdmission.value ? 'You must be admitted to the college itself.' : (p.requiresInstitutionAdmission.note ?? 'You do not need to be admitted to the college itself.'));
  }
  if (p.openToNewcomers.known && !p.openToNewcomers.value) lines.push(p.openToNewcomers.note ?? 'Not open to newcomers to imaging.');
  const common = `\n\nNearly every program also asks for:\n${bullets(kb.commonRequirements.map((r) => r.charAt(0).toLowerCase() + r.slice(1)))}`;
  if (lines.length === 0) return `The article lists no requirements specific to **${p.name}**.${common}\n\nCheck the exact list with ${p.shortName}.`;
  return `For **${p.name}**:\n${bullets(lines)}${common}`;
};

const startTerms: FactWriter = (p) =>
  p.startTerms.known
    ? `At **${p.name}** you can start in the ${joinAnd([...p.startTerms.value])}.`
    : notStated('when the program starts', p);

const credential: FactWriter = (p) => {
  const kind = p.credential.kind === 'associate_degree' ? 'an associate degree' : 'a certificate';
  let text = `**${p.name}** awards ${kind}: ${p.credential.name}.`;
  if (p.credits.known) text += ` It requires ${creditsText(p.credits.value.amount, p.credits.value.unit)}.`;
  else text += ` The article doesn't give the number of credits.`;
  return text;
};

const certifications: FactWriter = (p) => {
  const lines = p.relations.map((r) => `${relationSentence(r)}.`);
  if (p.certificationLevels.known) lines.unshift(p.certificationLevels.value);
  if (lines.length === 0) return notStated('which outside exams or certifications the program connects to (beyond the PACS certificate itself)', p);
  return `Certifications and exams related to **${p.name}**:\n${bullets(lines)}`;
};

/** The writer for every attribute the bot answers. */
export const FACT_WRITERS: Record<ProgramAttribute, FactWriter> = {
  tuition,
  location,
  accreditation,
  duration,
  delivery,
  financial_aid: financialAid,
  admission,
  start_terms: startTerms,
  credential,
  certifications,
};
