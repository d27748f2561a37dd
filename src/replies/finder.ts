/** Writes the program finder's recommendation: ranked programs with reasons and what to check. */
import type { FinderFit, FinderPlus, FinderProfile, FinderResult } from '../advice/finder.js';
import type { KnowledgeBase, Program } from '../knowledge/types.js';
import { listCard } from './cards/listCard.js';
import { durationText, joinAnd, money, place, relationLabel, requirementText, stateName } from './format.js';
import { bullets, fromArticle, reply, type Reply } from './reply.js';
import { programsSection } from './sections.js';
import { criterionLabel, verdictReason, verdictsReason } from './verdicts.js';

/** How many programs the recommendation ranks in detail. */
export const FINDER_SHOWN = 3;

function profileText(kb: KnowledgeBase, p: FinderProfile): string {
  const parts = [
    p.audience === 'newcomer'
      ? 'new to imaging'
      : p.audience === 'professional'
        ? 'already working in imaging'
        : undefined,
    p.online === true ? 'needs online study' : p.online === false ? 'online or on campus' : undefined,
    p.maxMonths !== undefined ? `about ${p.maxMonths} months available` : undefined,
    p.budget !== undefined ? `tuition budget ${money(p.budget)}` : undefined,
    p.state !== undefined ? `lives in ${stateName(kb, p.state)}` : undefined,
  ].filter((x): x is string => x !== undefined);
  return parts.length > 0 ? parts.join(' · ') : 'no preferences given';
}

function plusText(kb: KnowledgeBase, plus: FinderPlus, p: Program): string {
  switch (plus.kind) {
    case 'verdict':
      return verdictReason(kb, plus.verdict, p);
    case 'inYourState':
      // Only a school that prices by residency has an in-state rate to offer.
      return p.tuition.some((t) => t.residency === 'in_state')
        ? `in your state (${place(p)}), so its in-state rate applies`
        : `in your state (${place(p)})`;
    case 'forProfessionals':
      // "I'm a sonographer" says nothing of a registration: what the program asks for, not that the student has it.
      return p.requirements.known
        ? `designed for working imaging professionals; it takes only people ${requirementText(kb, p.requirements.value, { short: true })}`
        : 'designed for working imaging professionals like you';
    case 'careerRelations':
      return `useful for your career: ${plus.relations.map(relationLabel).join(', ')}`;
  }
}

function pluses(kb: KnowledgeBase, f: FinderFit): string[] {
  return f.pluses.map((plus) => plusText(kb, plus, f.program));
}

function toCheck(kb: KnowledgeBase, f: FinderFit): string[] {
  return f.toCheck.map((v) => `${criterionLabel(kb, v.criterion)}? ${verdictReason(kb, v, f.program)}`);
}

/** The recommendation reply, with a list card of the ranked programs. */
export function finderAnswer(kb: KnowledgeBase, result: FinderResult): Reply {
  const shown = result.fits.slice(0, FINDER_SHOWN);
  const intro = `Based on what you told me (${profileText(kb, result.profile)}), here is how the programs fit:`;
  const ranked = shown.map((f, i) => {
    const why = f.pluses.length > 0 ? pluses(kb, f).join('; ') : 'nothing you asked for rules it out';
    const check = f.toCheck.length > 0 ? `\n   *Check with ${f.program.shortName}:* ${toCheck(kb, f).join(' · ')}` : '';
    return `${i + 1}. **${f.program.name}** (${durationText(f.program)}) — ${why}.${check}`;
  });
  const rest = result.fits.slice(FINDER_SHOWN).map((f) => f.program.shortName);
  const sections = [
    intro,
    ranked.length > 0 ? ranked.join('\n') : '**No program fits every answer**, according to the article.',
  ];
  if (rest.length > 0) sections.push(`Also possible, with more open points: ${joinAnd(rest)}.`);
  if (result.ruledOut.length > 0)
    sections.push(
      `Not a fit:\n${bullets(result.ruledOut.map((r) => `${r.program.shortName}: ${verdictsReason(kb, r.verdicts, r.program)}`))}`,
    );
  sections.push(
    'The ranking uses only what the article says; anything marked "check" is something it leaves open, so ask the school before you apply.',
  );
  const [a, b] = shown.map((f) => f.program);
  const suggestions = [
    ...(a !== undefined && b !== undefined ? [`Compare ${a.shortName} and ${b.shortName}`] : []),
    ...(a !== undefined ? [`Tell me about ${a.shortName}`] : ['Which programs are online?']),
    'Help me choose a program',
  ];
  const card =
    shown.length > 0
      ? listCard({
          title: 'Your best matches',
          items: shown.map((f) => ({
            title: f.program.name,
            subtitle: `${place(f.program)} · ${durationText(f.program)}`,
            detail: [pluses(kb, f).join('; '), f.toCheck.length > 0 ? `Check: ${toCheck(kb, f).join(' · ')}` : '']
              .filter((x) => x !== '')
              .join('\n\n'),
            action: `Tell me about ${f.program.shortName}`,
          })),
        })
      : undefined;
  return fromArticle(
    programsSection(shown.map((f) => f.program)),
    reply(sections.join('\n\n'), suggestions, card ? [card] : undefined),
  );
}
