/**
 * Turns a recognition into what the user means in this conversation: resolves follow-ups
 * ("and HACC?", "is it online?") against what was talked about before.
 */
import type { Quantity } from '../advice/queryEngine.js';
import type { EntityMention } from '../nlu/entities.js';
import type { IntentScore, Recognition } from '../nlu/recognizer.js';
import { FUNCTION_WORDS } from '../nlu/stopwords.js';
import { programByCity } from '../knowledge/places.js';
import { entriesAt, listPositions, otherDescription, pointsAtOthers, theOthers } from './listPosition.js';
import type { MemoryUpdate, TurnMemory } from './memory.js';
import type { StudentFacts } from '../advice/eligibility.js';
import {
  applicableFigures,
  compareTuition,
  residencyAt,
  studentResidency,
  type StudentResidency,
} from '../advice/tuition.js';
import { boundOrder, cheaperOf, costEstimate, type CostSide } from '../advice/costs.js';
import { PhraseMatcher } from './phraseMatcher.js';
import { knowsStudent, mergeFacts, placeRightBefore, supposes } from './student.js';
import {
  PRICE_ATTRIBUTE,
  type IntentDefinition,
  type KnowledgeBase,
  type Program,
  type ProgramAttribute,
  type SuperlativeTerm,
} from '../knowledge/types.js';

/** The intent with this id, if the knowledge base has one. */
export function intentById(kb: KnowledgeBase, id: string | undefined): IntentDefinition | undefined {
  return id === undefined ? undefined : kb.intents.find((i) => i.id === id);
}

/** The id of the intent that asks for one fact of a program ("program_tuition" for the price), if there is one. */
export function attributeIntentId(kb: KnowledgeBase, attribute: string | undefined): string | undefined {
  return kb.intents.find((i) => i.action.kind === 'programAttribute' && i.action.attribute === attribute)?.id;
}

/** The user's meaning for this turn. */
export interface Understanding {
  /** Resolved intent id, or undefined when the message is out of scope. */
  readonly intent: string | undefined;
  readonly score: number;
  readonly runnerUp: IntentScore | undefined;
  readonly ambiguous: boolean;
  /** Programs named (or, for a follow-up, carried over), in the order mentioned. */
  readonly programs: readonly string[];
  /** True when the programs came from an earlier turn rather than this message. */
  readonly programsFromContext: boolean;
  readonly accreditors: readonly string[];
  readonly states: readonly string[];
  readonly attribute: string | undefined;
  /** The attribute the message's own words name ("cost", "how long"), whatever the recognizer leaned to. */
  readonly attributeNamed: string | undefined;
  readonly residency: string | undefined;
  /** "Weber in-state or EFSC out-of-state?": a rate said of each of several programs, by program id. */
  readonly residencyOf?: Readonly<Record<string, StudentResidency>>;
  /** True when the message only made sense as a continuation of the previous one. */
  readonly followUp: boolean;
  /** What the conversation knows about the student, this message included. */
  readonly student: StudentFacts;
  /** What the conversation knew before a message that only supposes ("what if I got a job as an X-ray tech?"). */
  readonly knownBefore?: StudentFacts;
  /** True when the question asks for a yes or a no ("Is Weber online?", "Can a nurse apply?"). */
  readonly yesNo: boolean;
  /** Amounts in the question (or, when it has none, in the rest of the message): money, figures, credits, time. */
  readonly figures: readonly Quantity[];
  /** What the question asks for by name without a figure: a tuition unit ("per year"), the number of credits. */
  readonly asks: Asks;
  /** True when the message was longer than the bot reads and was cut. */
  readonly cut: boolean;
  /** The message's language, when it is not English. */
  readonly language: 'en' | 'es';
  readonly recognition: Recognition;
  /** A second question asked in the same sentence ("…, and how long does it take?"), answered after this one. */
  readonly then?: string;
  /** The whole message's words, when the question is only part of it ("… need online. What fits me?"). */
  readonly story?: readonly string[];
  /** Names the message gives that the knowledge never mentions ("JRCERT", "CIIP"), as typed. */
  readonly unknownNames?: readonly string[];
  /** Where a school's taking of someone starts ("does OIT take people without a degree?"): what follows describes them. */
  readonly personTaken?: number;
  /** "The cheaper one": a comparison that only points at one of two programs (now in `programs`), asking no ranking. */
  readonly pickedByComparison?: true;
}

/** Details a question asks for by name ("how much per year?", "how many credits?"). */
export interface Asks {
  readonly unit?: 'per_credit' | 'per_year' | 'per_semester';
  readonly credits?: boolean;
  /** The whole cost of the program ("overall", "in total"), not a rate. */
  readonly total?: boolean;
  /** What the cost comes to a month ("per month", "monthly"). */
  readonly perMonth?: boolean;
  /** What the student can put aside a month, when they ask how long saving up would take ("$450 a month… how many months?"). */
  readonly savesMonthly?: number;
  /** How many people the cost is for, when more than one ("for the two of us", "me and my wife"). */
  readonly people?: number;
  /** Whether the program needs the student to move or attend in person ("do I have to relocate?"): online turned around. */
  readonly inPerson?: boolean;
  /** Whether the student wants the choice of attending ("could I drive up for classes?"), not whether they must. */
  readonly attendWish?: boolean;
  /** Whether the question asks what is required ("do I have to…", "must I…"), not what is possible. */
  readonly obliged?: boolean;
  /** Whether the student will stay where they are ("without moving", "I can't relocate"). */
  readonly staying?: boolean;
  /** Whether work experience is asked about ("do I need to have worked in the field?"). */
  readonly experience?: boolean;
  /** By how much two figures differ ("how much more per credit", "the difference between", "more than double"). */
  readonly difference?: boolean;
  /** "More than double", "2x", "six times": the multiple one figure is weighed against. */
  readonly times?: number;
  /** "More or less than double?": which side of the multiple, asked as a choice rather than a yes or no. */
  readonly eitherSide?: boolean;
  /** "More than four times as long?", "under twice the price?": the multiple as a bound, not as about equal. */
  readonly timesBound?: 'above' | 'below';
  /** Whether the question asks if programs share a fact ("are they the same length?"). */
  readonly same?: boolean;
  /** Which value of a fact the most programs share ("which accreditor shows up the most?", "which state has the most?"). */
  readonly mostShared?: boolean;
  /** What would remain of the student's money after paying for a program ("how much would I have left over?"). */
  readonly leftover?: boolean;
  /** What the student pays themselves after someone else pays an amount ("out of pocket after the $4,800"). */
  readonly outOfPocket?: boolean;
  /** Two programs' costs added together ("combined", "one would do Clarkson and the other HACC"). */
  readonly sum?: boolean;
}

/** What the understander found in the whole message besides the question's recognition. */
export interface MessageContext {
  /** Facts the message gives about the student. */
  readonly student: StudentFacts;
  /** Programs and states named only as where the student lives ("I live in Omaha"): not what they ask about. */
  readonly residenceOnly: { readonly programs: readonly string[]; readonly states: readonly string[] };
  /** Programs named in the message outside the question itself ("I like Weber. Is it online?"). */
  readonly otherPrograms: readonly string[];
  /** True when the question quotes a program's figure right after its name ("is HACC's 14k per year?"). */
  readonly quotesFigure?: boolean;
  /** Accrediting bodies named in the message outside the question itself ("Our college is HLC-accredited. …"). */
  readonly otherAccreditors?: readonly string[];
  /** Programs listed on their own as the question's options ("Weber or OIT: which is quicker?"). */
  readonly options?: readonly string[];
  /** Programs asked the same question in a part of their own ("How much is Weber? And Clarkson?"). */
  readonly alsoPrograms?: readonly string[];
  readonly yesNo: boolean;
  readonly figures: readonly Quantity[];
  readonly asks: Asks;
  readonly cut: boolean;
  readonly language: 'en' | 'es';
  /** The whole message's words, when the question is only part of it. */
  readonly story?: readonly string[];
  /** The residency the story around the question names ("I'd be an out-of-state student"), when the question names none. */
  readonly storyResidency?: string;
  readonly unknownNames?: readonly string[];
}

/** A message with nothing around its question. */
export const PLAIN_MESSAGE: MessageContext = {
  student: {},
  residenceOnly: { programs: [], states: [] },
  otherPrograms: [],
  yesNo: false,
  figures: [],
  asks: {},
  cut: false,
  language: 'en',
};

/** "The other online one": a fact word before these describes a program, not the fact asked for. */
const ONE_WORDS: ReadonlySet<string> = new Set([
  'one',
  'ones',
  'program',
  'programs',
  'school',
  'schools',
  'option',
  'options',
]);
/** Words that close a bare program name ("Weber it is", "Weber then"). */
const BARE_TAILS: ReadonlySet<string> = new Set(['it', 'is', 'then', 'one', 'guess', 'i']);
/** Words after "by" that point at the body just explained ("accredited by it?"). */
const BY_POINTERS: ReadonlySet<string> = new Set(['it', 'that', 'this', 'them', 'those']);
/** Words with which a question points at a body named before it ("shares our accreditor", "that commission"). */
const BODY_POINTERS: ReadonlySet<string> = new Set(['our', 'my', 'same', 'share', 'shares', 'that', 'this', 'its']);

/** Kinds of question about one program's facts, which need a program to answer. */
export const PROGRAM_SPECIFIC: ReadonlySet<string> = new Set(['programAttribute', 'programOverview']);
/** Further kinds of question asked again for another home ("what if I'm out of state?"). */
const RE_ASKED = new Set(['compare', 'query']);
/** Words before "year" or "month" that make it a rate's unit ("per year", "each month"); "a year" is also a length ("less than a year"). */
const RATE_MARKERS: ReadonlySet<string> = new Set(['per', 'each', 'every']);
/** Action kinds whose programs may be named by their state ("the Utah one"). */
const NAMES_PROGRAMS = new Set([...PROGRAM_SPECIFIC, 'compare']);
/** The attribute a message asks about when it names a place and no other attribute ("anything in Texas?"). */
const PLACE_ATTRIBUTE: ProgramAttribute = 'location';
/** Words that ask how long something takes, so a length in the message is the question, not what a price is for. */
const LENGTH_ASKED: ReadonlySet<string> = new Set([
  'long',
  'longer',
  'longest',
  'fast',
  'faster',
  'fastest',
  'quick',
  'quicker',
  'quickest',
  'short',
  'shorter',
  'shortest',
  'take',
  'takes',
  'finish',
  'done',
  'complete',
]);
/** A follow-up naming one fact of the program discussed ("whats that rate") is this short. */
const FACT_FOLLOW_UP_WORDS = 5;
/** The two facts programs are measured and ranked on. */
const MEASURES: ReadonlySet<string> = new Set([PRICE_ATTRIBUTE, 'duration']);
/** Words that may follow "which is less" and keep it a question of price ("…for me?", "…overall?", "…to a Texan?"). */
const WHICH_LESS_TAILS: ReadonlySet<string> = new Set(['for', 'to', 'overall', 'in', 'total', 'altogether']);
/** Words of the one asking ("how much for me?"): a question put to what was just discussed. */
const ASKER_WORDS: ReadonlySet<string> = new Set(['me', 'my', 'i']);
/** The fact of getting in, which words like "what would I be missing" name where the recognizer guesses a measure. */
const ADMISSION_ATTRIBUTE = 'admission';
const CREDENTIAL_ATTRIBUTE = 'credential';
const DELIVERY_ATTRIBUTE = 'delivery';
/** Words of owning before a thing of the student's ("our funding", "my aid"). */
const OWNERS: ReadonlySet<string> = new Set(['our', 'my', 'their', 'his', 'her']);
/** Verbs by which a thing of the student's sets a rule ("our funding requires…", "my aid says…"). */
const RULING_VERBS: ReadonlySet<string> = new Set(['requires', 'require', 'needs', 'says', 'wants', 'demands', 'only']);
/**
 * Whether the words from `start` to `end` are a thing of the student's that sets a rule ("our funding requires…"):
 * owned just before, a ruling verb just after. Such a thing is neither asked about nor a filter.
 */
export function ownRuleAt(tokens: readonly string[], start: number, end: number): boolean {
  return OWNERS.has(tokens[start - 1] ?? '') && RULING_VERBS.has(tokens[end] ?? '');
}
/** What a program leads to: exams and certifications after it. */
const CERTIFICATIONS_ATTRIBUTE = 'certifications';
/** Words of a program taking something in ("which registries does it accept?"), so what it asks to get in. */
const ACCEPTING_WORDS: ReadonlySet<string> = new Set([
  'accept',
  'accepts',
  'allow',
  'allows',
  'recognize',
  'recognizes',
  'honor',
  'honors',
]);
/** Question words that ask to pick among programs. */
const WHICH_WORDS: ReadonlySet<string> = new Set(['which', 'whichever']);
/** At most this many words ask for the gap in price again after a question of price ("and what's the gap in dollars?"). */
const GAP_FOLLOW_UP_MAX_WORDS = 10;
/** Words between a length and the program it is spent at ("a year at Weber", "six months of Clarkson"). */
const SPAN_AT: ReadonlySet<string> = new Set(['at', 'of', 'in']);
/** Words that ask for a price over the whole program ("is that for the whole certificate?"). */
const WHOLE_WORDS: ReadonlySet<string> = new Set(['whole', 'entire', 'total', 'overall', 'altogether', 'all']);
/** "If I finish in 6 months do I only pay half?": a time follow-up may say a little more. */
const TIME_FOLLOW_UP_MAX_WORDS = 16;
/** How sure the recognizer must be that a message is out of scope before a follow-up reading gives way to it. */
const OUT_OF_SCOPE_LEAN = 0.5;

/** Words after "start" that make it a request to begin the conversation again ("start over"), not a start term. */
const RESTART_WORDS: ReadonlySet<string> = new Set(['over', 'again', 'fresh', 'from']);
/** How sure the recognizer must be of the finder, as its best in-scope guess, for a student's own story to ask it for advice. */
const FINDER_LEAN = 0.1;
/** How sure the recognizer must be, as its best in-scope guess, of a question of the one fact a message names. */
const NAMED_FACT_LEAN = 0.05;
/** How many of the recognizer's best in-scope guesses a question of the one fact a message names may be among. */
const IN_SCOPE_GUESSES = 2;
/** How sure the second of those guesses must be, as a share of the first, to count. */
const RUNNER_UP_SHARE = 0.75;
/** A farewell ("ok thanks, bye for now") is at most this many words. */
const FAREWELL_MAX_WORDS = 15;
/** Facts that a figure in a cost question only scopes ("a year at Weber", "12 credits at Clarkson"). */
const SPAN_ATTRIBUTES: ReadonlySet<string> = new Set(['duration', 'credential']);

/** The ids mentioned of each kind of entity, in the order mentioned, without repeats. */
function idsByKind(entities: readonly EntityMention[]): ReadonlyMap<string, readonly string[]> {
  const byKind = new Map<string, string[]>();
  for (const e of entities) {
    const ids = byKind.get(e.kind);
    if (ids === undefined) byKind.set(e.kind, [e.id]);
    else if (!ids.includes(e.id)) ids.push(e.id);
  }
  return byKind;
}

const NONE: readonly string[] = [];

/** Words that, right after a place, say the student lives there ("a Texas resident"). */
const PLACE_RESIDENTS: ReadonlySet<string> = new Set(['resident', 'residents', 'local', 'locals']);

/**
 * True when every word outside the entities is a function word ("and HACC?", "what about in-state?"),
 * or one of `also` ("what if I lived in Idaho?" with the words that say where the student lives).
 */
function isElliptical(recognition: Recognition, also: ReadonlySet<string> = new Set()): boolean {
  const covered = new Set<number>();
  for (const e of recognition.entities) for (let i = e.start; i < e.end; i++) covered.add(i);
  if (covered.size === 0) return false;
  return recognition.tokens.every((t, i) => covered.has(i) || FUNCTION_WORDS.has(t) || also.has(t));
}

/** How many words after a program its rate may be named ("Weber in-state", "Weber's yearly out-of-state"). */
const RATE_OWNER_REACH = 2;

/** A residency the message gives ("in-state", "out of state"), not the word for residency itself ("my residency"). */
export function isResidencyValue(kb: KnowledgeBase, e: EntityMention): boolean {
  return e.kind === 'residency' && !kb.query.residencyWords.includes(e.text);
}

/** Programs a state stands for, when the message names a state instead of a school ("the Utah one"). */
function programsInStates(kb: KnowledgeBase, states: readonly string[]): string[] {
  return kb.programs.filter((p) => states.includes(p.location.stateCode)).map((p) => p.id);
}

/** How many words after the word that asks yes or no its subject may start ("is the Clarkson program…"). */
const SUBJECT_REACH = 2;

/** The program a yes/no question asks about: the one named right after its first asking word ("is Clarkson faster?"). */
function askedOf(kb: KnowledgeBase, recognition: Recognition): string | undefined {
  const at = recognition.tokens.findIndex((t) => kb.query.yesNoWords.includes(t));
  if (at < 0) return undefined;
  return recognition.entities.find((e) => e.kind === 'program' && e.start > at && e.start <= at + SUBJECT_REACH)?.id;
}

/** True when the words of a phrase appear in a row among the tokens. */
function phraseAt(tokens: readonly string[], words: readonly string[]): boolean {
  return tokens.some((_token, i) => words.every((w, k) => tokens[i + k] === w));
}

/** True when the message names a state or a region ("anything out west?"): a question about where. */
function namesPlace(kb: KnowledgeBase, recognition: Recognition, states: readonly string[]): boolean {
  if (states.length > 0) return true;
  const tokens = recognition.tokens;
  // A phrase is named when its words appear in a row.
  return kb.query.regions.some((r) => r.phrases.some((p) => phraseAt(tokens, p.split(' '))));
}

/** "Is that more than Clarkson?", "is Weber less than that?": a program set above or below another with no measure named. */
export function pricedAgainst(recognition: Recognition): 'more' | 'less' | undefined {
  const t = recognition.tokens;
  // "Which is less?", "which one costs more": the two named before, set against each other; so are "which is less for
  // a Georgia resident?" and "which is less, Weber or Clarkson?" (not "which is less time?" or "…less than 10 months?").
  const which = /\bwhich (?:one |of them |of the two )?(?:is|costs|comes to|would be|works out) (less|more)\b/.exec(
    t.join(' '),
  );
  if (which !== null) {
    const after = t
      .join(' ')
      .slice(0, which.index + which[0].length)
      .split(' ').length;
    const next = t[after];
    if (
      next === undefined ||
      WHICH_LESS_TAILS.has(next) ||
      recognition.entities.some((e) => e.kind === 'program' && e.start === after)
    )
      return which[1] as 'more' | 'less';
  }
  // "Which is higher, Weber in-state or EFSC out-of-state?": of two prices, the bigger or the smaller.
  const size = /^which (?:one |of them |of the two )?(?:is|would be) (higher|lower|bigger|smaller)\b/.exec(t.join(' '));
  if (size !== null) return size[1] === 'higher' || size[1] === 'bigger' ? 'more' : 'less';
  const at = t.findIndex((w, i) => {
    if (w !== 'more' && w !== 'less') return false;
    // "Is a year at Weber more or less than Clarkson's total?": either way, a comparison.
    // "How many times more is Clarkson than EFSC?": the program set against may come between.
    const than =
      t[i + 1] === 'than'
        ? i + 1
        : t[i + 1] === 'or' && t[i + 3] === 'than'
          ? i + 3
          : t[i - 1] === 'times'
            ? t.indexOf('than', i + 1)
            : -1;
    if (than < 0) return false;
    const next = t[than + 1] === 'the' ? than + 2 : than + 1;
    return (
      SINGULAR_REFERENCES.has(t[next] ?? '') ||
      recognition.entities.some((e) => e.kind === 'program' && e.start === next)
    );
  });
  return at < 0 ? undefined : t[at + 1] === 'or' ? 'less' : (t[at] as 'more' | 'less');
}

/** Words that point back at several things at once: "how long do they take?", "are both online?". */
export const PLURAL_REFERENCES: ReadonlySet<string> = new Set([
  'they',
  'them',
  'their',
  'those',
  'these',
  'both',
  'each',
  'either',
]);

/** "Which of the five…?", "which of all of them": a question over every program, whatever came before. */
function asksAmongAll(kb: KnowledgeBase, tokens: readonly string[]): boolean {
  const count = (t: string | undefined): boolean =>
    t !== undefined && (/^\d+$/.test(t) || kb.query.numberWords.some((n) => n.word === t));
  return tokens.some(
    (t, i) =>
      t === 'which' &&
      tokens[i + 1] === 'of' &&
      (tokens[i + 2] === 'all' || (tokens[i + 2] === 'the' && count(tokens[i + 3]))),
  );
}

/**
 * Whether a question that names no program is about the programs of the previous turn: always for
 * one program ("is it online?"), and for several only when the message points back at them
 * ("how long do they take?"), so "is financial aid available anywhere?" after a list is about all.
 */
function carriesOver(kb: KnowledgeBase, memory: TurnMemory, recognition: Recognition): boolean {
  // "Most expensive per credit?" right after the cheapest: a ranking over all of them, unless it points back ("is
  // that the cheapest?").
  if (memory.programs.length === 1)
    return (
      !asksAmongAll(kb, recognition.tokens) &&
      !(recognition.tokens.some((t) => ranksAll(kb, t)) && !recognition.tokens.some((t) => SINGULAR_REFERENCES.has(t)))
    );
  // "How much is it?" after a tie between two programs: both of them, not every program.
  if (memory.programs.length > 1 && recognition.tokens.some((t) => SINGULAR_REFERENCES.has(t))) return true;
  // "Which has financial aid?", "how about time-wise?" right after two or three programs: those, unless the question
  // is about every program ("which programs…", "anywhere").
  if (
    memory.programs.length > 1 &&
    !recognition.tokens.some((t) => EVERY_PROGRAM_WORDS.has(t) || ranksAll(kb, t)) &&
    (recognition.tokens.includes('which') ||
      recognition.tokens.filter((t) => !FUNCTION_WORDS.has(t)).length <= SHORT_FOLLOW_UP_WORDS)
  )
    return true;
  return (memory.programs.length > 1 || (memory.lastResults?.length ?? 0) > 1) && pointsBack(recognition);
}

/** How many words besides function words a follow-up as short as "how about time-wise?" or "cost?" has at most. */
const SHORT_FOLLOW_UP_WORDS = 2;

/**
 * A word of a ranking over every program ("the most expensive", "the cheapest"), unlike "which is cheaper?": "most",
 * "least", or a word of a superlative the lexicon knows ("highest" of "highest tuition"; "west" and "interest" are none).
 */
export function ranksAll(kb: KnowledgeBase, word: string): boolean {
  return word === 'most' || word === 'least' || (word.endsWith('est') && superlativeWords(kb).has(word));
}

/** Each knowledge base's words of its superlatives' phrases, built once. */
const superlativeWordSets = new WeakMap<KnowledgeBase, ReadonlySet<string>>();

function superlativeWords(kb: KnowledgeBase): ReadonlySet<string> {
  let words = superlativeWordSets.get(kb);
  if (words === undefined) {
    words = new Set(kb.query.superlatives.flatMap((s) => s.phrases.flatMap((p) => p.split(' '))));
    superlativeWordSets.set(kb, words);
  }
  return words;
}

/** Nouns that name programs in general ("the most expensive program"). */
const PROGRAM_NOUNS: ReadonlySet<string> = new Set(['program', 'programs', 'school', 'schools', 'college', 'colleges']);

/** Words that ask about every program, whatever the last turn discussed. */
const EVERY_PROGRAM_WORDS: ReadonlySet<string> = new Set([
  'programs',
  'schools',
  'colleges',
  'options',
  'any',
  'anywhere',
  'anything',
  'all',
  'every',
  'others',
]);

/** Words that point back at the program under discussion ("is it online?", "how much is that one?"). */
export const SINGULAR_REFERENCES: ReadonlySet<string> = new Set(['it', 'its', 'that', 'this']);

function pointsBack(recognition: Recognition): boolean {
  return recognition.tokens.some((t) => PLURAL_REFERENCES.has(t));
}

/** The programs "they" or "those" point back at: the last list shown, else the programs last discussed. */
function pointedAt(memory: TurnMemory, recognition: Recognition): readonly string[] {
  const list = memory.lastResults ?? [];
  return pointsBack(recognition) && list.length > 1 ? list : memory.programs;
}

/** Words that make a question about programs in general ("is there a program that…", "which schools…"), not one named earlier. */
const GENERAL_PROGRAM_WORDS: ReadonlySet<string> = new Set(['programs', 'schools', 'colleges', 'any', 'which']);

/** Words that ask about any program at all ("anything shorter than Weber?"). */
const ANY_WORDS: ReadonlySet<string> = new Set(['anything', 'something', 'any', 'others']);
/** Words for a program's own rates ("a cheaper rate there"). */
const RATE_WORDS: ReadonlySet<string> = new Set(['rate', 'rates']);

/** Words that name no program but point back at one ("could I get into that one?"). */
const POINTERS: ReadonlySet<string> = new Set(['that', 'this', 'it']);
const POINTED_NOUNS: ReadonlySet<string> = new Set(['one', 'program', 'school', 'college', 'course', 'certificate']);

/**
 * True when the question asks about programs in general rather than about one the story named;
 * "could I get into that one?" points back at the story's program, whatever else the story says ("I never did any tech school").
 */
function asksInGeneral(kb: KnowledgeBase, recognition: Recognition): boolean {
  const t = recognition.tokens;
  // "…HACC's 3 years is too long. What's the quickest thing I can do?": a ranking of them all, pointing at none.
  if (t.some((w) => ranksAll(kb, w)) && !t.some((w) => POINTERS.has(w))) return true;
  const pointsBack = t.some(
    (w, i) => (POINTERS.has(w) && POINTED_NOUNS.has(t[i + 1] ?? '')) || (w === 'it' && i === t.length - 1),
  );
  return (
    !pointsBack &&
    t.some((w, i) => GENERAL_PROGRAM_WORDS.has(w) || (w === 'a' && (t[i + 1] === 'program' || t[i + 2] === 'program')))
  );
}

/** Words after "which" that choose one of the things named ("which one", "which of them", "which would you pick"). */
const CHOOSING_AFTER_WHICH: ReadonlySet<string> = new Set(['one', 'of', 'would', 'should', 'will', 'do', 'does']);

/**
 * True when the question chooses among the programs the message named before it: "I'm torn between HACC and
 * Clarkson. My goal is the ABII. Which one?" A ranking of them all ("which is cheapest?") still asks about every program.
 */
function choosesAmong(kb: KnowledgeBase, recognition: Recognition, named: readonly string[]): boolean {
  const t = recognition.tokens;
  return (
    named.length > 1 &&
    !t.some((w) => ranksAll(kb, w)) &&
    t.some((w, i) => w === 'which' && CHOOSING_AFTER_WHICH.has(t[i + 1] ?? ''))
  );
}

/** True when the winning intent asks for more confidence than the recognizer has. */
function belowOwnBar(intent: IntentDefinition | undefined, recognition: Recognition): boolean {
  return (
    intent?.minConfidence !== undefined &&
    recognition.intent !== undefined &&
    recognition.intent.score < intent.minConfidence
  );
}

/** Word sets read off the knowledge base's vocabulary, for checking a message's words one at a time. */
interface WordSets {
  /** Words of a home or a move given to change the last answer ("I'm in Oregon btw, if that matters"). */
  readonly homeChange: ReadonlySet<string>;
  readonly moving: ReadonlySet<string>;
  readonly reask: ReadonlySet<string>;
  /** The same, with words of a tuition rate ("and Weber per semester?"). */
  readonly reaskAtRate: ReadonlySet<string>;
  /** Words of a rate or a total asked of the program discussed ("and per month?"). */
  readonly rate: ReadonlySet<string>;
  /** Words that point into a list ("the first one", "the other one"). */
  readonly pointers: ReadonlySet<string>;
  /** One-word superlatives and comparatives ("cheapest", "longer"), and words that order programs ("sort"). */
  readonly ranking: ReadonlySet<string>;
  /** Words of a person ("someone", "people", "me"), for "would EFSC take someone like me?". */
  readonly persons: ReadonlySet<string>;
  /** Words of a unit ("year", "dollars"), for "take a year", which is no person. */
  readonly units: ReadonlySet<string>;
  /** What a school wants from an applicant, asked ("what do they need from me", "the bare minimum"). */
  readonly admissionAsked: RegExp;
  /** Words that keep what the last message supposed ("assuming that works out", "in that case"). */
  readonly keepsSupposition: PhraseMatcher<true>;
  readonly entryEase: PhraseMatcher<true>;
  /** "Cheaper", "takes longer": a word that sets one program against another. */
  readonly comparatives: PhraseMatcher<true>;
  /** Comparatives that can pick one of two programs ("the cheaper one"): every superlative phrase but a ranking's. */
  readonly pickingComparatives: PhraseMatcher<SuperlativeTerm>;
  /** Words of getting in ("need", "get into", "apply"): with them, a guess of the entry requirements stands. */
  readonly entry: PhraseMatcher<true>;
  /** Filler and the words that close a bare program name ("so Weber then?", "ok Weber it is"). */
  readonly bareTails: ReadonlySet<string>;
  /** Words of studying online ("online", "from home"). */
  readonly online: PhraseMatcher<true>;
}

/** Words before "take" that make a school the one taking ("would they take me?", "does any program take nurses?"). */
const SCHOOL_SUBJECTS: ReadonlySet<string> = new Set([
  'they',
  'them',
  'school',
  'schools',
  'program',
  'programs',
  'college',
  'colleges',
  'university',
  'one',
  'ones',
]);
/** Words that open a question of what someone can do ("could a nurse do EFSC's program?"). */
const MODALS: ReadonlySet<string> = new Set(['can', 'could', 'would', 'will', 'may']);
/** Words that ask something other than whether ("when can he start?", "how could I do it faster?"). */
const QUESTION_WORDS: ReadonlySet<string> = new Set(['when', 'how', 'where', 'what', 'which', 'why', 'who']);
/** What a person does with a program when asking whether they can ("do", "join", "enroll in"). */
const DOING_VERBS: ReadonlySet<string> = new Set(['do', 'join', 'attend', 'enroll', 'enrol', 'start', 'study']);
/** How many words may come before the person's noun ("a diagnostic radiologist", "a licensed practical nurse"). */
const PERSON_NOUN_REACH = 3;
/** How many words may describe the person before what they would do ("a radiologist MD with no registry do…"). */
const PERSON_WORDS = 6;
/** Articles before a noun ("the cost of a divorce"). */
const ARTICLES: ReadonlySet<string> = new Set(['a', 'an', 'the']);
/** Words that ask for programs in an order. */
const RANKING_WORDS = ['sort', 'rank', 'order', 'compare', 'most', 'least'];

/** Each knowledge base's word sets, built once. */
const wordSets = new WeakMap<KnowledgeBase, WordSets>();

function wordSetsOf(kb: KnowledgeBase): WordSets {
  const known = wordSets.get(kb);
  if (known !== undefined) return known;
  const words = (phrases: readonly string[]): string[] => phrases.flatMap((p) => p.split(' '));
  const { query } = kb;
  const { ordinals, nouns, numberPrefixes } = query.positions;
  const sets: WordSets = {
    homeChange: new Set([
      ...words(kb.student.residence),
      ...words(query.movingTimes),
      ...query.reaskWords,
      ...words(query.changeWords),
      ...query.fillers,
    ]),
    moving: new Set(query.movingTimes),
    reask: new Set(query.reaskWords),
    reaskAtRate: new Set([...query.reaskWords, ...words(query.moneyUnits.map((m) => m.phrase))]),
    rate: new Set(
      words([
        ...query.moneyUnits.map((m) => m.phrase),
        ...query.monthlyWords,
        ...query.totalFollowUps,
        ...query.totalCost,
      ]),
    ),
    pointers: new Set([...ordinals.map((o) => o.word), ...nouns, ...numberPrefixes, ...query.otherWords]),
    admissionAsked: new RegExp(`\\b(?:${query.admissionAsked.join('|')})\\b`),
    ranking: new Set([
      ...query.superlatives.flatMap((x) => x.phrases).filter((p) => !p.includes(' ')),
      ...RANKING_WORDS,
    ]),
    persons: new Set(
      [
        'me',
        ...query.people,
        ...words(query.otherPeople),
        ...words(kb.student.selfNouns),
        // "Does EFSC take therapists?", "would OIT take a paramedic?": who the student may be, one or many.
        ...backgroundNouns(kb).flatMap((n) => [n, `${n}s`]),
      ].filter((w) => !ARTICLES.has(w)),
    ),
    units: new Set(query.units.flatMap((u) => u.phrase.split(' '))),
    keepsSupposition: new PhraseMatcher(query.suppositionKept.map((p) => [p, true] as const)),
    entryEase: new PhraseMatcher(query.entryEase.map((p) => [p, true] as const)),
    comparatives: new PhraseMatcher(query.comparatives.map((p) => [p, true] as const)),
    pickingComparatives: new PhraseMatcher(
      query.superlatives.flatMap((t) =>
        t.phrases.filter((p) => !p.split(' ').some((w) => ranksAll(kb, w))).map((p) => [p, t] as const),
      ),
    ),
    // The softer words of getting in count alone ("apply"), not in phrases that also ask other things ("for me").
    entry: new PhraseMatcher(
      [
        ...kb.student.requirementCues,
        ...query.eligibility,
        ...query.institutionAdmission,
        ...query.eligibilityWeak.filter((p) => !p.includes(' ')),
      ].map((p) => [p, true] as const),
    ),
    bareTails: new Set([...query.fillers, ...BARE_TAILS]),
    online: new PhraseMatcher(
      query.criteria.filter((c) => c.id === 'online').flatMap((c) => c.phrases.map((p) => [p, true] as const)),
    ),
  };
  wordSets.set(kb, sets);
  return sets;
}

/** The last word of each background's phrases ("therapist" of "radiation therapist"): a noun for a kind of person. */
function backgroundNouns(kb: KnowledgeBase): string[] {
  return kb.student.backgrounds
    .flatMap((b) => b.phrases.map((p) => p.split(' ').at(-1) ?? ''))
    .filter((w) => w.length > 2);
}

/**
 * "Would EFSC take a pharmacist?", "does OIT take people without a degree?": the place of a "take" whose object is a
 * person, which admits them rather than lasting. "A"/"an" make a person only of someone the student reader saw.
 */
function takesPerson(recognition: Recognition, words: WordSets, personSaid: boolean): number {
  const { tokens, entities } = recognition;
  // "Could a nurse do EFSC's program?", "can someone like me join Weber?": a person doing a program named, asked.
  const doing = tokens.findIndex((t, i) => {
    // "When can he start at Clarkson?" asks when, not whether.
    if (!MODALS.has(t) || QUESTION_WORDS.has(tokens[i - 1] ?? '')) return false;
    const from = ARTICLES.has(tokens[i + 1] ?? '') ? i + 2 : i + 1;
    // "Could a diagnostic radiologist…": the person's noun may come after a word or two describing them.
    const person = tokens.findIndex((w, j) => j >= from && j < from + PERSON_NOUN_REACH && words.persons.has(w));
    if (person < 0) return false;
    const verb = tokens.findIndex((w, j) => j > person && j <= person + PERSON_WORDS && DOING_VERBS.has(w));
    const program = entities.find((e) => e.kind === 'program' && e.start > verb);
    // "Can you do OIT online?": how the program is taken, not whether it takes the person.
    const howTaken = entities.some(
      (e) => e.kind === 'attribute' && e.id !== ADMISSION_ATTRIBUTE && program !== undefined && e.start >= program.end,
    );
    return verb > 0 && program !== undefined && !howTaken;
  });
  if (doing >= 0) return doing + 1;
  // "Is EFSC open to a nurse?": a program open to a person.
  const openTo = tokens.findIndex((t, i) => {
    if (t !== 'open' || tokens[i + 1] !== 'to') return false;
    const from = ARTICLES.has(tokens[i + 2] ?? '') ? i + 3 : i + 2;
    return (
      tokens.slice(from, from + PERSON_NOUN_REACH).some((w) => words.persons.has(w)) &&
      entities.some((e) => e.kind === 'program' && e.end <= i)
    );
  });
  if (openTo >= 0) return openTo + 1;
  return tokens.findIndex((t, i) => {
    if (t !== 'take' && t !== 'takes') return false;
    // The school takes someone; "would it take me a year?" is a question of time.
    const bySchool =
      SCHOOL_SUBJECTS.has(tokens[i - 1] ?? '') || entities.some((e) => e.kind === 'program' && e.end === i);
    // "How long would OIT take someone like me?" asks the time after all.
    if (!bySchool || tokens.some((w, j) => w === 'how' && tokens[j + 1] === 'long')) return false;
    const next = tokens[i + 1] ?? '';
    if (words.persons.has(next)) return true;
    return personSaid && (next === 'a' || next === 'an') && !words.units.has(tokens[i + 2] ?? '');
  });
}

/** Verbs of studying a program ("can I do Weber from Texas?"). */
const STUDYING_VERBS: ReadonlySet<string> = new Set(['do', 'take', 'study', 'complete', 'finish', 'attend']);
/** How far before "from" the verb may stand ("can I do that whole program from Maine?"). */
const AFAR_REACH = 5;
/** "Can I do Weber from Texas?": a program studied from a place named, which asks whether it can be done remotely. */
export function studiesFromAfar(recognition: Recognition): boolean {
  return recognition.tokens.some(
    (t, i) =>
      t === 'from' &&
      recognition.entities.some((e) => (e.kind === 'state' || e.kind === 'city') && e.start === i + 1) &&
      recognition.tokens.slice(Math.max(0, i - AFAR_REACH), i).some((w) => STUDYING_VERBS.has(w)),
  );
}

/** Words of a link between programs and something named ("some connection to that board", "linked to it"). */
const LINK_WORDS: ReadonlySet<string> = new Set([
  'connection',
  'connections',
  'connected',
  'link',
  'links',
  'linked',
  'related',
  'relation',
  'tied',
  'tie',
  'ties',
  'associated',
]);
/** Words that point at the items a topic's answer named ("which of those", "which one"). */
const TOPIC_ITEM_POINTERS: ReadonlySet<string> = new Set(['those', 'these', 'them', 'one']);
/** Papers an application is made of ("what paperwork should I collect?"). */
const APPLICATION_PAPERS: ReadonlySet<string> = new Set(['paperwork', 'documents', 'transcripts', 'forms']);
/** How far after a verb of studying "online" may come ("finish it entirely online"). */
const ONLINE_AFTER_REACH = 3;
/** "What is it?", "what's that", "what does it stand for": a thing named before, asked what it is. */
const WHAT_IS_IT =
  /\b(?:what (?:is|s)|whats) (?:it|that|this)\b|\bwhat (?:are|re) (?:they|those|these|them)\b|\bwhat (?:does|do) (?:it|that|this|they) (?:mean|stand for)\b/;
/** Nouns of a program's credential that may name the program itself ("for the associate degree"). */
const DESCRIBING_NOUNS: ReadonlySet<string> = new Set(['degree', 'diploma', 'associate']);
/** Words before a program's noun that make it the program described ("for the…", "in their…"). */
const DESCRIBING_PREPOSITIONS: ReadonlySet<string> = new Set(['for', 'in', 'toward', 'towards', 'during', 'within']);
const DESCRIBING_DETERMINERS: ReadonlySet<string> = new Set(['the', 'its', 'their', 'this', 'that', 'your']);
/** How far back from the noun its determiner may stand ("for the radiology informatics associate degree"). */
const DESCRIBING_REACH = 4;

/** Whether the noun at `start` follows "for the…" or "in its…": the program described, not a fact asked about. */
export function describedAt(tokens: readonly string[], start: number): boolean {
  for (let i = start - 1; i >= Math.max(0, start - DESCRIBING_REACH); i--) {
    if (DESCRIBING_DETERMINERS.has(tokens[i] ?? '')) return DESCRIBING_PREPOSITIONS.has(tokens[i - 1] ?? '');
  }
  return false;
}

/** "The cost of living in Klamath Falls", "the price of gas": a price of something other than a program. */
function priceOfSomethingElse(recognition: Recognition): boolean {
  const { tokens, entities } = recognition;
  return entities.some((e) => {
    if (e.kind !== 'attribute' || e.id !== PRICE_ATTRIBUTE || tokens[e.end] !== 'of') return false;
    const at = ARTICLES.has(tokens[e.end + 1] ?? '') ? e.end + 2 : e.end + 1;
    const next = tokens[at] ?? '';
    return (
      !PROGRAM_NOUNS.has(next) &&
      !entities.some((x) => x.kind === 'program' && x.start === at) &&
      !SINGULAR_REFERENCES.has(next) &&
      !PLURAL_REFERENCES.has(next)
    );
  });
}

/**
 * "The cheaper one", "the longer program": of the two programs in play, the one that comparison picks, when the
 * article settles it (at the student's rates, where it has them); undefined when it does not, or nothing is compared.
 */
function pickedByComparison(
  kb: KnowledgeBase,
  words: WordSets,
  tokens: readonly string[],
  pair: readonly string[],
  residency: StudentResidency | undefined,
  homeState: string | undefined,
): string | undefined {
  // "Which is the cheaper one?" asks the comparison itself; "the fastest one" ranks them all.
  if (tokens.includes('which')) return undefined;
  const nouns = kb.query.positions.nouns;
  const term = words.pickingComparatives
    .match(tokens)
    .find((m) => tokens[m.start - 1] === 'the' && nouns.includes(tokens[m.end] ?? ''))?.tag;
  const [a, b] = pair.map((id) => kb.programs.find((p) => p.id === id));
  if (term === undefined || a === undefined || b === undefined) return undefined;
  const lowest = term.order === 'lowest';
  if (term.measure === 'duration') {
    const mid = (p: Program): number => p.duration.minMonths + p.duration.maxMonths;
    if (mid(a) === mid(b)) return undefined;
    return mid(a) < mid(b) === lowest ? a.id : b.id;
  }
  if (term.measure !== 'tuition') return undefined;
  const [sideA, sideB] = [a, b].map((program): CostSide => {
    const at = residencyAt(program, residency, homeState);
    return { program, figures: applicableFigures(program, at), estimate: costEstimate(program, at) };
  }) as [CostSide, CostSide];
  const order = cheaperOf(sideA.estimate, sideB.estimate);
  if (order !== 'unknown') return (order === 'first') === lowest ? a.id : b.id;
  // A figure without a unit whose every reading is below (or above) the other's estimated total.
  const bound = boundOrder(sideA, sideB);
  if (bound !== undefined) return (lowest ? bound.cheap : bound.dear).program.id;
  const [first, second] = compareTuition([a, b], lowest ? 'lowest' : 'highest', residency, undefined, homeState).ranked;
  return first !== undefined && second !== undefined && first.figure.amount !== second.figure.amount
    ? first.program.id
    : undefined;
}

/** Resolves this turn's meaning from the recognition and the previous turn's memory. */
export function understand(
  recognition: Recognition,
  kb: KnowledgeBase,
  memory?: TurnMemory,
  message: MessageContext = PLAIN_MESSAGE,
): Understanding {
  const words = wordSetsOf(kb);
  // "$6,228 per year", "per year of study": the unit of a rate, not a question of how long.
  // "I'm an ARRT rad tech…": a body the student holds is about them, not a question about what programs lead to.
  const held = new Set((message.student.registrations ?? []).map((r) => r.toLowerCase()));
  const personSaid = message.student.background !== undefined || (message.student.registrations ?? []).length > 0;
  const admitting = takesPerson(recognition, words, personSaid);
  // "What about the other online one, how much is it?": "online" picks the program; the question is its price.
  const describing = otherDescription(recognition.tokens, kb.query);
  // "Which registries does it accept?": what a program takes to get in, not the exams it leads to.
  const accepting = recognition.tokens.some((t) => ACCEPTING_WORDS.has(t));
  const mentioned = idsByKind(
    recognition.entities.filter(
      (e) =>
        !(e.kind === 'attribute' && e.id === 'duration' && RATE_MARKERS.has(recognition.tokens[e.start - 1] ?? '')) &&
        // "Does OIT take people without a degree?": what follows the person taken describes them.
        !(e.kind === 'attribute' && admitting >= 0 && e.start >= admitting) &&
        !(e.kind === 'attribute' && held.has(e.text)) &&
        !(e.kind === 'attribute' && e.start > describing.from && e.end <= describing.to) &&
        // "Weber is way shorter, right? By how much?": "by how much" asks the size of a gap, not a price.
        !(e.kind === 'attribute' && recognition.tokens[e.start - 1] === 'by') &&
        // "Our funding requires the provider to be accredited": the student's own thing setting a rule is not asked about.
        // (The ruling verb may be read as a fact itself: "requires" as admission.)
        !(
          e.kind === 'attribute' &&
          (ownRuleAt(recognition.tokens, e.start, e.end) || ownRuleAt(recognition.tokens, e.start - 1, e.start))
        ) &&
        // "A single 3-credit class at each": credits counted out are an amount, not a question about credits.
        !(e.kind === 'attribute' && /^credits?$/.test(e.text) && /^\d+$/.test(recognition.tokens[e.start - 1] ?? '')) &&
        // "Which could I finish entirely online?": how it is finished, not how long it takes.
        !(
          e.kind === 'attribute' &&
          STUDYING_VERBS.has(e.text) &&
          words.online.match(recognition.tokens.slice(e.end, e.end + ONLINE_AFTER_REACH)).length > 0
        ) &&
        // "Evening classes for the radiology informatics degree?": the degree says which program, not what is asked.
        !(e.kind === 'attribute' && DESCRIBING_NOUNS.has(e.text) && describedAt(recognition.tokens, e.start)),
    ),
  );
  const inQuestion = (mentioned.get('program') ?? NONE).filter((id) => !message.residenceOnly.programs.includes(id));
  // "Weber or Clarkson — which is cheaper?": the programs listed on their own are what "which" chooses between.
  const options = message.options ?? NONE;
  const named =
    inQuestion.length > 0
      ? [...new Set([...inQuestion, ...(message.alsoPrograms ?? NONE)])]
      : options.length > 1
        ? options
        : asksInGeneral(kb, recognition) && !choosesAmong(kb, recognition, message.otherPrograms)
          ? inQuestion
          : message.otherPrograms;
  const states = (mentioned.get('state') ?? NONE).filter((code) => !message.residenceOnly.states.includes(code));
  // "What's Weber per month?": the month is what the cost is spread over, not a length asked.
  // "Is HACC's $14,198 for the whole degree or per year?": a program's figure quoted is its price asked about.
  const attributes =
    message.quotesFigure === true && message.asks.unit !== undefined
      ? [PRICE_ATTRIBUTE]
      : message.asks.perMonth === true
        ? [
            PRICE_ATTRIBUTE,
            ...(mentioned.get('attribute') ?? NONE).filter((a) => a !== PRICE_ATTRIBUTE && a !== 'duration'),
          ]
        : (mentioned.get('attribute') ?? NONE).map((a) =>
            a === CERTIFICATIONS_ATTRIBUTE && accepting ? ADMISSION_ATTRIBUTE : a,
          );
  // "in-state or out-of-state?" names both: then neither one is asked for.
  // "Texas resident": where the student lives, which decides the rate against each program's state; not "in-state" as such.
  // A "Florida resident" asking about a Florida program keeps "in-state" as said.
  // "Which costs less for a Florida resident, EFSC or Weber?": in-state only where every program asked about is in Florida.
  const namedStates = new Set(kb.programs.filter((p) => named.includes(p.id)).map((p) => p.location.stateCode));
  const homeOfNamed = namedStates.size === 1 ? namedStates : new Set<string>();
  const placed = (e: EntityMention): boolean =>
    PLACE_RESIDENTS.has(e.text) &&
    recognition.entities.some(
      (p) =>
        // "Ogden local": a program's city said as a home is a place too.
        (p.kind === 'state' || p.kind === 'city' || (p.kind === 'program' && programByCity(kb, p) !== undefined)) &&
        placeRightBefore(p, e.start, recognition.tokens) &&
        !homeOfNamed.has(p.kind === 'program' ? (programByCity(kb, p)?.location.stateCode ?? p.id) : p.id),
    );
  const residencies = [
    ...new Set(recognition.entities.filter((e) => isResidencyValue(kb, e) && !placed(e)).map((e) => e.id)),
  ];
  // "Weber in-state or out for me?": the other rate, said short, is named too, so both are.
  const otherSaidShort = recognition.entities.some(
    (e) =>
      isResidencyValue(kb, e) &&
      recognition.tokens[e.end] === 'or' &&
      ['out', 'in'].includes(recognition.tokens[e.end + 1] ?? ''),
  );
  const ratesNamed = residencies.length + (otherSaidShort ? 1 : 0);
  // "Weber in-state or EFSC out-of-state", "Weber's out-of-state rate vs EFSC's in-state rate": each rate right after
  // its program.
  const rateOf = new Map<string, StudentResidency>();
  for (const e of recognition.entities.filter((x) => isResidencyValue(kb, x) && !placed(x))) {
    const owner = recognition.entities.find(
      (p) => p.kind === 'program' && p.end <= e.start && e.start - p.end <= RATE_OWNER_REACH,
    );
    const rate = studentResidency(e.id);
    if (owner !== undefined && rate !== undefined && !rateOf.has(owner.id)) rateOf.set(owner.id, rate);
  }
  const residencyOf = rateOf.size > 1 && new Set(rateOf.values()).size > 1 ? Object.fromEntries(rateOf) : undefined;
  const residency = ratesNamed === 1 ? residencies[0] : residencies.length === 0 ? message.storyResidency : undefined;
  let intent = recognition.intent?.intent;
  // "I want whichever lets me start soonest": a message that names a program or one of its facts asks no cancel
  // ("start over" names none).
  const cancels = intentById(kb, intent)?.action;
  const namesFact = recognition.entities.some(
    (e) => e.kind === 'attribute' && !RESTART_WORDS.has(recognition.tokens[e.end] ?? ''),
  );
  if (cancels?.kind === 'smalltalk' && cancels.reply === 'cancel' && (namesFact || named.length > 0))
    intent = namesFact ? attributeIntentId(kb, attributes[0]) : undefined;
  // "Which certifications does it accept?", read by the recognizer as a question of what it leads to.
  const leadsTo = intentById(kb, intent)?.action;
  if (accepting && leadsTo?.kind === 'programAttribute' && leadsTo.attribute === CERTIFICATIONS_ATTRIBUTE)
    intent = attributeIntentId(kb, ADMISSION_ATTRIBUTE) ?? intent;
  // "Would EFSC take a pharmacist?", "does OIT take people without a degree?": whether a program admits them.
  const recognized = intentById(kb, intent)?.action;
  if (
    admitting >= 0 &&
    (recognized === undefined ||
      recognized.kind === 'outOfScope' ||
      recognized.kind === 'programAttribute' ||
      recognized.kind === 'programOverview')
  )
    intent = attributeIntentId(kb, ADMISSION_ATTRIBUTE) ?? intent;
  // "Can I do Weber from Texas?", "what about OIT, can I do that from Maine?": studying there from afar, so online.
  if (
    studiesFromAfar(recognition) &&
    attributes.length === 0 &&
    (named.length > 0 || (memory?.programs.length ?? 0) === 1)
  )
    intent = attributeIntentId(kb, DELIVERY_ATTRIBUTE) ?? intent;
  // "So what do they actually need from me?", "whats the bare minimum for Clarkson": what a school asks of applicants,
  // however unsure the recognizer is.
  const guess = intentById(kb, intent)?.action.kind;
  // "What paperwork should I start collecting now?": what an application needs, not a recommendation.
  const papers = guess === 'finder' && recognition.tokens.some((t) => APPLICATION_PAPERS.has(t));
  if (
    papers ||
    ((guess === undefined ||
      guess === 'outOfScope' ||
      // "What do nearly all of them ask for?", read as a request for help.
      guess === 'smalltalk' ||
      guess === 'query' ||
      guess === 'programOverview' ||
      guess === 'programList' ||
      // "What else would I have to send in?": a fact of a program guessed though the words name none.
      (guess === 'programAttribute' && !recognition.entities.some((e) => e.kind === 'attribute'))) &&
      (words.admissionAsked.test(recognition.tokens.join(' ')) ||
        // "So what does Eastern Florida want instead?": what a program named wants, no fact of it named.
        (named.length === 1 &&
          attributes.length === 0 &&
          /\bwhat (?:does|do|would|will)\b.*\b(?:want|wants|need|needs|require|requires|expect|expects)\b/.test(
            recognition.tokens.join(' '),
          ))))
  ) {
    const ofProgram = attributeIntentId(kb, ADMISSION_ATTRIBUTE);
    // Of a program named or just discussed, its own; else the general topic that becomes it when a program is named
    // (of several, the one the recognizer leans to most).
    const generals = new Set(
      kb.intents.filter((i) => i.action.kind === 'topic' && i.whenProgramNamed === ofProgram).map((i) => i.id),
    );
    const general =
      recognition.ranking.find((r) => generals.has(r.intent))?.intent ??
      [...generals].find((id) => id.includes(ADMISSION_ATTRIBUTE)) ??
      [...generals][0];
    intent = (named.length > 0 || (memory?.programs.length ?? 0) === 1 ? ofProgram : general) ?? intent;
  }
  // "RN in Lincoln, NE, 2 toddlers… where should I look for PACS?": a student who says who they are and asks, in words the
  // recognizer is unsure of, for what its best in-scope guess calls the finder, is asking it for advice.
  const firstInScope = recognition.ranking.find(
    (r) => !['outOfScope', 'smalltalk'].includes(intentById(kb, r.intent)?.action.kind ?? 'outOfScope'),
  );
  if (
    intent === undefined &&
    knowsStudent(message.student) &&
    named.length === 0 &&
    firstInScope !== undefined &&
    firstInScope.score >= FINDER_LEAN &&
    intentById(kb, firstInScope.intent)?.action.kind === 'finder'
  )
    intent = firstInScope.intent;
  // "I can put $700 a month toward school… what could I swing?": what each program comes to a month.
  // "Per month that's like?" right after a price: that price a month.
  const tokensSaid = message.story ?? recognition.tokens;
  if (
    (intent === undefined || intentById(kb, intent)?.action.kind === 'outOfScope') &&
    message.asks.perMonth === true &&
    (tokensSaid.some((t) => /\d/.test(t)) ||
      memory?.attribute === PRICE_ATTRIBUTE ||
      (memory?.programs.length ?? 0) > 0) &&
    !tokensSaid.some((t) => kb.query.incomeWords.includes(t))
  )
    intent = attributeIntentId(kb, PRICE_ATTRIBUTE);
  // "So Weber then?", "ok Weber it is": a program named with nothing else but filler asks about that program; the
  // filler is what leaves the recognizer unsure. (A bare "Alder?" the recognizer is unsure of stays the policy's.)
  if (
    (intent === undefined || ['outOfScope', 'smalltalk'].includes(intentById(kb, intent)?.action.kind ?? '')) &&
    named.length === 1 &&
    recognition.entities.every((e) => e.kind === 'program') &&
    recognition.tokens.some((t) => words.bareTails.has(t)) &&
    isElliptical(recognition, words.bareTails)
  )
    intent = kb.intents.find((i) => i.action.kind === 'programOverview')?.id ?? intent;
  // "Could I knock out a PACS certificate in one summer?", "…in 10 weeks?": whether any program takes that little, not
  // what a certificate is.
  if (
    intentById(kb, intent)?.action.kind === 'topic' &&
    message.yesNo &&
    named.length === 0 &&
    message.figures.some((f) => f.measure === 'months' && f.bound === 'at_most')
  )
    intent = attributeIntentId(kb, 'duration') ?? intent;
  // "Home health aide in Biloxi… $5000 is all I have": a farewell is a few words, never a story with facts in it.
  const farewell = intentById(kb, intent)?.action;
  if (
    farewell?.kind === 'smalltalk' &&
    farewell.reply === 'goodbye' &&
    (recognition.tokens.length > FAREWELL_MAX_WORDS || knowsStudent(message.student) || message.figures.length > 0)
  )
    intent = undefined;
  // "What's it gonna cost an Alaskan?", "what would that run me?", "what would tuition look like for me?": a price
  // named, in words the recognizer takes for off-topic or is unsure of, while one of its two best in-scope guesses is
  // a question of price, asked of the student or of programs named or discussed (not "the cost of living in Omaha"),
  // and ranking nothing.
  const inScopeGuesses = recognition.ranking
    .filter((r) => !['outOfScope', 'smalltalk'].includes(intentById(kb, r.intent)?.action.kind ?? 'outOfScope'))
    .slice(0, IN_SCOPE_GUESSES);
  // "…moving to Melbourne next month, what's my cost?": words of when the student moves name no fact.
  const factNamed = [
    ...new Set(
      recognition.entities
        .filter((e) => e.kind === 'attribute' && !e.text.split(' ').every((w) => words.moving.has(w)))
        .map((e) => e.id),
    ),
  ];
  const anchored =
    !priceOfSomethingElse(recognition) &&
    (knowsStudent(message.student) ||
      residency !== undefined ||
      named.length > 0 ||
      // "What would tuition look like for me?": what the student would pay, of every program when none is discussed.
      recognition.tokens.some((t) => ASKER_WORDS.has(t)) ||
      ((memory?.programs.length ?? 0) + (memory?.lastResults?.length ?? 0) > 0 &&
        recognition.tokens.some((t) => PLURAL_REFERENCES.has(t) || SINGULAR_REFERENCES.has(t) || ASKER_WORDS.has(t))));
  // "How long and how much for me?" after EFSC: both measures, of the program discussed.
  const measuresOnly = factNamed.length === 2 && factNamed.every((a) => MEASURES.has(a));
  if (
    (intent === undefined || intentById(kb, intent)?.action.kind === 'outOfScope') &&
    anchored &&
    ((factNamed.length === 1 && factNamed[0] === PRICE_ATTRIBUTE) || measuresOnly) &&
    !recognition.tokens.some((t) => words.ranking.has(t))
  ) {
    const best = inScopeGuesses[0]?.score ?? 0;
    const ofFact = inScopeGuesses.find((r) => {
      const action = intentById(kb, r.intent)?.action;
      // "Cost and timeline as a Jax resident?": two measures named are a question of them, however off-topic it reads.
      // A second guess counts only when nearly as sure as the first ("the graduation rate at EFSC" is no price).
      return (
        action?.kind === 'programAttribute' &&
        factNamed.includes(action.attribute) &&
        (measuresOnly || (r.score >= NAMED_FACT_LEAN && r.score >= best * RUNNER_UP_SHARE))
      );
    });
    // "What's my cost there as a Florida resident?": the student's own price, however unsure the recognizer is of it.
    const ownPrice =
      residency !== undefined ||
      recognition.entities.some((e) => e.kind === 'attribute' && recognition.tokens[e.start - 1] === 'my');
    intent = ofFact?.intent ?? (ownPrice ? attributeIntentId(kb, PRICE_ATTRIBUTE) : undefined) ?? intent;
  }
  // "Does the article actually say that one offers aid?": a fact of a program, asked of the source.
  // ("Where does your information come from?" asks the source: its "where" names no fact.)
  const [sourceFact] = factNamed;
  if (
    intentById(kb, intent)?.action.kind === 'source' &&
    factNamed.length === 1 &&
    sourceFact !== undefined &&
    (named.length > 0 || (memory?.programs.length ?? 0) > 0) &&
    recognition.entities.some((e) => e.kind === 'attribute' && e.id === sourceFact && !QUESTION_WORDS.has(e.text))
  )
    intent = attributeIntentId(kb, sourceFact) ?? intent;
  // "whats that rate", "and its price?" right after a program: a few words naming one fact of the program discussed.
  // "And the other rate?": the other figure of the same fact.
  const [onlyFactNamed] = factNamed;
  const otherOfFact = namesOtherFact(kb.query.otherWords, recognition);
  if (
    (intent === undefined || intentById(kb, intent)?.action.kind === 'outOfScope') &&
    (memory?.programs.length ?? 0) > 0 &&
    named.length === 0 &&
    factNamed.length === 1 &&
    onlyFactNamed !== undefined &&
    recognition.tokens.length <= FACT_FOLLOW_UP_WORDS &&
    (recognition.tokens.some((t) => SINGULAR_REFERENCES.has(t)) || otherOfFact) &&
    !recognition.tokens.some((t) => words.ranking.has(t))
  )
    intent = attributeIntentId(kb, onlyFactNamed) ?? intent;
  // "How many times more would she pay?" read as a question of length, "what would I be missing for EFSC?" as one of
  // cost: a measure the words don't name gives way to the one fact they do.
  const guessed = intentById(kb, intent)?.action;
  if (
    guessed?.kind === 'programAttribute' &&
    attributes.length === 1 &&
    attributes[0] !== guessed.attribute &&
    // "If I move to Utah, is Weber cheaper for me?": words of moving lean to online study; the price is what is named.
    // "What does Clarkson add up to?" read as what it asks for: the price named, in words of no entry.
    (MEASURES.has(guessed.attribute) ||
      (guessed.attribute === DELIVERY_ATTRIBUTE && attributes[0] === PRICE_ATTRIBUTE) ||
      (guessed.attribute === ADMISSION_ATTRIBUTE &&
        attributes[0] === PRICE_ATTRIBUTE &&
        words.entry.match(recognition.tokens).length === 0)) &&
    (MEASURES.has(attributes[0] ?? '') ||
      attributes[0] === ADMISSION_ATTRIBUTE ||
      // "How many classes is Clarkson?": a count of the program's work, not its length.
      (guessed.attribute === 'duration' && attributes[0] === CREDENTIAL_ATTRIBUTE))
  ) {
    intent = attributeIntentId(kb, attributes[0]) ?? intent;
  }
  // "Are they the same length?" right after two programs, unsure to the recognizer: the one fact it names, of them.
  if (
    guessed === undefined &&
    named.length === 0 &&
    attributes.length === 1 &&
    memory !== undefined &&
    memory.programs.length > 1 &&
    recognition.tokens.some((t) => PLURAL_REFERENCES.has(t) || t === 'same')
  )
    intent = attributeIntentId(kb, attributes[0]) ?? intent;
  // "Saw NMTCB on a job posting. What is it?": the one term named, asked what it is, however unsure the recognizer.
  const termIntent = kb.intents.find((i) => i.action.kind === 'term');
  const terms = recognition.entities.filter((e) => e.kind === 'term');
  if (
    termIntent !== undefined &&
    terms.length === 1 &&
    named.length === 0 &&
    // ("…3 levels of PACS cert. what are they?" is no list of the programs.)
    (intent === undefined || ['outOfScope', 'programList'].includes(intentById(kb, intent)?.action.kind ?? '')) &&
    !recognition.tokens.some((t) => PROGRAM_NOUNS.has(t)) &&
    WHAT_IS_IT.test(recognition.tokens.join(' '))
  )
    intent = termIntent.id;
  let programs = named;
  let followUp = false;

  // "and HACC?" / "what about out-of-state?" continue the previous question.
  const previous = intentById(kb, memory?.intent);
  // "What does ABII stand for?", then "which of the schools have some connection to that board?": the term just
  // explained, and the programs it is linked to.
  if (
    termIntent !== undefined &&
    (memory?.terms ?? NONE).length > 0 &&
    named.length === 0 &&
    intentById(kb, intent)?.action.kind === 'programList' &&
    recognition.tokens.some((t) => SINGULAR_REFERENCES.has(t)) &&
    recognition.tokens.some((t) => LINK_WORDS.has(t))
  )
    intent = termIntent.id;
  // "Which imaging modalities does the article mention?", then "which of those is the oldest?": the same topic, whose
  // answer names them.
  if (
    previous?.action.kind === 'topic' &&
    named.length === 0 &&
    attributes.length === 0 &&
    recognition.tokens.some((t) => WHICH_WORDS.has(t)) &&
    recognition.tokens.some((t) => TOPIC_ITEM_POINTERS.has(t)) &&
    (intent === undefined || ['programList', 'outOfScope', 'query'].includes(intentById(kb, intent)?.action.kind ?? ''))
  )
    intent = previous.id;
  // "What are the six accreditors?", then "which one covers Clarkson?": the body of the program named.
  if (
    previous?.action.kind === 'accreditors' &&
    named.length === 1 &&
    attributes.length === 0 &&
    recognition.tokens.some((t) => WHICH_WORDS.has(t)) &&
    recognition.tokens.length <= FACT_FOLLOW_UP_WORDS
  )
    intent = attributeIntentId(kb, 'accreditation') ?? intent;
  // "Which is the most expensive program per credit?" after a comparison is a ranking of its own, not the same question.
  const ranksPrograms =
    recognition.tokens.some((t) => ranksAll(kb, t)) && recognition.tokens.some((t) => PROGRAM_NOUNS.has(t));
  // "What if I'm out of state?", "and if I lived in Idaho?": the same question of cost for another home, about the same programs.
  const elsewhere =
    (residency !== undefined || message.student.homeState !== undefined) &&
    (memory?.programs.length ?? 0) > 0 &&
    (memory?.attribute === PRICE_ATTRIBUTE ||
      previous?.action.kind === 'programOverview' ||
      kb.query.superlatives.find((t) => t.id === memory?.ranked?.superlative)?.measure === PRICE_ATTRIBUTE) &&
    isElliptical(recognition, words.homeChange);
  // "…before starting?": words of when the student moves ask for no other fact.
  const factsAsked = recognition.entities.filter(
    (e) => e.kind === 'attribute' && !(elsewhere && e.text.split(' ').every((w) => words.moving.has(w))),
  );
  if (
    previous !== undefined &&
    factsAsked.length === 0 &&
    !ranksPrograms &&
    // "What does HACC stand for?", then "and EFSC?": the same question of a name.
    (((PROGRAM_SPECIFIC.has(previous.action.kind) ||
      previous.action.kind === 'term' ||
      // "Which is shorter, HACC or Clarkson?", then "same question for EFSC vs OIT": that comparison of the new pair.
      (previous.action.kind === 'compare' && named.length > 1 && memory?.attribute !== undefined)) &&
      // "What's EFSC per year?", then "and Weber per semester?": the price again, at the rate named.
      isElliptical(recognition, memory?.attribute === PRICE_ATTRIBUTE ? words.reaskAtRate : words.reask)) ||
      (elsewhere && (PROGRAM_SPECIFIC.has(previous.action.kind) || RE_ASKED.has(previous.action.kind))))
  ) {
    // "Tell me about Weber", then "what if I live in Idaho?": what the program would cost there.
    intent =
      elsewhere && previous.action.kind === 'programOverview'
        ? (attributeIntentId(kb, PRICE_ATTRIBUTE) ?? previous.id)
        : previous.id;
    followUp = true;
  }
  // "Tell me about Weber", then "and per month?" or "per year?": its cost, at that rate.
  const tokens = recognition.tokens;
  const discussed = (memory?.programs.length ?? 0) > 0 ? (memory?.programs ?? NONE) : (memory?.lastResults ?? NONE);
  const rateFollowUp =
    previous !== undefined &&
    discussed.length > 0 &&
    tokens.some((t) => words.rate.has(t) && !FUNCTION_WORDS.has(t)) &&
    tokens.every((t) => words.rate.has(t) || FUNCTION_WORDS.has(t));
  // "How much is Weber?", then "ok what's the out of state number then": its price at that residency, however unsure
  // the recognizer is of the words.
  // ("Tell me about OIT", then "would I get an in-state rate?": the price named, of the program discussed.)
  const residencyFollowUp =
    !rateFollowUp &&
    (memory?.attribute === PRICE_ATTRIBUTE || attributes.every((a) => a === PRICE_ATTRIBUTE)) &&
    discussed.length > 0 &&
    named.length === 0 &&
    ratesNamed === 1 &&
    (intent === undefined || intentById(kb, intent)?.action.kind === 'outOfScope') &&
    tokens.length <= GAP_FOLLOW_UP_MAX_WORDS;
  // "What would EFSC cost me?", then "is that for the whole certificate?": the same price, over the whole program.
  const wholeFollowUp =
    memory?.attribute === PRICE_ATTRIBUTE &&
    discussed.length > 0 &&
    named.length === 0 &&
    tokens.some((t) => WHOLE_WORDS.has(t)) &&
    (intent === undefined || intentById(kb, intent)?.action.kind === 'outOfScope') &&
    tokens.length <= GAP_FOLLOW_UP_MAX_WORDS;
  // "Whole program at Clarkson?", "OIT all in?": a few words of a total, of a program named, ask what it costs in all.
  const wholeOfNamed =
    named.length > 0 &&
    factNamed.length === 0 &&
    message.asks.total === true &&
    (intent === undefined || recognition.ambiguous || intentById(kb, intent)?.action.kind === 'outOfScope') &&
    tokens.length <= GAP_FOLLOW_UP_MAX_WORDS;
  // "How much more do out-of-staters pay at Weber?", then "and what's the gap in dollars?": the same question of price.
  // "Which is cheaper for a Nebraska resident, Weber or Clarkson?", then "by how much?" or "how much cheaper than a
  // year of Weber?": the same two programs, the gap in cost (not one school's in-state and out-of-state rates).
  const costGap =
    message.asks.difference === true &&
    (memory?.programs.length ?? 0) === 2 &&
    named.every((id) => memory?.programs.includes(id) === true) &&
    kb.query.superlatives.find((t) => t.id === memory?.superlative)?.measure === PRICE_ATTRIBUTE &&
    residencies.length === 0 &&
    tokens.length <= GAP_FOLLOW_UP_MAX_WORDS;
  // ("If I finish in 6 months do I only pay half?" names a time: its price for that time, below.)
  const gapFollowUp =
    !rateFollowUp &&
    !costGap &&
    message.asks.difference === true &&
    !message.figures.some((f) => f.measure === 'months') &&
    memory?.attribute === PRICE_ATTRIBUTE &&
    attributes.every((a) => a === PRICE_ATTRIBUTE) &&
    (named.length > 0 || discussed.length > 0) &&
    tokens.length <= GAP_FOLLOW_UP_MAX_WORDS;
  // A price follow-up about the one program just priced, with an amount of `measure` and only `fact` named besides
  // price; for credits, also of a program it names instead that charges by the credit ("ok and oregon tech if it were
  // 15 credits?").
  const byCredit = (id: string | undefined): boolean =>
    kb.programs.find((p) => p.id === id)?.tuition.some((t) => t.unit === 'per_credit') === true;
  const priceFor = (measure: Quantity['measure'], fact: string): boolean =>
    !rateFollowUp &&
    !gapFollowUp &&
    !ranksPrograms &&
    memory?.attribute === PRICE_ATTRIBUTE &&
    ((named.length === 0 && (memory?.programs.length ?? 0) === 1) ||
      (measure === 'credits' && named.length === 1 && byCredit(named[0]) && message.asks.difference !== true)) &&
    message.figures.some((f) => f.measure === measure) &&
    attributes.every((a) => a === PRICE_ATTRIBUTE || a === fact) &&
    tokens.length <= TIME_FOLLOW_UP_MAX_WORDS;
  // "What would Weber run me?", then "and if I get it done in 6 months?" or "what if it takes me the full 12 months,
  // total?": its price for that time.
  const timeFollowUp = priceFor('months', 'duration');
  // "How much is Clarkson?", then "and a year at Weber for me?": another program's price for that time.
  const spanAt =
    memory?.attribute === PRICE_ATTRIBUTE &&
    named.length === 1 &&
    message.figures.some((f) => f.measure === 'months') &&
    tokens.some(
      (t, i) => SPAN_AT.has(t) && recognition.entities.some((e) => e.kind === 'program' && e.start === i + 1),
    ) &&
    !tokens.some((t) => LENGTH_ASKED.has(t)) &&
    tokens.length <= TIME_FOLLOW_UP_MAX_WORDS;
  // "How much is OIT?", then "ok say it was 15 credits, what would that be?": its price for that many credits.
  const creditsFollowUp = priceFor('credits', 'credential');
  // "EFSC or HACC, which finishes sooner?", then "how about cost, which is less for me?": the same pair on that measure.
  const measureFollowUp =
    !rateFollowUp &&
    !gapFollowUp &&
    !ranksPrograms &&
    named.length === 0 &&
    (memory?.programs.length ?? 0) >= 2 &&
    attributes.length === 1 &&
    MEASURES.has(attributes[0] ?? '') &&
    tokens.some((t) => kb.query.questionWords.includes(t) && WHICH_WORDS.has(t)) &&
    tokens.length <= GAP_FOLLOW_UP_MAX_WORDS;
  // "Is Clarkson longer than EFSC?", then "by how much roughly?": the same two programs, the gap in length.
  // ("Of those two, which would I finish first?", then "by how much?": the two ranked, whichever came first.)
  const ranked =
    memory?.programs.length === 2 ? memory.programs : memory?.lastResults?.length === 2 ? memory.lastResults : NONE;
  const lengthGap =
    message.asks.difference === true &&
    named.length === 0 &&
    ranked.length === 2 &&
    kb.query.superlatives.find((t) => t.id === (memory?.superlative ?? memory?.ranked?.superlative))?.measure ===
      'duration' &&
    // "By how much?" names no price: its "how much" asks the size of the gap.
    recognition.entities.every((e) => e.kind !== 'attribute' || e.id === 'duration' || e.text === 'how much') &&
    tokens.length <= GAP_FOLLOW_UP_MAX_WORDS;
  // "I have $5,000. What can I afford?", then "what if I had $7,000?" or "and with another $1,600?": what fits that budget.
  const budgetFollowUp =
    memory?.student?.budget !== undefined &&
    named.length === 0 &&
    message.figures.some((f) => f.measure === 'money' && f.per === undefined) &&
    !message.figures.some((f) => f.measure === 'months') &&
    attributes.every((a) => a === PRICE_ATTRIBUTE) &&
    tokens.length <= TIME_FOLLOW_UP_MAX_WORDS;
  if (budgetFollowUp) {
    intent = kb.intents.find((i) => i.action.kind === 'query')?.id ?? intent;
    followUp = true;
  }
  if (measureFollowUp || lengthGap || costGap) {
    intent = kb.intents.find((i) => i.action.kind === 'compare')?.id ?? intent;
    followUp = true;
  }
  if (costGap) programs = [...(memory?.programs ?? NONE)];
  if (lengthGap) programs = [...ranked];
  // "Whats the total then and how long" after an answer about Clarkson: a fact asked of the one program just discussed,
  // however unsure the recognizer is of the words around it.
  const factFollowUp =
    !followUp &&
    named.length === 0 &&
    (memory?.programs.length ?? 0) === 1 &&
    (factsAsked.length > 1 || message.asks.total === true) &&
    !tokens.some((t) => PLURAL_REFERENCES.has(t)) &&
    intent === undefined &&
    // "What does the ABII exam cost?": the recognizer's lean to what the article never covers stands.
    !(
      intentById(kb, recognition.ranking[0]?.intent)?.action.kind === 'outOfScope' &&
      (recognition.ranking[0]?.score ?? 0) >= OUT_OF_SCOPE_LEAN
    ) &&
    Object.keys(message.student).length === 0 &&
    tokens.length <= TIME_FOLLOW_UP_MAX_WORDS;
  // "And the estimated cost of that option?", "ok what's the normal price then" after one program: that program's fact,
  // whatever the recognizer leaned to, unless the message names a term of its own ("what does the ABII exam cost?").
  const pointedFact =
    !followUp &&
    !factFollowUp &&
    named.length === 0 &&
    (memory?.programs.length ?? 0) === 1 &&
    attributes.length === 1 &&
    tokens.some((t) => SINGULAR_REFERENCES.has(t) || t === 'then' || t === 'option') &&
    // "Does my employer pay for it?" asks whether, not what; "the fastest one that would take me" ranks them all.
    !message.yesNo &&
    !tokens.some((t) => PLURAL_REFERENCES.has(t) || ranksAll(kb, t)) &&
    !recognition.entities.some((e) => e.kind === 'term' || e.kind === 'accreditor') &&
    (intent === undefined || intentById(kb, intent)?.action.kind === 'outOfScope' || recognition.ambiguous) &&
    Object.keys(message.student).length === 0 &&
    tokens.length <= GAP_FOLLOW_UP_MAX_WORDS;
  if (factFollowUp || pointedFact) {
    intent = attributeIntentId(kb, attributes[0] ?? PRICE_ATTRIBUTE) ?? intent;
    followUp = true;
  }
  // "Which is easiest to get into?", then "and the hardest?": the same question of getting in.
  const entryFollowUp =
    previous?.action.kind === 'programAttribute' &&
    previous.action.attribute === ADMISSION_ATTRIBUTE &&
    named.length === 0 &&
    attributes.length === 0 &&
    words.entryEase.match(tokens).length > 0 &&
    tokens.length <= FACT_FOLLOW_UP_WORDS;
  if (entryFollowUp) {
    intent = memory?.intent ?? intent;
    followUp = true;
  }
  if (
    rateFollowUp ||
    gapFollowUp ||
    timeFollowUp ||
    residencyFollowUp ||
    creditsFollowUp ||
    wholeFollowUp ||
    wholeOfNamed ||
    spanAt
  ) {
    intent = attributeIntentId(kb, PRICE_ATTRIBUTE) ?? intent;
    followUp = true;
  }
  // The same measure as before ("is Weber cheaper than Clarkson?" then "what if I lived in Utah?").
  const asked = followUp && elsewhere ? (memory?.attribute ?? PRICE_ATTRIBUTE) : undefined;

  // "the second one" / "how much is the last one?": entries of the last list the bot showed.
  // "What about the other online one?": the rest of that list.
  const others =
    programs.length === 0 && memory !== undefined ? pointsAtOthers(recognition.tokens, kb.query) : undefined;
  let picked =
    memory !== undefined && others !== undefined
      ? theOthers(
          memory.programs,
          memory.lastResults,
          kb.programs.map((p) => p.id),
          others === 'all',
        )
      : programs.length === 0 && memory?.lastResults !== undefined
        ? entriesAt(memory.lastResults, listPositions(recognition.tokens, kb.query))
        : undefined;
  // "The cheaper one, is it online?" right after two programs: the one of the two that the comparison picks.
  const pair =
    memory?.lastResults?.length === 2
      ? memory.lastResults
      : memory?.programs.length === 2
        ? memory.programs
        : undefined;
  const comparedPick =
    (picked === undefined || picked.length === 0) && programs.length === 0 && pair !== undefined
      ? pickedByComparison(
          kb,
          words,
          recognition.tokens,
          pair,
          studentResidency(residency),
          message.student.homeState ?? memory?.student?.homeState,
        )
      : undefined;
  if (comparedPick !== undefined) picked = [comparedPick];
  if (picked !== undefined && picked.length > 0) {
    programs = picked;
    followUp = true;
    const kind = intentById(kb, intent)?.action.kind;
    const keeps = kind !== undefined && (PROGRAM_SPECIFIC.has(kind) || (kind === 'compare' && picked.length > 1));
    // "How long is the first one?", then "and the other one?": the same question of the program pointed at.
    const { pointers } = words;
    const bare = tokens.every((t) => FUNCTION_WORDS.has(t) || pointers.has(t) || pointers.has(t.replace(/s$/, '')));
    // "Do the other schools cover all 3 levels too?": the term, of the others.
    const termOfThem = terms.length > 0 && !keeps;
    if (bare && previous !== undefined && PROGRAM_SPECIFIC.has(previous.action.kind)) intent = previous.id;
    else if (termOfThem) intent = termIntent?.id;
    else if (!keeps) intent = kb.intents.find((i) => i.action.kind === 'programOverview')?.id;
  }

  const action = intentById(kb, intent)?.action;
  if (programs.length === 0 && states.length > 0 && action !== undefined && NAMES_PROGRAMS.has(action.kind)) {
    programs = programsInStates(kb, states);
  }

  // A general question that names a program becomes the program's own question.
  const definition = intentById(kb, intent);
  // "Would it be a good choice for someone brand new?" right after one program: that program, for that person.
  if (
    definition?.whenProgramNamed !== undefined &&
    programs.length === 0 &&
    memory?.programs.length === 1 &&
    message.student.background !== undefined &&
    tokens.some((t) => SINGULAR_REFERENCES.has(t))
  ) {
    programs = memory.programs;
    followUp = true;
  }
  if (definition?.whenProgramNamed !== undefined && programs.length > 0) intent = definition.whenProgramNamed;
  // "What about Weber as a PA person, do they charge me more?": an overview's opener, and the one fact it names.
  const [onlyFact] = attributes;
  if (intentById(kb, intent)?.action.kind === 'programOverview' && attributes.length === 1 && onlyFact !== undefined)
    intent = attributeIntentId(kb, onlyFact) ?? intent;

  // "Tell me more about the HLC": an overview of an accreditor, not of a program.
  // "We're a WASC school. Which program shares our accreditor?": the body the story named, asked about without its name.
  const namedBodies = mentioned.get('accreditor') ?? NONE;
  // "What does NEASC stand for?", then "are any of the schools accredited by it?": the body just explained.
  const explainedBodies = (memory?.terms ?? []).filter((t) => kb.accreditors.some((a) => a.id === t));
  const byPointer = recognition.tokens.some((t, i) => t === 'by' && BY_POINTERS.has(recognition.tokens[i + 1] ?? ''));
  const accreditors =
    namedBodies.length === 0 &&
    attributes.includes('accreditation') &&
    recognition.tokens.some((t) => BODY_POINTERS.has(t))
      ? (message.otherAccreditors ?? NONE)
      : byPointer && explainedBodies.length > 0
        ? [...new Set([...explainedBodies, ...namedBodies])]
        : namedBodies;
  if (definition?.action.kind === 'programOverview' && programs.length === 0 && accreditors.length > 0) {
    intent = kb.intents.find((i) => i.action.kind === 'accreditors')?.id ?? intent;
  }

  // "A year at Weber or HACC, which is pricier?", "12 credits at Clarkson, what's the bill?", "Clarkson's in-state rate":
  // a length, credits or residency said with a word of price is what the cost is for, not the question.
  const read = intentById(kb, intent)?.action;
  const spanned =
    (read?.kind === 'programAttribute' &&
      SPAN_ATTRIBUTES.has(read.attribute) &&
      message.figures.some((f) => f.measure !== 'money')) ||
    (read?.kind === 'programAttribute' && read.attribute === PLACE_ATTRIBUTE && residency !== undefined);
  // "If I finish in 8 months, what's that per month?": a cost a month is a price asked.
  // "Is that per year or for the whole three years?" after a price, "is HACC's 14k per year?": the unit of the price.
  const unitOfPrice =
    message.asks.unit !== undefined && (memory?.attribute === PRICE_ATTRIBUTE || message.quotesFigure === true);
  // "Is Weber's out-of-state year more than two semesters of EFSC out of state?": a length said with a residency, and
  // no word asking how long, is what a price is for.
  const residencySpanned =
    recognition.entities.some((e) => isResidencyValue(kb, e)) &&
    message.figures.some((f) => f.measure !== 'money') &&
    (read === undefined ||
      read.kind === 'outOfScope' ||
      (read.kind === 'programAttribute' && read.attribute === 'duration')) &&
    !recognition.tokens.some((t) => LENGTH_ASKED.has(t));
  // "Is a year at Weber more or less than Clarkson's total?": a length set against a whole cost is what a price is for.
  const totalSpanned =
    (message.asks.total === true ||
      recognition.entities.some((e) => e.kind === 'program' && recognition.tokens[e.end] === 'total')) &&
    message.figures.some((f) => f.measure !== 'money') &&
    (read === undefined ||
      read.kind === 'compare' ||
      read.kind === 'outOfScope' ||
      (read.kind === 'programAttribute' && read.attribute === 'duration')) &&
    !recognition.tokens.some((t) => LENGTH_ASKED.has(t));
  // "Is Birchwood in-state for me?": a residency said of a program with no place asked about is its rate.
  const residencyOfProgram =
    read?.kind === 'programAttribute' &&
    read.attribute === PLACE_ATTRIBUTE &&
    residency !== undefined &&
    !recognition.tokens.includes('where') &&
    !recognition.entities.some((e) => e.kind === 'state' || e.kind === 'city');
  // "eastern florida in-state vs out-of-state, whats the difference": a program's two rates set apart, no fact named.
  const bothRates = new Set(recognition.entities.filter((e) => isResidencyValue(kb, e)).map((e) => e.id)).size > 1;
  const ratesSetApart =
    bothRates && attributes.length === 0 && programs.length === 1 && read?.kind !== 'programAttribute';
  const costScoped =
    residencyOf !== undefined ||
    ratesSetApart ||
    residencySpanned ||
    totalSpanned ||
    residencyOfProgram ||
    ((attributes.includes(PRICE_ATTRIBUTE) || unitOfPrice) && spanned) ||
    (message.asks.perMonth === true && read?.kind === 'programAttribute' && SPAN_ATTRIBUTES.has(read.attribute));
  if (costScoped) intent = attributeIntentId(kb, PRICE_ATTRIBUTE) ?? intent;

  let programsFromContext = false;
  const resolved = intentById(kb, intent);
  // "And NWCCU, which states?": a question about the body named, not about the programs talked about.
  if (
    programs.length === 0 &&
    accreditors.length === 0 &&
    resolved !== undefined &&
    PROGRAM_SPECIFIC.has(resolved.action.kind) &&
    memory !== undefined &&
    (carriesOver(kb, memory, recognition) || rateFollowUp || gapFollowUp || residencyFollowUp)
  ) {
    programs = rateFollowUp || gapFollowUp || residencyFollowUp ? [...discussed] : [...pointedAt(memory, recognition)];
    programsFromContext = true;
  }
  // "compare it with HACC" / "is that cheaper than Weber?": one program named, the other is the one under discussion.
  // "Is Clarkson quicker than that?": the program named before "than" is the one asked about.
  // "Anything shorter than Cedar Valley?" sets the others against it, not the one talked about before.
  // ("Is Weber any cheaper?": "any" before a comparative is "at all", and sets Weber against the one discussed.)
  const comparatives = words.comparatives.match(recognition.tokens);
  const comparativeAt = new Set(comparatives.map((m) => m.start));
  const againstAny = recognition.tokens.some((t, i) => ANY_WORDS.has(t) && !(t === 'any' && comparativeAt.has(i + 1)));
  // "So if I took 12 credits at each, how much would I save going with OIT?" after OIT and Clarkson: the pair again.
  // "But Alder is way shorter, right? By how much?" after Cedar Valley: the gap in length between the two.
  const gapOf = resolved?.action.kind === 'programAttribute' ? resolved.action.attribute : undefined;
  const measureGap =
    (gapOf === PRICE_ATTRIBUTE || gapOf === 'duration') &&
    message.asks.difference === true &&
    residency === undefined &&
    (memory?.programs ?? NONE).some((id) => !programs.includes(id));
  if (
    (resolved?.action.kind === 'compare' || measureGap) &&
    programs.length === 1 &&
    memory !== undefined &&
    !againstAny
  ) {
    const discussed = memory.programs.filter((id) => !programs.includes(id));
    const than = recognition.tokens.indexOf('than');
    // The program said to be shorter or longer is the one the length is asked of.
    const namedFirst =
      than >= 0
        ? recognition.entities.some((e) => e.kind === 'program' && e.id === programs[0] && e.start < than)
        : measureGap && gapOf === 'duration';
    if (discussed.length > 0) programs = namedFirst ? [...programs, ...discussed] : [...discussed, ...programs];
  }
  // "HACC takes 3 years. Is Clarkson faster?": one program asked of with a comparative is set against the one other
  // program the message named before the question.
  const storyOthers = message.otherPrograms.filter((id) => !programs.includes(id));
  const comparative = comparatives.length > 0;
  // "What would Clarkson cost me?", then "and is Weber any cheaper?": set against the one program just discussed.
  const lastOne = (memory?.programs ?? NONE).filter((id) => !programs.includes(id));
  if (
    comparative &&
    message.yesNo &&
    resolved === undefined &&
    programs.length === 1 &&
    lastOne.length === 1 &&
    (memory?.programs.length ?? 0) === 1 &&
    !tokens.includes('than') &&
    // ("Does living in Arizona get me a cheaper rate at Birchwood?" asks about its own rates.)
    !tokens.some((t) => RATE_WORDS.has(t)) &&
    !againstAny
  )
    programs = [...programs, ...lastOne];
  if (message.story !== undefined && programs.length === 1 && storyOthers.length === 1 && !againstAny && comparative)
    programs = [...programs, ...storyOthers];
  // "HACC takes 3 years though. Is Clarkson faster?": the program right after the word that asks is the one asked of.
  const subject = comparative && message.yesNo && !tokens.includes('than') ? askedOf(kb, recognition) : undefined;
  if (subject !== undefined && programs.length === 2 && programs.includes(subject))
    programs = [subject, ...programs.filter((id) => id !== subject)];

  // "Weber for 6 months vs Clarkson, which is less?": more or less, of a length spent, is money.
  const lessOfSpan =
    (read?.kind === 'compare' || spanned) &&
    pricedAgainst(recognition) !== undefined &&
    message.figures.some((f) => f.measure === 'months');
  const attributeNamed =
    (lengthGap ? 'duration' : undefined) ??
    (costScoped ||
    lessOfSpan ||
    (read?.kind === 'programAttribute' && read.attribute === PRICE_ATTRIBUTE && attributes.includes(PRICE_ATTRIBUTE))
      ? PRICE_ATTRIBUTE
      : attributes[0]) ??
    asked ??
    (namesPlace(kb, recognition, states)
      ? PLACE_ATTRIBUTE
      : pricedAgainst(recognition) !== undefined ||
          // "Weber in-state or out for me?": the rate a residency decides, at the program named.
          (ratesNamed > 1 && named.length > 0)
        ? PRICE_ATTRIBUTE
        : undefined);
  const attribute = resolved?.action.kind === 'programAttribute' ? resolved.action.attribute : attributeNamed;
  const supposing = supposes(kb, tokens);
  // "Ok, assuming that works out: cost and timeline?" after "what if I get ARDMS registered?": still that student.
  const supposed =
    memory?.supposed !== undefined && words.keepsSupposition.match(tokens).length > 0 ? memory.supposed : undefined;
  const student = mergeFacts(supposed ?? memory?.student, message.student);
  return {
    intent,
    score: recognition.intent?.score ?? recognition.ranking[0]?.score ?? 0,
    runnerUp: recognition.runnerUp,
    // A school taking someone is a question of getting in, whatever the recognizer wavered between.
    ambiguous:
      (recognition.ambiguous || belowOwnBar(resolved, recognition)) &&
      !followUp &&
      admitting < 0 &&
      !ratesSetApart &&
      residencyOf === undefined,
    programs,
    programsFromContext,
    accreditors,
    states,
    attribute,
    attributeNamed,
    // A student abroad pays the out-of-state rate wherever a school has one.
    residency:
      residency ??
      // "How much is Weber for me, I'm not in Utah": the out-of-state rate at the programs in the state denied.
      (programs.length > 0 &&
      message.student.notHomeState !== undefined &&
      programs.every((id) => kb.programs.find((p) => p.id === id)?.location.stateCode === message.student.notHomeState)
        ? 'out_of_state'
        : undefined) ??
      // "I live in Tucson." after the out-of-state rate: the home said now decides the rate, not the one asked before.
      (followUp && message.student.homeState === undefined ? memory?.residency : undefined) ??
      (student.abroad === true ? 'out_of_state' : undefined),
    ...(residencyOf !== undefined ? { residencyOf } : {}),
    followUp,
    student,
    // "What if I got a job as an X-ray tech first?": answered for that student, remembered as the one before.
    ...((supposing && Object.keys(message.student).some((fact) => fact !== 'homeState')) || supposed !== undefined
      ? { knownBefore: memory?.student ?? {} }
      : {}),
    // "What if I moved to Boise, would that flip it?": the answer for the new home, not a yes or no about the old one.
    // "…, do I only pay half that?" after a price: the price for that time answers it, not whether the time fits.
    yesNo:
      message.yesNo &&
      !(timeFollowUp && attributes.includes(PRICE_ATTRIBUTE)) &&
      !(elsewhere && tokens.some((t) => kb.query.reaskWords.includes(t))),
    // "$1,900: how many credits at Clarkson?", then "and at Oregon Tech?": the same sum spent there.
    ...(followUp &&
    memory?.worked === 'creditsBought' &&
    message.figures.length === 0 &&
    student.budget !== undefined &&
    programs.length > 0
      ? {
          figures: [{ measure: 'money', value: student.budget, bound: 'at_most' } as const],
          asks: { ...message.asks, credits: true },
        }
      : {
          figures: message.figures,
          // "…do I only pay half?" with a time: the price for that time, no gap between two rates.
          asks: timeFollowUp ? { ...message.asks, difference: undefined } : message.asks,
        }),
    cut: message.cut,
    language: message.language,
    recognition,
    ...(message.story !== undefined ? { story: message.story } : {}),
    ...(message.unknownNames !== undefined ? { unknownNames: message.unknownNames } : {}),
    ...(admitting >= 0 ? { personTaken: admitting } : {}),
    ...(comparedPick !== undefined ? { pickedByComparison: true as const } : {}),
  };
}

/** What an understood turn itself adds to the memory (acts add the lists they show). */
export function rememberTurn(u: Understanding): MemoryUpdate {
  // "I have $7,600 saved. How much is Clarkson?", then "how much would I have left over?": the sum said is the budget.
  const sum = u.figures.find((f) => f.measure === 'money' && f.per === undefined && f.bound === 'at_most')?.value;
  const known = u.knownBefore ?? u.student;
  const student = sum === undefined || known.budget !== undefined ? known : { ...known, budget: sum };
  // "How many credits would $1,900 buy at Clarkson?": "and at OIT?" next spends the same sum there.
  const spent = sum !== undefined && u.asks.credits === true ? { worked: 'creditsBought' as const } : {};
  // The student only supposed, for a next message that keeps the supposition.
  const supposed = u.knownBefore !== undefined ? { supposed: u.student } : {};
  if (u.intent === undefined) {
    // Unsure of the intent, but the programs named are still what the conversation is about now.
    return {
      ...(u.programs.length > 0 && !u.programsFromContext ? { programs: u.programs } : {}),
      // The student as now understood, remembered facts included; empty once the one fact remembered is denied.
      student,
      ...supposed,
    };
  }
  return {
    intent: u.intent,
    ...(u.programs.length > 0 ? { programs: u.programs } : {}),
    // "Tell me about OIT and HACC", then "which of those is quicker?": those two.
    ...(u.programs.length > 1 ? { lastResults: u.programs } : {}),
    ...(u.attribute !== undefined ? { attribute: u.attribute } : {}),
    // The out-of-state rate a student abroad pays follows from where they live, so it is worked out again each turn.
    ...(u.residency !== undefined && u.student.abroad !== true ? { residency: u.residency } : {}),
    student,
    ...supposed,
    ...spent,
  };
}

/**
 * A copy of `u` that may be kept in conversation state while a question waits for a clarification.
 * @remarks Conversation state lives up to STATE_EXPIRY_DAYS on disk or in Redis, so the raw message
 * text and spelling corrections are dropped; the normalized tokens stay because the flows re-read
 * numbers and filter words from them, and they disappear when the flow ends.
 */
export function withoutText(u: Understanding): Understanding {
  const { then: _then, ...rest } = u;
  return { ...rest, recognition: { ...u.recognition, text: '', corrections: [] } };
}

/** "And the other rate?": "other" before a word for a fact, which asks for another figure of it, not other programs. */
export function namesOtherFact(otherWords: readonly string[], r: Recognition): boolean {
  return r.tokens.some(
    (t, i) =>
      otherWords.includes(t) &&
      r.entities.some((e) => e.kind === 'attribute' && e.start === i + 1 && !ONE_WORDS.has(r.tokens[e.end] ?? '')),
  );
}
