/** Answers about the bodies and terms the article names (ABII, ARRT…), and what program abbreviations stand for. */
import { registrationsOf } from '../advice/eligibility.js';
import type { KnowledgeBase, Program, Term } from '../knowledge/types.js';
import { count, isBody, joinAnd, relationSentence, requirementText } from './format.js';
import { bullets, fromArticle, reply, type Reply } from './reply.js';
import { FEATURED_PROGRAMS, programsSection } from './sections.js';

/** Where the article connects a term to a program, one line per program. */
function programLinks(kb: KnowledgeBase, term: Term): string[] {
  return kb.programs.flatMap((p) => {
    const relations = p.relations.filter((r) => r.body === term.abbreviation).map((r) => relationSentence(r));
    const required =
      p.requirements.known && registrationsOf(p.requirements.value).includes(term.abbreviation)
        ? [`it takes people ${requirementText(kb, p.requirements.value, { short: true })}`]
        : [];
    const named = [...relations, ...required];
    return named.length === 0 ? [] : [`**${p.name}**: ${named.join('; ')}.`];
  });
}

/** What one term is and which programs the article links it to. */
function termText(kb: KnowledgeBase, term: Term): string {
  const title =
    term.abbreviation !== term.name && !term.name.startsWith('the ')
      ? `**${term.abbreviation}** is the ${term.name}.`
      : `**${term.name.charAt(0).toUpperCase()}${term.name.slice(1)}**:`;
  const links = programLinks(kb, term);
  return [title, term.summary, links.length > 0 ? `In the article:\n${bullets(links)}` : '']
    .filter((x) => x !== '')
    .join(' ');
}

/** The answer for the terms a message names; two different bodies asked "the same?" get "No" first. */
export function termsAnswer(
  kb: KnowledgeBase,
  terms: readonly Term[],
  options: {
    asksSame?: boolean;
    /** "Isn't AART a typo for ARRT?" */
    asksTypo?: boolean;
    asksCount?: boolean;
    /** "Does it matter whether I'm ARDMS or ARRT?", "is one of them preferred?" */
    asksPreference?: boolean;
    about?: readonly Program[];
    negativeClaim?: boolean;
    /** "Does any other program mention it?" */
    asksOthers?: boolean;
  } = {},
): Reply {
  // "Does Clarkson have anything to do with the ARRT?": say first where the article makes no link.
  // "Neither OIT nor EFSC mentions the ABII, correct?": the student said it the other way round, so "right".
  const linkedTo = linkedPrograms(kb, terms);
  const about = options.about ?? [];
  const unlinked = about.filter((p) => !linkedTo.includes(p));
  const linkedAbout = about.filter((p) => linkedTo.includes(p));
  // Only the terms the article links those programs to ("Weber to the AART", not to the ARRT asked about with it).
  const linkedTerms = terms.filter((t) => linkedPrograms(kb, [t]).some((p) => linkedAbout.includes(p)));
  const notLinked = terms.filter((t) => !linkedTerms.includes(t));
  const none =
    unlinked.length > 0
      ? `${options.negativeClaim === true ? 'Right' : 'No'}: the article doesn't link ${joinAnd(unlinked.map((p) => `**${p.name}**`))} to ${termNames(terms)}.\n\n`
      : options.negativeClaim === true && linkedAbout.length > 0
        ? `Not quite: the article does link ${joinAnd(linkedAbout.map((p) => `**${p.name}**`))} to ${termNames(linkedTerms)}${notLinked.length > 0 ? `, though not to ${termNames(notLinked)}` : ''}.\n\n`
        : '';
  // "Does any other program mention those levels?": only the ones the article links to it.
  const onlyThese =
    options.asksOthers === true && none === '' && linkedTo.length > 0 && linkedTo.length < kb.programs.length
      ? `No: among the featured programs, the article mentions ${termNames(terms)} only for ${joinAnd(linkedTo.map((p) => `**${p.name}**`))}.\n\n`
      : '';
  const text = none + onlyThese + terms.map((t) => termText(kb, t)).join('\n\n');
  const bodies = terms.length === 2 && terms.every((t) => isBody(kb, t));
  // "Does the NMTCB count the same as the ARRT for that?": for getting in where either will do, yes.
  const eitherWillDo = kb.programs.filter((p) => {
    const r = p.requirements.known ? p.requirements.value : undefined;
    return r !== undefined && 'anyOf' in r && terms.every((t) => registrationsOf(r).includes(t.abbreviation));
  });
  // "Is the AART the same as the ARRT?": names so alike that the article may mean one body, which it never settles.
  const [one, other] = terms;
  const alike = bodies && one !== undefined && other !== undefined && (namedLike(one, other) || namedLike(other, one));
  // "EFSC takes good standing with any one of the bodies it names, the ARRT and the ARDMS among them".
  const eitherClause = `${joinAnd(eitherWillDo.map((p) => `**${p.name}**`))} takes good standing with any one of the bodies it names, ${joinAnd(terms.map((t) => `the ${t.abbreviation}`))} among them`;
  const lead =
    options.asksSame === true && alike
      ? `${options.asksTypo === true ? "The article doesn't say" : "No, not by the article's names"}: it names ${terms.map((t) => `the ${t.name}${t.abbreviation !== t.name ? ` (${t.abbreviation})` : ''}`).join(' and ')}, each beside different programs. The names are close, though, and it never says how they relate; if it matters to you, ask the schools which body they mean.\n\n`
      : options.asksPreference === true && bodies && eitherWillDo.length > 0
        ? `No: for getting in, ${eitherClause}, and the article says nothing of preferring one.\n\n`
        : options.asksCount === true && bodies && eitherWillDo.length > 0
          ? `For getting in, yes: ${eitherClause}. They are different bodies, though.\n\n`
          : options.asksSame === true && bodies
            ? `No, they are different bodies: the ${terms[0]?.abbreviation} and the ${terms[1]?.abbreviation}.\n\n`
            : '';
  const first = terms[0];
  const linked = first === undefined ? [] : linkedPrograms(kb, [first]);
  // The article names these bodies only where it presents the programs linked to them.
  const section = programsSection(linkedPrograms(kb, terms));
  return fromArticle(
    section,
    reply(`${lead}${text}`, [
      ...linked.slice(0, 2).map((p) => `Tell me about ${p.shortName}`),
      'Which programs are there?',
    ]),
  );
}

function namedLike(term: Term, other: Term): boolean {
  return (term.namedLike ?? []).includes(other.id);
}

/** "Explain it simpler" after a term: each term by name with the first sentence of what it is. */
export function simplerTermsAnswer(kb: KnowledgeBase, terms: readonly Term[]): Reply {
  const lines = terms.map((t) => {
    const name = t.abbreviation !== t.name ? `**${t.abbreviation}**, the ${t.name}` : `**${t.name}**`;
    const end = t.summary.search(/[.!?](\s|$)/);
    return `${name}: ${end < 0 ? t.summary : t.summary.slice(0, end + 1)}`;
  });
  return fromArticle(programsSection(linkedPrograms(kb, terms)), reply(`Put simply:\n\n${lines.join('\n\n')}`, []));
}

/** "HACC stands for Harrisburg Area Community College." */
export function programNameAnswer(programs: readonly Program[], typed: readonly string[] = []): Reply {
  // "What does ATI stand for?": the letters the student typed, when they are one of the program's names.
  const called = (p: Program): string =>
    [p.shortName, ...p.aliases].find((a) => typed.includes(a.toLowerCase()) && a !== p.name) ?? p.shortName;
  const lines = programs.map(
    (p) => `**${called(p)}** stands for **${p.name}**, in ${p.location.city}, ${p.location.state}.`,
  );
  return fromArticle(
    programsSection(programs),
    reply(
      lines.join('\n\n'),
      programs.slice(0, 1).flatMap((p) => [`Tell me about ${p.shortName}`, `How much is ${p.shortName}?`]),
    ),
  );
}

/** The programs in a term answer, for the conversation's memory ("which programs have anything to do with it?"). */
export function termPrograms(kb: KnowledgeBase, terms: readonly Term[]): string[] {
  return linkedPrograms(kb, terms).map((p) => p.id);
}

/** The programs the article links to any of the terms. */
function linkedPrograms(kb: KnowledgeBase, terms: readonly Term[]): Program[] {
  return kb.programs.filter((p) =>
    terms.some((t) => (t.programs ?? []).includes(p.id) || programLinks(kb, t).some((l) => l.includes(p.name))),
  );
}

/** The terms' names joined: "the ABII and the ARRT". */
export function termNames(terms: readonly Term[]): string {
  return joinAnd(terms.map((t) => `the ${t.abbreviation}`));
}

/** "I'm a nuclear medicine tech: which board would I be with?": the body that usually registers that job, said as general knowledge. */
export function jobBodyAnswer(kb: KnowledgeBase, term: Term, job: string): Reply {
  return fromArticle(
    programsSection(linkedPrograms(kb, [term])),
    reply(
      `The **${term.abbreviation}** is the body that usually registers people in that line of work (${job}). That is general knowledge rather than the article's, so check with the board.\n\n${termText(kb, term)}`,
      [`What is the ${term.abbreviation}?`, 'Which programs could I get into?'],
    ),
  );
}

/** "Is the ARRT also the registry for sonographers?": the body the article names apart, for that line of work. */
export function otherBodyForJobAnswer(kb: KnowledgeBase, asked: Term, usual: Term, job: string): Reply {
  return fromArticle(
    programsSection(linkedPrograms(kb, [asked, usual])),
    reply(
      `Not as the article names them: it lists the **${usual.abbreviation}**, the ${usual.name}, apart from the **${asked.abbreviation}**, the ${asked.name}. That the ${usual.abbreviation} is the body that usually registers people in that line of work (${job}) is general knowledge rather than the article's, so check with the board.\n\n${termText(kb, usual)}`,
      [`What is the ${asked.abbreviation}?`, 'Which programs could I get into?'],
    ),
  );
}

/** "Is NMTCB one of the regional accreditors too?": a body the article names for something else. */
export function notAccreditorAnswer(kb: KnowledgeBase, terms: readonly Term[]): Reply {
  const lines = terms.map(
    (t) =>
      `No: the **${t.abbreviation}** (${t.name}) isn't one of the ${count(kb.accreditors.length)} regional accrediting bodies the article lists. ${t.summary}`,
  );
  const bodies = joinAnd(kb.accreditors.map((a) => a.abbreviation));
  return fromArticle(
    programsSection(linkedPrograms(kb, terms)),
    reply(`${lines.join('\n\n')}\n\nThe accrediting bodies it lists are ${bodies}.`, [
      'Which body accredits each program?',
      `What is the ${terms[0]?.abbreviation ?? 'ABII'}?`,
    ]),
  );
}

/**
 * "Which organizations does the article mention?": every body it names, grouped by what the article says
 * of them (what programs lead to or count towards, who a program takes, who accredits), with the
 * programs' own abbreviations when the student asked for acronyms.
 */
export function namedBodiesAnswer(kb: KnowledgeBase, options: { acronyms: boolean; accreditors: boolean }): Reply {
  const bodies = kb.terms.filter((t) => isBody(kb, t));
  const line = (t: Term): string => {
    const links = programLinks(kb, t).map((l) => l.slice(0, l.indexOf('**:') + 2));
    const where = links.length > 0 ? ` (${joinAnd(links)})` : '';
    return `**${t.abbreviation}**, the ${t.name}${where}`;
  };
  const required = bodies.filter((t) =>
    kb.programs.some((p) => p.requirements.known && registrationsOf(p.requirements.value).includes(t.abbreviation)),
  );
  const leadTo = bodies.filter((t) => !required.includes(t) && programLinks(kb, t).length > 0);
  const unlinked = bodies.filter((t) => !required.includes(t) && !leadTo.includes(t));
  const parts = [
    leadTo.length > 0 ? `Bodies some programs lead to or count towards:\n${bullets(leadTo.map(line))}` : '',
    unlinked.length > 0 ? `Also named, with no link to a featured program:\n${bullets(unlinked.map(line))}` : '',
    required.length > 0 ? `Bodies a program asks you to be in good standing with:\n${bullets(required.map(line))}` : '',
    options.accreditors
      ? `The ${count(kb.accreditors.length)} regional accrediting bodies of the US:\n${bullets(
          kb.accreditors.map((a) => `**${a.abbreviation}**, the ${a.name}`),
        )}`
      : '',
    options.acronyms
      ? `The featured programs' short names:\n${bullets(
          kb.programs.filter((p) => p.shortName !== p.name).map((p) => `**${p.shortName}**, ${p.name}`),
        )}`
      : '',
  ].filter((p) => p !== '');
  return fromArticle(
    FEATURED_PROGRAMS,
    reply(`Besides the PACS certification itself, the article names these organizations:\n\n${parts.join('\n\n')}`, [
      ...bodies.slice(0, 2).map((t) => `What is ${t.abbreviation}?`),
      'Who are the accreditors?',
    ]),
  );
}
