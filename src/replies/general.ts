/** Answers that are not about one program: topics, the program list, accreditors, the source, small talk. */
import type { Accreditor, KnowledgeBase, RegionTerm, Silence, SmalltalkReply, Topic } from '../knowledge/types.js';
import { accreditorName, capitalize, count, joinAnd, joinOr, place, stateName } from './format.js';
import { bullets, fromArticle, notAnswered, reply, type Reply } from './reply.js';
import { ACCREDITATION, FEATURED_PROGRAMS } from './sections.js';

/** The main questions, offered whenever the user is unsure what to ask. */
export const STARTER_QUESTIONS = ['What is PACS?', 'Which programs are there?', 'Help me choose a program'] as const;

/** A general topic from the article. */
export function topicAnswer(topic: Topic, options: { answer?: 'Yes' | 'No' } = {}): Reply {
  // "Can a newcomer go for it?": the answer first, then the topic's summary says why.
  const head =
    options.answer !== undefined ? `${options.answer}. ${topic.summary}` : `**${topic.title}**\n\n${topic.summary}`;
  return fromArticle(topic.title, reply(`${head}\n\n${bullets(topic.points)}`, topic.followUps));
}

/** A question the bot could not place, answered with the one topic whose words it shares, said as a guess. */
export function nearestTopicAnswer(topic: Topic): Reply {
  const answer = topicAnswer(topic);
  return {
    ...answer,
    text: `I'm not sure I've understood, but this is the closest the article comes to it.\n\n${answer.text}`,
  };
}

/** "Explain it simpler" after a topic: its one-line summary alone, and the way back to the details. */
export function simplerTopicAnswer(topic: Topic): Reply {
  return fromArticle(topic.title, reply(`Put simply: ${topic.summary}`, [topic.title, ...topic.followUps]));
}

/** The featured programs, one line each. */
export function programListAnswer(kb: KnowledgeBase): Reply {
  const lines = kb.programs.map((p) => `**${p.name}** (${p.shortName}) — ${place(p)}`);
  return fromArticle(
    FEATURED_PROGRAMS,
    reply(
      `The article features ${count(kb.programs.length)} PACS programs:\n${bullets(lines)}\n\nAsk about any of them, or let me help you choose.`,
      [
        'Help me choose a program',
        'Which programs are online?',
        `Tell me about ${kb.programs[0]?.shortName ?? 'a program'}`,
      ],
    ),
  );
}

function accreditedPrograms(kb: KnowledgeBase, a: Accreditor, placed = false): string[] {
  return kb.programs
    .filter((p) => p.accreditorId === a.id)
    .map((p) => (placed ? `${p.shortName} (${place(p)})` : p.shortName));
}

/** The six regional accreditors, or the ones the user named. */
export function accreditorsAnswer(
  kb: KnowledgeBase,
  named: readonly string[],
  about: {
    /** States named in full ("who accredits schools in Texas?"). */
    readonly states?: readonly string[];
    /** Regions named ("which accreditor is for New England?"). */
    readonly regions?: readonly RegionTerm[];
    /** What is asked of the bodies: where they work, how they rank, which accredit no featured program, or what else they accredit. */
    readonly asked?: 'region' | 'rank' | 'unused' | 'used' | 'others';
  } = {},
): Reply {
  const { states = [], regions = [], asked } = about;
  const picked = kb.accreditors.filter((a) => named.includes(a.id));
  // "Which accreditor is for New England?": the article maps no region either, but some bodies carry one in their name.
  if (picked.length === 0 && regions.length > 0) {
    const where = joinAnd(regions.map((r) => r.label));
    const byName = kb.accreditors.filter((a) => regions.some((r) => a.namedForRegions?.includes(r.id) === true));
    const lines = byName.map((a) => {
      const programs = accreditedPrograms(kb, a);
      return `the ${a.name} (**${a.abbreviation}**)${programs.length > 0 ? `, which accredits ${joinAnd(programs)} among the featured programs` : ''}`;
    });
    const there = kb.programs.filter((p) => regions.some((r) => r.states.includes(p.location.stateCode)));
    const text =
      `The article says US accreditation is regional, but it doesn't say which body covers which states. ` +
      (lines.length > 0
        ? `Going by the names it lists, the body for a school ${where} is likely ${joinOr(lines)}.`
        : `None of the ${count(kb.accreditors.length)} bodies it lists carries that region in its name.`) +
      (there.length > 0
        ? `\n\nFeatured programs ${where}:\n${bullets(there.map((p) => `**${p.name}** (${place(p)}): ${accreditorName(kb, p)}`))}`
        : '') +
      '\n\nThe school itself can tell you who accredits it.';
    return fromArticle(ACCREDITATION, reply(text, ['List the accreditation bodies', 'What is accreditation?']));
  }
  // "Which accreditor covers Utah?": the article maps no state to a body; the programs there say who accredits them.
  if (picked.length === 0 && states.length > 0) {
    const stateNames = joinAnd(states.map((code) => stateName(kb, code)));
    const there = kb.programs.filter((p) => states.includes(p.location.stateCode));
    const lines = there.map((p) => `**${p.name}** (${place(p)}): ${accreditorName(kb, p)}`);
    const text =
      `The article says US accreditation is regional, but it doesn't say which body covers ${stateNames}.` +
      (lines.length > 0
        ? ` Among the featured programs:\n${bullets(lines)}`
        : ` None of the featured programs is in ${stateNames}.`) +
      '\n\nThe school itself can tell you who accredits it.';
    return fromArticle(ACCREDITATION, reply(text, ['List the accreditation bodies', 'What is accreditation?']));
  }
  if (picked.length > 0) {
    const bodies = joinAnd(picked.map((a) => a.abbreviation));
    // "Is NWCCU the one that covers the South?": the article maps no region, but the bodies' names may.
    const where = joinAnd(regions.map((r) => r.label));
    const namedFor = kb.accreditors.filter((a) => regions.some((r) => a.namedForRegions?.includes(r.id) === true));
    const [only] = picked;
    const byName =
      only === undefined || picked.length > 1 || regions.length === 0
        ? undefined
        : namedFor.some((a) => a.id === only.id)
          ? `Going by its name, likely yes: the ${only.name} carries that region in its name, though the article doesn't say which states it covers.\n\n`
          : `Going by the names, probably not: nothing in the ${only.abbreviation}'s name ties it to schools ${where}, and ${namedFor.length > 0 ? `the body named for it is the ${joinOr(namedFor.map((a) => `${a.name} (**${a.abbreviation}**)`))}` : `none of the bodies it lists carries that region in its name`}. The article itself doesn't say which states each body covers.\n\n`;
    // "What region does NWCCU cover?", "is WASC better than MSCHE?": what the article does not say, first.
    const lead =
      byName !== undefined
        ? byName
        : asked === 'region'
          ? `The article doesn't say which states or region ${bodies} covers: it only says US accreditation is regional, tied mostly to where a school is. The featured programs show where it works.\n\n`
          : asked === 'rank'
            ? `The article doesn't rank accrediting bodies: it lists ${bodies} among the ${count(kb.accreditors.length)} main regional ones, and which body accredits a school depends mostly on the region the school is in.\n\n`
            : asked === 'others'
              ? `No other featured program is accredited by ${bodies}, and the article doesn't list the other schools it accredits.\n\n`
              : '';
    const text = picked
      .map((a) => {
        const programs = accreditedPrograms(kb, a, asked === 'region');
        const which =
          programs.length > 0
            ? `Among the featured programs it accredits ${joinAnd(programs)}.`
            : 'None of the featured programs is accredited by it.';
        // "SACSCOC": the article names one of its commissions for a program.
        const commissions = kb.programs
          .filter((p) => p.accreditorId === a.id && p.accreditorAsNamed !== undefined)
          .map(
            (p) =>
              `For ${p.shortName} the article names its ${p.accreditorAsNamed?.name ?? ''} (${p.accreditorAsNamed?.abbreviation ?? ''}).`,
          );
        return [
          `**${a.abbreviation}** is the ${a.name}, one of the ${count(kb.accreditors.length)} regional accrediting bodies in the US that the article lists. ${which}`,
          ...commissions,
        ].join(' ');
      })
      .join('\n\n');
    return fromArticle(
      ACCREDITATION,
      reply(`${lead}${text}`, ['List the accreditation bodies', 'What is accreditation?', 'Which programs are there?']),
    );
  }
  const lines = kb.accreditors.map((a) => {
    const programs = accreditedPrograms(kb, a);
    return `${a.name} (**${a.abbreviation}**): ${programs.length > 0 ? `accredits ${joinAnd(programs)}` : 'no featured program'}`;
  });
  // "Which of the bodies accredit none of the programs?": those first.
  const unused = kb.accreditors.filter((a) => accreditedPrograms(kb, a).length === 0).map((a) => a.abbreviation);
  const used = kb.accreditors.length - unused.length;
  const lead =
    asked === 'used'
      ? `${capitalize(count(used))} of the ${count(kb.accreditors.length)} accredit${used === 1 ? 's' : ''} at least one of the featured programs${unused.length > 0 ? `; ${joinAnd(unused)} accredit${unused.length === 1 ? 's' : ''} none` : ''}. `
      : asked !== 'unused'
        ? ''
        : unused.length > 0
          ? `${joinAnd(unused)} ${unused.length === 1 ? 'accredits' : 'accredit'} none of the featured programs. `
          : 'Each of them accredits at least one of the featured programs. ';
  return fromArticle(
    ACCREDITATION,
    reply(
      `${lead}US accreditation is regional. The article names ${count(kb.accreditors.length)} main accrediting bodies:\n${bullets(lines)}`,
      [
        'What is accreditation?',
        `Who accredits ${kb.programs[0]?.shortName ?? 'a program'}?`,
        'Which programs are there?',
      ],
    ),
  );
}

/** Where the facts come from. */
export function sourceAnswer(kb: KnowledgeBase): Reply {
  return reply(
    `Everything I say comes from one article: *${kb.source.title}* by ${kb.source.author}. ${kb.source.authorBio} I don't add facts the article doesn't give; where it is silent, I say so. Figures such as tuition can change, so always confirm them with the school.`,
    STARTER_QUESTIONS,
  );
}

const HELP_TEXT =
  "I'm an advisor for PACS (Picture Archiving and Communication Systems) certificate programs. You can ask me:\n" +
  bullets([
    'what PACS is, why imaging archives matter, and what a PACS certificate is good for',
    'who the certificate suits, admission requirements, and how accreditation works',
    'about the featured programs: cost, length, location, online options, accreditation, prerequisites',
    'to compare programs, filter them ("which are online?"), or help you choose',
  ]) +
  '\n\nSay **cancel** at any time to start over.';

/** How students reach a person: the settings ADVISOR_CONTACT and ADVISOR_CONTACT_URL (either may be empty). */
export interface Contact {
  /** Free text: an email address, a phone number, office hours. */
  readonly text: string;
  /** An http(s) link (a booking page, a contact form); empty when none is set. */
  readonly url: string;
}

/** "You can reach an advisor at …", or where to turn when no contact is set up. */
function reachPerson(kb: KnowledgeBase, contact: Contact): string {
  if (contact.text !== '' || contact.url !== '') {
    const link =
      contact.url !== '' ? `[${contact.text !== '' ? contact.text : contact.url}](${contact.url})` : contact.text;
    return `To talk to a person, contact an advisor: ${link}.`;
  }
  return `I can't connect you with a person from here. To talk with someone, contact the schools directly: ${joinAnd(kb.programs.map((p) => p.shortName))}.`;
}

/** Greeting, thanks, goodbye, help, cancel, who the bot is, reaching a person, and a calm answer to rudeness. */
export function smalltalkAnswer(
  kind: SmalltalkReply,
  kb?: KnowledgeBase,
  contact: Contact = { text: '', url: '' },
): Reply {
  switch (kind) {
    case 'identity':
      return reply(
        `I'm an automated assistant, not a person: a chatbot that answers questions about PACS certificate programs from one article. ${kb !== undefined ? reachPerson(kb, contact) : ''}`.trim(),
        STARTER_QUESTIONS,
      );
    case 'contact':
      return reply(
        `I'm an automated assistant, so I can't talk with you as a person would. ${kb !== undefined ? reachPerson(kb, contact) : ''} In the meantime I'm happy to answer what I can about PACS programs.`.trim(),
        STARTER_QUESTIONS,
      );
    case 'rude':
      return reply(
        "Sorry this has been frustrating. I'm an automated assistant and I can help with PACS certificate programs: costs, length, admission, accreditation and the featured schools. What would you like to know?",
        STARTER_QUESTIONS,
      );
    case 'greeting':
      return reply(
        'Hi! I can answer questions about PACS certificate programs. What would you like to know?',
        STARTER_QUESTIONS,
      );
    case 'thanks':
      return reply("You're welcome! Anything else I can help with?", STARTER_QUESTIONS);
    case 'goodbye':
      return reply('Goodbye, and good luck with your studies! Come back any time.');
    case 'help':
      return reply(HELP_TEXT, STARTER_QUESTIONS);
    case 'cancel':
      return reply("OK, let's start over. What would you like to know?", STARTER_QUESTIONS);
  }
}

/** The welcome shown once when a user joins: it says it is automated. */
export function welcomeAnswer(kb: KnowledgeBase): Reply {
  return reply(
    `Welcome! I'm an automated assistant for PACS certificate programs. I can tell you what PACS is, what a certificate involves, and everything the article *${kb.source.title}* says about ${count(kb.programs.length)} featured programs.`,
    STARTER_QUESTIONS,
  );
}

/** For a message in Spanish: the advisor answers in English, with the same offer of help. */
export function spanishAnswer(): Reply {
  return reply(
    'Hola. Soy un asistente automático y respondo solo en inglés. Puedo ayudarte con los programas de certificado PACS: costos, duración, admisión y acreditación. Escribe tu pregunta en inglés, por ejemplo: "How much is the program?"',
    STARTER_QUESTIONS,
  );
}

/** Said first when the student's message was longer than the bot reads. */
export function cutNotice(maxChars: number): string {
  return `Your message was too long for me to read in full: I only read the first ${maxChars.toLocaleString('en-US')} characters and the rest was cut off. If your question came later, please ask it again on its own.`;
}

/** Who wrote the article the bot draws on. */
export function authorAnswer(kb: KnowledgeBase): Reply {
  return reply(
    `The article, *${kb.source.title}*, was written by ${kb.source.author}. ${kb.source.authorBio}`,
    STARTER_QUESTIONS,
  );
}

/** What the article is silent on about the student ("a criminal record"), then what it does say about getting in. */
export function silenceFirst(silence: Silence, answer: Reply): Reply {
  // "Do I keep the in-state rate if I move mid-program?": where the article is silent on the student's case, the
  // answer's flat yes or no goes; what it says stays.
  const verdict = /^(?:Yes|No): (\S)/.exec(answer.text);
  const text =
    verdict === null ? answer.text : `${verdict[1]?.toUpperCase() ?? ''}${answer.text.slice(verdict[0].length)}`;
  return { ...answer, text: `${silence.text}\n\n${text}` };
}

/** "My employer pays up to $5,250: which programs…": the answer, then what the article doesn't say about the rest. */
export function silenceAfter(silence: Silence, answer: Reply): Reply {
  return { ...answer, text: `${answer.text}\n\n${silence.text}` };
}

/** A question the article leaves unanswered (deadlines, fees, contacts…): what is missing, for the programs named, and what the article does say. */
export function silenceAnswer(
  silence: Silence,
  programs: readonly { readonly name: string; readonly shortName: string }[],
): Reply {
  if (programs.length === 0) return notAnswered('article_silent', reply(silence.text, silence.followUps));
  const names = joinAnd(programs.map((p) => p.name));
  // The silence's own text opens with the general "The article gives no…"; said for the programs named, that sentence goes.
  const rest = /^The article [^.]*\.\s*/.test(silence.text)
    ? silence.text.replace(/^The article [^.]*\.\s*/, '')
    : silence.text;
  const check = /\bAsk\b|can tell you/.test(rest)
    ? ''
    : ` Please check with ${joinAnd(programs.map((p) => p.shortName))} directly.`;
  return notAnswered(
    'article_silent',
    reply(
      `The article says nothing about ${silence.about} for ${names}.${check}${rest === '' ? '' : ` ${rest}`}`,
      silence.followUps,
    ),
  );
}

/** What the bot can talk about, said after what it cannot. */
const WHAT_I_KNOW =
  'I can tell you about PACS, PACS certificates, admission requirements, accreditation and the featured programs.';

/**
 * A reply for a question naming something the article never mentions ("JRCERT", "CIIP"): the answer
 * first, then that note; a refusal becomes just the note, with what the bot can tell instead.
 */
export function notMentioned(
  names: readonly string[],
  r: Reply,
  options: {
    verdictOnThem?: boolean;
    /**
     * A program that takes only people registered with one of these bodies ("I'm CRCST, can I get into EFSC?"), and the
     * one that usually registers the student's line of work, when it is among them.
     */
    onlyBodies?: { readonly school: string; readonly bodies: readonly string[]; readonly usual?: string };
  } = {},
): Reply {
  const them = names.length > 1 ? 'them' : 'it';
  const missing = `The article doesn't mention ${joinAnd(names.map((n) => `**${n}**`))}`;
  const only = options.onlyBodies;
  // "I'm an RDMS sonographer": a name the article doesn't give, inside the letters of a body it names that usually
  // registers the student's line of work (not "ASNT" beside "radiographer").
  const usual = only?.usual;
  if (only !== undefined && usual !== undefined && names.every((n) => usual.includes(n.toUpperCase())))
    return {
      ...r,
      text: `${r.text}\n\n${missing}. If ${names.length > 1 ? 'they are' : 'it is'} held through the ${usual}, good standing with the ${usual} is one of the ways into ${only.school}'s program; ask ${only.school} to confirm.`,
    };
  if (only !== undefined)
    return {
      ...r,
      text: `${r.text}

${missing}, and ${names.length > 1 ? 'they are' : 'it is'} not one of the bodies ${only.school} names (${joinOr(only.bodies.map((b) => `the ${b}`))}): on ${names.length > 1 ? 'their' : 'its'} own, ${names.length > 1 ? 'they do' : 'it does'} not meet that rule. Ask ${only.school} if you are unsure.`,
    };
  const note = `${missing}, so I can't tell you anything about ${them}`;
  if (r.unanswered === 'out_of_scope')
    return notAnswered('article_silent', reply(`${note}. ${WHAT_I_KNOW}`, r.suggestions));
  // "Is EFSC accredited by the JRCERT?": a yes or no would be about something the article never names.
  const verdict = options.verdictOnThem === true ? /^(Yes|No)\b[^\p{L}*]*/u.exec(r.text) : null;
  if (verdict !== null)
    return {
      ...r,
      text: `${missing}, so I can't say yes or no: please ask the school. What it does say: ${r.text.slice(verdict[0].length)}`,
    };
  return { ...r, text: `${r.text}\n\n${note}: please ask the school.` };
}

/** For anything the article doesn't cover. */
export function outOfScopeAnswer(kb: KnowledgeBase, tokens: readonly string[]): Reply {
  const silence = silenceFor(kb, tokens);
  if (silence !== undefined) return notAnswered('article_silent', reply(silence.text, silence.followUps));
  return notAnswered(
    'out_of_scope',
    reply(
      `Sorry, I can't help with that: it isn't covered by the information I have, and I'd rather not guess. ${WHAT_I_KNOW}`,
      STARTER_QUESTIONS,
    ),
  );
}

/** The article's silence a message runs into (pay, jobs…): the first one with a trigger whose words are all in it. */
export function silenceFor(kb: KnowledgeBase, said: readonly string[]): Silence | undefined {
  const byFirstWord = triggerIndex(kb.silences);
  const tokens = joinStateNames(kb, said);
  let first = kb.silences.length;
  for (const token of tokens)
    for (const { at, trigger } of byFirstWord.get(token) ?? []) if (at < first && occursIn(trigger, tokens)) first = at;
  return kb.silences[first];
}

/** Each knowledge base's state and region names of several words, as tokens ("new mexico"), built once. */
const stateNameTokens = new WeakMap<KnowledgeBase, readonly (readonly string[])[]>();

/**
 * The tokens with each US state or region named in several words joined into one: "New Mexico" never triggers
 * "Mexico", nor "New England" "England".
 */
function joinStateNames(kb: KnowledgeBase, tokens: readonly string[]): readonly string[] {
  let names = stateNameTokens.get(kb);
  if (names === undefined) {
    names = [...kb.states.map((s) => s.name), ...kb.query.regions.flatMap((r) => r.phrases)]
      .map((name) => name.toLowerCase().split(/\s+/))
      .filter((words) => words.length > 1);
    stateNameTokens.set(kb, names);
  }
  const out: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const name = names.find((words) => words.every((w, k) => tokens[i + k] === w));
    out.push(name === undefined ? (tokens[i] as string) : name.join('_'));
    if (name !== undefined) i += name.length - 1;
  }
  return out;
}

/** A silence's trigger and the silence's place in its list. */
interface IndexedTrigger {
  readonly at: number;
  readonly trigger: readonly string[];
}

/** Each list of silences' triggers by their first word, built once: a message's words then find theirs directly. */
const triggerIndexes = new WeakMap<readonly Silence[], ReadonlyMap<string, readonly IndexedTrigger[]>>();

function triggerIndex(silences: readonly Silence[]): ReadonlyMap<string, readonly IndexedTrigger[]> {
  const known = triggerIndexes.get(silences);
  if (known !== undefined) return known;
  const index = new Map<string, IndexedTrigger[]>();
  silences.forEach((silence, at) => {
    for (const trigger of silence.triggers) {
      const word = trigger[0];
      if (word === undefined) continue;
      const list = index.get(word) ?? [];
      list.push({ at, trigger });
      index.set(word, list);
    }
  });
  triggerIndexes.set(silences, index);
  return index;
}

/** How many other words may stand between two words of a trigger ("what kind of courses"). */
const TRIGGER_GAP = 4;

/** True when the trigger's words occur in order, each at most {@link TRIGGER_GAP} words after the one before. */
function occursIn(trigger: readonly string[], tokens: readonly string[]): boolean {
  for (let start = tokens.indexOf(trigger[0] ?? ''); start >= 0; start = tokens.indexOf(trigger[0] ?? '', start + 1)) {
    let at = start;
    for (let k = 1; k < trigger.length && at >= 0; k++) {
      const next = tokens.indexOf(trigger[k] as string, at + 1);
      at = next >= 0 && next <= at + 1 + TRIGGER_GAP ? next : -1;
    }
    if (at >= 0) return true;
  }
  return false;
}

/** "Hi everyone": who the bot is and how to ask it in a team or group chat (by @mentioning it). */
export function teamIntroAnswer(kb: KnowledgeBase, botName: string | undefined): Reply {
  const name = botName !== undefined && botName.trim() !== '' ? botName.trim() : 'PACS Advisor';
  const example = kb.programs[0] !== undefined ? `how much is ${kb.programs[0].shortName}?` : 'what is PACS?';
  return reply(
    `Hi everyone, I'm **${name}**. I answer questions about PACS certificate programs: what PACS is, admission, accreditation and the ${count(kb.programs.length)} featured programs.\n\n` +
      `Here, @mention me with your question, for example *@${name} ${example}*`,
    STARTER_QUESTIONS,
  );
}
