/**
 * Turns a message into what the user means in this conversation. Students wrap questions in their
 * own story ("I'm a nurse in Idaho… can I get into EFSC?"), so the question is found first: the
 * trailing part of the message that the recognizer understands best. The story still counts for
 * what it says about the student (background, registrations, where they live).
 */
import { FUNCTION_WORDS } from '../nlu/stopwords.js';
import { clauses, reasonStart } from '../nlu/clauses.js';
import { PRICE_ATTRIBUTE, type KnowledgeBase } from '../knowledge/types.js';
import { programByCity } from '../knowledge/places.js';
import type { Quantity } from '../advice/queryEngine.js';
import { entryBodiesOf, type StudentFacts, type TuitionHelp } from '../advice/eligibility.js';
import type { EntityMention } from '../nlu/entities.js';
import type { Recognition } from '../nlu/recognizer.js';
import { normalize, tokenize } from '../nlu/text.js';
import { NO_MEMORY, type TurnMemory } from './memory.js';
import { QuantityParser } from './quantities.js';
import { FIRST_PERSON, StudentReader, type SentenceSpan, type StatedPlace } from './student.js';
import { PhraseMatcher } from './phraseMatcher.js';
import {
  isResidencyValue,
  ranksAll,
  understand,
  type Asks,
  type MessageContext,
  type Understanding,
} from './understand.js';

/** Anything that recognizes a message: the trained recognizer, or a stub in routing tests. */
export interface Recognize {
  recognize(text: string): Recognition;
}

/** Settings of the understander. */
export interface UnderstanderOptions {
  /** The bot reads at most this many characters of a message; the rest is cut off before recognition. */
  readonly maxTextChars: number;
}

/**
 * Words for an exam, or a diploma or license the student is getting, before "in <n> months" that says when it falls
 * ("the ARRT exam in two months", "I get my GED in 3 months").
 */
const DATED_NOUNS: ReadonlySet<string> = new Set([
  'exam',
  'exams',
  'boards',
  'board',
  'test',
  'registry',
  'ged',
  'diploma',
  'hiset',
  'license',
]);
/** How many words before "in" such a word may stand ("my boards are in 3 months"). */
const DATED_REACH = 3;
/** "All three", "the four of us", "send 3": a group of people (the number is read with the lexicon's number words). */
const GROUP_COUNT =
  /\b(?:all|send|sent|enroll|sign up)\s+(?:the\s+)?(\w+)\b(?!\s*(?:years?|months?|semesters?|credits?|programs?|schools?|of the (?:programs|schools)))/g;
/** Words before "all five" that range over things, not people ("across all five", "compare all three"). */
const OVER_ALL = /\b(?:across|among|between|over|of|for|compare|comparing|rank|ranking|average|averaging)\s+$/;
/** "Three of us", "4 employees", "five staff". */
const GROUP_OF = /\b(\w+)\s+(?:of (?:us|them)|people|staff|employees|students|techs|coworkers|colleagues|workers)\b/g;
/** The most people a group count is read as (beyond it, "all 20" is more likely something else). */
const MAX_GROUP = 12;
/** Words after an opening "have" that make it a wish, not a question ("have a good one"). */
const IMPERATIVE_OBJECTS = new Set(['a', 'an']);
/** How many words a closing bit of small talk has at most ("go.", "thanks a lot!"). */
const SMALL_TALK_TAIL = 3;
/** A question this short ("cheapest?", "how much?") asks about what the sentence before it says. */
const BARE_QUESTION_WORDS = 2;
/** "Could I…", "is it possible to…": a question of whether there is a choice. */
const ABLE = /\b(can|could|may) i\b|\bpossible\b|\ban option\b|\ballowed\b/;
/** "Without moving", "I can't relocate": the student will not move or attend in person. */
const STAYING = /\b(without|cant|cannot|can t|unable to|dont want to|don t want to|do not want to|not willing to)\b/;
/** "Do I have to…", "must I…": a question of what is required. */
const OBLIGED = /\b(have|has|need|needs) to\b|\bmust\b|\brequired?\b|\bforced\b/;
/** A part of the message must beat the whole message by this much to be taken as the question. */
const FOCUS_MARGIN = 0.05;
/** Words that ask about work experience ("have I worked enough?", "years of experience"). */
const EXPERIENCE_ASKED =
  /\b(experience|worked|work in the field|working in the field|years? in the field|years? of work|(need|needs|have|has|required) to (have )?work)\b/;
/** Words that ask which, what or how rather than yes or no, wherever they stand in a message. */
export const WH_WORDS: ReadonlySet<string> = new Set([
  'which',
  'what',
  'who',
  'where',
  'how',
  'when',
  'why',
  'whats',
  'hows',
]);
/** Words that ask whether programs share a fact ("the same length", "equally long"). */
const SAME_ASKED = /\b(same|identical|equal|equally)\b/;
/** "More or less than double", "higher or lower than twice": a choice between the two sides of a multiple. */
/** "More than four times", "over double", "at least 2x": a multiple asked as a lower bound. */
const TIMES_ABOVE =
  /\b(more than|greater than|bigger than|longer than|over|above|at least)( [a-z0-9.]+)? ?(times|x|double|twice|triple|triples|doubles)\b/;
/** "Less than twice", "under three times": a multiple asked as an upper bound. */
const TIMES_BELOW =
  /\b(less than|fewer than|shorter than|under|below|at most)( [a-z0-9.]+)? ?(times|x|double|twice|triple)\b/;
const EITHER_SIDE =
  /\b(more|higher|greater|bigger) or (less|lower|smaller)\b|\b(less|lower|smaller) or (more|higher|greater|bigger)\b/;
/** Which value the most programs share: "shows up the most", "has the most programs", "most common", "more than once". */
const MOST_SHARED =
  /\bmore than once\b|\bmost (common|commonly|often|frequent|frequently)\b|\b(up|appears?|has|have|accredits?|covers?|hosts?|holds?|behind|backs?) (the )?most\b(?! (expensive|costly|pricey|affordable|credits?|time|months|years)\b)/;
/** Words right before a rate that set it aside ("not just per credit", "beyond the per-year rate"). */
const RATE_SET_ASIDE = /\b(not|beyond)( just| only| the)?$|\b(within|in|under|than|about|over|done in|finish in|take)$/;
/** Openings of a part that only goes on from the question before it ("If so, which body?"). */
const CONTINUATIONS: readonly (readonly string[])[] = [
  ['if', 'so'],
  ['if', 'yes'],
  ['if', 'not'],
  ['and', 'if', 'so'],
  ['if', 'it', 'is'],
  ['if', 'it', 'does'],
  ['if', 'they', 'are'],
  ['if', 'they', 'do'],
];
/** Openings of a part that asks the size of the gap the part before names ("Weber is way shorter, right? By how much?"). */
const GAP_CONTINUATION = /^\s*(by how (much|many|long)|by what)\b/i;
/** Words that ask the last question again of other names ("and Clarkson?", "what about EFSC?"). */
const ALSO_OPENERS: readonly (readonly string[])[] = [
  ['and', 'what', 'about'],
  ['and', 'how', 'about'],
  ['what', 'about'],
  ['how', 'about'],
  ['and'],
  ['also'],
  ['plus'],
  // "OIT has no financial aid, right? Does Weber?": the same question, of another program.
  ['and', 'does'],
  ['does'],
  ['do', 'they', 'at'],
  ['is'],
];
/** Words that join names in a list of options ("Clarkson or OIT"). */
const NAME_JOINERS: ReadonlySet<string> = new Set(['or', 'and', 'vs', 'versus', 'the']);
/** A length said without a comparator, read as the most there is ("I have 9 months"): no longer a plain figure. */
function atMost({ plain: _plain, ...q }: Quantity): Quantity {
  return q;
}
/** Units of time, whose amount in a story counts only next to words of having time. */
const TIME_UNITS = /^(weeks?|wks?|months?|mos?|years?|yrs?|semesters?)$/;
/** Words before a length that make it time the student has ("I have about 8 months", "only got a year", "my deadline is 9 months"). */
const AVAILABLE_WORDS: ReadonlySet<string> = new Set([
  'have',
  'got',
  'spare',
  'spend',
  'give',
  'only',
  'within',
  'under',
  'deadline',
]);
/** Words after a length that make it time the student has left ("9 months out", "a year away", "6 months left"). */
const TIME_LEFT_WORDS: ReadonlySet<string> = new Set(['out', 'away', 'left', 'remaining']);
/** How far before a unit of time those words may stand. */
const AVAILABLE_REACH = 4;
/** A sentence with a question mark gets this much head start over other parts: it is where students ask. */
const QUESTION_MARK_BONUS = 0.1;
/** How much later parts of a message gain over earlier ones, all told. */
const LATER_BONUS = 0.05;
/** Only the last few sentences are tried as the question's end, besides every sentence with a question mark. */
const TRAILING_SENTENCES = 3;
/** The word before "a term" or "per year" that makes it a pace of credits ("3 credits a term", "6 hours per semester"). */
const PACE_CREDITS = /^(credits?|hours?|hrs|units?)$/;
/** "According to your source", "per the article", "based on the text": where an answer should come from. */
const SOURCE_QUALIFIER =
  /[,;-]?\s*\b(?:according to|per|based on|going by|going off)\s+(?:your|the|this|ur)\s+(?:source|sources|article|text|info|information|writeup|write-up)\b[,.]?/gi;
/** Words that ask what a sum pays for ("which program would be fully covered?"). */
const COVER_WORDS: ReadonlySet<string> = new Set(['cover', 'covers', 'covered', 'covering']);
/** A message with this many sentences is a story: the question is one of its parts, never the whole. */
const STORY_SENTENCES = 4;

/** Words with which a question points back at something named before it in the message. */
const POINTING_WORDS: ReadonlySet<string> = new Set([
  'it',
  'its',
  'they',
  'them',
  'this',
  'that',
  'those',
  'these',
  'ones',
]);
/** "I need an online program. What are my options?": a question about the student's options takes the facts before it. */
const OPTION_WORDS: ReadonlySet<string> = new Set(['options', 'choices', 'option', 'choice', 'available', 'there']);
/** Verbs of meeting a condition ("which of the programs qualify?", "which ones fit?"). */
const MEETING_WORDS: ReadonlySet<string> = new Set([
  'qualify',
  'qualifies',
  'fit',
  'fits',
  'match',
  'matches',
  'meet',
  'meets',
  'count',
  'counts',
  'work',
]);

/** Where a second question joins the first: ", and how…", " and is it…". */
const SECOND_QUESTION =
  /,?\s+(?:and|also|plus)\s+(?:(?:roughly|about|approximately|also|then|so)\s+)?(?=(?:how|what|whats|when|where|which|who|whose|is|are|was|does|do|did|can|could|would|will|should)\b)/i;
/** How surely the second of two joined questions must be in scope to be answered on its own (half a score under the threshold). */
const SECOND_QUESTION_LEANING = 0.1;
/** A first half read as off-topic or small talk this surely is not split off: the sentence is one question. */
const OFF_TOPIC_FIRST = 0.5;
/** Each of two joined questions has at least this many words ("how long is it"). */
const MIN_QUESTION_WORDS = 3;
/** How many questions in a row make a list of them, each answered on its own (two may be one question asked twice). */
const MIN_LISTED_QUESTIONS = 3;
/** The number of an item in a list written in a message: "1) ", "(2) ", "3. " (the number is group 1). */
const LIST_NUMBER = /(?<=^|\s)\(?([1-9])(?:\)|\.(?=\s))\s*/g;

/** "Certified through them", "registered with it": a registration held, its body named by a pronoun. */
const HELD_POINTED =
  /\b(certified|registered|licensed|credentialed|in good standing) (through|with|by) (them|it|that one|that board|those guys)\b/;

/** Kinds of mention that name a place ("Klamath Falls", "Utah", a program's city). */
const PLACE_KINDS: ReadonlySet<string> = new Set(['city', 'state', 'program']);

/** Shorter words in capitals ("CT", "OK") are too often something else to call names. */
const MIN_NAME_LETTERS = 2;
/** How far after a word of earning ("making", "salary is") the sum earned may stand. */
const INCOME_REACH = 3;
/** How far after a word for someone else paying ("my employer reimburses up to") the sum paid may stand. */
const HELP_REACH = 5;
/** How far before such a word the sum may stand ("$3,000 a year in tuition reimbursement"). */
const HELP_BEFORE_REACH = 4;
/** Words after the sum that may give its unit ("$5,250 per calendar year"). */
const HELP_UNIT_REACH = 4;
/** "More than double", "2x": words that are a multiple by themselves ("six times" is read from its number). */
const MULTIPLES: Readonly<Record<string, number>> = { double: 2, twice: 2, triple: 3, '2x': 2, '3x': 3, '4x': 4 };
/** Words after "times" that make it how often, not a multiple ("three times a week"). */
const HOW_OFTEN: ReadonlySet<string> = new Set(['a', 'per', 'each', 'every']);
/** "After the 4k", "minus $3,000", "less the grant's 2,000": words that take a sum off a cost. */
const NET_OF = new Set(['after', 'minus', 'less']);
/** Shares of the cost someone else may pay ("my job covers half"); "50 percent" is read as a number. */
const SHARES: ReadonlyMap<string, number> = new Map([
  ['half', 0.5],
  ['quarter', 0.25],
]);
/** A word with at least two capitals, or a capital and a digit: an acronym or a brand ("JRCERT", "CompTIA", "HL7", "CT"). */
const NAME_IN_CAPITALS = /\b[A-Z][A-Za-z0-9]*[A-Z0-9][A-Za-z0-9]*\b/g;
const ROMAN_NUMERAL = /^[IVX]+$/;
/** Every word in the knowledge's text: its intents' examples, names, lexicon and topics. */
function wordsIn(value: unknown, into: Set<string> = new Set()): Set<string> {
  if (typeof value === 'string') for (const w of tokenize(normalize(value))) into.add(w);
  else if (Array.isArray(value)) for (const v of value) wordsIn(v, into);
  else if (value !== null && typeof value === 'object') for (const v of Object.values(value)) wordsIn(v, into);
  return into;
}

/** How many words before a residency a negation may stand ("not a Utah resident"). */
const RESIDENCY_NEGATION_REACH = 3;
/** Words between a program noun and its place: "the one in Florida", "the school from Utah". */
const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'from', 'at']);

/** A question opening a message, up to a colon that introduces its options. */
const QUESTION_COLON = /^((?:which|what|who|where|how)\b[^:.?!]*):/i;
/** Where a sentence or a clause ends. */
const SENTENCE_END = /(?<=[.!?\n])\s+|(?<=[;:])\s+|\s+(?:—|–|-)\s+/u;
/** "Idaho's in the same region as Utah, so do I get the in-state rate?": a question drawn from what comes before it. */
const SO_QUESTION = /,\s+so\s+(?=(?:do|does|is|are|can|could|would|will|should|what|which|how)\b)/giu;
/** Pictographs other than the ones the lexicon reads as words. */
const PICTOGRAPH = /\p{Extended_Pictographic}|\u200d|\ufe0f/gu;
/** Who a yes/no question after an "if" clause asks about ("if they say no, could I…", "if I move, would she…"). */
const CONDITION_SUBJECTS: ReadonlySet<string> = new Set([
  'i',
  'we',
  'he',
  'she',
  'they',
  'you',
  'it',
  'that',
  'my',
  'the',
  'this',
  'there',
]);

/** At most this many words of a town the lexicon doesn't know before its state ("grand forks ND,"). */
const MAX_TOWN_WORDS = 2;

/** State codes that are everyday words in lower case ("in", "or", "me", "hi", "ok", "oh", "pa"…), never read as codes. */
const CODES_AS_WORDS: ReadonlySet<string> = new Set([
  'in',
  'or',
  'me',
  'hi',
  'ok',
  'oh',
  'id',
  'ma',
  'pa',
  'al',
  'de',
  'la',
  'co',
  'mo',
  'ne',
]);

/**
 * "winnemucca NV, rad tech…", "Grand Junction CO. Budget 9k": a clause of one or two words closed by a code in
 * capitals, a town the lexicon doesn't know and its state.
 */
const TOWN_THEN_CODE = /(?<=(?:^|[,.;:!?\n])\s*(?:[A-Za-z][a-z]+\s+){1,2})([A-Z]{2})(?=\s*(?:[,.;:!?\n]|$))/g;
/** Codes in capitals that close a short clause as words do ("sounds OK.", "say HI!", "not ME?"). */
const CAPITAL_CODES_AS_WORDS: ReadonlySet<string> = new Set(['OK', 'HI', 'ME', 'IN', 'OR', 'OH']);

/** "in sedona az.", "from round rock tx,": one or two words after a place preposition, then a two-letter code ending the phrase. */
const PLACE_THEN_LOWER_CODE = /\b(?:in|from|near|outside)\s+[a-z]+(?:\s+[a-z]+)?\s+([a-z]{2})(?=\s*(?:[,.;:!?]|$))/g;

/**
 * A state's postal code typed in capitals where a place goes ("in NY", "from TX", "in Reno NV", "Tampa, FL", "an NC
 * resident"); not before a word that makes it an imaging term ("a CT tech", "in CT scans", "OR nurse").
 */
const STATE_CODE_AS_PLACE =
  /(?<=\b(?:in|from|near|to|of)\s+(?:(?!(?:the|a|an|my|our|his|her|their)\s)[A-Za-z][a-z]+\s+){0,2}|[A-Za-z],\s*)([A-Z]{2})\b(?!\s+(?:tech|techs|technologist|technologists|scan|scans|scanner|scanners|department|dept|room|nurse|nurses|imaging|registry|certified|registered))|\b[A-Z]{2}(?=\s+(?:resident|residents|native|natives)\b)/g;

/**
 * "Which are shortest and which are online?": two questions over all the programs, each on its own,
 * where "how much is Weber and how much is Clarkson?" is one question of two programs.
 */
export function asksApart(first: readonly string[], second: readonly string[]): boolean {
  // "…and which of those costs less?" asks over the first answer's programs. ("Of the programs I'm eligible for, which
  // is the quickest and which is the cheapest?": the first may open with what it asks among.)
  return first.includes('which') && second[0] === 'which' && !second.some((t) => POINTING_WORDS.has(t));
}

/** Understands messages against one knowledge base. Pure: same text and memory, same meaning. */
export class Understander {
  private readonly student: StudentReader;
  private readonly quantities: QuantityParser;
  /** State names by postal code ("NY" → "New York"). */
  private readonly stateNames: ReadonlyMap<string, string>;
  private readonly cityThenCode: RegExp | undefined;
  /** Bodies a program takes as an entry registration (ARRT, ARDMS…). */
  private readonly entryBodies: ReadonlySet<string>;
  private readonly spanish: ReadonlySet<string>;
  private readonly askedUnits: PhraseMatcher<NonNullable<Asks['unit']>>;
  private readonly creditWords: PhraseMatcher<true>;
  private readonly eligibilityWords: PhraseMatcher<true>;
  private readonly definitionWords: PhraseMatcher<true>;
  private readonly generalWords: PhraseMatcher<true>;
  private readonly finderWords: PhraseMatcher<true>;
  private readonly totalWords: PhraseMatcher<true>;
  /** One-word names a newcomer calls themselves ("newbie", "beginner", "noob"). */
  private readonly backgroundStarts: ReadonlySet<string>;
  private readonly leftoverWords: PhraseMatcher<true>;
  private readonly outOfPocketWords: PhraseMatcher<true>;
  private readonly helpWords: PhraseMatcher<true>;
  private readonly inPersonWords: PhraseMatcher<true>;
  private readonly differenceWords: PhraseMatcher<true>;
  private readonly sumWords: PhraseMatcher<true>;
  private readonly monthlyWords: PhraseMatcher<true>;
  private readonly groupWords: PhraseMatcher<true>;
  private readonly positionNouns: ReadonlySet<string>;
  private readonly negators: ReadonlySet<string>;
  /** What people of a state are called, and the state's name for each ("texan" → "Texas"). */
  private readonly demonyms: RegExp | undefined;
  private readonly demonymStates: ReadonlyMap<string, string>;
  /** Every word the knowledge uses anywhere: a name outside it is one the article never mentions. */
  private readonly knownWords: ReadonlySet<string>;
  /** Nouns for the work a body registers ("sonographer", "tech"), from the knowledge's terms. */
  private readonly workerNouns: ReadonlySet<string>;
  /** A body's name with what qualifies it: "ARRT(R)(MR)", "NMTCB (CNMT)", "ARDMS RDMS", "RDMS (ARDMS)". */
  private readonly bodyQualified: RegExp | undefined;

  constructor(
    private readonly recognizer: Recognize,
    readonly kb: KnowledgeBase,
    private readonly options: UnderstanderOptions = { maxTextChars: Number.POSITIVE_INFINITY },
  ) {
    this.student = new StudentReader(kb);
    this.stateNames = new Map(kb.states.map((x) => [x.code, x.name] as const));
    this.quantities = new QuantityParser(kb.query);
    this.askedUnits = new PhraseMatcher(kb.query.moneyUnits.map((m) => [m.phrase, m.unit] as const));
    this.monthlyWords = new PhraseMatcher(kb.query.monthlyWords.map((p) => [p, true] as const));
    this.groupWords = new PhraseMatcher(kb.query.groupWords.map((p) => [p, true] as const));
    this.creditWords = new PhraseMatcher(
      kb.query.units.filter((u) => u.measure === 'credits').map((u) => [u.phrase, true] as const),
    );
    this.spanish = new Set(kb.spanish.words);
    this.entryBodies = entryBodiesOf(kb.programs);
    this.eligibilityWords = new PhraseMatcher(kb.query.eligibility.map((p) => [p, true] as const));
    this.definitionWords = new PhraseMatcher(kb.query.definitions.map((p) => [p, true] as const));
    this.generalWords = new PhraseMatcher(kb.query.general.map((p) => [p, true] as const));
    this.finderWords = new PhraseMatcher(kb.query.finderStart.map((p) => [p, true] as const));
    this.totalWords = new PhraseMatcher(kb.query.totalCost.map((p) => [p, true] as const));
    this.backgroundStarts = new Set(
      kb.student.backgrounds
        .filter((b) => b.id === 'beginner')
        .flatMap((b) => b.phrases)
        .filter((p) => !p.includes(' ')),
    );
    this.leftoverWords = new PhraseMatcher(kb.query.leftoverWords.map((p) => [p, true] as const));
    this.outOfPocketWords = new PhraseMatcher(kb.query.outOfPocketWords.map((p) => [p, true] as const));
    this.helpWords = new PhraseMatcher(kb.query.helpWords.map((p) => [p, true] as const));
    this.inPersonWords = new PhraseMatcher(kb.query.inPerson.map((p) => [p, true] as const));
    this.differenceWords = new PhraseMatcher(kb.query.differenceWords.map((p) => [p, true] as const));
    this.sumWords = new PhraseMatcher(kb.query.sumWords.map((p) => [p, true] as const));
    this.positionNouns = new Set(kb.query.positions.nouns);
    this.negators = new Set(kb.query.negators);
    this.demonymStates = new Map(
      kb.student.demonyms.map((d) => [d.word.toLowerCase(), this.stateNames.get(d.state) ?? d.state] as const),
    );
    const words = [...this.demonymStates.keys()]
      .sort((a, b) => b.length - a.length)
      .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    this.demonyms = words.length > 0 ? new RegExp(`\\b(${words.join('|')})\\b`, 'gi') : undefined;
    // "Whats cheapest for me, topeka KS": a state's code right after a city the lexicon knows.
    const cities = kb.student.cities
      .map((c) => c.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
      .sort((a, b) => b.length - a.length);
    this.cityThenCode =
      cities.length > 0 ? new RegExp(`\\b(?:${cities.join('|')}),?\\s+([A-Z]{2})\\b`, 'gi') : undefined;
    // The examples of what is out of scope name exactly what the article never mentions.
    const inScope = { ...kb, intents: kb.intents.filter((i) => i.action.kind !== 'outOfScope') };
    this.knownWords = new Set([...wordsIn(inScope), ...kb.query.notNames]);
    // Only a noun one body alone registers ("sonographer"); "tech" says nothing of whose credential it is.
    const nouns = kb.terms.flatMap((t) => [...new Set((t.jobs ?? []).map((j) => j.split(' ').at(-1) ?? j))]);
    this.workerNouns = new Set(nouns.filter((n) => nouns.indexOf(n) === nouns.lastIndexOf(n)));
    const bodies = kb.query.bodies.map((b) => b.id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
    this.bodyQualified =
      bodies.length > 0
        ? new RegExp(
            `\\b(?:${bodies})(?:(?:\\s*\\([^)]*\\))+|[\\s-]+[A-Z][A-Z0-9]+\\b)|\\b[A-Z][A-Za-z0-9]+\\s*\\(\\s*(?:the\\s+)?(?:${bodies})\\s*\\)`,
            'g',
          )
        : undefined;
  }

  /**
   * The recognizer's reading, with a state named to point at its program ("the Florida one", "the
   * school in Utah") read as that program. A state with no featured program stays a state.
   */
  private recognize(text: string): Recognition {
    const r = this.denyResidency(this.statedCities(this.intensifiers(this.recognizer.recognize(text))));
    const t = r.tokens;
    const nouns = this.positionNouns;
    const pointing = (e: EntityMention): boolean =>
      e.kind === 'state' &&
      ((t[e.start - 1] === 'the' && nouns.has(t[e.end] ?? '')) ||
        (PLACE_PREPOSITIONS.has(t[e.start - 1] ?? '') && nouns.has(t[e.start - 2] ?? '') && t[e.start - 3] === 'the'));
    const inState = (e: EntityMention): string[] =>
      this.kb.programs.filter((p) => p.location.stateCode === e.id).map((p) => p.id);
    // "The HLC school vs the SACSCOC one", "HLC one: how many hours?": a body named to point at the programs it accredits.
    const byBody = (e: EntityMention): string[] =>
      e.kind === 'accreditor' &&
      (t[e.start - 1] === 'the' || e.start === 0) &&
      nouns.has((t[e.end] ?? '').replace(/s$/, ''))
        ? this.kb.programs.filter((p) => p.accreditorId === e.id).map((p) => p.id)
        : [];
    // A body that accredits one program stands for its name, so the question is read as about that program
    // ("is the HLC school or the SACSCOC school cheaper?" compares Clarkson and EFSC).
    const named = r.entities.flatMap((e) => {
      const [only, ...more] = byBody(e);
      const program = this.kb.programs.find((p) => p.id === only);
      return program !== undefined && more.length === 0 ? [{ said: e.text, name: program.shortName }] : [];
    });
    const renamed = named.reduce(
      (out, n) =>
        out.replace(new RegExp(`(?:\\bthe\\s+|^\\s*)${n.said}\\s+(?:${[...nouns].join('|')})s?\\b`, 'i'), n.name),
      text,
    );
    if (renamed !== text) return this.recognize(renamed);
    const programsMeant = (e: EntityMention): string[] => (pointing(e) ? inState(e) : byBody(e));
    if (!r.entities.some((e) => programsMeant(e).length > 0)) return r;
    const entities = r.entities.flatMap((e) => {
      const meant = programsMeant(e);
      return meant.length > 0 ? meant.map((id) => ({ ...e, kind: 'program', id })) : [e];
    });
    return { ...r, entities };
  }

  /** "I'm not a Utah resident", "not in-state": a residency denied is the other one. */
  private denyResidency(r: Recognition): Recognition {
    const denied = (e: EntityMention): boolean =>
      e.kind === 'residency' &&
      r.tokens.slice(Math.max(0, e.start - RESIDENCY_NEGATION_REACH), e.start).some((t) => this.negators.has(t));
    if (!r.entities.some(denied)) return r;
    // Read as the other residency's own words, so "not a Florida resident" is not taken for where the student lives.
    const other = (id: string): { id: string; text: string } =>
      id === 'in_state' ? { id: 'out_of_state', text: 'non resident' } : { id: 'in_state', text: 'in state' };
    return { ...r, entities: r.entities.map((e) => (denied(e) ? { ...e, ...other(e.id) } : e)) };
  }

  /**
   * "What does NMTCB stand for?", then "I'm certified through them": the registry the last answer explained, held by
   * the student, when a pronoun stands for it.
   */
  private heldPointedBody(tokens: readonly string[], memory: TurnMemory, facts: StudentFacts): StudentFacts {
    if (!HELD_POINTED.test(tokens.join(' '))) return facts;
    const explained = this.kb.terms
      .filter((t) => (memory.terms ?? []).includes(t.id) && this.entryBodies.has(t.abbreviation))
      .map((t) => t.abbreviation);
    if (explained.length !== 1) return facts;
    const { unregistered: _unregistered, ...rest } = facts;
    return { ...rest, registrations: [...new Set([...(facts.registrations ?? []), ...explained])] };
  }

  /** Places said as a sentence of their own ("Cheyenne WY."), not asked about: a city with its state, or a state. */
  private placesAlone(text: string, places: readonly EntityMention[]): EntityMention[] {
    const said = new Set(
      text
        .split(SENTENCE_END)
        .filter((p) => !p.includes('?'))
        .map((p) => tokenize(normalize(p)).join(' ')),
    );
    // "Cheyenne WY", "Boise, Idaho": a city may come with its state or the state's two letters.
    const alone = (p: EntityMention, sentence: string): boolean => {
      if (sentence !== p.text && !sentence.startsWith(`${p.text} `)) return false;
      const rest = sentence.slice(p.text.length).trim();
      return rest === '' || /^[a-z]{2}$/.test(rest) || places.some((q) => q.kind === 'state' && q.text === rest);
    };
    // "omaha. 2nd cheapest for me?": a program's city said alone is a place too.
    const found = places.filter(
      (p) =>
        (p.kind !== 'program' || programByCity(this.kb, p) !== undefined) &&
        [...said].some((sentence) => alone(p, sentence)),
    );
    // "winnemucca NV, ARRT, …": a state closing a clause of its own after a town the lexicon doesn't know.
    const parts = clauses(text).map((c) => c.tokens);
    const afterTown = places.filter(
      (p) =>
        p.kind === 'state' &&
        !found.includes(p) &&
        parts.some((c) => {
          const town = c.slice(0, c.length - p.text.split(' ').length);
          return (
            town.length >= 1 &&
            town.length <= MAX_TOWN_WORDS &&
            c.slice(town.length).join(' ') === p.text &&
            !town.some((t) => FUNCTION_WORDS.has(t) || /\d/.test(t))
          );
        }),
    );
    // "lincoln ne.": the state said with the city is the same home, no place asked about.
    return [
      ...found,
      ...afterTown,
      ...places.filter((q) => q.kind === 'state' && found.some((p) => q.start === p.end)),
    ];
  }

  /** The message's sentences as spans of its words, or none when they don't add up to the message's words. */
  private sentences(text: string, tokens: readonly string[]): SentenceSpan[] {
    const spans: SentenceSpan[] = [];
    let offset = 0;
    for (const s of text.split(SENTENCE_END)) {
      const length = tokenize(normalize(s)).length;
      spans.push({ start: offset, end: offset + length, asks: s.includes('?') });
      offset += length;
    }
    // Spelling corrects word for word, so the sentences' words add up to the message's, or no sentence is known.
    return offset === tokens.length ? spans : [];
  }

  /** The places in sentences that ask nothing, with the words before them in their sentence. */
  private placesStated(
    spans: readonly SentenceSpan[],
    tokens: readonly string[],
    places: readonly EntityMention[],
  ): StatedPlace[] {
    return spans
      .filter((s) => !s.asks)
      .flatMap(({ start, end }) =>
        places
          .filter((place) => place.start >= start && place.end <= end)
          .map((place) => ({ place, before: tokens.slice(start, place.start) })),
      );
  }

  /** "A total newbie", "a total noob": "total" before words a student describes themselves with asks no total. */
  private intensifiers(r: Recognition): Recognition {
    const describing = (e: EntityMention): boolean =>
      e.kind === 'attribute' && e.end - e.start === 1 && this.backgroundStarts.has(r.tokens[e.end] ?? '');
    return r.entities.some(describing) ? { ...r, entities: r.entities.filter((e) => !describing(e)) } : r;
  }

  /** "Columbus, Georgia": a city the knowledge places in another state than the one said with it is not that city. */
  private statedCities(r: Recognition): Recognition {
    const stateOf = (e: EntityMention): string | undefined =>
      e.kind === 'city' ? e.id : programByCity(this.kb, e)?.location.stateCode;
    const elsewhere = (e: EntityMention): boolean => {
      const state = stateOf(e);
      return state !== undefined && r.entities.some((s) => s.kind === 'state' && s.start === e.end && s.id !== state);
    };
    return r.entities.some(elsewhere) ? { ...r, entities: r.entities.filter((e) => !elsewhere(e)) } : r;
  }

  /** The meaning of `text`, with follow-ups resolved against what the conversation remembers. */
  understand(raw: string, memory: TurnMemory = NO_MEMORY): Understanding {
    const cut = raw.length > this.options.maxTextChars;
    const text = this.readable(cut ? raw.slice(0, this.options.maxTextChars) : raw);
    const whole = this.recognize(text);
    const focus = this.focus(text, whole);
    const places = whole.entities.filter((e) => e.kind === 'state' || e.kind === 'city' || e.kind === 'program');
    const helped = this.tuitionHelp(whole.tokens);
    // The story's money and time: what a question without amounts of its own goes by. What someone else pays
    // ("my hospital reimburses $4,000 a year") is help, not the student's budget.
    const storyAmounts = this.amounts(whole.tokens, true, helped?.at);
    let spans: readonly SentenceSpan[] | undefined;
    const sentenceSpans = (): readonly SentenceSpan[] => (spans ??= this.sentences(text, whole.tokens));
    const {
      facts: said,
      residencePlaces,
      othersPlaces,
    } = this.student.read(
      whole.tokens,
      places,
      () => this.placesAlone(text, places),
      () => this.placesStated(sentenceSpans(), whole.tokens, places),
      sentenceSpans,
      // "lincoln ne. 8k cap. go.": a price asked, or a budget said, makes a place said alone the student's home.
      whole.entities.some((e) => e.kind === 'attribute' && e.id === PRICE_ATTRIBUTE) ||
        storyAmounts.some((q) => q.measure === 'money' && q.bound === 'at_most' && q.per === undefined),
    );
    const help = helped?.help;
    const held = this.heldPointedBody(whole.tokens, memory, said);
    const facts = help === undefined ? held : { ...held, help };
    const lived = [...residencePlaces, ...othersPlaces];
    const residenceOnly = (kind: string): string[] => {
      const asHome = new Set(lived.filter((p) => p.kind === kind).map((p) => p.id));
      return [...asHome].filter((id) => !places.some((p) => p.kind === kind && p.id === id && !lived.includes(p)));
    };
    const residenceOnlyPrograms = residenceOnly('program');
    const options = this.listedOptions(text, whole);
    // "How much is Weber? And Clarkson?", "how long is HACC? what about EFSC?": the question asked of them too.
    const alsoPrograms = [
      ...new Set(
        text
          .split(SENTENCE_END)
          .slice(1)
          .flatMap((part) => (part.trim() === '' ? [] : alsoNamed(this.recognize(part)))),
      ),
    ];
    // "Which is cheaper and which is faster, Weber or Clarkson?": one question of two measures over the options.
    // "1) which are online 2) which start in summer": numbered questions, each asked on its own.
    const split =
      options.length > 1
        ? undefined
        : (this.listedQuestions(text) ?? this.secondQuestion(focus) ?? this.lastTwoQuestions(text));
    const question = split?.first ?? focus;
    // "A tech for 6 years": the student's past, not time they have for a program.
    // "Is HACC's 14k per year?": a program's own figure quoted, no budget.
    const quoted = new Set(
      question.entities
        .filter((e) => e.kind === 'program' && /^\d/.test(question.tokens[e.end] ?? ''))
        .map((e) => e.end),
    );
    // "Could I just do EFSC since it's only six months?": the student's reason, after "since", is no figure asked.
    const reasonAt = reasonStart(question.tokens);
    const reason = reasonAt < 0 ? [] : question.tokens.map((_, i) => i).filter((i) => i >= reasonAt);
    const asked = this.amounts(question.tokens, false, new Set([...quoted, ...reason]));
    // "A Florida resident" says where the student lives, which decides the rate program by program: no residency as such.
    const storyResidencies = new Set(
      whole.entities
        .filter((e) => isResidencyValue(this.kb, e) && !/^(residents?|locals?)$/.test(e.text))
        .map((e) => e.id),
    );
    const storyResidency = storyResidencies.size === 1 ? [...storyResidencies][0] : undefined;
    let context: MessageContext = {
      student: facts,
      residenceOnly: { programs: residenceOnlyPrograms, states: residenceOnly('state') },
      otherPrograms: [
        ...new Set(
          whole.entities.filter((e) => e.kind === 'program' && !residenceOnlyPrograms.includes(e.id)).map((e) => e.id),
        ),
      ],
      // "For a Utah resident, is Weber cheaper?", "I have $10,000. Could that cover it?": the yes/no word may open a later clause or sentence.
      // "Is OIT or EFSC faster?" asks which, not whether.
      yesNo:
        !this.asksWhichOf(question) &&
        (this.isYesNo(question.tokens) ||
          question.text
            .split(/[,;:.!?]/)
            .slice(1)
            .some((clause) => this.isYesNo(tokenize(normalize(clause))))),
      // Without amounts of its own, a question takes the story's money and time ("I have $9,000", "I have about 8 months"),
      // never the years the student has worked.
      // "My company will reimburse up to $8,000. Which programs would stay inside that?": the help pointed at is the
      // budget asked about.
      // "I can take 5 credits a semester. What would a semester at Clarkson cost?": the story's pace holds too.
      figures:
        asked.length > 0 || focus === whole
          ? [
              ...asked,
              ...(focus === whole || asked.some((q) => q.measure === 'credits')
                ? []
                : storyAmounts.filter((q) => q.measure === 'credits' && q.per !== undefined)),
            ]
          : storyAmounts.length === 0 &&
              helped !== undefined &&
              question.tokens.some((t) => POINTING_WORDS.has(t) || COVER_WORDS.has(t))
            ? this.amounts(whole.tokens, true)
            : storyAmounts,
      // "…could I get into and do from Florida without moving?": staying put holds for both halves of the question.
      asks: {
        ...(split !== undefined && this.asks(focus).staying === true
          ? { ...this.asks(question), staying: true }
          : this.asks(question)),
        // "One would do Clarkson and the other HACC. What's the total bill?": the story says what is added.
        ...(this.sumWords.match(whole.tokens).length > 0 ? { sum: true } : {}),
        // "I can put $700 a month toward school. … What could I swing?": the question is what each comes to a month.
        ...(focus !== whole && asked.length === 0 && this.moneyByMonth(whole.tokens).size > 0
          ? { perMonth: true }
          : {}),
        // "I can put away $450 a month. How many months of saving until I could pay for Clarkson?": how long that takes.
        ...this.savingAsked(whole.tokens, question.tokens),
      },
      cut,
      language: this.isSpanish(raw) ? 'es' : 'en',
      ...(focus === whole ? {} : { story: whole.tokens }),
      // "I'd be an out-of-state student anywhere. Which programs could I afford?": the story's residency holds.
      ...(focus !== whole && storyResidency !== undefined ? { storyResidency } : {}),
      ...(options.length > 1 ? { options } : {}),
      ...(alsoPrograms.length > 0 ? { alsoPrograms } : {}),
      ...(quoted.size > 0 ? { quotesFigure: true } : {}),
      ...(focus === whole
        ? {}
        : { otherAccreditors: [...new Set(whole.entities.filter((e) => e.kind === 'accreditor').map((e) => e.id))] }),
    };
    // Names in the question itself: a story's "OB/GYN clinic" is no question about GYN.
    // ("RDMS sonographer in Daytona. Could I do EFSC's?": a name the story gives the student's work is theirs to weigh.)
    const namedInQuestion = this.unknownNames(question.text, question);
    const unknown = [
      ...namedInQuestion,
      ...(question === whole
        ? []
        : this.unknownNames(whole.text, whole).filter(
            (n) => !namedInQuestion.includes(n) && this.namesWork(whole.tokens, n),
          )),
    ];
    if (unknown.length > 0) context = { ...context, unknownNames: unknown };
    // "I can only take 3 credit hours per term": a pace the student keeps for later questions ("what would each term cost?").
    const pace = context.figures.find((q) => q.measure === 'credits' && q.per !== undefined && q.per !== 'per_credit');
    if (pace !== undefined && (pace.per === 'per_semester' || pace.per === 'per_year'))
      context = { ...context, student: { ...context.student, pace: { credits: pace.value, per: pace.per } } };
    const meaning = understand(question, this.kb, memory, context);
    return split === undefined ? meaning : { ...meaning, then: split.second };
  }

  /**
   * Names typed in capitals ("JRCERT", "CIIP", "CompTIA") that the knowledge never uses and the
   * recognizer neither corrected nor matched to anything it knows.
   */
  private unknownNames(text: string, r: Recognition): string[] {
    // A message in capitals throughout is shouting, not a list of names.
    if (text === text.toUpperCase()) return [];
    const matched = new Set([...r.entities.flatMap((e) => e.text.split(' ')), ...r.corrections.map((c) => c.from)]);
    // "ARRT(N)", "NMTCB (CNMT)", "RDMS (ARDMS)": a name said with a body is that body's credential, which the body answers.
    for (const m of this.bodyQualified === undefined ? [] : text.matchAll(this.bodyQualified))
      for (const n of m[0].matchAll(NAME_IN_CAPITALS)) matched.add(n[0].toLowerCase());
    // "Level II", "Part III": a Roman numeral is no name.
    const names = [...text.matchAll(NAME_IN_CAPITALS)]
      .map((m) => m[0])
      .filter((n) => n.length >= MIN_NAME_LETTERS && !ROMAN_NUMERAL.test(n));
    return [...new Set(names.filter((n) => !this.knownWords.has(n.toLowerCase()) && !matched.has(n.toLowerCase())))];
  }

  /** Whether a name stands right before a noun for a kind of worker ("RDMS sonographer", "CNMT tech"). */
  private namesWork(tokens: readonly string[], name: string): boolean {
    const at = tokens.indexOf(name.toLowerCase());
    return at >= 0 && this.workerNouns.has(tokens[at + 1] ?? '');
  }

  /** Programs listed on their own in a sentence or clause of the message ("…, Weber or Clarkson?"), as a question's options. */
  private listedOptions(text: string, whole: Recognition): string[] {
    // A part names a program only if the whole message does; a message of one part is the whole.
    if (!whole.entities.some((e) => e.kind === 'program')) return [];
    const parts = text.split(/[,]\s*|(?:\s+(?:—|–|-)\s+)|(?<=[.!?:;\n])\s*/u);
    const listed = (parts.length === 1 ? [whole] : parts.map((part) => this.recognize(part)))
      .filter((r) => namesOnly(r))
      .flatMap((r) => r.entities.filter((e) => e.kind === 'program').map((e) => e.id));
    return [...new Set(listed)];
  }

  /**
   * The amounts in some tokens, leaving out the years the student has worked ("a tech for 6 years") and the positions
   * set aside: a program's own figure quoted, or the sum someone else pays.
   */
  private amounts(tokens: readonly string[], story = false, setAside: ReadonlySet<number> = new Set()): Quantity[] {
    const past = new Set([
      ...this.student.careerYears(tokens).map((y) => y.at),
      ...this.student.schoolingYears(tokens),
    ]);
    // In the story around a question, a length counts only as time the student has ("I have about 8 months"),
    // never as a college's, a past's or anyone else's ("a two-year college", "three years ago").
    // ("3 credits a term" is a pace, its term no length.)
    const notAvailable = (i: number): boolean =>
      story &&
      TIME_UNITS.test(tokens[i] ?? '') &&
      !PACE_CREDITS.test(tokens[i - 2] ?? '') &&
      !tokens.slice(Math.max(0, i - AVAILABLE_REACH), i).some((t) => AVAILABLE_WORDS.has(t)) &&
      !TIME_LEFT_WORDS.has(tokens[i + 1] ?? '');
    // "Making about 30k", "my salary is $40,000": what the student earns, not what they can spend.
    const earned = (i: number): boolean =>
      /\d/.test(tokens[i] ?? '') &&
      tokens.slice(Math.max(0, i - INCOME_REACH), i).some((t) => this.kb.query.incomeWords.includes(t));
    const byMonth = this.moneyByMonth(tokens);
    // "I moved to Utah 8 months ago": time gone by, never a length asked about.
    const gone = (i: number): boolean =>
      this.numberOf(tokens[i] ?? '') !== undefined && TIME_UNITS.test(tokens[i + 1] ?? '') && tokens[i + 2] === 'ago';
    // "I have 0 yrs": no experience, never a length of study.
    const none = (i: number): boolean => this.numberOf(tokens[i] ?? '') === 0 && TIME_UNITS.test(tokens[i + 1] ?? '');
    // "I take the ARRT exam in two months", "my GED in 3 months": when it falls, not a length asked about.
    const dated = (i: number): boolean =>
      this.numberOf(tokens[i] ?? '') !== undefined &&
      TIME_UNITS.test(tokens[i + 1] ?? '') &&
      tokens[i - 1] === 'in' &&
      tokens.slice(Math.max(0, i - DATED_REACH), i - 1).some((t) => DATED_NOUNS.has(t));
    const parsed = this.quantities.parse(
      tokens.map((t, i) =>
        past.has(i) ||
        setAside.has(i) ||
        notAvailable(i) ||
        earned(i) ||
        byMonth.has(i) ||
        gone(i) ||
        none(i) ||
        dated(i)
          ? '_'
          : t,
      ),
    );
    // A story's length is time the student has ("my deadline is 9 months out"): a most, never a length to match.
    return story ? parsed.map((q) => (q.measure === 'months' ? atMost(q) : q)) : parsed;
  }

  /** "My employer reimburses up to $3,000 a year", "my job covers half of it": what someone else pays toward tuition. */
  private tuitionHelp(tokens: readonly string[]): { help: TuitionHelp; at: ReadonlySet<number> } | undefined {
    const cues = this.helpWords.match(tokens);
    if (cues.length === 0) return undefined;
    const after = (i: number): boolean => cues.some((m) => m.end <= i && i - m.end <= HELP_REACH);
    // "$3,000 a year in tuition reimbursement"; not "$7k saved and my hospital reimburses…", the student's own.
    const before = (i: number): boolean =>
      cues.some(
        (m) =>
          m.start > i &&
          m.start - i <= HELP_BEFORE_REACH &&
          !tokens.slice(i, m.start).some((t) => this.kb.query.ownMoneyWords.includes(t)),
      );
    const near = (i: number): boolean => after(i) || before(i);
    // "Covers half", "pays 50 percent": a share of the cost.
    const shareAt = tokens.findIndex(
      (t, i) => near(i) && (SHARES.has(t) || (/^\d{1,3}$/.test(t) && tokens[i + 1] === 'percent')),
    );
    const shareWord = tokens[shareAt];
    if (shareWord !== undefined) {
      const share = SHARES.get(shareWord) ?? Number(shareWord) / 100;
      if (share > 0 && share <= 1) return { help: { share }, at: new Set() };
    }
    // A sum, read with the words that give its unit; a year ("since 2019") is no sum, but "$2,000" is. The sum after
    // the words of help comes first.
    const isSum = (i: number): boolean =>
      /^\d/.test(tokens[i] ?? '') && (!/^(19|20)\d\d$/.test(tokens[i] ?? '') || /^dollars?$/.test(tokens[i + 1] ?? ''));
    const firstAfter = tokens.findIndex((_, i) => after(i) && isSum(i));
    const at = firstAfter >= 0 ? firstAfter : tokens.findIndex((_, i) => before(i) && isSum(i));
    if (at < 0) return undefined;
    const sum = this.quantities
      .parse(tokens.map((t, i) => (i >= at && i <= at + HELP_UNIT_REACH ? t : '_')))
      .find((q) => q.measure === 'money');
    return sum === undefined
      ? undefined
      : {
          help: {
            amount: sum.value,
            yearly: sum.per === 'per_year',
            ...(sum.per === 'per_credit' ? { perCredit: true } : {}),
          },
          at: new Set([at]),
        };
  }

  /**
   * The positions of money said by the month and its words ("$700 a month toward school"): no program's figure is
   * monthly, so it is never a budget for the whole, and its "a month" no length either.
   */
  private moneyByMonth(tokens: readonly string[]): Set<number> {
    const monthly = this.monthlyWords.match(tokens);
    const byMonth = new Set<number>();
    tokens.forEach((t, i) => {
      if (!/\d/.test(t)) return;
      const from = /^dollars?$/.test(tokens[i + 1] ?? '') ? i + 2 : i + 1;
      // "$600/month" is read as "600 dollar month": the bare word counts right after an amount.
      const end =
        monthly.find((m) => m.start === from)?.end ?? (/^(month|mo)$/.test(tokens[from] ?? '') ? from + 1 : undefined);
      if (end !== undefined) for (let k = i; k < end; k++) byMonth.add(k);
    });
    return byMonth;
  }

  /** "$450 a month… how many months until I could pay for it?", "how long would I have to save": the monthly sum. */
  private savingAsked(all: readonly string[], question: readonly string[]): Pick<Asks, 'savesMonthly'> {
    const joined = question.join(' ');
    // ("I can pay $400 a month. How long is Weber?" asks the program's length.)
    if (
      !/\bhow (many months|long)\b/.test(joined) ||
      !/\b(save|saving|saved|until|till|pay|afford|cover)\b/.test(joined)
    )
      return {};
    const at = [...this.moneyByMonth(all)].find((i) => /^\d+(\.\d+)?$/.test(all[i] ?? ''));
    const amount = at === undefined ? undefined : Number(all[at]);
    return amount !== undefined && amount > 0 ? { savesMonthly: amount } : {};
  }

  /** "Is OIT or EFSC faster?": two programs joined by "or" — a choice between them. */
  private asksWhichOf(r: Recognition): boolean {
    // "Is OIT or EFSC faster?", "is the $14,198 the in-state or out-of-state price?": two of a kind joined by "or".
    const between = (kind: string, different: boolean): boolean => {
      const named = r.entities.filter((e) => e.kind === kind).sort((a, b) => a.start - b.start);
      return named
        .slice(1)
        .some(
          (e, k) => (!different || e.id !== named[k]?.id) && r.tokens.slice(named[k]?.end ?? 0, e.start).includes('or'),
        );
    };
    return between('program', false) || between('residency', true);
  }

  /**
   * "What does HACC award, and how long does it take?": two questions in one sentence, each of
   * which the recognizer understands on its own; the first is answered now, the second after it.
   */
  private secondQuestion(focus: Recognition): { first: Recognition; second: string } | undefined {
    const match = SECOND_QUESTION.exec(focus.text);
    if (match === null) return undefined;
    return this.bothAsked(focus.text.slice(0, match.index), focus.text.slice(match.index + match[0].length));
  }

  /**
   * "Quick ones: 1) which schools does the NWCCU accredit 2) which start in summer 3) anything under 6 months?":
   * questions numbered in a list. The first is answered now; the rest, still numbered, after it, one by one.
   */
  private listedQuestions(text: string): { first: Recognition; second: string } | undefined {
    // "Which schools does the NWCCU accredit? Which start in summer? Anything under 6 months?": three questions or
    // more, after whatever the student says first, are such a list too.
    const parts = text.split(SENTENCE_END).filter((p) => p.trim() !== '');
    const from = parts.findIndex((p) => p.trim().endsWith('?'));
    const asked = from < 0 ? [] : parts.slice(from);
    if (asked.length >= MIN_LISTED_QUESTIONS && asked.every((p) => p.trim().endsWith('?'))) {
      const [first = '', ...rest] = asked;
      if (tokenize(normalize(first)).length >= MIN_QUESTION_WORDS)
        return { first: this.recognize(first), second: rest.map((q, k) => `${k + 1}) ${q.trim()}`).join(' ') };
    }
    const marks = [...text.matchAll(LIST_NUMBER)];
    const [one, two] = marks;
    if (one === undefined || two === undefined || Number(two[1]) !== Number(one[1]) + 1) return undefined;
    const first = text.slice(one.index + one[0].length, two.index).trim();
    if (tokenize(normalize(first)).length < MIN_QUESTION_WORDS) return undefined;
    // The last item is asked without its number, which would read as a figure.
    const rest = marks.length === 2 ? text.slice(two.index + two[0].length) : text.slice(two.index);
    return { first: this.recognize(first), second: rest.trim() };
  }

  /**
   * "Is Weber online? If so, how long does it take?", "Is HACC accredited? What does it cost?": a message that ends
   * in two questions of their own asks both.
   */
  private lastTwoQuestions(text: string): { first: Recognition; second: string } | undefined {
    const parts = text.split(SENTENCE_END).filter((p) => p.trim() !== '');
    const [before, after] = parts.slice(-2);
    if (parts.length < 2 || before === undefined || after === undefined) return undefined;
    if (!before.includes('?') || !after.includes('?') || GAP_CONTINUATION.test(after)) return undefined;
    const tokens = tokenize(normalize(after));
    const opener = CONTINUATIONS.find((c) => c.every((w, k) => tokens[k] === w));
    // Its words after the opener ("how long does it take"), as read.
    const rest = opener === undefined ? after : tokens.slice(opener.length).join(' ');
    const second = this.recognize(rest);
    if (namesOnly(second) || alsoNamed(second).length > 0) return undefined;
    return this.bothAsked(before, rest);
  }

  /** A program opened ("what about Oregon Tech?"), then one of the parts asks a fact of it with no program of its own. */
  private opensThenAsks(opening: Recognition, parts: readonly string[]): boolean {
    if (this.kb.intents.find((i) => i.id === opening.intent?.intent)?.action.kind !== 'programOverview') return false;
    return parts.some((p) => {
      if (!p.includes('?') || p.trim() === opening.text.trim()) return false;
      const r = this.recognize(p);
      return r.entities.some((e) => e.kind === 'attribute') && !r.entities.some((e) => e.kind === 'program');
    });
  }

  /** The two halves of a message as two questions, when each asks something of its own. */
  private bothAsked(before: string, after: string): { first: Recognition; second: string } | undefined {
    if (
      tokenize(normalize(before)).length < MIN_QUESTION_WORDS ||
      tokenize(normalize(after)).length < MIN_QUESTION_WORDS
    )
      return undefined;
    // "What is the Middle States Commission, and which school does it accredit?": the explanation answers both.
    if (
      this.definitionWords.match(tokenize(normalize(before)).slice(0, 3)).length > 0 &&
      this.generalWords.match(tokenize(normalize(after))).length > 0
    )
      return undefined;
    const alone = this.recognize(before);
    const second = this.recognize(after);
    // "What about Oregon Tech since she's in Oregon? Would she get an in-state rate?": one question.
    if (this.opensThenAsks(alone, [after])) return undefined;
    // The second asks something the bot answers: the recognizer leans to a question, or it asks about eligibility ("is it meant for me?").
    // ("…, and what would I pay a year as a Nevada resident?": it names a fact of the programs.)
    if (
      this.leaning(second) < SECOND_QUESTION_LEANING &&
      this.eligibilityWords.match(second.tokens).length === 0 &&
      !second.entities.some((e) => e.kind === 'attribute')
    )
      return undefined;
    // The first half may be unsure ("with my ARRT, am I eligible for it"), but not clearly off-topic.
    if (this.leaning(alone) === 0 && (alone.ranking[0]?.score ?? 0) > OFF_TOPIC_FIRST) return undefined;
    if (
      !asksApart(alone.tokens, second.tokens) &&
      alone.intent?.intent !== undefined &&
      alone.intent.intent === second.intent?.intent
    )
      return undefined;
    return { first: alone, second: after };
  }

  /** "How much is it per year?", "how many credits?": a unit or the credits named without a figure. */
  private asks(r: Recognition): Asks {
    const { tokens } = r;
    const total = this.totalWords.match(tokens).length > 0;
    const leftover = this.leftoverWords.match(tokens).length > 0;
    // "And after the 4k?", "minus the $3,000 a year": the cost less a sum someone else pays; "after 6 months" is time,
    // and "after 2027" a year ("after the 2k" is money).
    const sumAt = (i: number): boolean =>
      /^\d/.test(tokens[i] ?? '') &&
      !TIME_UNITS.test(tokens[i + 1] ?? '') &&
      (!/^(19|20)\d\d$/.test(tokens[i] ?? '') || tokens[i - 1] === 'the');
    const outOfPocket =
      this.outOfPocketWords.match(tokens).length > 0 ||
      tokens.some((t, i) => NET_OF.has(t) && (sumAt(i + 1) || sumAt(i + 2)));
    // "Cheaper per credit, and what would it cost in total?": a rate named is asked about, beside the total;
    // "overall, not just per credit" sets it aside.
    // "EFSC quotes it per semester. What is that per year?": the rate said last is the one asked.
    const rate = this.askedUnits.match(tokens).at(-1);
    const setAside =
      rate !== undefined && RATE_SET_ASIDE.test(tokens.slice(Math.max(0, rate.start - 2), rate.start).join(' '));
    const unit = setAside ? undefined : rate?.tag;
    // "How many credits would $4,000 cover?" asks for credits, though it gives a number; "12 credits" does not.
    const credits =
      this.creditWords.match(tokens).length > 0 &&
      (!tokens.some((t) => /^\d+$/.test(t)) || /\bhow many\b/.test(tokens.join(' ')));
    // "…or do I have to be in Klamath Falls?", "do I have to actually go to Florida?": being in the program's place,
    // not being in good standing.
    const beThere = r.entities.some(
      (e) =>
        PLACE_KINDS.has(e.kind) &&
        /\bto (actually |physically )?(be|go|move|travel) (in|at|near|to)$/.test(tokens.slice(0, e.start).join(' ')),
    );
    const inPerson = beThere || this.inPersonWords.match(tokens).length > 0;
    // "Could I drive up for classes?" asks whether there is a choice; "do I have to move?" whether it is required.
    const joined = tokens.join(' ');
    // "…without moving?", "I can't relocate": they will stay where they are.
    const staying = inPerson && STAYING.test(joined);
    // "Do I have to…", "must I…": a question of what is required, not of what is possible.
    const obliged = OBLIGED.test(joined);
    const attendWish = inPerson && ABLE.test(joined) && !obliged && !staying;
    const experience = EXPERIENCE_ASKED.test(tokens.join(' '));
    // "More than six times EFSC's rate", "twice as much": a multiple asks how the two figures compare.
    const times = this.multiple(tokens);
    const difference = this.differenceWords.match(tokens).length > 0 || times !== undefined;
    const perMonth = this.monthlyWords.match(tokens).length > 0;
    // "For the two of us", "me and my wife both want to…", "my husband and I".
    const other = (w: string | undefined): boolean => w !== undefined && this.kb.query.otherPeople.includes(w);
    const pair =
      this.groupWords.match(tokens).length > 0 ||
      tokens.some(
        (t, i) =>
          (t === 'me' && tokens[i + 1] === 'and' && tokens[i + 2] === 'my' && other(tokens[i + 3])) ||
          (t === 'my' &&
            other(tokens[i + 1]) &&
            tokens[i + 2] === 'and' &&
            (tokens[i + 3] === 'i' || tokens[i + 3] === 'me')),
      );
    // "If I sent all three to Clarkson", "for the four of us", "5 employees": how many people the cost is for.
    // "The average tuition across all five", "compare all three": as many as there are programs, after a word that
    // ranges over things, is the programs.
    const counted = [
      ...[...joined.matchAll(GROUP_COUNT)]
        .filter(
          (m) => !(OVER_ALL.test(joined.slice(0, m.index)) && this.numberOf(m[1] ?? '') === this.kb.programs.length),
        )
        .map((m) => this.numberOf(m[1] ?? '')),
      ...[...joined.matchAll(GROUP_OF)].map((m) => this.numberOf(m[1] ?? '')),
    ].find((n) => n !== undefined && n > 1 && n <= MAX_GROUP);
    const people = counted ?? (pair ? 2 : 1);
    return {
      ...(people > 1 ? { people } : {}),
      ...(perMonth ? { perMonth } : {}),
      ...(difference ? { difference } : {}),
      ...(times !== undefined ? { times } : {}),
      ...(times !== undefined && EITHER_SIDE.test(joined) ? { eitherSide: true } : {}),
      ...(times !== undefined && !EITHER_SIDE.test(joined) && TIMES_ABOVE.test(joined) ? { timesBound: 'above' } : {}),
      ...(times !== undefined && !EITHER_SIDE.test(joined) && TIMES_BELOW.test(joined) ? { timesBound: 'below' } : {}),
      ...(experience ? { experience } : {}),
      ...(unit !== undefined ? { unit } : {}),
      ...(credits ? { credits } : {}),
      ...(total ? { total } : {}),
      ...(leftover ? { leftover } : {}),
      ...(outOfPocket ? { outOfPocket } : {}),
      ...(inPerson ? { inPerson } : {}),
      ...(attendWish ? { attendWish } : {}),
      ...(obliged ? { obliged } : {}),
      ...(staying ? { staying } : {}),
      // "Are they the same length?", not "which schools are in the same region?".
      ...(SAME_ASKED.test(tokens.join(' ')) && !tokens.some((t) => WH_WORDS.has(t)) ? { same: true } : {}),
      ...(MOST_SHARED.test(tokens.join(' ')) ? { mostShared: true } : {}),
    };
  }

  /** The text with the emoji the lexicon knows read as words, and other pictographs dropped. */
  private readable(text: string): string {
    // "What is PACS according to your source?": where the answer should come from, which is always the article, is
    // not the question.
    const unsourced = text.replace(SOURCE_QUALIFIER, ' ').trim();
    let out = unsourced.split(/\s+/).length >= 2 ? unsourced : text;
    for (const { emoji, word } of this.kb.query.emoji)
      if (out.includes(emoji)) out = out.split(emoji).join(` ${word} `);
    // "I live in NY": the state's name, which the recognizer knows (a message all in capitals is shouting, not codes).
    if (out !== out.toUpperCase()) {
      out = out.replace(STATE_CODE_AS_PLACE, (code: string) => this.stateNames.get(code) ?? code);
      out = out.replace(TOWN_THEN_CODE, (code: string) =>
        CAPITAL_CODES_AS_WORDS.has(code) ? code : (this.stateNames.get(code) ?? code),
      );
      // "yoga teacher in sedona az.": a code in lower case closing a place the lexicon doesn't know, unless it is a word.
      out = out.replace(PLACE_THEN_LOWER_CODE, (said: string, code: string) => {
        const name = CODES_AS_WORDS.has(code) ? undefined : this.stateNames.get(code.toUpperCase());
        return name === undefined ? said : `${said.slice(0, -code.length)}${name}`;
      });
      if (this.cityThenCode !== undefined)
        out = out.replace(this.cityThenCode, (said: string, code: string, at: number, whole: string) => {
          // "columbus ga", "portland or?": a code in lower case too, unless it can be read as a word ("portland or salem").
          const ends = /^\s*(?:[,.;:!?]|$)/.test(whole.slice(at + said.length));
          const meant = /^[A-Z]{2}$/.test(code) || ends || !CODES_AS_WORDS.has(code.toLowerCase());
          const name = meant ? this.stateNames.get(code.toUpperCase()) : undefined;
          return name === undefined ? said : `${said.slice(0, -code.length)}${name}`;
        });
    }
    // "For an Oregonian", "I'm a Texan": a resident of that state, which the reader of the student's home knows
    // ("do Floridians pay less?" asks about people in general).
    if (this.demonyms !== undefined)
      out = out.replace(this.demonyms, (said: string, word: string) => {
        const state = this.demonymStates.get(word.toLowerCase());
        return state === undefined ? said : `${state} resident`;
      });
    // "heyyy", "sooo": a letter typed three or more times is one letter.
    return out
      .replace(PICTOGRAPH, ' ')
      .replace(/(\p{L})\1{2,}/gu, '$1')
      .replace(/[ \t]+/g, ' ')
      .trim();
  }

  /** "3", "three": a number said in digits or in one of the lexicon's number words. */
  /** "More than double", "2x", "six times" (not "three times a week"): the multiple a figure is weighed against. */
  private multiple(tokens: readonly string[]): number | undefined {
    for (const [i, t] of tokens.entries()) {
      const times =
        MULTIPLES[t] ??
        (tokens[i + 1] === 'times' && !HOW_OFTEN.has(tokens[i + 2] ?? '') ? this.numberOf(t) : undefined);
      if (times !== undefined) return times;
    }
    return undefined;
  }

  private numberOf(word: string): number | undefined {
    return /^\d+$/.test(word) ? Number(word) : this.kb.query.numberWords.find((n) => n.word === word)?.value;
  }

  private isSmallTalk(r: Recognition): boolean {
    const id = r.intent?.intent;
    return this.kb.intents.some((i) => i.id === id && i.action.kind === 'smalltalk');
  }

  /**
   * The recognition of the question: the whole message, or a trailing part of it (from a sentence or
   * clause onwards, or a sentence with a question mark) that the recognizer is clearly surer of.
   */
  private focus(text: string, whole: Recognition): Recognition {
    // "Which is pricier: a year at Weber or HACC?": what follows a question's colon are its options, not a question.
    const parts = text
      .replace(QUESTION_COLON, '$1,')
      .replace(SO_QUESTION, '. ')
      .split(SENTENCE_END)
      .filter((p) => p.trim() !== '')
      // "Weber is way shorter, right? By how much?": one question, the gap in what the part before names.
      .reduce<string[]>(
        (joined, p) =>
          GAP_CONTINUATION.test(p) && joined.length > 0
            ? [...joined.slice(0, -1), `${joined[joined.length - 1]} ${p}`]
            : [...joined, p],
        [],
      );
    if (parts.length < 2) return whole;
    // "Help me choose — I'm new and can only study online": the request for the finder, and the rest are its answers.
    if (this.finderWords.match(whole.tokens).length > 0) return whole;
    const story = parts.length >= STORY_SENTENCES;
    const candidates = new Set<string>();
    for (let i = Math.max(1, parts.length - TRAILING_SENTENCES); i < parts.length; i++)
      candidates.add(parts.slice(i).join(' '));
    for (const p of parts) if (p.includes('?')) candidates.add(p);
    let best = whole;
    // In a story, small talk ("thanks in advance") and the story itself are never the question.
    let bestScore = story ? 0 : this.inScopeScore(whole, false);
    let order = [...candidates];
    // A story's question is a sentence that asks one, when the recognizer reads any of them as in scope.
    const asked = story ? parts.filter((p) => p.includes('?') && this.leaning(this.recognize(p)) > 0) : [];
    if (asked.length > 0) order = asked;
    for (const [i, candidate] of order.entries()) {
      const r = this.recognize(candidate);
      // "…which is cheaper for me: Clarkson or OIT?": a list of names is the question's options, not a question.
      // "How much is Weber? And Clarkson?": names asked the same question again are no question of their own.
      if (namesOnly(r) || alsoNamed(r).length > 0) continue;
      // "…share an accreditor? If so, which body?": a part that only goes on from the one before is no question alone.
      if (CONTINUATIONS.some((c) => c.every((w, k) => r.tokens[k] === w))) continue;
      // "…spend as little as possible. Go.", "… Thanks!": a word or two of small talk after a request is not the question.
      if (r.tokens.length <= SMALL_TALK_TAIL && this.isSmallTalk(r)) continue;
      // "Is there a minimum age? I'm 16 and graduating early": a statement read as small talk is not the question asked.
      if (!candidate.includes('?') && this.isSmallTalk(r) && parts.some((p) => p.includes('?'))) continue;
      // "Does Clarkson have a part-time option? I work full time": what the student says of themselves after a
      // question is the story around it.
      if (!candidate.includes('?') && FIRST_PERSON.has(r.tokens[0] ?? '') && parts.some((p) => p.includes('?')))
        continue;
      // A question mark, and coming later in the message, make a part likelier to be the question.
      const score =
        (asked.length > 0 ? this.leaning(r) : this.inScopeScore(r, story)) +
        (candidate.includes('?') ? QUESTION_MARK_BONUS : 0) +
        (LATER_BONUS * i) / order.length;
      // "I'm in Tucson and can't move. Is Weber online?": the question alone means what the whole does, without the story's distractions.
      const sameMeaning =
        best === whole && candidate.includes('?') && r.intent !== undefined && r.intent.intent === whole.intent?.intent;
      if (score > bestScore + FOCUS_MARGIN || (story && best === whole && score > 0) || sameMeaning) {
        best = r;
        bestScore = score;
      }
    }
    // "ARRT vs ARDMS vs NMTCB: which one do I need for each program?": a heading of names before the question is what
    // it asks about.
    const heading = parts[0];
    if (
      !story &&
      best !== whole &&
      heading !== undefined &&
      !heading.includes('?') &&
      best.text.trim() !== heading.trim() &&
      namesOnly(this.recognize(heading), HEADING_NAMES)
    )
      return whole;
    // "What about Oregon Tech since she's in Oregon? Would she get an in-state rate?": a program opened, then the one fact
    // asked of it in a question of its own, is one question.
    if (!story && best !== whole && this.opensThenAsks(best, parts)) return whole;
    // "Tell me about the ABII. Which programs connect to it?": a short message whose question points back stays whole.
    if (!story && best !== whole && best.tokens.some((t) => POINTING_WORDS.has(t) || OPTION_WORDS.has(t))) return whole;
    // "My employer only pays for schools accredited by MSCHE or HLC. Which of the programs qualify?": a question of
    // which ones meet a condition, naming nothing itself, leans on the sentence that states the condition.
    if (
      !story &&
      best !== whole &&
      best.tokens.some((t) => MEETING_WORDS.has(t)) &&
      best.entities.length === 0 &&
      whole.entities.length > 0
    )
      return whole;
    // "Online ones only. Cheapest?": a question of a word or two leans on the sentence before it.
    if (!story && best !== whole && best.tokens.length <= BARE_QUESTION_WORDS) return whole;
    // "Cedar Valley is down the road, but 2 years is too long. What's the quickest thing I can do?": a last sentence
    // that ranks them all, pointing at nothing, is the question; the program before it is the story's.
    const last = parts[parts.length - 1];
    if (last !== undefined && best.text.trim() !== last.trim()) {
      const r = this.recognize(last);
      if (r.tokens.some((t) => ranksAll(this.kb, t)) && !r.tokens.some((t) => POINTING_WORDS.has(t))) return r;
    }
    return best;
  }

  /** Like {@link inScopeScore}, but an in-scope intent under the threshold counts for half its score. */
  private leaning(r: Recognition): number {
    const sure = this.inScopeScore(r, true);
    if (sure > 0) return sure;
    const top = r.ranking[0];
    const kind = this.kb.intents.find((i) => i.id === top?.intent)?.action.kind;
    return top === undefined || kind === undefined || kind === 'outOfScope' || kind === 'smalltalk' ? 0 : top.score / 2;
  }

  private inScopeScore(r: Recognition, questionsOnly: boolean): number {
    const intent = r.intent?.intent;
    if (intent === undefined) return 0;
    const kind = this.kb.intents.find((i) => i.id === intent)?.action.kind;
    if (kind === 'outOfScope' || (questionsOnly && kind === 'smalltalk')) return 0;
    return r.intent?.score ?? 0;
  }

  /** True when the question starts, after fillers ("so", "ok"), with a word that asks for yes or no. */
  private isYesNo(tokens: readonly string[]): boolean {
    const q = this.kb.query;
    const at = tokens.findIndex((t) => !q.fillers.includes(t));
    const first = tokens[at];
    // "Have a good one!" wishes; it asks nothing.
    if (first === 'have' && IMPERATIVE_OBJECTS.has(tokens[at + 1] ?? '')) return false;
    // "If they say no, could I just take the GED instead?": the question after a condition.
    if (first === 'if' && !tokens.some((t) => WH_WORDS.has(t)))
      return tokens.some(
        (t, i) => i > at + 1 && q.yesNoWords.includes(t) && CONDITION_SUBJECTS.has(tokens[i + 1] ?? ''),
      );
    return first !== undefined && q.yesNoWords.includes(first);
  }

  /** True when most of the message's words are Spanish, or it has Spanish punctuation. */
  private isSpanish(raw: string): boolean {
    const words = tokenize(normalize(raw.replace(PICTOGRAPH, ' ')));
    if (words.length === 0) return false;
    const share = words.filter((w) => this.spanish.has(w)).length / words.length;
    return share >= this.kb.spanish.minShare || (/[¿¡ñ]/.test(raw) && share > 0);
  }
}

/**
 * The programs a part of a message names after words that ask the last question again ("and Clarkson?", "what about
 * EFSC's?"), or none when it says anything else.
 */
function alsoNamed(r: Recognition): string[] {
  const opener = ALSO_OPENERS.find((o) => o.every((w, i) => r.tokens[i] === w));
  if (opener === undefined) return [];
  const named = r.entities.filter((e) => e.kind === 'program');
  return onlyNames(r, named, opener.length) ? named.map((e) => e.id) : [];
}

/** The names of programs and accreditors, which a part of a message may only list ("Clarkson or OIT?"). */
const SCHOOL_NAMES: ReadonlySet<EntityMention['kind']> = new Set(['program', 'accreditor']);
/** Those and the terms the article names, as a heading before a question ("ARRT vs ARDMS vs NMTCB: …"). */
const HEADING_NAMES: ReadonlySet<EntityMention['kind']> = new Set(['program', 'accreditor', 'term']);

/** True when a part of a message is only names of the given kinds joined by "or", "and" or commas ("Clarkson or OIT?"). */
function namesOnly(r: Recognition, kinds: ReadonlySet<EntityMention['kind']> = SCHOOL_NAMES): boolean {
  return onlyNames(
    r,
    r.entities.filter((e) => kinds.has(e.kind)),
    0,
  );
}

/** True when the tokens from `from` on are only the names given, joined ("Weber or Clarkson", "HACC's"). */
function onlyNames(r: Recognition, named: readonly EntityMention[], from: number): boolean {
  return (
    named.length > 0 &&
    r.tokens.every(
      (t, i) => i < from || named.some((e) => i >= e.start && i < e.end) || NAME_JOINERS.has(t) || t === 's',
    )
  );
}
