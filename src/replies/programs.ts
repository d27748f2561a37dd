/** Answers about one or more named programs: an overview, or one attribute. */
import { costEstimate } from '../advice/costs.js';
import type { KnowledgeBase, Program, ProgramAttribute } from '../knowledge/types.js';
import { programCard } from './cards/programCard.js';
import { comparisonRows } from './comparison.js';
import {
  accreditorAbbreviation,
  accreditorName,
  count,
  durationText,
  estimateText,
  joinAnd,
  joinOr,
  MODE_WORDS,
  monthsSpan,
  place,
  sourceName,
  stateName,
  tuitionFigures,
} from './format.js';
import { FACT_WRITERS, factStated, type FactOptions } from './programFacts.js';
import { bullets, fromArticle, notAnswered, reply, type Reply } from './reply.js';
import { programsSection } from './sections.js';

/** Questions to suggest after an attribute answer, phrased with the program's short name. */
const NEXT_QUESTIONS: Record<ProgramAttribute, readonly ((name: string) => string)[]> = {
  tuition: [(n) => `How long does ${n} take?`, (n) => `Is ${n} online?`, (n) => `Financial aid at ${n}?`],
  location: [(n) => `Is ${n} online?`, (n) => `How much is ${n}?`, (n) => `Who accredits ${n}?`],
  accreditation: [() => 'What is accreditation?', (n) => `How much is ${n}?`, (n) => `How long does ${n} take?`],
  duration: [(n) => `How much is ${n}?`, (n) => `Is ${n} online?`, () => 'Which program is fastest?'],
  delivery: [(n) => `How much is ${n}?`, () => 'Which programs are online?', (n) => `How long does ${n} take?`],
  financial_aid: [(n) => `How much is ${n}?`, () => 'Which program is cheapest?', (n) => `Prerequisites for ${n}?`],
  admission: [
    () => 'What are the admission requirements?',
    (n) => `How much is ${n}?`,
    () => 'Help me choose a program',
  ],
  start_terms: [(n) => `How long does ${n} take?`, (n) => `How much is ${n}?`, (n) => `Is ${n} online?`],
  credential: [
    (n) => `Which exams does ${n} prepare for?`,
    (n) => `How much is ${n}?`,
    (n) => `How long does ${n} take?`,
  ],
  certifications: [(n) => `What do I get from ${n}?`, (n) => `How much is ${n}?`, () => 'Compare all programs'],
};

/** A question over all programs that follows naturally from an attribute asked about several. */
const ACROSS_PROGRAMS: Partial<Record<ProgramAttribute, readonly string[]>> = {
  tuition: ['Which program is cheapest?'],
  duration: ['Which program is fastest?'],
  delivery: ['Which programs are online?'],
  start_terms: ['Which programs start in the spring?'],
  accreditation: ['List the accreditation bodies'],
};

/** The programs of one kind of credential, how long they take, and, for a degree, what it adds. */
function credentialKindText(kind: Program['credential']['kind'], of: readonly Program[]): string {
  const length = monthsSpan(
    Math.min(...of.map((p) => p.duration.minMonths)),
    Math.max(...of.map((p) => p.duration.maxMonths)),
  );
  const head = `**${kind === 'associate_degree' ? 'An associate degree' : 'A certificate'}** (${joinAnd(of.map((p) => p.shortName))}): ${length}, per the article.`;
  if (kind !== 'associate_degree') return head;
  const adds = of.flatMap((p) => p.highlights.slice(0, 1).map((h) => `${p.shortName}: ${h}`));
  return adds.length > 0 ? `${head}\n${bullets(adds)}` : head;
}

/**
 * "What's the difference between a certificate and an associate degree?": the article doesn't define either, so the
 * difference it shows, program by program: which award which, and how long each takes.
 */
export function credentialKindsAnswer(programs: readonly Program[]): Reply {
  const kinds = [...new Set(programs.map((p) => p.credential.kind))];
  const text = [
    "The article doesn't define the two, but its programs show the difference:",
    ...kinds.map((k) =>
      credentialKindText(
        k,
        programs.filter((p) => p.credential.kind === k),
      ),
    ),
  ].join('\n\n');
  return fromArticle(programsSection(programs), reply(text, ['Compare all programs', 'Help me choose a program']));
}

/** "Does Weber have the same accreditor as Clarkson?": yes or no first, then each program's accreditor. */
export function sameAccreditorAnswer(kb: KnowledgeBase, programs: readonly Program[]): Reply {
  const each = attributeAnswer(kb, programs, 'accreditation');
  const same = new Set(programs.map((p) => p.accreditorId)).size === 1;
  return { ...each, text: `${same ? 'Yes, the same one' : 'No, different ones'}:\n\n${each.text}` };
}

/**
 * "Is either one accredited by the same body as Clarkson?": whether the programs in play share the named one's
 * accreditor, then each one's.
 */
export function sharesAccreditorAnswer(kb: KnowledgeBase, yardstick: Program, others: readonly Program[]): Reply {
  const sharing = others.filter((p) => p.accreditorId === yardstick.accreditorId);
  // Against every other program: each one's accreditor only where it is shared.
  const many = others.length > 2;
  const each = attributeAnswer(kb, [yardstick, ...(many ? sharing : others)], 'accreditation');
  const names = (ps: readonly Program[]): string => joinAnd(ps.map((p) => p.shortName));
  const body = accreditorAbbreviation(kb, yardstick);
  const none =
    others.length === 1
      ? `${names(others)} is not`
      : many
        ? `none of the other ${count(others.length)} is`
        : `neither ${names(others).replace(' and ', ' nor ')} is`;
  const lead =
    sharing.length === 0
      ? `No: ${yardstick.shortName} is accredited by the ${body}, and ${none}.`
      : `Yes: ${names(sharing)} ${sharing.length === 1 ? 'shares' : 'share'} ${yardstick.shortName}'s accreditor, the ${body}.`;
  return { ...each, text: `${lead}\n\n${each.text}` };
}

/** The answer to one attribute for the given programs. */
export function attributeAnswer(
  kb: KnowledgeBase,
  programs: readonly Program[],
  attribute: ProgramAttribute,
  options: FactOptions = {},
): Reply {
  // "What's the difference between a certificate and an associate degree?": the kinds of credential, side by side.
  if (
    attribute === 'credential' &&
    options.asks?.difference === true &&
    new Set(programs.map((p) => p.credential.kind)).size > 1
  )
    return credentialKindsAnswer(programs);
  const write = FACT_WRITERS[attribute];
  // "Is Weber or Clarkson online?": when every program asked about is, say so first.
  const allOnline =
    attribute === 'delivery' &&
    programs.length >= 2 &&
    programs.every((p) => p.delivery.known && p.delivery.value === 'online');
  const all = programs.length === 2 ? 'Both' : `All ${count(programs.length)}`;
  // "Are all five accredited?": every program the article lists has a regional accreditor.
  const allAccredited =
    attribute === 'accreditation' && options.yesNo === true && options.asks?.same !== true && programs.length >= 2;
  const lead = allOnline
    ? `${all} can be taken online, per the article.\n\n`
    : allAccredited
      ? `Yes: ${all.toLowerCase()} are accredited, each by one of the regional accrediting bodies the article lists.\n\n`
      : options.asks?.same === true
        ? sameLead(kb, programs, attribute)
        : '';
  const text = lead + programs.map((p) => write(p, kb, options)).join('\n\n');
  const first = programs[0];
  const suggestions =
    first && programs.length === 1
      ? NEXT_QUESTIONS[attribute].map((q) => q(first.shortName))
      : [...(ACROSS_PROGRAMS[attribute] ?? []), 'Compare all programs', 'Help me choose a program'];
  const answer = reply(text, suggestions);
  // The article gives this for none of them: a "the article doesn't say" reply.
  if (!programs.some((p) => factStated(attribute, p))) return notAnswered('article_silent', answer);
  return fromArticle(programsSection(programs), answer);
}

/** "Are they the same length?": yes or no first, for a fact that can be the same or not. */
function sameLead(kb: KnowledgeBase, programs: readonly Program[], attribute: ProgramAttribute): string {
  const value = SAME_VALUES[attribute];
  if (value === undefined || programs.length < 2) return '';
  const values = new Set(programs.map((p) => value(kb, p)));
  const all = programs.length === 2 ? 'both' : `all ${count(programs.length)}`;
  return values.size === 1
    ? `Yes, the same for ${all}: ${[...values][0] ?? ''}.\n\n`
    : `No, not the same for ${all}:\n\n`;
}

/** True for a fact whose value two programs can share, so "is it the same?" gets a yes or no. */
export function comparableFact(attribute: string | undefined): attribute is ProgramAttribute {
  return attribute !== undefined && attribute in SAME_VALUES;
}

/** The value of a fact that two programs can share ("6 to 12 months", "the NWCCU"). */
const SAME_VALUES: Partial<Record<ProgramAttribute, (kb: KnowledgeBase, p: Program) => string>> = {
  duration: (_kb, p) => durationText(p),
  accreditation: (kb, p) => `accredited by the ${accreditorAbbreviation(kb, p)}`,
  location: (_kb, p) => place(p),
};

/** A one-paragraph profile of a program with its key figures. */
export function overviewAnswer(kb: KnowledgeBase, p: Program): Reply {
  const estimate = costEstimate(p);
  const lines = [
    `**Where:** ${place(p)}`,
    ...(p.department.known ? [`**Run by:** ${p.department.value}`] : []),
    `**Credential:** ${p.credential.name}`,
    `**Time to complete:** ${durationText(p)}`,
    `**Tuition:** ${tuitionFigures(p.tuition)}${estimate ? ` (in total ${estimateText(estimate)})` : ''}`,
    `**Accreditation:** ${accreditorName(kb, p)}`,
    `**Online:** ${p.delivery.known ? (p.delivery.value === 'online' ? 'yes' : `no, ${MODE_WORDS[p.delivery.value]}`) : 'the article does not say'}`,
  ];
  const text = `**${p.name}** (${p.shortName})\n\n${bullets(lines)}\n\n${p.highlights.join(' ')}`;
  const card = programCard({
    title: p.name,
    subtitle: `${p.shortName} · ${place(p)}`,
    facts: comparisonRows(kb, [p]).map((r) => [r.label, r.values[0] ?? ''] as const),
    highlights: p.highlights,
    source: sourceName(kb),
    actions: [`Compare ${p.shortName} with the others`, 'Where does this come from?'],
  });
  return fromArticle(
    p.name,
    reply(
      text,
      [`How much is ${p.shortName}?`, `Is ${p.shortName} online?`, `Prerequisites for ${p.shortName}?`],
      [card],
    ),
  );
}

/** Overviews of several programs, one after another. */
export function overviewsAnswer(kb: KnowledgeBase, programs: readonly Program[]): Reply {
  const replies = programs.map((p) => overviewAnswer(kb, p));
  if (replies.length === 1 && replies[0] !== undefined) return replies[0];
  return fromArticle(
    programsSection(programs),
    reply(
      replies.map((r) => r.text).join('\n\n---\n\n'),
      replies.flatMap((r) => r.suggestions),
    ),
  );
}

/** The facts whose values programs can share, and how a reply names a value and the programs that share it. */
const SHARED_FACTS = {
  accreditation: {
    key: (p: Program) => p.accreditorId,
    label: (kb: KnowledgeBase, p: Program) => accreditorName(kb, p),
    short: (kb: KnowledgeBase, p: Program) => accreditorAbbreviation(kb, p),
    verb: { one: 'accredits', many: 'accredit' },
    noun: 'accreditor',
    suggestions: ['What is accreditation?', 'Compare all programs'],
  },
  location: {
    key: (p: Program) => p.location.stateCode,
    label: (kb: KnowledgeBase, p: Program) => stateName(kb, p.location.stateCode),
    short: (kb: KnowledgeBase, p: Program) => stateName(kb, p.location.stateCode),
    verb: { one: 'has', many: 'have' },
    noun: 'state',
    suggestions: ['Which programs are online?', 'Compare all programs'],
  },
} as const;

/** The facts {@link mostSharedAnswer} can group programs by. */
export type SharedFact = keyof typeof SHARED_FACTS;

/** Whether programs can be grouped by what they share of this fact. */
export function isSharedFact(attribute: string): attribute is SharedFact {
  return attribute in SHARED_FACTS;
}

/**
 * "Which accreditor shows up the most?", "which state has the most programs?": the value the most programs
 * share, with those programs, then the others.
 */
export function mostSharedAnswer(kb: KnowledgeBase, programs: readonly Program[], attribute: SharedFact): Reply {
  const fact = SHARED_FACTS[attribute];
  const groups = new Map<string, Program[]>();
  for (const p of programs) groups.set(fact.key(p), [...(groups.get(fact.key(p)) ?? []), p]);
  const sorted = [...groups.values()].sort((a, b) => b.length - a.length);
  const most = sorted[0]?.length ?? 0;
  const top = sorted.filter((g) => g.length === most);
  const rest = sorted.filter((g) => g.length < most);
  const names = (g: readonly Program[]): string => joinAnd(g.map((p) => p.shortName));
  const labelOf = (g: readonly Program[]): string => (g[0] === undefined ? '' : fact.label(kb, g[0]));
  const shortOf = (g: readonly Program[]): string => (g[0] === undefined ? '' : fact.short(kb, g[0]));
  const of = `of the ${count(programs.length)} programs`;
  let text: string;
  if (most <= 1)
    text = `None stands out: each ${fact.noun} ${fact.verb.one} only one ${of}.\n\n${bullets(
      sorted.map((g) => `**${labelOf(g)}**: ${names(g)}`),
    )}`;
  else {
    const lead =
      top.length === 1
        ? `**${labelOf(top[0] ?? [])}** ${fact.verb.one} the most ${of}: ${count(most)} (${names(top[0] ?? [])}).`
        : `${joinAnd(top.map((g) => `**${labelOf(g)}**`))} ${fact.verb.many} the most ${of}: ${count(most)} each (${top.map((g) => `${shortOf(g)}: ${names(g)}`).join('; ')}).`;
    const others =
      rest.length === 0 ? '' : `\n\nThe others: ${rest.map((g) => `${shortOf(g)} (${names(g)})`).join(', ')}.`;
    text = lead + others;
  }
  return fromArticle(programsSection(programs), reply(text, [...fact.suggestions]));
}

/**
 * "Why does HACC take so long?", "why is HACC so much?": the article gives no reason for a program's length or price, so
 * the reply says so, then what it does say that sets the program apart (its credential where no other program awards
 * that kind, and its highlights), for the student to weigh.
 */
export function reasonAnswer(kb: KnowledgeBase, p: Program, measure: 'duration' | 'tuition'): Reply {
  const others = kb.programs.filter((o) => o !== p);
  const ownKind = others.length > 0 && others.every((o) => o.credential.kind !== p.credential.kind);
  const kind = (k: Program['credential']['kind'], many: boolean): string =>
    k === 'associate_degree'
      ? many
        ? 'associate degrees'
        : 'an associate degree'
      : many
        ? 'certificates'
        : 'a certificate';
  const otherKinds = [...new Set(others.map((o) => o.credential.kind))].map((k) => kind(k, others.length > 1));
  const facts = [
    ...(ownKind
      ? [
          `It leads to ${kind(p.credential.kind, false)}, the ${p.credential.name}, where the other ${count(others.length)} lead to ${joinOr(otherKinds)}.`,
        ]
      : []),
    ...p.highlights,
  ];
  const lead =
    measure === 'duration'
      ? `The article doesn't say why **${p.name}** takes ${durationText(p)}.`
      : `The article gives the tuition at **${p.name}** as ${tuitionFigures(p.tuition, { plain: true })}, but doesn't say why it costs that.`;
  const text =
    facts.length > 0
      ? `${lead} What it does say that sets it apart:\n\n${bullets(facts)}`
      : `${lead} Ask ${p.shortName}.`;
  return fromArticle(
    programsSection([p]),
    reply(text, [`How long do the others take?`, `What does ${p.shortName} cost?`]),
  );
}
