/** Answers to "can I get in?" and "is it a good fit for me?": yes, no, "only if…" or "the article doesn't say", then why. */
import type { Criterion, Verdict } from '../advice/checks.js';
import { registrationsOf, type Eligibility } from '../advice/eligibility.js';
import type { Audience, KnowledgeBase, OtherRequirement, Program } from '../knowledge/types.js';
import type { StudentFacts } from '../advice/eligibility.js';
import { commonRequirementPhrases, joinAnd, joinOr, lowerFirst, requirementText, tuitionFigure } from './format.js';
import { workExperienceNote } from './programFacts.js';
import { bullets, fromArticle, reply, type Reply } from './reply.js';
import { ADMISSION, FEATURED_PROGRAMS, programsSection } from './sections.js';
import { criterionLabel, verdictReason } from './verdicts.js';

/** One program weighed for one student. */
export interface Fit {
  readonly program: Program;
  readonly eligibility: Eligibility;
  /** The audiences the article says the program suits that match the student. */
  readonly suits: readonly Audience[];
  /** True when the article says the program is not for people just starting out, and the student is one. */
  readonly notForBeginners: boolean;
  /** Whether the program needs admission to the college itself, when the question asks about it. */
  readonly institutionAdmission?: boolean;
  /** "Is it only for local students?": asked as a restriction, so a program that suits others is a "no". */
  readonly onlyAsked?: boolean;
  /** "Does that rule me out?", "is EFSC out for me?": asked the other way round, so a "no" to getting in is a "yes". */
  readonly outAsked?: boolean;
  /** "Can people outside Pennsylvania do HACC?": asked about whom it suits, which the article answers. */
  readonly audienceAsked?: boolean;
  /** "Do I have to live in Florida?", "is it only for local students?": asked about where students may live. */
  readonly residenceAsked?: boolean;
  /** What the student said they need (online study, financial aid, a budget…), checked against the program. */
  readonly needs?: readonly Verdict[];
}

/** The overall verdict of a fit. */
export type FitVerdict = 'yes' | 'no' | 'depends' | 'unknown';

/**
 * Yes when the student meets the conditions; no when they rule the student out; "depends" while a
 * registration it asks for is still unknown. Whom the article says a program suits is no admission rule.
 */
export function verdictOf(f: Fit): FitVerdict {
  if (f.institutionAdmission !== undefined) return 'yes';
  if (f.eligibility.status === 'no' || f.eligibility.status === 'noHighSchool' || f.notForBeginners) return 'no';
  if (f.eligibility.status === 'yes') return 'yes';
  if (f.eligibility.status === 'depends') return 'depends';
  // "Which programs would suit someone who works full time?": whom the article says a program suits is the answer.
  return f.audienceAsked === true && f.suits.length > 0 ? 'yes' : 'unknown';
}

/** "The article says Clarkson suits people who already work: …", for a student it matches. */
function suitsText(f: Fit): string {
  const suit = f.program.suits.find((x) => f.suits.includes(x.audience));
  return suit === undefined
    ? ''
    : `The article says ${f.program.shortName} suits ${SUIT_WORDS[suit.audience]}: ${lowerFirst(suit.note)}`;
}

/** "Who is Clarkson aimed at?": whom the article says each program suits, or that it doesn't say. */
export function audienceAnswer(kb: KnowledgeBase, programs: readonly Program[]): Reply {
  const text = programs
    .map((p) =>
      p.suits.length > 0
        ? p.suits
            .map((x) => `The article says **${p.shortName}** suits ${SUIT_WORDS[x.audience]}: ${lowerFirst(x.note)}`)
            .join('\n\n')
        : `The article doesn't say whom **${p.name}** is aimed at, and it names no entry requirement of its own for it beyond the basics nearly every program asks for.`,
    )
    .join('\n\n');
  const first = programs[0];
  return fromArticle(
    programsSection(programs),
    reply(text, first === undefined ? [] : [`Could I get into ${first.shortName}?`, `How much is ${first.shortName}?`]),
  );
}

const BACKGROUND_WORDS = {
  beginner: 'someone new to the field',
  other_health: 'someone with a nursing or other non-imaging background',
  imaging_student: 'a student not yet registered',
  imaging: 'an imaging professional',
} as const;

function who(s: StudentFacts): string {
  if (s.registrations !== undefined && s.registrations.length > 0)
    return `someone registered with ${joinAnd(s.registrations.map((r) => `the ${r}`))}`;
  return s.background !== undefined ? BACKGROUND_WORDS[s.background] : 'you';
}

const SUIT_WORDS: Record<Audience, string> = {
  working: 'people who already work',
  professionals: 'working imaging professionals',
  distance: 'students outside its area',
  remote: 'students who want to learn remotely',
  multiple_qualifications: 'people who want more than one qualification',
};

function basics(kb: KnowledgeBase): string {
  return joinAnd(commonRequirementPhrases(kb));
}

const SCHOOLING_WORDS = {
  high_school: 'schooling',
  associate: 'associate degree',
  bachelor: "bachelor's degree",
} as const;

/** "Your associate degree covers a high school diploma or equivalent; you would still need …", when the student named their schooling. */
function schoolingNote(kb: KnowledgeBase, s: StudentFacts): string {
  const met = kb.schoolingRequirement;
  if (met === undefined || s.education === undefined || s.education === 'no_high_school') return '';
  const rest = kb.commonRequirements.filter((r) => r !== met).map(lowerFirst);
  return ` Of the basics nearly every program asks for, your ${SCHOOLING_WORDS[s.education]} covers ${lowerFirst(met)}; you would still need ${joinAnd(rest)}.`;
}

/** The verdict and reason for one program, its yes or no turned round when the question asks whether it shuts them out. */
function fitText(kb: KnowledgeBase, f: Fit, s: StudentFacts): string {
  const text = fitReason(kb, f, s);
  if (f.outAsked !== true) return text;
  return text.replace(/^No: /, 'Yes, it rules you out: ').replace(/^Yes: /, 'No, it does not rule you out: ');
}

function fitReason(kb: KnowledgeBase, f: Fit, s: StudentFacts): string {
  const p = f.program;
  const note = p.suits.find((x) => f.suits.includes(x.audience))?.note;
  if (f.institutionAdmission !== undefined) {
    const needed = p.requiresInstitutionAdmission;
    if (needed.known && !needed.value)
      return `${f.institutionAdmission ? 'Yes' : 'No'}: you do not need to be admitted to ${p.name} itself. ${needed.note ?? ''}`.trim();
    if (needed.known)
      return `${f.institutionAdmission ? 'No' : 'Yes'}: you must be admitted to ${p.name} itself. ${needed.note ?? ''}`.trim();
    return `The article doesn't say whether ${p.name} requires admission to the college itself. Please check with ${p.shortName}.`;
  }
  const e = f.eligibility;
  if (e.status === 'noHighSchool')
    return `Not yet, most likely: the article says nearly every program, ${p.shortName} included, asks for a high school diploma or an equivalent such as the GED. Once you have one, ask ${p.shortName} what else it needs.`;
  // "Do I have to live in Florida for EFSC?": no rule in the article, and an out-of-state rate that expects others.
  const away = p.tuition.find((t) => t.residency === 'out_of_state');
  if (f.residenceAsked === true && note === undefined && away !== undefined) {
    const entry =
      e.status === 'depends' || e.status === 'no'
        ? ` What it does ask for is a registration: it takes only people ${requirementText(kb, e.requirement)}.`
        : '';
    return `${f.onlyAsked === true ? 'No' : 'Yes'}: the article names no rule about where ${p.shortName}'s students must live, and it gives an out-of-state rate (${tuitionFigure(away, { plain: true })}), so it expects students from other states.${entry}`;
  }
  if (e.status === 'no')
    return `No: **${p.name}** takes only people ${requirementText(kb, e.requirement)}. ${who(s) === 'you' ? 'Without' : `As ${who(s)} without`} one of those registrations in good standing, you would not qualify.`;
  if (f.notForBeginners)
    return `No: the article says **${p.name}** is ${p.openToNewcomers.known && p.openToNewcomers.note !== undefined ? lowerFirst(p.openToNewcomers.note).replace(/\.$/, '') : 'meant for working imaging professionals'}, so it is not a good fit for someone just starting out.`;
  if (e.status === 'yes')
    return `Yes: **${p.name}** takes people ${requirementText(kb, e.requirement)}, and you are registered with ${joinAnd(e.held.map((b) => `the ${b}`))}.`;
  // "Can a sonographer apply to EFSC?": the registration it asks for comes before whom it suits.
  const awaited = e.status === 'depends' ? registrationsOf(e.requirement).filter((b) => s.pending?.includes(b)) : [];
  if (e.status === 'depends' && awaited.length > 0)
    return `Once the ${joinAnd(awaited)} registration is in place: **${p.name}** takes only people ${requirementText(kb, e.requirement)}. The article doesn't say whether it takes applications while a registration is still on its way, so ask ${p.shortName} before you apply.`;
  if (e.status === 'depends')
    return `Only if you are registered: **${p.name}** takes only people ${requirementText(kb, e.requirement)}.${note !== undefined ? ` ${note}` : ''}`;
  // "Is HACC only for local students?", "can people outside Pennsylvania do it?": whom it suits is the answer.
  if (note !== undefined && (f.onlyAsked === true || f.audienceAsked === true))
    return `${f.onlyAsked === true ? 'No' : 'Yes'}: the article says **${p.name}** suits ${SUIT_WORDS[f.suits[0] ?? 'working']}${f.onlyAsked === true ? ' too' : ''}. ${note}`;
  const schooling = schoolingNote(kb, s);
  // What the student told us about themselves (schooling, background) is checked against nothing that rules them out.
  const lead =
    schooling !== '' || s.background !== undefined || note !== undefined
      ? "The article doesn't say for certain, but nothing in it rules you out"
      : "The article doesn't say";
  const rest = schooling !== '' ? `.${schooling}` : `, beyond what nearly every program asks for (${basics(kb)}).`;
  const suits = suitsText(f);
  return `${lead}: it names no entry requirement of its own for **${p.name}**${rest}${suits === '' ? '' : ` ${suits}`} Please check with ${p.shortName}.`;
}

/**
 * Whether the program meets what the student said they need, around the answer about getting in:
 * a need it fails decides first ("Probably not for what you need: …"); needs it meets follow.
 */
function withNeeds(kb: KnowledgeBase, f: Fit, admission: string): string {
  const needs = f.needs ?? [];
  const reasons = (status: Verdict['status']): string =>
    joinAnd(needs.filter((v) => v.status === status).map((v) => lowerFirst(verdictReason(kb, v, f.program))));
  const [no, yes, open] = [reasons('no'), reasons('yes'), reasons('unknown')];
  const unsettled = open !== '' ? `Still open: ${open}.` : '';
  const shut = f.eligibility.status === 'no' || f.eligibility.status === 'noHighSchool' || f.notForBeginners;
  if (shut || (no === '' && yes === '')) return [admission, unsettled].filter((t) => t !== '').join('\n\n');
  const lead =
    no !== ''
      ? `Probably not, for what you said you need: ${no}.${yes !== '' ? ` On the plus side, ${yes}.` : ''}`
      : `Likely, for what you said you need: ${yes}.`;
  return [lead, unsettled, `As for getting in: ${lowerFirst(admission)}`].filter((t) => t !== '').join('\n\n');
}

/**
 * A comparison for a student who said who they are: first, the programs the article rules them out
 * of and the ones it says suit them ("For you: …"); the comparison itself unchanged after it.
 */
export function forStudent(kb: KnowledgeBase, r: Reply, fits: readonly Fit[], s: StudentFacts): Reply {
  const notes = fits.flatMap((f) => {
    if (verdictOf(f) === 'no') return [fitText(kb, f, s)];
    const suits = suitsText(f);
    return suits === '' ? [] : [suits];
  });
  return notes.length === 0 ? r : { ...r, text: `**For you**, from what you told me:\n${bullets(notes)}\n\n${r.text}` };
}

/** The answer for the programs a student asked about, one verdict each, the verdict first. */
export function fitAnswer(
  kb: KnowledgeBase,
  fits: readonly Fit[],
  s: StudentFacts,
  options: { readonly experience?: boolean } = {},
): Reply {
  const text = fits
    .map(
      (f) =>
        `${withNeeds(kb, f, fitText(kb, f, s))}${options.experience === true || s.imagingYears !== undefined ? workExperienceNote(f.program, s.imagingYears) : ''}`,
    )
    .join('\n\n');
  const first = fits[0]?.program;
  return fromArticle(
    programsSection(fits.map((f) => f.program)),
    reply(
      text,
      first === undefined
        ? []
        : [
            `What are the requirements for ${first.shortName}?`,
            `How much is ${first.shortName}?`,
            'Help me choose a program',
          ],
    ),
  );
}

/** One thing the student needs, checked on each program that may take them. */
export interface NeedAcross {
  readonly criterion: Criterion;
  readonly checked: readonly { readonly program: Program; readonly verdict: Verdict }[];
}

/** "**Online, as you need**: Weber State and Clarkson, per the article; it doesn't say for OIT and HACC." */
function needAcrossText(kb: KnowledgeBase, need: NeedAcross): string {
  // "$2,500, not a penny more": what each program that fits comes to, as that is the point of the answer.
  const withWhy = need.criterion.kind === 'budget';
  const named = (status: Verdict['status']): string =>
    joinAnd(
      need.checked
        .filter((x) => x.verdict.status === status)
        .map((x) =>
          withWhy && status === 'yes'
            ? `${x.program.shortName} (${verdictReason(kb, x.verdict, x.program)})`
            : x.program.shortName,
        ),
    );
  const [yes, unknown, no] = [named('yes'), named('unknown'), named('no')];
  const parts = [
    yes !== '' ? `${yes}, per the article` : 'none of them for certain, per the article',
    unknown !== '' ? `it doesn't say for ${unknown}` : '',
    no !== '' ? `not ${no}` : '',
  ].filter((x) => x !== '');
  const label = criterionLabel(kb, need.criterion);
  return `**${label.charAt(0).toUpperCase()}${label.slice(1)}, as you need**: ${parts.join('; ')}.`;
}

/** The answer across every program: which are open to the student, which are not, and which the article leaves open. */
export function fitsAcrossAnswer(
  kb: KnowledgeBase,
  fits: readonly Fit[],
  s: StudentFacts,
  needs: readonly NeedAcross[] = [],
): Reply {
  // No high school diploma yet: the same reason holds for every program, said once.
  if (fits.length > 0 && fits.every((f) => f.eligibility.status === 'noHighSchool'))
    return fromArticle(
      ADMISSION,
      reply(
        `Not yet, most likely: the article says nearly every PACS program asks for a high school diploma or an equivalent such as the GED. The basics it lists are:\n${bullets(commonRequirementPhrases(kb))}`,
        ['What are the admission requirements?', 'Help me choose a program'],
      ),
    );
  const by = (v: FitVerdict): Fit[] => fits.filter((f) => verdictOf(f) === v);
  const names = (list: readonly Fit[]): string => joinAnd(list.map((f) => f.program.shortName));
  const parts: string[] = [];
  const yes = by('yes');
  const no = by('no');
  const depends = by('depends');
  const unknown = by('unknown');
  const highSchool = s.education === 'high_school' ? ' with a high school diploma' : '';
  const section = (title: string, list: readonly Fit[]): string =>
    `**${title}**:\n${bullets(list.map((f) => fitText(kb, f, s).replace(/^[^:]+: /, '')))}`;
  const bySuit = yes.length > 0 && yes.every((f) => f.eligibility.status !== 'yes');
  if (yes.length > 0)
    parts.push(section(bySuit ? 'A good fit for you, the article says' : `Open to you${highSchool}`, yes));
  if (no.length > 0) parts.push(section('Not for you', no));
  if (depends.length > 0) parts.push(section('Only with a registration', depends));
  if (unknown.length > 0) {
    // "Which is easiest to get into?": a program that needs no admission to the school itself says so.
    const standAlone = unknown.flatMap((f) => {
      const own = f.program.requiresInstitutionAdmission;
      return own.known && !own.value
        ? [`${f.program.shortName}: ${own.note ?? 'you do not have to be admitted to the school itself.'}`]
        : [];
    });
    const suited = [...standAlone, ...unknown.map((f) => suitsText(f)).filter((x) => x !== '')];
    parts.push(
      `**The article names no entry requirement of its own** for ${names(unknown)}, beyond what nearly every program asks for (${basics(kb)}), so they may be open to you${highSchool}. Please confirm with each school.` +
        (suited.length > 0 ? `\n${bullets(suited)}` : ''),
    );
  }
  const are = (list: readonly Fit[]): string => (list.length === 1 ? 'is' : 'are');
  const limits = [
    no.length > 0 ? `${names(no)} ${are(no)} out of reach for now` : '',
    depends.length > 0 ? `${names(depends)} ${are(depends)} open to you only with a registration it asks for` : '',
  ].filter((x) => x !== '');
  const lead =
    yes.length > 0
      ? bySuit
        ? `${names(yes)} ${are(yes)} the best fit for you, according to the article.`
        : `You can likely get into ${names(yes)}.`
      : no.length === fits.length
        ? 'None of the programs is a fit, according to the article.'
        : limits.length > 0
          ? `${limits.join('; ')}; the article leaves the others open.`
          : 'The article names no entry requirement that rules you out.';
  const needed = needs.filter((n) => n.checked.length > 0).map((n) => needAcrossText(kb, n));
  return fromArticle(
    FEATURED_PROGRAMS,
    reply([lead, ...needed, ...parts].filter((x) => x !== '').join('\n\n'), [
      'Help me choose a program',
      'What are the admission requirements?',
      'Which programs are online?',
    ]),
  );
}

/** "I'm an ICU nurse, no imaging background.": what the bot took in, and what it can do with it. */
export function notedAnswer(kb: KnowledgeBase, s: StudentFacts, consequence?: Reply): Reply {
  const state = kb.states.find((x) => x.code === s.homeState)?.name;
  const parts = [
    ...(who(s) !== 'you' ? [`you are ${who(s)}`] : []),
    // "…but never took my registry": the fact that decides entry where a program asks for a registration.
    ...(s.unregistered === true ? ['you hold no imaging registration yet'] : []),
    ...(state !== undefined ? [`you live in ${state}`] : []),
  ];
  const noted =
    parts.length > 0 ? `Thanks, I'll keep in mind that ${joinAnd(parts)}.` : "Thanks, I'll keep that in mind.";
  // "I'm ARDMS btw": what it means where a program's entry rule settles it.
  if (consequence !== undefined)
    return { ...consequence, text: `${noted} For getting in, it means this:\n\n${consequence.text}` };
  return reply(`${noted} Ask me about any program, and I'll take it into account.`, [
    'Which programs could I get into?',
    'Help me choose a program',
    'Which programs are online?',
  ]);
}

/** "Do I need the ARRT, the ARDMS and the NMTCB?": what the programs' conditions ask of those bodies. */
export function bodiesNeededAnswer(kb: KnowledgeBase, programs: readonly Program[], bodies: readonly string[]): Reply {
  const lines = programs.map((p) => {
    if (!p.requirements.known)
      return `The article doesn't say: it names no registration requirement for **${p.name}**. Please check with ${p.shortName}.`;
    const r = p.requirements.value;
    const listed = registrationsOf(r);
    const named = bodies.filter((b) => listed.includes(b));
    if ('anyOf' in r && bodies.length > 1)
      return `No: **${p.name}** takes people ${requirementText(kb, r)}, so you need only one of them.`;
    if ('anyOf' in r && named.length === 1)
      return `Not necessarily: **${p.name}** takes people ${requirementText(kb, r)}; the ${named[0]} is one of them.`;
    if (named.length === 0)
      return `No: **${p.name}** asks for ${requirementText(kb, r)}, which doesn't include ${joinAnd(bodies.map((b) => `the ${b}`))}.`;
    return `Yes: **${p.name}** takes only people ${requirementText(kb, r)}.`;
  });
  return fromArticle(
    programsSection(programs),
    reply(
      lines.join('\n\n'),
      programs.slice(0, 1).map((p) => `How much is ${p.shortName}?`),
    ),
  );
}

/**
 * "Do I have to be ABII certified before I can apply to any of these?", "is ARRT registration required
 * to get into a PACS program?": which programs ask for those bodies to get in, across all of them.
 */
export function bodiesNeededAcrossAnswer(kb: KnowledgeBase, bodies: readonly string[]): Reply {
  const them = joinOr(bodies.map((b) => `the ${b}`));
  const shorts = (list: readonly Program[]): string => joinAnd(list.map((p) => p.shortName));
  const ruled = kb.programs.flatMap((p) => (p.requirements.known ? [{ p, r: p.requirements.value }] : []));
  const asking = ruled.filter(({ r }) => registrationsOf(r).some((b) => bodies.includes(b)));
  const otherwise = ruled.filter((x) => !asking.includes(x));
  const silent = kb.programs.filter((p) => !p.requirements.known);
  const lead =
    asking.length === 0
      ? `No: none of the programs asks for ${them} to get in, as far as the article says.`
      : `Only ${shorts(asking.map((x) => x.p))} ${asking.length > 1 ? 'ask' : 'asks'} for ${them} to get in, as far as the article says.`;
  const lines = [
    ...asking.map(({ p, r }) => `**${p.name}** takes only people ${requirementText(kb, r)}.`),
    ...otherwise.map(
      ({ p, r }) => `**${p.name}** asks for another registration: it takes only people ${requirementText(kb, r)}.`,
    ),
    ...(silent.length > 0
      ? [`The article names no registration requirement for ${shorts(silent)}; please check with the school.`]
      : []),
  ];
  return fromArticle(ADMISSION, reply(`${lead}\n${bullets(lines)}`, ['What are the admission requirements?']));
}

/** The basics nearly every program asks for, after a lead, and which programs ask for more. */
function basicsAnswer(kb: KnowledgeBase, lead: string): Reply {
  const more = kb.programs.filter((p) => p.requirements.known).map((p) => p.name);
  const extra =
    more.length > 0
      ? `Some programs ask for more (${joinAnd(more)} takes only people with an imaging registration), so check each school's list.`
      : "Check each school's list.";
  return fromArticle(
    ADMISSION,
    reply(`${lead}\n${bullets(commonRequirementPhrases(kb))}\n\n${extra}`, [
      'What are the admission requirements?',
      'Help me choose a program',
    ]),
  );
}

/** "Do I need an associate degree?": what the article says of a requirement only some schools have, then the basics. */
export function otherRequirementAnswer(kb: KnowledgeBase, r: OtherRequirement): Reply {
  return basicsAnswer(kb, `${r.text}\n\nWhat the article says nearly every PACS program asks for is:`);
}

/** "Do I need to take the SAT?": a requirement the article never names, and what it does list. */
export function unlistedRequirementAnswer(kb: KnowledgeBase): Reply {
  return basicsAnswer(
    kb,
    "The article doesn't name that as an entry requirement. What it says nearly every PACS program asks for is:",
  );
}

/** A requirement the article asks for only where it applies ("course transcripts, where relevant"). */
const ONLY_WHERE_RELEVANT = /\b(where|when|if) (relevant|applicable|any)\b/i;

/** "Do I need a letter of recommendation?": what nearly every program asks for. */
export function commonRequirementsAnswer(
  kb: KnowledgeBase,
  named: readonly string[],
  program?: Program,
  options: {
    readonly lacking?: boolean;
    readonly yesNo?: boolean;
    readonly accepting?: boolean;
    readonly detail?: boolean;
  } = {},
): Reply {
  const asked = joinAnd(named.map(lowerFirst));
  const school = program === undefined ? 'the school' : program.shortName;
  // "Does OIT require a letter of recommendation?": the article lists no program's own basics, only what nearly all ask for.
  // "I don't have one. Can I still apply?": most likely not without it; exceptions are the school's to say.
  const lead = options.accepting
    ? `Whether a school would accept yours is for the school to say: the article says only that nearly every PACS program asks for ${asked}, with no more detail. Ask its admissions office.`
    : options.lacking && named.every((n) => ONLY_WHERE_RELEVANT.test(n))
      ? // "I don't have any college transcripts": asked for only where there are some.
        `Not necessarily: the article says nearly every PACS program asks for ${asked}, so someone with none to send may not need them. It doesn't say more, so ask ${school}'s admissions office.`
      : options.lacking
        ? `Most likely you would need it first: the article says nearly every PACS program asks for ${asked}. It doesn't say whether a school makes exceptions, so ask ${school}'s admissions office.`
        : options.detail === true
          ? `The article doesn't go into that: it says only that nearly every PACS program asks for ${asked}, with no more detail. Ask the school's admissions office.`
          : program === undefined && options.yesNo === false
            ? // "How many recommendation letters do they want?": the article's words, and no more detail than they give.
              `The article says only that nearly every PACS program asks for ${asked}, with no more detail than that, so ask the school for its exact list.`
            : program === undefined
              ? `Yes, most likely: the article says nearly every PACS program asks for ${asked}.`
              : `Most likely: the article doesn't list ${program.shortName}'s own application documents, but it says nearly every PACS program asks for ${asked}. Confirm with ${program.shortName}.`;
  const answer = basicsAnswer(kb, `${lead} The basics it lists are:`);
  return program === undefined ? answer : fromArticle(programsSection([program]), answer);
}

/**
 * "Does EFSC take CCI?", "would ASCP count as a registry for EFSC?": a credential the article never mentions, weighed
 * against a program that takes only some registrations.
 */
export function unknownCredentialAnswer(kb: KnowledgeBase, p: Program, names: readonly string[]): Reply {
  const them = joinAnd(names.map((n) => `**${n}**`));
  const asked = p.requirements.known ? registrationsOf(p.requirements.value) : [];
  if (!p.requirements.known || asked.length === 0) {
    const text = `The article names no registration that **${p.name}** asks for, so as far as it says you need none to get in. It doesn't mention ${them}: ask ${p.shortName} whether ${names.length > 1 ? 'they count' : 'it counts'} for anything there.`;
    return fromArticle(programsSection([p]), reply(text, [`What does ${p.shortName} require?`]));
  }
  const text = `**${p.name}** takes only people ${requirementText(kb, p.requirements.value)}. The article doesn't mention ${them}, so ${names.length > 1 ? 'they are' : 'it is'} not one of those: on ${names.length > 1 ? 'their' : 'its'} own, as far as the article says, ${names.length > 1 ? 'they' : 'it'} wouldn't meet ${p.shortName}'s rule. Ask ${p.shortName} whether it accepts ${names.join(' or ')}.`;
  return fromArticle(
    programsSection([p]),
    reply(text, [`What does ${p.shortName} require?`, 'Which programs could I get into?']),
  );
}
