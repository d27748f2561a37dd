/**
 * One function per user act: look-up, query, comparison, recommendation, cancel and help. Each
 * returns the reply and the memory update; the root dialog sends the one and commits the other.
 * Pure: no framework types, so every act is testable without a bot.
 */
import { FUNCTION_WORDS } from '../nlu/stopwords.js';
import { criterionAttribute, verdictOf, type Criterion } from '../advice/checks.js';
import { costEstimate, type CostSide } from '../advice/costs.js';
import { byDistance, placeAt } from '../advice/distance.js';
import { cityNamed, programByCity } from '../knowledge/places.js';
import { TopicSearch } from '../understanding/topicSearch.js';
import { nearestAnswer, unplacedAnswer } from '../replies/distances.js';
import { lettersAnswer, lettersMeaning } from '../replies/letters.js';
import {
  eligibility,
  registrationsOf,
  ruledOutOf,
  type StudentFacts,
  type TuitionHelp,
} from '../advice/eligibility.js';
import { FINDER_SLOTS, rankForProfile, type FinderProfile } from '../advice/finder.js';
import { hasAnswer, type FinderAnswers } from '../understanding/finderAnswers.js';
import { knowsStudent, supposes } from '../understanding/student.js';
import { applicableFigures, residencyAt, residencyRates, studentResidency } from '../advice/tuition.js';
import {
  criteriaFor,
  lengthTies,
  NO_CONSTRAINTS,
  runQuery,
  type Quantity,
  type QueryConstraints,
  type QueryResult,
} from '../advice/queryEngine.js';
import {
  PRICE_ATTRIBUTE,
  PROGRAM_ATTRIBUTES,
  type IntentAction,
  type IntentDefinition,
  type KnowledgeBase,
  type LatLon,
  type OtherRequirement,
  type Program,
  type ProgramAttribute,
  type Silence,
  type SuperlativeTerm,
  type Term,
  type Topic,
} from '../knowledge/types.js';
import {
  claimAnswer,
  costComparisonAnswer,
  costSumAnswer,
  durationComparisonAnswer,
  residencyGapAnswer,
  residencyGapsAnswer,
  notDirectly,
  leftoverAnswer,
  netCostAnswer,
  residencySplitLead,
  totalLead,
  residencyLead,
  homeRateAnswer,
  onlyOneAnswer,
  homeRateLead,
  unitLead,
  savingAnswer,
  movingLead,
} from '../replies/claims.js';
import {
  bodiesNeededAcrossAnswer,
  bodiesNeededAnswer,
  commonRequirementsAnswer,
  otherRequirementAnswer,
  unknownCredentialAnswer,
  unlistedRequirementAnswer,
  audienceAnswer,
  fitAnswer,
  fitsAcrossAnswer,
  forStudent,
  notedAnswer,
  verdictOf as fitVerdict,
  type Fit,
} from '../replies/eligibility.js';
import {
  jobBodyAnswer,
  otherBodyForJobAnswer,
  namedBodiesAnswer,
  notAccreditorAnswer,
  programNameAnswer,
  simplerTermsAnswer,
  termPrograms,
  termsAnswer,
} from '../replies/terms.js';
import { PhraseMatcher } from '../understanding/phraseMatcher.js';
import { clauses, reasonStart } from '../nlu/clauses.js';
import { normalize, tokenize } from '../nlu/text.js';
import { comparisonAnswer } from '../replies/comparison.js';
import { FINDER_SHOWN, finderAnswer } from '../replies/finder.js';
import { finderNarrowing } from '../replies/prompts.js';
import { isBody, programsById } from '../replies/format.js';
import {
  accreditorsAnswer,
  cutNotice,
  nearestTopicAnswer,
  outOfScopeAnswer,
  programListAnswer,
  silenceAnswer,
  silenceAfter,
  silenceFirst,
  silenceFor,
  simplerTopicAnswer,
  notMentioned,
  smalltalkAnswer,
  sourceAnswer,
  spanishAnswer,
  topicAnswer,
  type Contact,
} from '../replies/general.js';
import {
  attributeAnswer,
  comparableFact,
  isSharedFact,
  reasonAnswer,
  mostSharedAnswer,
  type SharedFact,
  overviewsAnswer,
  sameAccreditorAnswer,
  sharesAccreditorAnswer,
} from '../replies/programs.js';
import type { FactOptions } from '../replies/programFacts.js';
import {
  filteredFactAnswer,
  leftOutAnswer,
  lengthTiesAnswer,
  pickedFactAnswer,
  queryAnswer,
  queryFocus,
} from '../replies/queries.js';
import { bothReplies, reply, type Reply } from '../replies/reply.js';
import type { ComparisonSelection } from '../understanding/comparisonSelection.js';
import { NO_MEMORY, type MemoryUpdate, type TurnMemory } from '../understanding/memory.js';
import type { QueryParser } from '../understanding/queryParser.js';
import {
  attributeIntentId,
  intentById,
  PROGRAM_SPECIFIC,
  rememberTurn,
  PLURAL_REFERENCES,
  SINGULAR_REFERENCES,
  studiesFromAfar,
  type Understanding,
} from '../understanding/understand.js';

/** "Does it matter which?", "is one preferred?": whether one of several will do better than another. */
const PREFERENCE_WORDS: ReadonlySet<string> = new Set([
  'matter',
  'matters',
  'preferred',
  'prefer',
  'prefers',
  'preference',
]);
/** How many words after "than" a superlative may start ("than the quickest one"). */
const THAN_SUPERLATIVE_REACH = 3;

/** Where "than", "vs" or "compared with" stands in the tokens ("than the quickest one", "vs the cheapest"), or -1. */
function thanAt(tokens: readonly string[]): number {
  return tokens.findIndex(
    (t, i) =>
      t === 'than' || t === 'vs' || t === 'versus' || (t === 'compared' && /^(with|to)$/.test(tokens[i + 1] ?? '')),
  );
}

/** "Isn't AART a typo for ARRT?": two names said to be one, read from the words as typed. */
const TYPO_ASKED = /\b(typo|misspelling|misspelled|misprint)\b/;
/** "Is the AART the same as the ARRT?": a question whether two things are one. */
const SAME_ASKED = /\b(same|identical|one and the same|typo|misspelling|misspelled|misprint)\b/;
/** Words asking whether one registration does as well as another ("does the NMTCB count the same as the ARRT?"). */
const COUNT_ASKED = /\b(count|counts|counted|accepted|as good as|equivalent|equally|work the same|works the same)\b/;

/** What an act produces: what to say, and what the conversation should remember. */
export interface Outcome {
  readonly reply: Reply;
  readonly remember: MemoryUpdate;
}

/** One option of "Did you mean…?": the intent and the question shown for it. */
export interface Candidate {
  readonly intent: string;
  readonly label: string;
}

/** What to do with a new message: answer it now, or start the flow that will. */
export type Step =
  | { readonly kind: 'answer'; readonly outcome: Outcome }
  | { readonly kind: 'clarify'; readonly candidates: readonly Candidate[] }
  | { readonly kind: 'chooseProgram' }
  | { readonly kind: 'compare'; readonly chosen: readonly string[] }
  | {
      readonly kind: 'finder';
      readonly profile: FinderProfile;
      /** The recommendation for what the message already told, sent before the finder asks the rest. */
      readonly preview?: Outcome;
    };

/** "Which one…", "which should I pick?": a choice among the programs just talked about. */
const WHICH_OF = /\bwhich\b|\beither (one|of them)\b/;
/** How many of the finder's questions a message must answer to get a recommendation without being asked the rest. */
const FINDER_KNOWN_ENOUGH = 1;

/** Intent kinds about who can get in, where softer words ("can I", "apply") ask about eligibility. */
const ADMISSION_KINDS: ReadonlySet<IntentAction['kind']> = new Set(['programOverview', 'finder', 'query', 'topic']);

/** Attributes a "can I do…?" question may name and still ask about getting in (the place is where the student lives). */
const FIT_ATTRIBUTES: ReadonlySet<string> = new Set(['admission', 'certifications', 'credential', 'location']);
/** "The only one", "the only program", "only school": a claim that no other program meets the same. */
const ONLY_ONE = /\bthe only\b|\bonly (?:one|ones|program|programs|school|schools)\b/;
/** Words of a rate tied to where a student lives ("a Montana resident rate"). */
const RESIDENT_WORDS: ReadonlySet<string> = new Set(['resident', 'residents', 'residency']);
/** Words that ask where, among programs, something holds ("anywhere", "which schools"). */
const WHERE_WORDS: ReadonlySet<string> = new Set(['anywhere', 'where', 'which', 'any']);
/** Words after "how" that ask for a measure ("how long", "how much"), never whether someone gets in. */
const HOW_MEASURES: ReadonlySet<string> = new Set(['long', 'much', 'many']);

/** Words before "name" that make it a noun ("the full name of HACC"), not a verb ("does the writeup name…"). */
const NAME_NOUN_BEFORE: ReadonlySet<string> = new Set([
  'the',
  'full',
  'exact',
  'official',
  'real',
  'proper',
  's',
  'its',
]);
/** Nouns for what a program awards or is ("the name of HACC's program"), as against the school's own name. */
const CREDENTIAL_NOUNS: ReadonlySet<string> = new Set(['program', 'programs', 'degree', 'certificate', 'credential']);

/** Words for what goes with an application ("documents", "paperwork"). */
const DOCUMENT_WORDS: ReadonlySet<string> = new Set(['documents', 'paperwork', 'transcripts', 'letter', 'letters']);
/** Words of finishing a program ("once I finish", "after completing it"). */
const FINISHING: ReadonlySet<string> = new Set([
  'finish',
  'finishing',
  'finished',
  'complete',
  'completing',
  'graduate',
  'graduating',
]);
/** Words of an exam or certification a program may lead to. */
const EXAM_WORDS: ReadonlySet<string> = new Set(['exam', 'exams', 'certification', 'certified', 'boards']);

/** Words that ask whether the student pays more where they live ("do they charge me more?"), or less. */
const CHARGED_MORE: ReadonlySet<string> = new Set(['more', 'extra', 'higher', 'premium', 'surcharge']);
const CHARGED_LESS: ReadonlySet<string> = new Set(['less', 'lower', 'cheaper', 'discount']);

/** Words that ask what a name or abbreviation stands for. */
const NAME_WORDS: ReadonlySet<string> = new Set([
  'stand',
  'stands',
  'short',
  'abbreviation',
  'acronym',
  'mean',
  'means',
  'initials',
]);

/** Words after "closer to" that still ask about distance ("closer to me", "closest to where I live"). */
const NEAR_TARGETS: ReadonlySet<string> = new Set(['me', 'my', 'home', 'where', 'here', 'us', 'you', 'campus']);

/** Nouns for a name itself ("the acronym", "the full name"), which point back at the name just discussed. */
const NAME_NOUNS: ReadonlySet<string> = new Set(['acronym', 'abbreviation', 'initials', 'name']);
/** Words that point a name noun back at the names just discussed ("the acronym", "those two acronyms"). */
const NAME_POINTERS: ReadonlySet<string> = new Set(['the', 'those', 'these', 'both']);

/** A superlative rather than a comparative: "cheapest", "most", "least" (not "cheaper"). */
const TRUE_SUPERLATIVE = /^(\w+est|most|least)$/;

/** Words that ask without a question word ("I wonder…", "tell me…"). */
const ASKING_WORDS: ReadonlySet<string> = new Set([
  'wonder',
  'wondering',
  'know',
  'curious',
  'tell',
  'explain',
  // "…rank all 5 by cost for me, cheapest first": a request.
  'rank',
  'sort',
  'list',
  'compare',
  'show',
]);
/** Question words that are also plain verbs after their subject ("I do IT", "we are in Ohio"). */
const AUXILIARIES: ReadonlySet<string> = new Set(['is', 'are', 'do', 'does', 'did', 'can', 'could', 'will', 'would']);
const SUBJECTS: ReadonlySet<string> = new Set(['i', 'we', 'he', 'she', 'they', 'im', 'ive']);

/** "What is a <name>?": at most this many words besides the name. */
const NAME_QUESTION_WORDS = 4;
/** "HACC vs EFSC": words that set two programs against each other. */
const VERSUS: ReadonlySet<string> = new Set(['vs', 'versus']);
/** Words that point back at bodies named before ("wants that", "cares about those two"). */
const BODY_POINTERS: ReadonlySet<string> = new Set(['that', 'those', 'them', 'it', 'these', 'either']);
/** Words right before what a program is asked to care for ("which program wants that?", "cares about those"). */
const CARING_WORDS: ReadonlySet<string> = new Set([
  'wants',
  'want',
  'about',
  'accepts',
  'accept',
  'requires',
  'require',
  'needs',
  'need',
]);
/** A number of years ("the ABII 3 year thing"): years of work counted, not courses. */
const YEARS_COUNTED = /\b(?:\d+|one|two|three|four|five) ?(?:years?|yrs?)\b/;
/** How many words after "toward" the years may come. */
const YEARS_COUNTED_REACH = 6;
/** Verbs of holding a registration ("have it", "hold one of those"). */
const HOLDING_WORDS: ReadonlySet<string> = new Set(['have', 'hold', 'having', 'holding', 'got']);
/** "One of those", "1 of them": one of the bodies pointed at. */
const ONE_OF: ReadonlySet<string> = new Set(['one', '1', 'any', 'either', 'each']);
/** Verbs of accrediting a school ("does the ARDMS accredit schools?"). */
const ACCREDITING_VERBS: ReadonlySet<string> = new Set(['accredit', 'accredits', 'accrediting']);
/** "My only option", "any of the five": a question about every program, though one is named. */
const ANY_OF_THEM =
  /\bonly (option|choice)\b|\bany of (the|them|these|those)\b|\bthe other (programs|schools|options)\b/;
/** "Help me choose", "help me pick one": the student asks to be walked through the finder's questions. */
const HELP_CHOOSING = /\bhelp me (choose|pick|find|decide)\b/;
/** "Neither OIT nor EFSC mentions it, right?", "Clarkson doesn't have anything to do with it?": a claim put negatively. */
const NEGATIVE_CLAIM = /\b(neither|nor|not|n t|dont|doesnt|never)\b/;

/** How sure the recognizer must be of a topic for "explain it simpler" to be about that topic, not the last one. */
const SURE_TOPIC = 0.5;
/** How far before a noun a word that leaves it out may stand ("isn't a school or an accreditor"). */
const EXCLUSION_REACH = 5;
/** Question words that ask which body registers someone ("which of the boards", "what registry"). */
const BOARD_QUESTION: ReadonlySet<string> = new Set(['which', 'what', 'who']);
/** How far before the word for a board its question word may stand ("which of the boards"). */
const BOARD_QUESTION_REACH = 3;
/** "What does the E stand for?", "what's the CoC part mean", "what does the C in NEASC stand for": letters and a name. */
const LETTERS_ASKED =
  /^(?:(?:and|so|ok|okay|but|wait|hmm|sorry) )*what (?:does|do|did|is|s) (?:the )?(?:letter )?([a-z]{1,4})(?: part| letter| letters| bit)?(?: (?:in|of) (?:the )?([a-z]+))?(?: part)? (?:stand for|stands for|mean|short for)\b/;
/** Words that point back rather than name letters ("what does that stand for?"). */
const POINTING: ReadonlySet<string> = new Set([...SINGULAR_REFERENCES, 'they', 'them', 'a', 'an']);
/** More readings than this for some letters, and the question is too vague to answer from the letters alone. */
const LETTERS_MAX_READINGS = 3;
/** Words that set one program against every other ("does any other school…", "anyone else"). */
const OTHER_WORDS: ReadonlySet<string> = new Set(['other', 'others', 'else', 'another']);
/** Words that ask which programs have the same of something ("the same accreditor as OIT", "share an accreditor"). */
const SHARING_WORDS: ReadonlySet<string> = new Set(['same', 'share', 'shares', 'sharing', 'shared', 'common']);
/** Words for the programs as a whole ("these programs", "each school"). */
const PROGRAMS_WORDS: ReadonlySet<string> = new Set(['programs', 'schools', 'colleges', 'each', 'every', 'all']);
/** Words that ask where, not which programs ("which states does it cover?"). */
const PLACE_WORDS: ReadonlySet<string> = new Set([
  'state',
  'states',
  'region',
  'regions',
  'area',
  'areas',
  'cover',
  'covers',
]);
/** An open request ends the message: at most this many words after it ("what's the best fit for a total beginner"). */
const OPEN_REQUEST_REACH = 5;
/** A question that only points back at the last answer is short ("and who else offers that?"). */
const POINTED_MAX_WORDS = 10;
/** A request to say the last answer more simply is short ("what does that mean in plain English?"). */
const REPHRASE_MAX_WORDS = 10;

/** "Is it a license?": a noun after an article, as what something is. */
const ARTICLES: ReadonlySet<string> = new Set(['a', 'an']);
/** Words before a professional body's name that leave it the body ("the ABII", "my ARRT"). */
const BODY_DETERMINERS: ReadonlySet<string> = new Set(['a', 'an', 'the', 'my', 'their', 'your']);
/** How many words after "wait until" may name the time of year waited for ("until the fall semester"). */
const TIME_OF_YEAR_REACH = 4;
/** Words that open a question picking among programs ("which programs…", "what school…"). */
const PICKING_WORDS: ReadonlySet<string> = new Set(['which', 'what', 'any']);
/** Words of a program's length ("why is it so long?", "why so many years?"). */
/** "Why…", "how come…". */
function asksWhy(tokens: readonly string[]): boolean {
  return tokens.includes('why') || tokens.some((t, i) => t === 'how' && tokens[i + 1] === 'come');
}

/** Words that make a "why" about how high or low a program's price is ("why is HACC so expensive?"). */
const PRICE_WORDS: ReadonlySet<string> = new Set([
  'expensive',
  'pricey',
  'pricier',
  'priciest',
  'costly',
  'cheap',
  'cheaper',
  'cheapest',
]);
/** Verbs of putting a program in a list, which "not" turns into leaving it out ("why didn't you suggest HACC?"). */
const SUGGESTING_WORDS: ReadonlySet<string> = new Set([
  'suggest',
  'suggested',
  'include',
  'included',
  'list',
  'listed',
  'recommend',
  'recommended',
  'mention',
  'mentioned',
  'show',
  'showed',
  'shown',
  'pick',
  'picked',
  'consider',
  'considered',
  'count',
  'counted',
]);
/** Nouns after "recommendation" that make it a document ("a recommendation letter"). */
const LETTER_NOUNS: ReadonlySet<string> = new Set(['letter', 'letters', 'form', 'forms']);
/** Words that, with "why", ask why a program was left out of a list ("why not EFSC?", "why didn't you include HACC?"). */
const LEFT_OUT_WORDS: ReadonlySet<string> = new Set([
  'left',
  'leave',
  'skip',
  'skipped',
  'exclude',
  'excluded',
  'missing',
  'drop',
  'dropped',
]);
const LENGTH_WORDS: ReadonlySet<string> = new Set([
  'long',
  'longer',
  'longest',
  'short',
  'shorter',
  'shortest',
  'quick',
  'quicker',
  'fast',
  'faster',
  'slow',
  'slower',
  'years',
  'months',
]);
/** Words naming a gap between two rates ("the bigger gap between the two rates"). */
const GAP_NOUNS: ReadonlySet<string> = new Set(['gap', 'gaps', 'difference', 'differences', 'rates']);
/** Words asking which of two or more gaps is the larger. */
const LARGER: ReadonlySet<string> = new Set(['bigger', 'biggest', 'larger', 'largest', 'greater', 'greatest', 'wider']);
/** Words after which a professional body is what something counts toward ("count toward ABII CE"). */
const TOWARD: ReadonlySet<string> = new Set(['toward', 'towards']);
/** "…good for a newcomer?": the article's noun is whom it is for, not what it is. */
const PREPOSITIONS: ReadonlySet<string> = new Set(['for', 'to', 'with', 'as', 'by', 'from', 'like', 'of']);
/** Words that join facts asked together: "cost and length", "price, length and location". */
const FACT_JOINERS: ReadonlySet<string> = new Set([
  'and',
  'or',
  'plus',
  'also',
  'its',
  'the',
  'their',
  'then',
  'so',
  'roughly',
  'about',
  'total',
  'overall',
]);
/** Below this confidence, a short message with "that" or "it" is read against what was just discussed. */
const POINTED_SURE = 0.5;
/** The facts a filtered question may ask of the programs it keeps ("how long are the online ones?"). */
const FILTERED_FACTS: ReadonlySet<string> = new Set([
  'tuition',
  'duration',
  'location',
  'accreditation',
  'start_terms',
  'credential',
  'certifications',
  'delivery',
  'financial_aid',
]);
/** When a program starts: asking whether one can start it is also asking whether it would take one. */
const START_ATTRIBUTE = 'start_terms';
/** The facts a question over the data may ask of what passes its filter ("how much are the online ones?"). */
const MEASURED_FACTS: ReadonlySet<string> = new Set(['tuition', 'duration', 'location']);
/** Words that compare the topic with something else rather than ask whom it suits. */
const COMPARING: ReadonlySet<string> = new Set(['than', 'same', 'versus', 'vs', 'instead', 'rather']);
/** Filters that are something the student needs from a program, not something about who they are. */
const NEEDS: ReadonlySet<string> = new Set(['online', 'financial_aid', 'associate_degree']);
/** How far before a requirement a negator says the student lacks it ("don't have any letters of…"). */
const LACK_REACH = 4;
/** "What would I need…", "what does it require…", "what am I missing…": what a program asks for, asked. */
/** Whether the message gives the student a home other than the one remembered ("what if I moved to Utah?"). */
function movedHome(u: Understanding, memory: TurnMemory): boolean {
  return u.student.homeState !== undefined && u.student.homeState !== memory.student?.homeState;
}

/** "What if I lived in Colorado instead?" after the finder's results is this short. */
const FINDER_AGAIN_MAX_WORDS = 14;
/** "Could a newbie do…", "can someone with no degree apply…": whether a kind of person gets in. */
const SOMEONE_DOING =
  /\b(can|could|would|will) (a|an|someone|somebody|anyone|anybody|people)\b(?: \w+){0,4} (do|take|apply|enroll|enrol|join|start|get in|get into)\b/;
const WHAT_NEEDED = /\bwhat\b(?: \w+){0,4} (?:need|needs|require|requires|missing|lacking|add(?! up\b))\b/;
/** Words that ask whether something is needed ("do I have to be admitted?"), not whether one can do without it. */
const NEED_ASKED = /\b(have to|has to|need to|needs to|must|required|require|requires)\b/;
/** "What about prior work experience?": a criterion asked again of the program just answered is this short. */
const FOLLOW_UP_MAX_WORDS = 8;
/** "And if I weren't licensed?": a changed fact about the student, asked as a follow-up, is this short. */
const HYPOTHETICAL_MAX_WORDS = 14;
/** Words that ask how long a program takes ("how long is HACC? I've worked 3 years"), not about years of work. */
const LENGTH_ASKED: ReadonlySet<string> = new Set([
  'long',
  'take',
  'takes',
  'last',
  'lasts',
  'finish',
  'complete',
  'months',
]);
/** How long "oh wait, I'm also ARDMS registered, forgot. Does that change things?" may be. */
const STORY_MAX_WORDS = 25;

/** Words that ask a fact of every program one by one ("for each program", "every school's"). */
const EACH: ReadonlySet<string> = new Set(['each', 'every']);

/** How many words before "admitted to…" a "not" turns the question into one about doing without ("if I can't get admitted"). */
const NEGATION_REACH = 3;
/** Words of being let in that say nothing of whom by: the school's own admission only beside "to", a need or "first". */
const BARE_ACCEPTANCE = /^(get|getting|be|being) (accepted|admitted)$/;
/** "What do they need to hold to be admitted?", "what must I have to get accepted": what is needed for getting in. */
const WHAT_HELD_FOR = /\b(what|which)\b.*\b(hold|have|show|possess)\s+to\s+(be|get)\s+(admitted|accepted|in)\b/;
/** "don't have to", "do not need to", "no need to": a need denied before what is needed. */
const NEED_DENIED = /\b(not|never|no|nt) (have to|has to|need to|needs to|need|needed|required to)\b/;
/** How many words before what is needed a denied need may stand ("don't have to get into the college itself"). */
const NEED_DENIED_REACH = 8;
/** A statement about the student is taken in only when short: a long story without a question mark still asks something. */
const NOTE_MAX_WORDS = 25;
/** At most this many words, after a ranking by price, say only what to rank it on again ("nah I mean the total"). */
const RERANK_MAX_WORDS = 10;

/** A message about the bot itself is short: longer ones that mention "a human" are about something else. */
const IDENTITY_MAX_WORDS = 12;

/** Words that take a figure at every program compared ("12 credits at each"). */
const EACH_WORDS: ReadonlySet<string> = new Set(['each', 'both', 'either']);

/** Words that point at each of the programs in play ("is either one…", "do any of them…"). */
const EITHER_WORDS: ReadonlySet<string> = new Set(['either', 'both', 'any', 'neither']);

/** Words before "there" that make it ask whether something exists ("is there a cheaper one?"), not point at a place. */
const EXISTENTIAL: ReadonlySet<string> = new Set(['is', 'are', 'was', 'were', 'any', 'anything']);

/** Words for a price as a rate ("a cheaper rate there?"). */
const RATE_WORDS: ReadonlySet<string> = new Set(['rate', 'rates', 'tuition', 'price']);

/** Words that point back at the one program under discussion ("is it meant for me?", "is there…" after its answer). */
const POINTING_BACK: ReadonlySet<string> = new Set([...SINGULAR_REFERENCES, 'there']);
/** Words that put a question of getting in to the programs at large ("which could I get into?", "anywhere?"). */
const ACROSS_PROGRAMS: ReadonlySet<string> = new Set([
  'which',
  'any',
  'anywhere',
  'anything',
  'programs',
  'schools',
  'colleges',
  'ones',
  'options',
  'all',
  'each',
  'every',
  'others',
  'other',
  'them',
  'these',
  'those',
  'none',
  'where',
  'both',
]);
/** Words that weigh a registration only when said of where it counts ("count for EFSC", "count there"). */
const COUNTING: ReadonlySet<string> = new Set(['count', 'counts']);
const COUNTED_AT: ReadonlySet<string> = new Set(['for', 'at', 'there', 'here']);
/** "Does EFSC count my ARRT?", "count a therapy registration": the registration counted, right after the verb. */
const COUNTED_WHOSE: ReadonlySet<string> = new Set(['my', 'a', 'an']);
/** Words that ask for some other program ("anything cheaper", "something faster", "any other option"). */
const SOMETHING_ELSE: ReadonlySet<string> = new Set(['anything', 'something', 'any', 'anywhere', 'else', 'other']);
/** "Over or under", "above or below": a question of which side of an amount, not of yes or no. */
const OVER_OR_UNDER =
  /\b(over or under|under or over|above or below|below or above|more or less than|less or more than)\b/;
/** Words by which the student speaks of themselves. */
const FIRST_PERSON_WORDS: ReadonlySet<string> = new Set(['i', 'im', 'ive', 'me', 'my', 'we', 'us', 'our']);
/** At most this many words in a question of getting in that, naming no program, is about the one just discussed. */
const BARE_FIT_WORDS = 8;

/** Words after "is <term>" that ask what kind of thing it is ("a license", "an exam", "just a test", "basically a board"). */
const KIND_OF: ReadonlySet<string> = new Set([
  'a',
  'an',
  'just',
  'basically',
  'considered',
  'like',
  'the',
  'same',
  'actually',
]);

/** Words that weigh a registration the student holds for getting in ("is my ARDMS enough?", "would my NMTCB matter?"). */
const REGISTRATION_WEIGHED: ReadonlySet<string> = new Set([
  'enough',
  'matter',
  'matters',
  'sufficient',
  'help',
  'helps',
  'count',
  'counts',
  'accepted',
  'accept',
  'accepts',
]);

/** How far into a question its definitional words may stand ("so what exactly is the ARRT"). */
const DEFINITION_REACH = 5;

/** A best guess at least this sure, on a message that names a program, is offered rather than refused. */
const NEAR_MISS = 0.2;

/** Dependencies of the {@link Advisor}. */
export interface AdvisorDeps {
  readonly kb: KnowledgeBase;
  readonly parser: QueryParser;
  /** What a message tells the program finder, asked or not ("in person is fine", "a year max"). */
  readonly finderAnswers: FinderAnswers;
  readonly selection: ComparisonSelection;
  /** How students reach a person (ADVISOR_CONTACT, ADVISOR_CONTACT_URL). */
  readonly contact: Contact;
  /** The bot reads at most this many characters of a message. */
  readonly maxTextChars: number;
}

/** Answers every user act from the knowledge base. */
export class Advisor {
  readonly kb: KnowledgeBase;
  /** The question shown for each intent in "Did you mean…?", chosen once from the intent's examples. */
  private readonly labels: ReadonlyMap<string, string>;
  private readonly eligibilityWords: PhraseMatcher<true>;
  private readonly calendarWords: PhraseMatcher<true>;
  /** The professional bodies' abbreviations, as message words ("arrt", "abii"). */
  private readonly bodyWords: ReadonlySet<string>;
  /** The first words of what courses count toward: a body ("ABII") or continuing education ("CE", "continuing ed"). */
  private readonly countedTowardWords: ReadonlySet<string>;
  /** Those and the accreditors' abbreviations ("hlc"). */
  private readonly bodyIds: ReadonlySet<string>;
  private readonly superlativeWords: PhraseMatcher<SuperlativeTerm>;
  /** "As fast as possible", "blast through": a program finished in its shortest time. */
  private readonly fastestPace: PhraseMatcher<true>;
  private readonly weakEligibilityWords: PhraseMatcher<true>;
  private readonly doingWords: PhraseMatcher<true>;
  private readonly institutionWords: PhraseMatcher<true>;
  private readonly commonWords: PhraseMatcher<string>;
  private readonly homeWords: PhraseMatcher<true>;
  private readonly generalWords: PhraseMatcher<true>;
  private readonly comparativeWords: PhraseMatcher<true>;
  private readonly entryEase: PhraseMatcher<true>;
  /** Words for a person who could be getting into a program: the student, the people they name, "someone". */
  private readonly personWords: ReadonlySet<string>;
  private readonly fromElsewhereWords: PhraseMatcher<true>;
  private readonly suitWords: PhraseMatcher<true>;
  private readonly ruledOutWords: PhraseMatcher<true>;
  private readonly requirementCues: PhraseMatcher<true>;
  private readonly otherRequirementWords: PhraseMatcher<OtherRequirement>;
  private readonly identityWords: PhraseMatcher<true>;
  private readonly contactWords: ReadonlySet<string>;
  private readonly finderWords: PhraseMatcher<true>;
  private readonly definitionWords: PhraseMatcher<true>;
  private readonly onlineWords: PhraseMatcher<true>;
  private readonly approvalWords: PhraseMatcher<true>;
  private readonly reasonVocabulary: ReadonlySet<string>;
  private readonly rephraseWords: PhraseMatcher<true>;
  private readonly refusedWords: PhraseMatcher<true>;
  private readonly judgementWords: PhraseMatcher<true>;
  private readonly followUpOpeners: PhraseMatcher<true>;
  private readonly hypotheticalWords: PhraseMatcher<true>;
  private readonly changeWords: PhraseMatcher<true>;
  private readonly accreditorNouns: PhraseMatcher<true>;
  private readonly namedBodyNouns: ReadonlyMap<string, 'acronym' | 'body'>;
  private readonly mentionWords: readonly string[];
  private readonly acceptWords: PhraseMatcher<true>;
  private readonly requirementDetailWords: PhraseMatcher<true>;
  /** Words that leave something out ("not", "isn't", "besides"), as single words. */
  private readonly excludingWords: ReadonlySet<string>;
  private readonly ownMoneyWords: ReadonlySet<string>;
  private readonly nearWords: PhraseMatcher<true>;
  private readonly registryNouns: PhraseMatcher<true>;
  private readonly jobWords: PhraseMatcher<Term>;
  private readonly nearPlaceWords: PhraseMatcher<true>;
  private readonly openRequestWords: PhraseMatcher<true>;
  private readonly lastOpenRequestWords: PhraseMatcher<true>;
  private readonly programNouns: ReadonlySet<string>;
  /** The knowledge with only the silences about the student's past that may bear on getting in. */
  private readonly aboutStudentKb: KnowledgeBase;
  private readonly topicSearch: TopicSearch;
  /** The knowledge with only the silences about the student's situation, whether or not it bears on getting in. */
  private readonly situationKb: KnowledgeBase;
  /** Ways of calling a flow off ("forget it", "never mind"), as words, for the conversation policy. */
  readonly cancelOpeners: readonly (readonly string[])[];

  constructor(private readonly deps: AdvisorDeps) {
    this.kb = deps.kb;
    this.cancelOpeners = deps.kb.intents
      .filter((i) => i.action.kind === 'smalltalk' && i.action.reply === 'cancel')
      .flatMap((i) => i.examples.map((e) => tokenize(normalize(e))));
    this.labels = optionLabels(deps.kb);
    this.eligibilityWords = new PhraseMatcher(deps.kb.query.eligibility.map((p) => [p, true] as const));
    this.calendarWords = new PhraseMatcher(deps.kb.query.calendarWords.map((p) => [p, true] as const));
    this.bodyWords = new Set(deps.kb.query.bodies.map((b) => b.id.toLowerCase()));
    this.countedTowardWords = new Set([
      ...this.bodyWords,
      ...deps.kb.query.relations
        .filter((r) => r.id === 'continuing_education')
        .flatMap((r) => r.phrases.map((p) => p.split(' ')[0] ?? p)),
    ]);
    this.bodyIds = new Set([...this.bodyWords, ...deps.kb.accreditors.map((a) => a.id)]);
    this.fastestPace = new PhraseMatcher(deps.kb.query.fastestPace.map((p) => [p, true] as const));
    this.topicSearch = new TopicSearch(
      deps.kb.topics,
      deps.kb.intents.filter((i) => i.action.kind === 'outOfScope').flatMap((i) => i.examples),
    );
    this.aboutStudentKb = { ...deps.kb, silences: deps.kb.silences.filter((x) => x.aboutStudent === true) };
    this.situationKb = {
      ...deps.kb,
      silences: deps.kb.silences.filter((x) => x.aboutStudent === true || x.aside === true),
    };
    this.weakEligibilityWords = new PhraseMatcher(deps.kb.query.eligibilityWeak.map((p) => [p, true] as const));
    this.doingWords = new PhraseMatcher(deps.kb.query.eligibilityDoing.map((p) => [p, true] as const));
    this.institutionWords = new PhraseMatcher(deps.kb.query.institutionAdmission.map((p) => [p, true] as const));
    this.commonWords = new PhraseMatcher(
      deps.kb.commonRequirementPhrases.flatMap((r) => r.phrases.map((p) => [p, r.requirement] as const)),
    );
    this.homeWords = new PhraseMatcher(deps.kb.student.homeState.map((p) => [p, true] as const));
    this.generalWords = new PhraseMatcher(deps.kb.query.general.map((p) => [p, true] as const));
    this.comparativeWords = new PhraseMatcher(deps.kb.query.comparatives.map((p) => [p, true] as const));
    this.entryEase = new PhraseMatcher(deps.kb.query.entryEase.map((p) => [p, true] as const));
    this.personWords = new Set([...deps.kb.student.selfWords, ...deps.kb.query.otherPeople, ...deps.kb.query.people]);
    this.fromElsewhereWords = new PhraseMatcher(deps.kb.query.fromElsewhere.map((p) => [p, true] as const));
    this.suitWords = new PhraseMatcher(deps.kb.query.suitWords.map((p) => [p, true] as const));
    this.superlativeWords = new PhraseMatcher(
      deps.kb.query.superlatives.flatMap((t) => t.phrases.map((p) => [p, t] as const)),
    );
    this.ruledOutWords = new PhraseMatcher(deps.kb.query.ruledOut.map((p) => [p, true] as const));
    this.requirementCues = new PhraseMatcher(deps.kb.student.requirementCues.map((p) => [p, true] as const));
    this.otherRequirementWords = new PhraseMatcher(
      deps.kb.otherRequirements.flatMap((r) => r.phrases.map((p) => [p, r] as const)),
    );
    this.identityWords = new PhraseMatcher(deps.kb.query.identity.map((p) => [p, true] as const));
    this.contactWords = new Set(deps.kb.query.contactWords.flatMap((w) => w.split(' ')));
    this.finderWords = new PhraseMatcher(deps.kb.query.finderStart.map((p) => [p, true] as const));
    this.definitionWords = new PhraseMatcher(deps.kb.query.definitions.map((p) => [p, true] as const));
    // "Why not?", "how come?": a message of only these words asks for the last answer's reason.
    this.reasonVocabulary = new Set(deps.kb.query.reasonAsked.flatMap((p) => p.split(' ')));
    this.approvalWords = new PhraseMatcher(deps.kb.query.approval.map((p) => [p, true] as const));
    this.rephraseWords = new PhraseMatcher(deps.kb.query.rephrase.map((p) => [p, true] as const));
    this.refusedWords = new PhraseMatcher(deps.kb.query.admissionRefused.map((p) => [p, true] as const));
    this.judgementWords = new PhraseMatcher(deps.kb.query.judgements.map((p) => [p, true] as const));
    this.followUpOpeners = new PhraseMatcher(deps.kb.query.followUpOpeners.map((p) => [p, true] as const));
    this.hypotheticalWords = new PhraseMatcher(deps.kb.query.hypotheticals.map((p) => [p, true] as const));
    this.changeWords = new PhraseMatcher(deps.kb.query.changeWords.map((p) => [p, true] as const));
    this.accreditorNouns = new PhraseMatcher(deps.kb.query.accreditorNouns.map((p) => [p, true] as const));
    // Matched as spelled: "that body" and "its name" point back at one, where "bodies" and "named" ask for them all.
    this.namedBodyNouns = new Map([
      ...deps.kb.query.namedBodyNouns.map((p) => [p, 'body'] as const),
      ...deps.kb.query.acronymNouns.map((p) => [p, 'acronym'] as const),
    ]);
    this.mentionWords = deps.kb.query.mentionWords.map((p) => ` ${p} `);
    this.acceptWords = new PhraseMatcher(deps.kb.query.acceptWords.map((p) => [p, true] as const));
    this.requirementDetailWords = new PhraseMatcher(deps.kb.query.requirementDetails.map((p) => [p, true] as const));
    // "Isn't" is read as "is not".
    this.excludingWords = new Set([
      ...deps.kb.query.negators,
      ...deps.kb.query.exclusionWords.filter((w) => !w.includes(' ')),
    ]);
    this.ownMoneyWords = new Set(deps.kb.query.ownMoneyWords);
    this.nearWords = new PhraseMatcher(deps.kb.query.nearWords.map((p) => [p, true] as const));
    this.registryNouns = new PhraseMatcher(deps.kb.query.registryNouns.map((p) => [p, true] as const));
    this.jobWords = new PhraseMatcher(deps.kb.terms.flatMap((t) => (t.jobs ?? []).map((j) => [j, t] as const)));
    this.nearPlaceWords = new PhraseMatcher(deps.kb.query.nearPlaceWords.map((p) => [p, true] as const));
    this.openRequestWords = new PhraseMatcher(deps.kb.query.openRequests.map((p) => [p, true] as const));
    this.lastOpenRequestWords = new PhraseMatcher(deps.kb.query.openRequestsLast.map((p) => [p, true] as const));
    this.programNouns = new Set(deps.kb.query.positions.nouns);
    this.onlineWords = new PhraseMatcher(
      deps.kb.query.criteria.filter((c) => c.id === 'online').flatMap((c) => c.phrases.map((p) => [p, true] as const)),
    );
  }

  /** The intent definition of an understood turn. */
  intent(u: Pick<Understanding, 'intent'>): IntentDefinition | undefined {
    return intentById(this.kb, u.intent);
  }

  /**
   * "What would I be out of pocket at Weber if I finish in 6 months, after the $4,800?": one program's estimated cost
   * for the student, less the amount someone else pays (each year started, when it is paid by the year).
   */
  private netCost(u: Understanding, memory: TurnMemory): Outcome | undefined {
    // "And if I went with Clarkson instead?" after what the student would pay at Weber: the same sum at Clarkson.
    const again = memory.worked === 'outOfPocket' && u.programs.length > 0 && !u.programsFromContext && u.followUp;
    if (u.asks.outOfPocket !== true && !again) return undefined;
    // A sum paid for the student ("after the $4,800"), not their own budget ("I have $6k saved").
    const said = u.figures.find(
      (f) => f.measure === 'money' && (f.per === undefined || f.per === 'per_year') && f.bound !== 'at_most',
    );
    // What someone else pays, said now or before ("my employer reimburses up to $3,000 a year").
    const help = u.student.help;
    const helpSum = help !== undefined && 'amount' in help ? help.amount : undefined;
    // "…after the 4,800": beside these words, a bare sum is money too (not a year like 2026, nor the help read above).
    const bare = u.recognition.tokens.find(
      (t) => /^\d{3,6}$/.test(t) && !/^(19|20)\d\d$/.test(t) && Number(t) !== helpSum,
    );
    // The help said in this message, read with its unit ("$1,000 a year"), before the same sum read alone.
    const paid: TuitionHelp | undefined =
      said !== undefined && said.value !== helpSum
        ? { amount: said.value, yearly: said.per === 'per_year' }
        : bare !== undefined
          ? { amount: Number(bare), yearly: false }
          : help;
    const [p, ...more] = programsById(this.kb, u.programs.length > 0 ? u.programs : memory.programs);
    if (paid === undefined || p === undefined || more.length > 0) return undefined;
    const residency = residencyAt(p, studentResidency(u.residency), u.student.homeState ?? memory.student?.homeState);
    const months = u.figures.find((f) => f.measure === 'months' && f.strict !== true)?.value;
    const credits = u.figures.find((f) => f.measure === 'credits' && f.per === undefined)?.value;
    const estimate = costEstimate(p, residency, credits, months);
    return {
      reply: netCostAnswer(p, paid, estimate),
      // A question of price, so "and if I went with Clarkson instead?" asks it again of Clarkson.
      remember: {
        ...rememberTurn(u),
        intent: attributeIntentId(this.kb, PRICE_ATTRIBUTE) ?? u.intent,
        programs: [p.id],
        worked: 'outOfPocket',
      },
    };
  }

  /** "Which is the quickest one again?" with no program named, after a pair: a superlative over all the programs. */
  private rankedAgain(u: Understanding, memory: TurnMemory): Outcome | undefined {
    if (!u.recognition.tokens.includes('again') || u.programs.length > 0 || memory.programs.length < 2)
      return undefined;
    const all = { ...u, programsFromContext: false, followUp: false };
    return this.deps.parser.parse(all, NO_MEMORY).superlative === undefined ? undefined : this.query(all, NO_MEMORY);
  }

  /**
   * "How many times longer is HACC than the quickest one?", "is it cheaper than the cheapest online one?" after a program:
   * the program a superlative after "than" puts first, set beside the one named or just discussed.
   */
  private besideLeader(u: Understanding, memory: TurnMemory): Understanding | undefined {
    const tokens = u.recognition.tokens;
    const than = thanAt(tokens);
    if (than < 0) return undefined;
    const from = tokens[than] === 'compared' ? than + 2 : than + 1;
    const term = this.superlativeWords
      .match(tokens.slice(from, from + THAN_SUPERLATIVE_REACH))
      .find((m) => m.start <= 1)?.tag;
    const [one, ...more] = u.programs.length > 0 ? u.programs : memory.programs;
    if (term === undefined || one === undefined || more.length > 0) return undefined;
    const leader = queryFocus(runQuery(this.kb, { ...NO_CONSTRAINTS, superlative: term })).focus;
    const [first, ...tied] = leader;
    if (first === undefined || tied.length > 0 || first.id === one) return undefined;
    return { ...u, programs: [one, first.id], programsFromContext: false };
  }

  /** "Is Clarkson more than double OIT?", "more or less than double?": the multiple asked, for a yes, a no or a side. */
  private timesAsked(u: Understanding): { times?: number; eitherSide?: boolean; timesBound?: 'above' | 'below' } {
    if (u.asks.times === undefined || (!u.yesNo && u.asks.eitherSide !== true)) return {};
    return {
      times: u.asks.times,
      ...(u.asks.eitherSide === true ? { eitherSide: true } : {}),
      ...(u.asks.timesBound !== undefined ? { timesBound: u.asks.timesBound } : {}),
    };
  }

  /**
   * "How many months between the longest and the shortest?": the programs that lead the two ends of one ranking, side
   * by side, on the measure ranked.
   */
  private extremes(u: Understanding, memory: TurnMemory): Understanding | undefined {
    if (u.asks.difference !== true || (u.programs.length > 0 && !u.programsFromContext)) return undefined;
    const terms = this.superlativeWords.match(u.recognition.tokens).map((m) => m.tag);
    const high = terms.find((t) => t.order === 'highest');
    const low = terms.find((t) => t.order === 'lowest' && t.measure === high?.measure);
    if (high === undefined || low === undefined) return undefined;
    const { superlative: _s, ...asked } = this.deps.parser.parse(u, memory);
    const leaderOf = (term: SuperlativeTerm): Program | undefined => {
      const [first, ...tied] = queryFocus(runQuery(this.kb, { ...asked, superlative: term })).focus;
      return tied.length === 0 ? first : undefined;
    };
    const [top, bottom] = [leaderOf(high), leaderOf(low)];
    const ofMeasure = this.asAttribute(u, high.measure);
    if (top === undefined || bottom === undefined || top.id === bottom.id || ofMeasure === undefined) return undefined;
    return { ...ofMeasure, programs: [top.id, bottom.id], programsFromContext: false };
  }

  /**
   * "How many times longer than the Eastern Florida one?" right after a ranking: the program that led it, beside the
   * one program named after "than".
   */
  private leaderAgainst(u: Understanding, memory: TurnMemory): Understanding | undefined {
    const [leader, ...others] = memory.ranked === undefined ? [] : memory.programs;
    const [named, ...more] = u.recognition.entities.filter((e) => e.kind === 'program');
    const than = thanAt(u.recognition.tokens);
    if (
      u.asks.difference !== true ||
      u.programs.length !== 1 ||
      leader === undefined ||
      others.length > 0 ||
      named === undefined ||
      more.length > 0 ||
      than < 0 ||
      named.start <= than ||
      named.id === leader
    )
      return undefined;
    return { ...u, programs: [leader, named.id], programsFromContext: false };
  }

  /**
   * "How much would I have left over after?", "would I have anything left over?" after a price: the student's money
   * less the one program's estimated total.
   */
  private leftover(u: Understanding, memory: TurnMemory): Outcome | undefined {
    const budget = u.student.budget;
    const [only, ...others] = programsById(this.kb, u.programs.length > 0 ? u.programs : memory.programs);
    // "What is left for me after that?" from a student with money of their own and no help: their money less the cost.
    const asked = u.asks.leftover === true || (u.asks.outOfPocket === true && u.student.help === undefined);
    if (!asked || budget === undefined || only === undefined || others.length > 0) return undefined;
    const residency = residencyAt(only, studentResidency(u.residency), u.student.homeState);
    return { reply: leftoverAnswer(only, budget, costEstimate(only, residency)), remember: rememberTurn(u) };
  }

  /**
   * "Does living in PA get me a cheaper rate there?", "I live in Ogden: a lower rate at Weber?": which of the one
   * program's rates the student's home puts them on (or that the article gives it one figure), not a ranking.
   */
  private homeRateAt(u: Understanding, memory: TurnMemory): Outcome | undefined {
    const tokens = u.recognition.tokens;
    const home = u.student.homeState;
    const direction = chargedDirection(tokens);
    if (!u.yesNo || home === undefined || direction === undefined || !tokens.some((t) => RATE_WORDS.has(t)))
      return undefined;
    if (tokens.some((t) => TRUE_SUPERLATIVE.test(t))) return undefined;
    // "…there?", "…at it?" after one program: that program; "is there a cheaper rate?" asks about all of them.
    const pointed = tokens.some(
      (t, i) => (t === 'there' && !EXISTENTIAL.has(tokens[i - 1] ?? '')) || SINGULAR_REFERENCES.has(t),
    );
    const last = memory.programs.length > 0 ? memory.programs : (memory.lastResults ?? []);
    const ids = u.programs.length > 0 && !u.programsFromContext ? u.programs : pointed ? last : [];
    const [only, ...more] = programsById(this.kb, ids);
    if (only === undefined || more.length > 0) return undefined;
    return this.homeRateReply(
      { ...u, programs: [only.id], intent: attributeIntentId(this.kb, PRICE_ATTRIBUTE) ?? u.intent },
      only,
      home,
      direction,
    );
  }

  /** Which of the program's rates the student's home puts them on, then its price as a look-up gives it. */
  private homeRateReply(u: Understanding, only: Program, home: string, direction: 'more' | 'less'): Outcome {
    const facts = this.lookUp({ ...u, yesNo: false });
    return {
      ...facts,
      reply: { ...facts.reply, text: `${homeRateLead(this.kb, only, home, direction)}\n\n${facts.reply.text}` },
    };
  }

  /**
   * "Roughly how big is the gap?", "what's the difference?" right after two programs were weighed on cost or length:
   * by how much one beats the other on that measure.
   */
  private gapOfPair(u: Understanding, memory: TurnMemory): Outcome | undefined {
    // The pair is the one remembered, whether the message points at it or the follow-up carried it over.
    const same =
      u.programs.length === 0 || u.programsFromContext || (u.followUp && u.programs.join() === memory.programs.join());
    if (u.asks.difference !== true || !same) return undefined;
    if (memory.programs.length !== 2 || u.recognition.tokens.length > FOLLOW_UP_MAX_WORDS) return undefined;
    const measure = this.kb.query.superlatives.find((t) => t.id === memory.superlative)?.measure ?? memory.attribute;
    const superlative = this.kb.query.superlatives.find((t) => t.measure === measure && t.order === 'lowest');
    if (superlative === undefined || (measure !== PRICE_ATTRIBUTE && measure !== 'duration')) return undefined;
    return this.compare(
      { ...u, programs: memory.programs, programsFromContext: true, followUp: true, yesNo: false },
      { ...memory, superlative: superlative.id },
      memory.programs,
    );
  }

  /** "…lincoln ne. 8k cap. go.", "…6 month max. shoot": a last clause that is only a word asking for options. */
  private asksLastAlone(text: string): boolean {
    const last = clauses(text).at(-1)?.tokens ?? [];
    return this.lastOpenRequestWords.match(last).some((m) => m.start === 0 && m.end === last.length);
  }

  /**
   * "My Canadian registration", "my state license": a credential of the student's described in words that name no body
   * the knowledge knows, as the words from "my" to the credential noun.
   */
  private describedCredentials(tokens: readonly string[], text: string): string[] {
    return tokens.flatMap((t, i) => {
      if (!CREDENTIAL_NOUNS_OWNED.has(t)) return [];
      const mine = tokens.lastIndexOf('my', i);
      if (mine < 0 || i - mine < 2 || i - mine > DESCRIBED_WORDS) return [];
      const words = tokens.slice(mine + 1, i + 1);
      if (words.some((w) => this.bodyIds.has(w))) return [];
      // As the student wrote it ("Canadian registration").
      const written = new RegExp(words.map(escapeRegExp).join('\\W+'), 'i').exec(text)?.[0];
      return [written ?? words.join(' ')];
    });
  }

  /** What to do with a message that arrives while no flow is open. */
  respond(u: Understanding, memory: TurnMemory): Step {
    // "What does the E stand for?": letters of a name the knowledge spells out, not an unknown name.
    const letters = this.lettersAsked(u, memory);
    if (letters !== undefined) return { kind: 'answer', outcome: letters };
    const unknown = u.unknownNames ?? [];
    // "Would EFSC accept my Canadian registration?", "does EFSC count my state license?": a credential of the student's
    // the article never names, described rather than named. (One named by a name the article never uses, "my CCI
    // credential", is that name.)
    // ("ARRT(T). Does EFSC count my therapy registration?": a registration with a body the student holds is that one.)
    const described = (
      (u.student.registrations ?? []).length > 0
        ? []
        : this.describedCredentials(u.recognition.tokens, u.recognition.text)
    ).filter((d) => !unknown.some((n) => d.toLowerCase().split(/\W+/).includes(n.toLowerCase())));
    const credentials = [...unknown, ...described];
    // "Does EFSC take CCI?", "would ASCP count as a registry for EFSC?": a credential the article never names, asked
    // about by name, weighed against what the program asks for. ("Does my ASNT get me into it?" asks about the student,
    // which the answer on getting in covers.)
    const [only, ...more] = programsById(this.kb, u.programs);
    if (
      only !== undefined &&
      more.length === 0 &&
      !this.asksEntry(u.recognition.tokens) &&
      u.recognition.tokens.some((t) => ACCEPTING.has(t)) &&
      (described.length > 0 ||
        unknown.some((n) => askedOf(n, u.recognition.text) || TAKES_MY.test(textBefore(n, u.recognition.text))))
    )
      return {
        kind: 'answer',
        outcome: { reply: unknownCredentialAnswer(this.kb, only, credentials), remember: rememberTurn(u) },
      };
    // "My employer covers up to $5,250 a year: which programs would that cover?": the question, after what the
    // article doesn't say about the student's situation.
    const aside = this.circumstanceAside(u, memory);
    // "Would 10 hrs a week be enough to finish Clarkson in a year?": the facts, without a yes the article can't give.
    const aboutTime = u.attribute === 'duration' || u.figures.some((f) => f.measure === 'months');
    const decided = this.decide(aside?.unsettlesTime === true && aboutTime ? { ...u, yesNo: false } : u, memory, aside);
    // An answer about getting in already opens with what the article is silent on about the student: said once.
    const step =
      aside !== undefined && decided.kind === 'answer' && !decided.outcome.reply.text.includes(aside.text)
        ? {
            ...decided,
            outcome: {
              ...decided.outcome,
              reply: (aside.aboutStudent === true ? silenceFirst : silenceAfter)(aside, decided.outcome.reply),
            },
          }
        : decided;
    // "Is the program accredited by JRCERT?": say first that the article never mentions it.
    return step.kind === 'answer' && unknown.length > 0
      ? {
          ...step,
          outcome: {
            ...step.outcome,
            // "Is EFSC accredited by the JRCERT?", "is the CIIP the same as ABII certification?": a yes or no would be about it.
            reply: notMentioned(unknown, step.outcome.reply, {
              // "Does HACC's degree cover RIS?": named in the question itself, and not as the student's own ("as a CPAS…").
              verdictOnThem:
                u.attribute === 'accreditation' ||
                (u.yesNo &&
                  (u.programs.length === 0 ||
                    unknown.some((n) => askedOf(n, u.recognition.text) || countedToward(n, u.recognition.text)))),
              ...this.onlyBodies(u, memory),
            }),
          },
        }
      : step;
  }

  /**
   * A silence about the student's own situation ("my employer pays", "I studied abroad") in a message that also asks
   * something the article answers: a budget, a criterion, or a fact about a named program.
   */
  private circumstanceAside(u: Understanding, memory: TurnMemory): Silence | undefined {
    // "What would I pay myself after my employer's half?": the answer works with the help and says what it can't.
    if (u.asks.outOfPocket === true) return undefined;
    const silence = silenceFor(this.situationKb, u.story ?? u.recognition.tokens);
    if (silence === undefined) return undefined;
    // "What if I moved to Utah and got residency, would that flip it?": the last answer asked again for the new home.
    const newHome =
      (u.followUp || u.programsFromContext) &&
      (u.programs.length > 0 || memory.programs.length > 0) &&
      movedHome(u, memory);
    const asks =
      newHome ||
      criteriaFor(this.deps.parser.parse(u, memory)).length > 0 ||
      (u.programs.length > 0 && (u.attributeNamed !== undefined || this.asksEntry(u.recognition.tokens)));
    return asks ? silence : undefined;
  }

  private decide(u: Understanding, memory: TurnMemory, aside?: Silence): Step {
    if (u.language === 'es') return { kind: 'answer', outcome: { reply: spanishAnswer(), remember: {} } };
    // "Explain it simpler", "what does that mean in plain English?": the last topic or term again, in short.
    const simpler = this.simpler(u, memory);
    if (simpler !== undefined) return { kind: 'answer', outcome: simpler };
    const refound = this.finderAgain(u, memory);
    if (refound !== undefined) return { kind: 'answer', outcome: refound };
    // "Which accreditor shows up the most?", "which state has the most programs?": the value most programs share.
    // "Which of them turns up more than once?" right after the accrediting bodies: the accreditors.
    const grouped = u.asks.mostShared === true && u.programs.length === 0 ? this.sharedFactAsked(u, memory) : undefined;
    if (grouped !== undefined)
      return {
        kind: 'answer',
        outcome: { reply: mostSharedAnswer(this.kb, this.kb.programs, grouped), remember: rememberTurn(u) },
      };
    // "Why does HACC take so long?", "why is it so much longer than everything else?" after the longest: what sets
    // that program apart, as the article gives no reason.
    // "Why is HACC so much?": the same of its price.
    // "Why didn't you suggest HACC? It's in my state": what left it out of the list.
    const left = this.leftOut(u, memory);
    if (left !== undefined) return { kind: 'answer', outcome: left };
    const why = this.reasonAsked(u, memory);
    if (why !== undefined)
      return {
        kind: 'answer',
        outcome: {
          reply: reasonAnswer(this.kb, why.program, why.measure),
          remember: { ...rememberTurn(u), programs: [why.program.id] },
        },
      };
    // "Which schools charge out-of-staters more?", "which one has the bigger gap between the two rates?": the gap
    // between each program's two rates.
    const apart = this.ratesApart(u, memory);
    if (apart !== undefined) return { kind: 'answer', outcome: apart };
    // "Who is Weber's program aimed at?": whom the article says it suits, however unsure the recognizer is.
    if (
      u.programs.length > 0 &&
      u.recognition.tokens.includes('who') &&
      this.suitWords.match(u.recognition.tokens).length > 0
    )
      return { kind: 'answer', outcome: this.fit(u, memory) };
    // "If we end up in Florida, would EFSC be a better pick for me?": whether it suits the student, not where it is.
    if (
      u.programs.length === 1 &&
      !u.programsFromContext &&
      u.yesNo &&
      knowsStudent(u.student) &&
      this.suitWords.match(u.recognition.tokens).length > 0
    )
      return { kind: 'answer', outcome: this.fit(u, memory) };
    // Sums worked out for the student: what they pay after help, what is left over, the rate their home earns at one
    // program, and the gap between the two programs just weighed.
    const worked =
      this.netCost(u, memory) ?? this.leftover(u, memory) ?? this.homeRateAt(u, memory) ?? this.gapOfPair(u, memory);
    if (worked !== undefined) return { kind: 'answer', outcome: worked };
    // "How many times longer is it than the quickest one?": the program that leads the ranking, beside the one asked
    // about; "how many times longer than the Florida one?" after a ranking: its leader, beside the one named.
    const beside = this.besideLeader(u, memory) ?? this.leaderAgainst(u, memory) ?? this.extremes(u, memory);
    if (beside !== undefined) return this.decide(beside, memory, aside);
    // "Which is the quickest one again?" after two programs set side by side: the ranking of all of them, asked again.
    const again = this.rankedAgain(u, memory);
    if (again !== undefined) return { kind: 'answer', outcome: again };
    // "Which program is accredited by the same body as Oregon Tech?", "which schools share an accreditor?"
    const shared = this.sameAccreditor(u, memory);
    if (shared !== undefined) return { kind: 'answer', outcome: shared };
    // "How many of the six actually accredit one of the featured schools?": the bodies, how many are used first
    // (before the list of every body the article names, which "the six the article lists" would also ask for).
    const usedAsked = this.accreditorUseAsked(u);
    if (usedAsked === 'used')
      return {
        kind: 'answer',
        outcome: { reply: accreditorsAnswer(this.kb, [], { asked: 'used' }), remember: this.rememberBodiesListed(u) },
      };
    // "Which organizations does the article mention?", "what acronyms come up?": every body it names.
    const listed = this.namedBodies(u);
    if (listed !== undefined) return { kind: 'answer', outcome: listed };
    // "Which accreditor covers Nebraska?", "and which one covers Arizona?" after the bodies, "what about Georgia?":
    // the article maps no state to a body; the programs there say who accredits them.
    const bodyStates = this.statesInFull(u);
    if (
      bodyStates.length > 0 &&
      (u.programs.length === 0 || u.programsFromContext) &&
      this.asksBodyFor(u, intentById(this.kb, memory.intent))
    )
      return {
        kind: 'answer',
        outcome: {
          reply: accreditorsAnswer(this.kb, u.accreditors, {
            states: bodyStates,
            ...(u.accreditors.length > 0 ? { asked: 'region' as const } : {}),
          }),
          // "What about Georgia?" next asks the same of another state.
          remember: this.rememberBodiesListed(u),
        },
      };
    // "Which of the accrediting bodies don't accredit any of the programs?": the bodies, the ones left unused first.
    if (usedAsked === 'unused')
      return {
        kind: 'answer',
        outcome: { reply: accreditorsAnswer(this.kb, [], { asked: 'unused' }), remember: this.rememberBodiesListed(u) },
      };
    // "Why not?", "how come?" right after an answer: that answer again, which gives its reason.
    const previous = intentById(this.kb, memory.intent);
    if (
      previous !== undefined &&
      u.recognition.tokens.length > 0 &&
      u.recognition.tokens.every((t) => this.reasonVocabulary.has(t))
    )
      // ("Which is faster, HACC or Clarkson?", then "why?": the same comparison, which gives the lengths.)
      return this.decide(
        {
          ...u,
          intent: previous.id,
          programs: memory.programs,
          programsFromContext: true,
          ambiguous: false,
          followUp: true,
        },
        { ...memory, intent: undefined },
      );
    // "And if I weren't licensed?", "what if I was just a nurse?": whether the programs just discussed take the student as now described.
    const opensHypothetical = supposes(this.kb, u.recognition.tokens);
    // "Oh wait, I'm also ARDMS registered. Does that change things?": the same, said after the fact.
    const asksChange = this.changeWords.match(u.recognition.tokens).length > 0 && this.saysAboutStudent(u, memory);
    const placedAs = this.intent(u)?.action.kind;
    // "What if I sit for the ARDMS and pass it?": the body it names is supposed held, not asked about.
    const unplacedNow =
      placedAs === undefined || placedAs === 'outOfScope' || (placedAs === 'term' && opensHypothetical);
    // "I'm ARRT registered. Does that open anything up?" with nothing discussed yet: what it means at every program.
    if (
      (previous !== undefined || asksChange) &&
      (opensHypothetical || asksChange) &&
      unplacedNow &&
      Object.keys(u.student).some((fact) => fact !== 'homeState' && fact !== 'homeCity') &&
      u.recognition.tokens.length <= (asksChange ? STORY_MAX_WORDS : HYPOTHETICAL_MAX_WORDS)
    ) {
      // "Which program gets you through fastest if you're ARRT registered?", then "and if I'm not registered?": the
      // same ranking, over the programs that would take the student now.
      const outcome =
        memory.ranked !== undefined
          ? this.rankOpen(
              { ...u, programs: [], programsFromContext: false, followUp: true },
              { ...memory, superlative: memory.ranked.superlative },
            )
          : this.fit(
              {
                ...u,
                // "…does that change things?": the programs whose answer it changes first.
                programs: [
                  ...new Set([
                    ...(asksChange ? this.changedBy(u, memory) : []),
                    ...(u.programs.length > 0 ? u.programs : memory.programs),
                  ]),
                ],
                programsFromContext: false,
              },
              memory,
            );
      return { kind: 'answer', outcome };
    }
    // "Rank them from shortest to longest", then "which ones are tied?": the programs that share a length.
    // "Which programs take the same amount of time?": the same, over every program.
    const rankedOn = this.kb.query.superlatives.find((t) => t.id === memory.ranked?.superlative)?.measure;
    const tokens = u.recognition.tokens;
    const sameLength =
      u.attributeNamed === 'duration' && tokens.includes('same') && tokens.includes('which') && !u.yesNo;
    if (
      u.programs.length === 0 &&
      ((rankedOn === 'duration' &&
        u.attributeNamed === undefined &&
        tokens.some((t) => this.kb.query.tieWords.includes(t))) ||
        sameLength)
    ) {
      const among = sameLength ? undefined : memory.lastResults;
      const ties = lengthTies(programsById(this.kb, among ?? this.kb.programs.map((p) => p.id)));
      const tied = ties.flat().map((p) => p.id);
      return {
        kind: 'answer',
        outcome: { reply: lengthTiesAnswer(ties), remember: { ...rememberTurn(u), programs: tied, lastResults: tied } },
      };
    }
    // "Does Clarkson require registered technologists?", then "what about prior work experience?": the same program.
    const criterionFollowUp = this.criterionFollowUp(u, memory);
    if (criterionFollowUp !== undefined) return { kind: 'answer', outcome: criterionFollowUp };
    // "I'm a nuclear medicine tech. Which of the boards would I be with?", then "and if I did ultrasound instead?".
    const byJob = this.bodyForJob(u, memory);
    if (byJob !== undefined) return { kind: 'answer', outcome: byJob };
    // "Who accredits Weber?", then "is that the same one as the Florida school?": that fact of both, the same or not.
    const sameOf = u.attributeNamed ?? memory.attribute;
    const [before] = memory.programs;
    if (
      u.asks.same === true &&
      u.programs.length === 1 &&
      memory.programs.length === 1 &&
      before !== undefined &&
      before !== u.programs[0] &&
      comparableFact(sameOf)
    ) {
      const both = this.asAttribute({ ...u, programs: [before, ...u.programs], programsFromContext: false }, sameOf);
      if (both !== undefined) return { kind: 'answer', outcome: this.lookUp(both) };
    }
    // "I keep seeing ARRT and AART, are they the same org?": two bodies the article names, set side by side.
    // "What's the ABII?", then "is that the same as ARRT?": the term just explained is one of the two.
    const pointsBack = u.recognition.tokens.some((t) => SINGULAR_REFERENCES.has(t));
    const sameTerms = [
      ...new Map(
        [
          ...this.termsNamed(u),
          ...(pointsBack ? this.kb.terms.filter((t) => (memory.terms ?? []).includes(t.id)) : []),
        ].map((t) => [t.id, t] as const),
      ).values(),
    ];
    // "Does EFSC prefer ARDMS or ARRT?", "does it matter whether I'm ARRT or NMTCB?": bodies weighed for getting in.
    const weighed = sameTerms.length >= 2 && asksPreference(u);
    if (weighed || (sameTerms.length >= 2 && this.asksSame(u)))
      return { kind: 'answer', outcome: this.explain(u, sameTerms) };
    // "I'm ARDMS registered: which program descriptions mention my registry?": the student's own body, as a term.
    const words = u.recognition.tokens;
    const own = (u.student.registrations ?? memory.student?.registrations ?? []).flatMap((id) =>
      this.kb.terms.filter((t) => t.abbreviation === id),
    );
    if (
      own.length > 0 &&
      u.programs.length === 0 &&
      this.termsNamed(u).length === 0 &&
      this.registryNouns.match(words).some((m) => words[m.start - 1] === 'my')
    )
      return { kind: 'answer', outcome: this.explain({ ...u, programs: [] }, own) };
    // "Is NMTCB one of the regional accreditors too?": a body the article names for something else.
    const otherBodies = this.termsNamed(u).filter((t) => isBody(this.kb, t));
    // "Is ARRT an accreditor too?", then "and the NMTCB?": the same question of another body.
    const bareBody =
      memory.attribute === 'accreditation' &&
      u.recognition.tokens.filter((t) => !FUNCTION_WORDS.has(t)).length === otherBodies.length &&
      u.recognition.tokens.length <= NAME_QUESTION_WORDS + otherBodies.length;
    // "Is the ABII the one that accredits these schools?", "does the ARDMS accredit schools, like the NWCCU does?": the
    // body asked about comes before any accreditor set beside it.
    const firstOf = (kind: string): number =>
      Math.min(...u.recognition.entities.filter((e) => e.kind === kind).map((e) => e.start));
    const accrediting =
      this.accreditorNouns.match(u.recognition.tokens).length > 0 ||
      u.recognition.tokens.some((t) => ACCREDITING_VERBS.has(t));
    if (
      (u.accreditors.length === 0 || firstOf('term') < firstOf('accreditor')) &&
      otherBodies.length > 0 &&
      ((u.yesNo && accrediting) || bareBody)
    )
      return {
        kind: 'answer',
        // "…and the NMTCB?" next asks the same of another body.
        outcome: {
          reply: notAccreditorAnswer(this.kb, otherBodies),
          remember: { ...rememberTurn(u), attribute: 'accreditation' },
        },
      };
    // "Who else offers that?", "what does that stand for?" right after a term or a program's accreditor.
    const pointed = this.pointedFollowUp(u, memory);
    if (pointed !== undefined) return { kind: 'answer', outcome: pointed };
    // "Is that good?", "So EFSC is out for sure?" read as "good-bye": a question is never a farewell, so it is read
    // again as a question the recognizer could not place.
    const said = this.intent(u)?.action;
    if (said?.kind === 'smalltalk' && said.reply === 'goodbye' && (u.yesNo || u.recognition.text.includes('?')))
      return this.decide({ ...u, intent: undefined, score: 0 }, memory, aside);
    // "…my parents can give me $15k. I'd rather come out with an actual degree": no word of reaching anyone, so no
    // request to be put in touch, however the recognizer leaned.
    if (
      said?.kind === 'smalltalk' &&
      said.reply === 'contact' &&
      !u.recognition.tokens.some((t) => this.contactWords.has(t))
    )
      return this.decide({ ...u, intent: undefined, score: 0 }, memory, aside);
    // A detail the article never gives (deadlines, fees, contacts…): say so rather than answer a nearby fact.
    const silence = this.silenceAsked(u);
    if (silence !== undefined && silence !== aside)
      return {
        kind: 'answer',
        outcome: {
          // Of the programs the message names; one carried over from before may not be what the gap is about.
          reply: silenceAnswer(silence, u.programsFromContext ? [] : programsById(this.kb, u.programs)),
          remember: rememberTurn(u),
        },
      };
    // "wait, are you a real person?", "who made you?": a short message about the bot itself.
    const identity = this.kb.intents.find((i) => i.action.kind === 'smalltalk' && i.action.reply === 'identity');
    if (
      identity !== undefined &&
      u.recognition.tokens.length <= IDENTITY_MAX_WORDS &&
      this.identityWords.match(u.recognition.tokens).length > 0 &&
      // "Is the ABII part automatic when I graduate from HACC?": about a program, not about the bot.
      !u.recognition.entities.some((e) => e.kind === 'program' || e.kind === 'term')
    ) {
      return { kind: 'answer', outcome: this.lookUp({ ...u, intent: identity.id, ambiguous: false }) };
    }
    // "Which program is closest to Seattle?", "I'm in Boise, which is nearer, OIT or Weber?": distances from there.
    if (this.asksNearness(u)) return { kind: 'answer', outcome: this.nearest(u, memory) };
    // "Is the 14,198 per year or for the whole 3 years?": a figure of the article quoted back is about its program's price.
    const quoted = this.programsQuoted(u);
    if (quoted.length > 0) {
      const price = this.asAttribute({ ...u, programs: quoted, programsFromContext: false }, 'tuition');
      if (price !== undefined) return { kind: 'answer', outcome: this.lookUp(price) };
    }
    // "One would do Clarkson and the other HACC: what's the total bill?": the two costs added.
    const summed = this.costSum(u, memory);
    if (summed !== undefined) return { kind: 'answer', outcome: summed };
    // "How long does the cheapest one take?": the length of the program the price ranking picks.
    // It names at least two facts (the ranking word is one), so most messages are not parsed here as well as later.
    const ofPicked =
      (u.programs.length === 0 || u.programsFromContext) &&
      u.recognition.entities.filter((e) => e.kind === 'attribute').length > 1
        ? this.factOfPicked(u, this.deps.parser.parse(u, memory))
        : undefined;
    if (ofPicked !== undefined) return { kind: 'answer', outcome: ofPicked };
    // "Help me choose — I'm brand new and can only study online": the finder, with what the message already says.
    // ("Do I need a recommendation letter?" asks about a document, not for a recommendation.)
    if (u.programs.length === 0 && this.asksRecommendation(u.recognition.tokens)) return this.finderStep(u, memory);
    // "I can put away $450 a month. How many months until I could pay for Clarkson?": the months of saving.
    // "And Weber? I'm a Utah resident" right after: the same sum a month, at the program now named.
    const savingAgain =
      memory.saving !== undefined &&
      u.followUp &&
      u.attributeNamed === undefined &&
      u.programs.length > 0 &&
      !u.programsFromContext;
    const saving = u.asks.savesMonthly ?? (savingAgain ? memory.saving : undefined);
    const saved = u.programs.length > 0 ? u.programs : memory.programs;
    if (saving !== undefined && saved.length > 0) {
      const constraints = this.deps.parser.parse(u, memory);
      const sides = programsById(this.kb, saved).map((p) => this.costSide(p, constraints));
      return {
        kind: 'answer',
        outcome: { reply: savingAnswer(sides, saving), remember: { ...rememberTurn(u), programs: saved, saving } },
      };
    }
    // "Weber vs Clarkson per month?", "and per month?" after a comparison: each one's cost spread over its months.
    const monthly = u.asks.perMonth === true && u.programs.length > 0 ? this.asAttribute(u, 'tuition') : undefined;
    if (monthly !== undefined && u.attribute === 'tuition') return { kind: 'answer', outcome: this.lookUp(monthly) };
    // "Could I drive up to Ogden for classes?", "do I have to move for Weber?": whether it is taught online.
    // "Do I have to actually go to Florida for it?", "would I need to move to Utah?": the place or the need named is
    // what attending would take, not a question of where it is or what it asks for.
    const attending =
      u.asks.inPerson === true &&
      u.programs.length > 0 &&
      (u.attributeNamed === undefined ||
        // ("Do I need to live in Florida to get into EFSC?" asks where students may live.)
        (u.asks.obliged === true &&
          !u.recognition.tokens.includes('live') &&
          (u.attributeNamed === 'location' || u.attributeNamed === 'admission')))
        ? this.asAttribute(u, 'delivery')
        : undefined;
    if (attending !== undefined) return { kind: 'answer', outcome: this.lookUp(attending) };
    // "What's the full name of HACC?": what the short name stands for; "the exact name of HACC's program": its credential.
    // ("HACC prepares you for all three levels. What are those three levels called?": the name of something else.)
    if (
      u.programs.length === 1 &&
      !u.programsFromContext &&
      this.nameAskedOfProgram(u) &&
      (tokens.some((t, i) => t === 'name' && NAME_NOUN_BEFORE.has(tokens[i - 1] ?? '')) || tokens.includes('called'))
    ) {
      const ofProgram = tokens.some((t) => CREDENTIAL_NOUNS.has(t));
      const credential = ofProgram ? this.asAttribute(u, 'credential') : undefined;
      if (credential !== undefined) return { kind: 'answer', outcome: this.lookUp(credential) };
      if (!ofProgram && u.attributeNamed === undefined) return { kind: 'answer', outcome: this.explain(u, []) };
    }
    const action = this.intent(u)?.action;
    const unsure = action === undefined || action.kind === 'outOfScope' || u.ambiguous;
    const constraints = this.deps.parser.parse(u, memory);
    // "Runner up?", "next one?" right after a ranking: its next place, however the recognizer placed so short a message.
    if (
      memory.ranked !== undefined &&
      constraints.place !== undefined &&
      constraints.superlative !== undefined &&
      u.programs.length === 0 &&
      (unsure || action.kind === 'smalltalk')
    )
      return { kind: 'answer', outcome: this.query(u, memory) };
    // "What would I pay while we still live in Georgia vs after we move?" to the program's state: both rates, by when.
    const [movingTo] = u.programs.length === 1 ? programsById(this.kb, u.programs) : [];
    const livesIn = u.student.homeState;
    if (
      movingTo !== undefined &&
      livesIn !== undefined &&
      livesIn !== movingTo.location.stateCode &&
      u.attribute === 'tuition' &&
      residencyRates(movingTo) !== undefined &&
      u.recognition.tokens.some((t) => this.kb.query.moves.includes(t)) &&
      u.recognition.tokens.some((t) => VERSUS.has(t) || t === 'or')
    ) {
      const facts = this.lookUp({ ...u, residency: undefined, student: { ...u.student, homeState: undefined } });
      const text = `${movingLead(this.kb, movingTo, livesIn)}\n\n${facts.reply.text}`;
      return { kind: 'answer', outcome: { ...facts, reply: { ...facts.reply, text } } };
    }
    // "Cheapest one?", then "nah, I mean the total, whole program" or "im in oregon btw": the same ranking again, with
    // what the message adds, not the price of the program it led with.
    const newHome = movedHome(u, memory);
    if (
      memory.ranked !== undefined &&
      rankedOn === 'tuition' &&
      (u.programs.length === 0 || u.programsFromContext) &&
      u.recognition.tokens.length <= RERANK_MAX_WORDS &&
      (u.attributeNamed === undefined || u.attributeNamed === 'tuition') &&
      (u.asks.total === true || newHome) &&
      !u.recognition.text.includes('?')
    )
      return {
        kind: 'answer',
        outcome: this.query(
          { ...u, programs: [], programsFromContext: false, followUp: true },
          { ...memory, superlative: memory.ranked.superlative },
        ),
      };
    // "Is there a Montana resident rate anywhere?", "I live in Ohio, am I in-state anywhere?": where home earns in-state.
    const home = constraints.superlative === undefined ? this.homeRateAsked(u) : undefined;
    if (home !== undefined) {
      const programs = u.programs.length > 0 ? programsById(this.kb, u.programs) : this.kb.programs;
      return { kind: 'answer', outcome: { reply: homeRateAnswer(this.kb, programs, home), remember: rememberTurn(u) } };
    }
    // "Is there any of these I could do without moving?": whether each can be taken from home.
    const fromHome =
      unsure &&
      constraints.superlative === undefined &&
      criteriaFor(constraints).every((c) => c.kind === 'criterion' && c.id === 'online') &&
      u.programs.length === 0 &&
      !u.recognition.tokens.includes('both') &&
      (u.asks.inPerson === true || u.recognition.entities.some((e) => e.kind === 'attribute' && e.id === 'delivery'))
        ? this.asAttribute(u, 'delivery')
        : undefined;
    if (fromHome !== undefined) return { kind: 'answer', outcome: this.lookUp(fromHome) };
    // "…NMTCB, live in Nebraska, want to start this summer. Options?": an open request after a story, the same.
    if (
      u.programs.length === 0 &&
      Object.keys(u.student).length > 0 &&
      u.states.length === 0 &&
      // "…I want a school accredited by the northwest commission. Options?": those the body accredits.
      u.accreditors.length === 0 &&
      constraints.superlative === undefined &&
      (this.openRequestWords.match(tokens).some((m) => m.end >= tokens.length - OPEN_REQUEST_REACH) ||
        this.asksLastAlone(u.recognition.text))
    )
      return this.finderStep(u, memory);
    // "Anything in Florida besides EFSC?", "online but not Weber": a question over the other programs.
    if (constraints.scopeFrom === 'excluding' && action?.kind !== 'smalltalk' && action?.kind !== 'compare')
      return { kind: 'answer', outcome: this.query({ ...u, programs: [], programsFromContext: false }, memory) };
    // A statement about the student and nothing asked: take it in, rather than refuse it. ("Oh wait, I'm not licensed
    // in anything": a registration the student says they lack, whatever a query word in it leaned the recognizer to.
    // "I work IT help desk in Scottsdale.": "help" or a topic the words only brush against asks nothing either.)
    if (
      (action === undefined ||
        action.kind === 'outOfScope' ||
        (action.kind === 'smalltalk' && action.reply === 'help') ||
        (action.kind === 'topic' && u.score < SURE_TOPIC) ||
        (action.kind === 'query' && u.student.unregistered === true && memory.student?.unregistered !== true)) &&
      u.recognition.tokens.length <= NOTE_MAX_WORDS &&
      !u.recognition.text.includes('?') &&
      !this.asksSomething(u) &&
      this.saysAboutStudent(u, memory)
    ) {
      // "I'm ARDMS btw", "I'm a nurse": where a program's entry rule settles it for the student now, that verdict.
      const settled = this.kb.programs
        .filter((p) => fitVerdict(this.fitOf(u, p, { elsewhere: false })) !== 'unknown')
        .map((p) => p.id);
      const aboutEntry = this.saysAboutStudent(u, {
        ...memory,
        student: { ...memory.student, homeState: u.student.homeState },
      });
      // "I'm a BSN nurse looking at Clarkson.": what it means at the program named, whatever it means elsewhere.
      const weighed = u.programs.length > 0 && !u.programsFromContext ? u.programs : settled;
      const consequence =
        weighed.length > 0 && aboutEntry
          ? this.fit({ ...u, programs: weighed, programsFromContext: false }, memory).reply
          : undefined;
      // "I live in Cocoa Beach, like 10 min from EFSC": the program named is the one the next questions are about.
      return {
        kind: 'answer',
        outcome: {
          reply: notedAnswer(this.kb, u.student, consequence),
          remember: { student: u.knownBefore ?? u.student, ...(u.programs.length > 0 ? { programs: u.programs } : {}) },
        },
      };
    }
    // "I have 2 years in the field, does that work at HACC?", "how many years does she need to work for HACC's ABII?":
    // years of work, not the program's length; for a certification the program leads to, what that asks.
    if (
      u.asks.experience === true &&
      u.programs.length > 0 &&
      u.attribute === 'duration' &&
      !u.recognition.tokens.some((t) => LENGTH_ASKED.has(t))
    ) {
      const bodies = this.askedBodies(u);
      const leads = programsById(this.kb, u.programs).some((p) => p.relations.some((r) => bodies.includes(r.body)));
      const certifications = leads ? this.asAttribute(u, 'certifications') : undefined;
      return {
        kind: 'answer',
        outcome: certifications !== undefined ? this.lookUp(certifications) : this.fit(u, memory),
      };
    }
    // "What would I need to get into EFSC?", "what does EFSC require besides my ARRT?": what it asks for, with what the
    // student lacks, not a verdict.
    // ("…to qualify there?" right after one program: that program.)
    const needed = !u.yesNo && WHAT_NEEDED.test(u.recognition.tokens.join(' '));
    const about =
      u.programs.length > 0
        ? u
        : memory.programs.length === 1 && u.recognition.tokens.some((t) => POINTING_BACK.has(t))
          ? { ...u, programs: memory.programs, programsFromContext: true }
          : undefined;
    const requirements = needed && about !== undefined ? this.asAttribute(about, 'admission') : undefined;
    if (requirements !== undefined) return { kind: 'answer', outcome: this.lookUp(requirements) };
    // "Does EFSC want me to hold both the ARRT and the ARDMS?": what its condition asks of those bodies.
    // A body no program takes for entry (the ABII) is asked about as what a program leads to, not as a requirement.
    const entryBodies = this.deps.parser.entryBodies;
    const asksBodies =
      u.programs.length > 0 &&
      this.asksRequirement(u) &&
      this.askedBodies(u).some((b) => entryBodies.has(b) && !(u.student.registrations ?? []).includes(b));
    if (asksBodies && constraints.relations.length === 0) return { kind: 'answer', outcome: this.fit(u, memory) };
    // "Do I meet EFSC's entry requirement?", "Does OIT require admission to the institute itself?"
    // "Am I eligible for Clarkson's ABII exam?" asks about what the program leads to, not about getting in.
    const leadsTo =
      constraints.relations.length > 0 &&
      programsById(this.kb, u.programs).some((p) => p.relations.some((r) => constraints.bodies.includes(r.body)));
    if (
      u.programs.length > 0 &&
      action?.kind !== 'smalltalk' &&
      !leadsTo &&
      (this.asksFit(u, action, constraints) || this.institutionWords.match(u.recognition.tokens).length > 0)
    )
      return { kind: 'answer', outcome: this.fit(u, memory) };
    const terms = this.termsNamed(u, memory);
    // "What is the ARRT?", "What does the ABII have to do with Clarkson?": the term and where the article links it.
    // "Which program prepares for the three levels of PACS certification?": the term, with the programs the article links to it.
    const general = this.generalWords.match(u.recognition.tokens).length > 0;
    // "I'm a sonographer (ARDMS). Which program is cheapest?": a body the student holds is about them, not the question.
    const held = heldBodies(u);
    const asksAboutTerms = terms.some((t) => !held.has(t.id));
    // "My NMTCB is current but my ARRT expired. Does that still work for EFSC?": the student's registrations against its rule.
    const saysRegistrations = u.student.registrations !== undefined || u.student.unregistered === true;
    if (unsure && u.yesNo && u.programs.length > 0 && !u.programsFromContext && terms.length > 0 && saysRegistrations)
      return { kind: 'answer', outcome: this.fit(u, memory) };
    // "No registry yet, working on ARDMS. Which ones can I apply to?": bodies in what the student says of their
    // registrations are about them, not the question, unless it asks what they are.
    const ofStudent = (t: Term): boolean => held.has(t.id) || (saysRegistrations && isBody(this.kb, t));
    const termsAsked = this.definitional(u) ? terms : terms.filter((t) => !ofStudent(t));
    // "I'm ARRT registered. Is there a program that wants that?", "which of the programs cares about those two?" right
    // after two bodies: the bodies pointed at, asked as what the programs ask for.
    // ("Which programs need it?" right after the ABII: the body pointed at, asked as a requirement.)
    const namesTerms = termsAsked.some((t) => u.recognition.entities.some((e) => e.kind === 'term' && e.id === t.id));
    const bodiesPointed =
      !namesTerms && u.programs.length === 0 && this.pointsAtBodies(u) ? this.pointedBodies(u, memory) : [];
    if (bodiesPointed.length > 0)
      return {
        kind: 'answer',
        outcome: {
          reply: bodiesNeededAcrossAnswer(
            this.kb,
            bodiesPointed.map((t) => t.abbreviation),
          ),
          remember: rememberTurn(u),
        },
      };
    // "Do I have to be ABII certified before I can apply to any of these?": which programs ask for it, then what it is.
    const bodiesAsked = termsAsked.filter((t) => isBody(this.kb, t));
    if (
      u.programs.length === 0 &&
      bodiesAsked.length > 0 &&
      bodiesAsked.length === termsAsked.length &&
      this.asksRequirement(u) &&
      !this.definitional(u) &&
      // "I want the ABII credential eventually. Which program is best for me?": the body is where they are going.
      !(constraints.relations.length > 0 && bodiesAsked.every((t) => constraints.bodies.includes(t.abbreviation)))
    ) {
      const across = bodiesNeededAcrossAnswer(
        this.kb,
        bodiesAsked.map((t) => t.abbreviation),
      );
      // "What about for Weber specifically?" next asks what that program requires.
      const admission = this.asAttribute(u, 'admission')?.intent;
      return {
        kind: 'answer',
        outcome: { reply: across, remember: { ...rememberTurn(u), ...(admission ? { intent: admission } : {}) } },
      };
    }
    // "What are HACC's admission requirements for the radiology informatics degree?": a program's fact, its credential named.
    const programFact =
      action?.kind === 'programAttribute' && u.programs.length > 0 && !u.programsFromContext && !u.ambiguous;
    // "Which program gets me to ABII certification fastest?": a ranking of the programs linked to it.
    const ranks = constraints.superlative !== undefined && action?.kind !== 'term';
    // "Which programs help with ABII continuing education?": the programs linked to the body that way, not the body.
    // ("What is that?" next asks about the body.)
    if (
      termsAsked.length > 0 &&
      !ranks &&
      constraints.relations.length > 0 &&
      constraints.bodies.length > 0 &&
      constraints.criteria.length === 0 &&
      u.programs.length === 0 &&
      !this.definitional(u) &&
      // "Can I get ABII certified with zero years in imaging?": where, with the years the student has.
      (this.asksWhichPrograms(u.recognition.tokens) || u.student.imagingYears !== undefined)
    ) {
      const linked = this.query(u, memory);
      return {
        kind: 'answer',
        outcome: { ...linked, remember: { ...linked.remember, terms: termsAsked.map((t) => t.id) } },
      };
    }
    if (
      termsAsked.length > 0 &&
      !programFact &&
      !ranks &&
      (action?.kind === 'term' ||
        unsure ||
        this.definitional(u) ||
        (general && u.programs.length === 0 && asksAboutTerms) ||
        // "Do I need to be ARRT registered?": where the article asks for that body.
        (u.programs.length === 0 && asksAboutTerms && this.asksRequirement(u)))
    ) {
      return { kind: 'answer', outcome: this.explain(u, terms) };
    }
    if (action?.kind === 'term') return { kind: 'answer', outcome: this.explain(u, terms) };
    // "What is a radiology informatics associate in applied science?": a program's own name for its credential.
    if (
      unsure &&
      terms.length === 0 &&
      u.programs.length > 0 &&
      !u.programsFromContext &&
      u.accreditors.length === 0 &&
      u.attributeNamed === undefined &&
      this.definitional(u) &&
      this.onlyNames(u)
    ) {
      const credential = this.asAttribute(u, 'credential');
      return {
        kind: 'answer',
        outcome:
          credential !== undefined && !this.namedByName(u) ? this.lookUp(credential) : this.overviewOrName(u, terms),
      };
    }
    // "Explain NEASC", "What is the Middle States Commission, and which school does it accredit?"
    // "What's the difference between SACS and SACSCOC?": bodies set side by side, not programs.
    if (
      u.accreditors.length > 0 &&
      u.programs.length === 0 &&
      (unsure || this.definitional(u) || action?.kind === 'programAttribute' || action?.kind === 'compare')
    ) {
      return {
        kind: 'answer',
        outcome: {
          reply: accreditorsAnswer(this.kb, u.accreditors, {
            asked: this.accreditorAsked(u),
            regions: constraints.regions,
          }),
          // ("Which states does it cover?" next asks about the body, as after "what is SACS?".)
          remember: this.rememberAccredited(
            action?.kind === 'compare' ? { ...u, intent: this.accreditorsIntent() } : u,
          ),
        },
      };
    }
    // "I never finished high school. Can I still do one?": whether the student can get in, not what programs ask for.
    if (
      u.student.education === 'no_high_school' &&
      u.yesNo &&
      (this.weakEligibilityWords.match(u.recognition.tokens).length > 0 || this.asksEntry(u.recognition.tokens))
    )
      return { kind: 'answer', outcome: this.fit(u, memory) };
    // "I don't have any letters of recommendation. Can I still apply?": what nearly every program asks for, which they lack.
    const lacking = this.commonRequirementsLacking(u);
    if (lacking.length > 0 && u.yesNo)
      return {
        kind: 'answer',
        outcome: {
          reply: commonRequirementsAnswer(this.kb, lacking, programsById(this.kb, u.programs)[0], { lacking: true }),
          remember: rememberTurn(u),
        },
      };
    const common = this.commonRequirementsNamed(u);
    // "Does OIT require a letter of recommendation?": what nearly every program asks for, said of that program.
    const [onlyNamed] = u.programsFromContext ? [] : programsById(this.kb, u.programs);
    if (common.length > 0 && u.programs.length === 1 && onlyNamed !== undefined && u.yesNo && this.asksRequirement(u))
      return {
        kind: 'answer',
        outcome: { reply: commonRequirementsAnswer(this.kb, common, onlyNamed), remember: rememberTurn(u) },
      };
    if (common.length > 0 && u.programs.length === 0 && (u.yesNo || action?.kind === 'topic'))
      return {
        kind: 'answer',
        outcome: {
          reply: commonRequirementsAnswer(this.kb, common, undefined, {
            yesNo: u.yesNo,
            // "Would they accept my Indian transcripts?": whether a school takes them is the school's to say; a diploma
            // is what the basics name.
            // "I finished a vocational qualification in Germany: would that count as the equivalent?": schooling from
            // abroad too.
            accepting:
              this.acceptWords.match(u.recognition.tokens).length > 0 &&
              (!common.some((r) => r === this.kb.schoolingRequirement) || u.student.abroad === true),
            // "Will they need my transcripts translated?", "would my caseworker be ok for the letter?": a detail of
            // something the basics name, which the article never goes into.
            detail:
              u.yesNo &&
              !common.some((r) => r === this.kb.schoolingRequirement) &&
              this.requirementDetailWords.match(u.recognition.tokens).length > 0,
          }),
          remember: rememberTurn(u),
        },
      };
    // "Do I need an associate degree?", "do I have to be a radiologist?": what the article says only some schools ask for.
    const [other] = this.otherRequirementWords.match(u.recognition.tokens);
    if (
      other !== undefined &&
      common.length === 0 &&
      u.programs.length === 0 &&
      terms.length === 0 &&
      this.askedBodies(u).length === 0 &&
      this.asksRequirement(u) &&
      action?.kind !== 'compare'
    )
      return {
        kind: 'answer',
        outcome: { reply: otherRequirementAnswer(this.kb, other.tag), remember: rememberTurn(u) },
      };
    // "Do I need to take the SAT?": a requirement of no program in particular that the article never names.
    if (
      common.length === 0 &&
      u.programs.length === 0 &&
      u.yesNo &&
      terms.length === 0 &&
      this.askedBodies(u).length === 0 &&
      this.asksRequirement(u) &&
      action?.kind === 'programAttribute' &&
      action.attribute === 'admission'
    )
      return { kind: 'answer', outcome: { reply: unlistedRequirementAnswer(this.kb), remember: rememberTurn(u) } };
    // "Is a PACS certificate something a newcomer can go for?": the topic that says whom it suits, even when the recognizer wavers.
    const topic = action?.kind === 'topic' ? this.kb.topics.find((t) => t.id === action.topic) : undefined;
    if (topic !== undefined && u.programs.length === 0 && this.topicVerdict(u, topic).answer !== undefined)
      return { kind: 'answer', outcome: this.lookUp({ ...u, ambiguous: false }) };
    // "The fastest program I'm eligible for", or "which would be fastest for me?" from a student the article rules out
    // of some program: the ranking over the programs it does not rule them out of. The same for a filter ("no imaging
    // certs. what could I finish within a year?").
    // "Anything faster than Weber I could get into?": the same, against that program.
    if (
      (constraints.superlative !== undefined ||
        constraints.than !== undefined ||
        (u.student.unregistered === true &&
          criteriaFor(constraints).some((c) => c.kind === 'duration' || c.kind === 'budget'))) &&
      (u.programs.length === 0 || constraints.than !== undefined) &&
      // "Am I eligible for the fastest one?" asks about that one program (see fit).
      !(u.yesNo && this.asksFit(u, action, constraints)) &&
      (this.asksEntry(u.recognition.tokens) ||
        this.kb.programs.some((p) => fitVerdict(this.fitOf(u, p, { elsewhere: false })) === 'no'))
    )
      return { kind: 'answer', outcome: this.rankOpen(u, memory) };
    if (action?.kind !== 'smalltalk' && !leadsTo && this.asksFit(u, action, constraints))
      return { kind: 'answer', outcome: this.fit(u, memory) };
    // "Is Clarkson cheaper than OIT?", "which of those is cheaper?": a comparison, whatever the recognizer leaned to.
    const chosen = this.deps.selection.resolve(u, memory);
    if (
      constraints.superlative !== undefined &&
      (action?.kind === 'compare' || unsure || action?.kind === 'programAttribute') &&
      chosen.length === 2 &&
      (u.programs.length === 2 || constraints.scopeFrom === 'previous')
    ) {
      return { kind: 'answer', outcome: this.compare(u, memory, chosen) };
    }
    // "Is EFSC the fastest program?", "is that the shortest?" after one program: where it stands among all of them.
    const standing =
      u.programs.length === 1 && !u.programsFromContext
        ? u.programs
        : pointsBack && memory.programs.length === 1
          ? memory.programs
          : [];
    const [only] = programsById(this.kb, standing);
    if (
      constraints.superlative !== undefined &&
      u.yesNo &&
      only !== undefined &&
      constraints.than === undefined &&
      u.figures.length === 0 &&
      // "Is EFSC cheaper for Florida residents?", "does HACC have a cheaper in-state rate?": its own rates by residency
      // (or that the article gives none), not a ranking of the programs.
      !(u.residency !== undefined && !u.recognition.tokens.some((t) => TRUE_SUPERLATIVE.test(t)))
    )
      return { kind: 'answer', outcome: this.topOf(u, memory, only) };
    // "Which accreditor is for New England?": the bodies named for that region, not the programs there.
    // ("What accrediting body covers schools in New England?", however the recognizer leaned.)
    const asksAccreditors =
      action?.kind === 'accreditors' ||
      (action?.kind === 'programAttribute' && action.attribute === 'accreditation') ||
      this.accreditorNouns.match(u.recognition.tokens).length > 0;
    if (
      asksAccreditors &&
      u.programs.length === 0 &&
      constraints.regions.length > 0 &&
      criteriaFor(constraints).length === constraints.regions.length
    )
      return {
        kind: 'answer',
        outcome: {
          reply: accreditorsAnswer(this.kb, u.accreditors, { regions: constraints.regions }),
          remember: rememberTurn(u),
        },
      };
    // "Tell me the accreditor for each program": each program's accreditor, not the list of bodies.
    if (action?.kind === 'accreditors' && u.programs.length === 0 && u.accreditors.length === 0 && this.forEach(u))
      return { kind: 'answer', outcome: this.query({ ...u, attributeNamed: 'accreditation' }, memory) };
    // "Is the Cocoa program shorter than the Omaha one?": two programs set against each other, however the recognizer leaned.
    // "Is there any program cheaper than Clarkson?", "is anything shorter than Weber?": the others against that one.
    if (
      constraints.than !== undefined &&
      u.programs.length === 1 &&
      !u.programsFromContext &&
      action?.kind !== 'compare'
    )
      return { kind: 'answer', outcome: this.query(u, memory) };
    // "Weber vs EFSC for a nurse with no license": "vs" sets them side by side, whatever else the words filter on.
    const versus = u.recognition.tokens.some((t) => VERSUS.has(t));
    if (
      (PROGRAM_SPECIFIC.has(action?.kind ?? '') || versus) &&
      u.programs.length === 2 &&
      !u.programsFromContext &&
      (versus || this.comparativeWords.match(u.recognition.tokens).length > 0)
    )
      return { kind: 'answer', outcome: this.compare(u, memory, u.programs) };
    // "What are my options for an online program?", "which programs are cheaper than Clarkson per credit?": a question over the data.
    const filters = criteriaFor(constraints).length > 0 || constraints.superlative !== undefined;
    const overData = general && ((u.programs.length === 0 && filters) || constraints.than !== undefined);
    const listLike =
      action === undefined ||
      ['programList', 'programAttribute', 'compare', 'query', 'outOfScope'].includes(action.kind) ||
      (action.kind === 'smalltalk' && action.reply === 'help');
    // "whats the cheapest pacs cert u got": a ranking, whatever general topic the words also touch.
    const rankingOfTopic = action?.kind === 'topic' && u.programs.length === 0 && constraints.superlative !== undefined;
    if ((overData && listLike) || rankingOfTopic) {
      return { kind: 'answer', outcome: this.query(u, memory) };
    }
    if (unsure) {
      const step = this.fromEntities(u, memory, constraints);
      if (step !== undefined) return step;
    }
    // "Which program would have the lowest total cost for me?", "which programs fit my budget?" (given before): a question over the data, not the finder's questions.
    if (
      action?.kind === 'finder' &&
      u.programs.length === 0 &&
      (constraints.superlative !== undefined ||
        constraints.budgetRemembered === true ||
        // "I'd need financial aid: which program should I skip?": the programs that fail it.
        (constraints.excluded ?? []).length > 0)
    )
      return { kind: 'answer', outcome: this.query(u, memory) };
    // "What is OIT?", "what's EFSC?": the program by its name or abbreviation, so its profile ("what about for Weber?"
    // after a question asks that question of it).
    if (
      u.programs.length === 1 &&
      !u.programsFromContext &&
      !u.followUp &&
      u.attributeNamed === undefined &&
      terms.length === 0 &&
      this.definitional(u) &&
      this.onlyNames(u) &&
      this.namedByName(u)
    )
      return { kind: 'answer', outcome: this.overviewOrName(u, terms) };
    // "Is OIT's PACS program a stand-alone certificate?": a program and one of its facts, not the general topic.
    const asked = action?.kind === 'topic' && !u.programsFromContext ? this.attributeIntent(u) : undefined;
    if (asked !== undefined)
      return { kind: 'answer', outcome: u.yesNo ? this.claim(asked, memory) : this.lookUp(asked) };
    const candidates = this.clarifications(u);
    // "Whats accreditation": torn between the topic and one program's accreditor, with no program in play: the topic.
    const topics = candidates.filter((c) => this.intent(c)?.action.kind === 'topic');
    const [topicOnly] = topics;
    const ofOne = candidates.filter((c) => PROGRAM_SPECIFIC.has(this.intent(c)?.action.kind ?? '')).length === 1;
    if (candidates.length === 2 && ofOne && topicOnly !== undefined && u.programs.length === 0)
      return this.decide({ ...u, intent: topicOnly.intent, ambiguous: false }, memory);
    if (candidates.length === 2) return { kind: 'clarify', candidates };
    switch (action?.kind) {
      case 'programOverview': {
        if (u.programs.length === 0) return { kind: 'chooseProgram' };
        // "What about the cost for me?": the fact named, not the whole profile again.
        const named = this.attributeIntent(u);
        if (named !== undefined && !u.yesNo) return { kind: 'answer', outcome: this.lookUp(named) };
        return { kind: 'answer', outcome: u.yesNo ? this.claim(u, memory) : this.lookUp(u) };
      }
      case 'compare': {
        // "Is Weber longer than a year?": one program against a figure is a yes/no claim, not a comparison.
        if (chosen.length < 2 && u.yesNo && u.programs.length === 1 && u.figures.length > 0)
          return { kind: 'answer', outcome: this.claim(u, memory) };
        // "Anything shorter than Weber?": the other programs against that one, not a pair to complete.
        if ((chosen.length < 2 || general) && constraints.than !== undefined)
          return { kind: 'answer', outcome: this.query(u, memory) };
        // "Compare the two online ones": the programs that pass the filter.
        const passing =
          u.programs.length === 0 && criteriaFor(constraints).length > 0
            ? runQuery(this.kb, constraints).matches.map((m) => m.program.id)
            : [];
        if (passing.length >= 2) {
          // The filter's own word ("online") is no measure to compare them on; a second one ("…on cost") is.
          const measures = u.recognition.entities.filter((e) => e.kind === 'attribute').map((e) => e.id);
          const on = measures.length > 1 ? measures[measures.length - 1] : undefined;
          return { kind: 'answer', outcome: this.compare({ ...u, attributeNamed: on }, memory, passing) };
        }
        // "And HACC?" with nothing talked about before: that program, not half of a pair.
        if (
          chosen.length === 1 &&
          memory.programs.length === 0 &&
          this.onlyNames(u) &&
          !u.recognition.tokens.some((t) => VERSUS.has(t) || t.startsWith('compar') || t === 'with')
        )
          return { kind: 'answer', outcome: this.overviewOrName(u, []) };
        return chosen.length >= 2
          ? { kind: 'answer', outcome: this.compare(u, memory, chosen) }
          : { kind: 'compare', chosen };
      }
      case 'programList':
        // "What are the programs' accreditations?": one fact of each program.
        if (u.attributeNamed !== undefined && u.programs.length === 0)
          return { kind: 'answer', outcome: this.query(u, memory) };
        // "Spell out NWCCU and tell me which schools have it": the body, with the programs it accredits.
        if (u.accreditors.length > 0 && u.programs.length === 0)
          return { kind: 'answer', outcome: this.explain(u, []) };
        return { kind: 'answer', outcome: this.lookUp(u) };
      case 'query':
        return { kind: 'answer', outcome: this.query(u, memory) };
      case 'finder':
        return this.finderStep(u, memory);
      case 'smalltalk':
        if (action.reply === 'cancel') return { kind: 'answer', outcome: this.cancel() };
        return { kind: 'answer', outcome: this.lookUp(u) };
      case 'programAttribute': {
        if (u.yesNo && u.programs.length > 0)
          return { kind: 'answer', outcome: this.startingFor(u, this.claim(u, memory)) };
        // "How much do the online programs cost?": the fact of the programs that pass the filter.
        const filtered = u.programs.length === 0 ? this.factOfFiltered(u, constraints) : undefined;
        if (filtered !== undefined) return { kind: 'answer', outcome: filtered };
        // "Is there a program that awards a degree?", "which ones start in summer?": a question over the data.
        // "Can I finish a PACS cert in 5 months?": whether any program takes that long, a yes or no over them all.
        const timeBound =
          u.yesNo && u.attribute === 'duration' && criteriaFor(constraints).some((c) => c.kind === 'duration');
        if (
          u.programs.length === 0 &&
          criteriaFor(constraints).length > 0 &&
          (this.generalWords.match(u.recognition.tokens).length > 0 || timeBound)
        )
          return { kind: 'answer', outcome: this.query(u, memory) };
        // "What's the 2nd cheapest program by price per credit?", "cheapest per credit?": a ranking, not every program's rate.
        if (u.programs.length === 0 && constraints.superlative !== undefined)
          return { kind: 'answer', outcome: this.query(u, memory) };
        return { kind: 'answer', outcome: this.lookUp(u) };
      }
      default:
        return { kind: 'answer', outcome: this.lookUp(u) };
    }
  }

  /** The fact whose most shared value is asked: the one named, or the accreditors right after the bodies were listed. */
  private sharedFactAsked(u: Understanding, memory: TurnMemory): SharedFact | undefined {
    const fact =
      u.attributeNamed ??
      u.attribute ??
      (intentById(this.kb, memory.intent)?.action.kind === 'accreditors' ? 'accreditation' : undefined);
    return fact !== undefined && isSharedFact(fact) ? fact : undefined;
  }

  /** "I'm a nurse: can I start EFSC now?": whether the program would take the student comes before when it starts. */
  private startingFor(u: Understanding, outcome: Outcome): Outcome {
    if (u.attribute !== START_ATTRIBUTE || !knowsStudent(u.student)) return outcome;
    const shut = programsById(this.kb, u.programs)
      .map((p) => this.fitOf(u, p, { elsewhere: false }))
      .filter((f) => fitVerdict(f) === 'no');
    return { ...outcome, reply: forStudent(this.kb, outcome.reply, shut, u.student) };
  }

  /**
   * When the recognizer is unsure, what the message names still tells a lot: a program and an
   * attribute ("total for EFSC from Georgia?") is that attribute's question; a filter or a
   * superlative ("the quickest program") is a question over the data.
   */
  private fromEntities(u: Understanding, memory: TurnMemory, constraints: QueryConstraints): Step | undefined {
    const attribute = PROGRAM_ATTRIBUTES.find((a) => a === u.attributeNamed);
    if (u.programs.length > 0 && !u.programsFromContext && attribute !== undefined) {
      const asked = this.asAttribute(u, attribute) ?? { ...u, ambiguous: false };
      return { kind: 'answer', outcome: u.yesNo ? this.claim(asked, memory) : this.lookUp(asked) };
    }
    const asksData =
      constraints.superlative !== undefined || criteriaFor(constraints).length > 0 || constraints.than !== undefined;
    if (asksData) return { kind: 'answer', outcome: this.query(u, memory) };
    // "What credentials can I get from these programs?": that fact of every program.
    if (u.programs.length === 0 && attribute !== undefined && u.recognition.tokens.some((t) => PROGRAMS_WORDS.has(t)))
      return { kind: 'answer', outcome: this.query(u, memory) };
    return undefined;
  }

  /** "Is Clarkson in Omaha?", "Is OIT in Utah?": yes or no from the program's city and state, when the message names one. */
  private placeClaim(u: Understanding, p: Program): Outcome | undefined {
    const words = ` ${u.recognition.tokens.join(' ')} `;
    const state = this.kb.states.find((s) => s.code === p.location.stateCode);
    const named = [p.location.city, state?.name]
      .filter((n): n is string => n !== undefined)
      .some((n) => words.includes(` ${n.toLowerCase()} `));
    const elsewhere = u.states.some((code) => code !== p.location.stateCode);
    if (!named && !elsewhere) return undefined;
    const facts = this.lookUp(u);
    return { ...facts, reply: { ...facts.reply, text: `${named && !elsewhere ? 'Yes' : 'No'}: ${facts.reply.text}` } };
  }

  /** True when, besides the programs it names, the message is only a few words ("what is a …?"). */
  private onlyNames(u: Understanding): boolean {
    const named = u.recognition.entities.filter((e) => e.kind === 'program');
    const rest = u.recognition.tokens.filter((_t, i) => !named.some((e) => i >= e.start && i < e.end));
    return rest.length <= NAME_QUESTION_WORDS;
  }

  /** "What does HACC stand for?": what the abbreviation stands for; "what is OIT?": the program's profile. */
  private overviewOrName(u: Understanding, terms: readonly Term[]): Outcome {
    const overview = this.kb.intents.find((i) => i.action.kind === 'programOverview');
    const asksName = u.recognition.tokens.some((t) => NAME_WORDS.has(t));
    return overview === undefined || asksName
      ? this.explain(u, terms)
      : this.lookUp({ ...u, intent: overview.id, ambiguous: false });
  }

  /** "What about online?" right after one program's answer: whether that program meets it. */
  private criterionFollowUp(u: Understanding, memory: TurnMemory): Outcome | undefined {
    if (u.programs.length > 0 || memory.programs.length !== 1) return undefined;
    if (u.recognition.tokens.length > FOLLOW_UP_MAX_WORDS) return undefined;
    // "What about the other online one?" asks for another program that meets it, not whether this one does.
    if (u.recognition.tokens.some((t) => this.kb.query.otherWords.includes(t))) return undefined;
    if (!this.followUpOpeners.match(u.recognition.tokens).some((m) => m.start === 0)) return undefined;
    const constraints = this.deps.parser.parse(u, memory);
    if (criteriaFor(constraints).length === 0 || constraints.superlative !== undefined) return undefined;
    return this.claim({ ...u, programs: memory.programs, programsFromContext: true, yesNo: true }, memory);
  }

  /** True when every program the message names is named by its name, short name or alias (not its credential's name). */
  private namedByName(u: Understanding): boolean {
    return u.recognition.entities
      .filter((e) => e.kind === 'program')
      .every((e) => {
        const p = this.kb.programs.find((x) => x.id === e.id);
        const said = normalize(e.text);
        return p !== undefined && [p.name, p.shortName, ...p.aliases].some((n) => normalize(n) === said);
      });
  }

  /** True when the message starts like a question ("what…", "is…", "can…") after its fillers. */
  private asksSomething(u: Understanding): boolean {
    // "ok so im in florida and i wanna know how long efsc is": a question word anywhere asks.
    const tokens = u.recognition.tokens;
    // "Weber vs EFSC for a nurse…": two programs set side by side ask for a comparison.
    if (u.programs.length >= 2 && !u.programsFromContext) return true;
    // "I do IT at a clinic", "I can do nights": a word that asks only before its subject ("do I…?") asks nothing after it.
    const afterSubject = (i: number): boolean => {
      let at = i - 1;
      while (at >= 0 && AUXILIARIES.has(tokens[at] ?? '')) at -= 1;
      return SUBJECTS.has(tokens[at] ?? '');
    };
    return (
      u.yesNo ||
      tokens.some(
        (t, i) =>
          ASKING_WORDS.has(t) || (this.kb.query.questionWords.includes(t) && !(AUXILIARIES.has(t) && afterSubject(i))),
      )
    );
  }

  /** The programs whose answer on getting in differs for the student as now described from before this message. */
  private changedBy(u: Understanding, memory: TurnMemory): string[] {
    const before = { ...u, student: memory.student ?? {} };
    return this.kb.programs
      .filter(
        (p) =>
          fitVerdict(this.fitOf(u, p, { elsewhere: false })) !==
          fitVerdict(this.fitOf(before, p, { elsewhere: false })),
      )
      .map((p) => p.id);
  }

  /** True when this message tells something new about the student (background, registration, home, education). */
  private saysAboutStudent(u: Understanding, memory: TurnMemory): boolean {
    const before = memory.student ?? {};
    const now = u.student;
    return (
      (now.background !== undefined && now.background !== before.background) ||
      (now.registrations?.length ?? 0) > (before.registrations?.length ?? 0) ||
      (now.homeState !== undefined && now.homeState !== before.homeState) ||
      (now.education !== undefined && now.education !== before.education) ||
      (now.unregistered === true && before.unregistered !== true) ||
      (now.imagingYears !== undefined && now.imagingYears !== before.imagingYears)
    );
  }

  /** True when the question asks what something is ("what is…", "explain…", "what does … stand for"). */
  private definitional(u: Understanding): boolean {
    const t = u.recognition.tokens;
    // "Is ARRT a license or a certification?", "is the ABII just a test?": what kind of thing the term is.
    const whatKind = u.recognition.entities.some(
      (e) =>
        e.kind === 'term' &&
        (e.start === 1 || (e.start === 2 && t[1] === 'the')) &&
        (t[0] === 'is' || t[0] === 'are') &&
        KIND_OF.has(t[e.end] ?? ''),
    );
    // "The Weber bit says AART. Who is that exactly?": asked of what an earlier sentence named.
    const ofNamed = (): boolean =>
      u.recognition.entities.some((e) => e.kind === 'term') &&
      this.definitionWords.match(t).some((m) => POINTING_BACK.has(t[m.end] ?? '') && t[m.end] !== 'there');
    return whatKind || this.definitionWords.match(t.slice(0, DEFINITION_REACH)).length > 0 || ofNamed();
  }

  /** The terms the message names (ABII, ARRT, "three levels of PACS certification"…). */
  private termsNamed(u: Understanding, memory: TurnMemory = NO_MEMORY): Term[] {
    const named = u.recognition.entities.filter((e) => e.kind === 'term').map((e) => e.id);
    // "Which programs have anything to do with it?" right after a term's answer: that term.
    // ("Which of the schools have some connection to that board?", understood as a question of the term.)
    const pointed =
      u.recognition.tokens.some((t) => POINTING_BACK.has(t)) &&
      (this.generalWords.match(u.recognition.tokens).length > 0 || this.intent(u)?.action.kind === 'term');
    const ids = named.length === 0 && pointed ? (memory.terms ?? []) : named;
    return this.kb.terms.filter((t) => ids.includes(t.id));
  }

  /**
   * True when the message asks whether someone can get in, or whether a program suits them: clear
   * words ("eligible", "get into", "good fit") say so alone; softer ones ("can I", "apply", "for me")
   * only in a question about admission, so "what would Weber's tuition be for me?" stays a cost question.
   */
  private asksFit(u: Understanding, action: IntentAction | undefined, constraints: QueryConstraints): boolean {
    const tokens = u.recognition.tokens;
    // "Which program would be right for me?" names none: a recommendation, which the finder gives.
    if (action?.kind === 'finder' && u.programs.length === 0 && !u.ambiguous) return false;
    // "How long would OIT take someone like me?": a measure asked, whoever takes it.
    if (tokens.some((t, i) => t === 'how' && HOW_MEASURES.has(tokens[i + 1] ?? ''))) return false;
    // "What documents should he get together before applying?": what an application needs, not whether he gets in.
    if (tokens.some((t) => DOCUMENT_WORDS.has(t))) return false;
    // "Can I do Weber from Texas?": whether it can be studied from there, not whether someone from there gets in.
    if (studiesFromAfar(u.recognition)) return false;
    // "Does finishing it make me eligible for the exam?": what the program leads to, not getting in.
    if (tokens.some((t) => FINISHING.has(t)) && tokens.some((t) => EXAM_WORDS.has(t))) return false;
    // "He qualifies for Pell. Can he use it at OIT?": whether aid can be had there, not whether he gets in.
    if (u.recognition.entities.some((e) => e.kind === 'attribute' && e.id === 'financial_aid')) return false;
    // "Is there anything cheaper I'd qualify for?", "anything faster than Weber that I'd get into?": a ranking over the
    // programs open to the student, not a verdict on the one just discussed.
    if (
      (constraints.superlative !== undefined || constraints.than !== undefined) &&
      (u.programs.length === 0 || u.programsFromContext || constraints.than !== undefined) &&
      tokens.some((t) => SOMETHING_ELSE.has(t))
    )
      return false;
    // "Who is a PACS cert meant for?": whom certificates suit, a topic, not whether someone gets in.
    if (tokens[0] === 'who' && u.programs.length === 0 && Object.keys(u.student).length === 0) return false;
    // "Is Weber's yearly rate for someone like me higher than HACC's?": a price for the student, not getting in.
    const entryWords = this.eligibilityWords.match(tokens);
    const forThem = entryWords.length > 0 && entryWords.every((m) => tokens[m.start] === 'for');
    if (forThem && (u.attributeNamed === 'tuition' || u.attributeNamed === 'duration')) return false;
    if (this.asksEntry(tokens)) return true;
    // "And the hardest?" right after the easiest to get into: the same question of getting in.
    if (u.followUp && (u.programs.length === 0 || u.programsFromContext) && this.entryEase.match(tokens).length > 0)
      return true;
    if (this.onlyApproves(u)) return true;
    // "Is my ARDMS enough for every program?", "would my NMTCB matter at Clarkson?", "does having both help me at EFSC?",
    // "would my NMTCB be accepted at EFSC?": a registration weighed for entry. ("Does my ARRT count towards the ABII?"
    // weighs it for another body.)
    const held = heldBodies(u);
    if (
      held.size > 0 &&
      !this.kb.query.bodies.some((b) => !held.has(b.id.toLowerCase()) && tokens.includes(b.id.toLowerCase())) &&
      tokens.some(
        (t, i) =>
          REGISTRATION_WEIGHED.has(t) &&
          // "Does my ARRT count for EFSC?", "does EFSC count my ARRT?" weigh it; "would Weber count toward my ARRT CE?"
          // and "would I count as out-of-state?" do not.
          (!COUNTING.has(t) ||
            i === tokens.length - 1 ||
            COUNTED_AT.has(tokens[i + 1] ?? '') ||
            COUNTED_WHOSE.has(tokens[i + 1] ?? '')),
      ) &&
      u.figures.length === 0 &&
      constraints.superlative === undefined
    )
      return true;
    // "Is HACC only for local students?": whether it takes someone from elsewhere.
    if (
      u.programs.length > 0 &&
      this.fromElsewhereWords.match(tokens).length > 0 &&
      constraints.superlative === undefined &&
      u.figures.length === 0 &&
      (u.attributeNamed === undefined || FIT_ATTRIBUTES.has(u.attributeNamed))
    )
      return true;
    // "Could I do the EFSC certificate?" asks about getting in; "can I do it online?" asks about the program.
    // ("Could I just do EFSC since it's only six months?": a fact in the student's reason is not the one asked.)
    // ("EFSC says six months, can I do that one?": a program's fact the student states before asking is not the one
    // asked either; "I want it without leaving home. Which can I do?" states a need, which filters.)
    const reasonAt = reasonStart(tokens);
    const doing = this.doingWords.match(reasonAt < 0 ? tokens : tokens.slice(0, reasonAt))[0];
    const factsAsked = u.recognition.entities.filter(
      (e) =>
        e.kind === 'attribute' &&
        (reasonAt < 0 || e.start < reasonAt) &&
        (doing === undefined || e.start >= doing.start || u.programs.length === 0) &&
        !FIT_ATTRIBUTES.has(e.id),
    );
    if (
      doing !== undefined &&
      (u.attributeNamed === undefined || FIT_ATTRIBUTES.has(u.attributeNamed) || factsAsked.length === 0)
    )
      return true;
    // "Could a newbie do that one?", "can someone with no experience apply?": a kind of person getting in.
    if (
      SOMEONE_DOING.test(tokens.join(' ')) &&
      (u.attributeNamed === undefined || FIT_ATTRIBUTES.has(u.attributeNamed)) &&
      (u.programs.length > 0 || Object.keys(u.student).length > 0)
    )
      return true;
    if (this.weakEligibilityWords.match(tokens).length === 0) return false;
    // "Is the PACS certificate widely accepted?": nobody is getting in, so it is no question of fit.
    if (!tokens.some((t) => this.personWords.has(t)) && Object.keys(u.student).length === 0) return false;
    // "What documents do I need to apply?": what programs ask for, not whether the student gets in.
    if (this.asksRequirement(u) && !u.yesNo && u.programs.length === 0) return false;
    // "What about the cost for me?": a fact about the program asked by name, not whether the student gets in.
    if (u.attributeNamed !== undefined && !FIT_ATTRIBUTES.has(u.attributeNamed)) return false;
    // "Can I finish one in a year or less?", "could I do it for under $8,000?", "which is cheapest for me?": a question about time or money, not about getting in.
    if (u.figures.length > 0 || constraints.superlative !== undefined) return false;
    return (
      action !== undefined &&
      (ADMISSION_KINDS.has(action.kind) || (action.kind === 'programAttribute' && action.attribute === 'admission'))
    );
  }

  /** The last topic or term explained once more, in one line, when the message asks for that and names nothing new. */
  private simpler(u: Understanding, memory: TurnMemory): Outcome | undefined {
    const t = u.recognition.tokens;
    const asked = this.rephraseWords.match(t);
    if (t.length > REPHRASE_MAX_WORDS || asked.length === 0) return undefined;
    if ((u.programs.length > 0 && !u.programsFromContext) || u.accreditors.length > 0) return undefined;
    // "Why does that matter for PACS specifically?": more words, and the recognizer's topic another one, ask that topic.
    const now = this.intent(u)?.action;
    const more = t.some((w, i) => !asked.some((m) => i >= m.start && i < m.end) && !FUNCTION_WORDS.has(w));
    const lastTopic = intentById(this.kb, memory.intent)?.action;
    if (more && now?.kind === 'topic' && !(lastTopic?.kind === 'topic' && lastTopic.topic === now.topic))
      return undefined;
    // "Explain ABII like I'm 5", "explain PACS like I'm 12": what this message names; else what the last answer explained.
    const named = this.termsNamed(u);
    const terms = named.length > 0 ? named : this.kb.terms.filter((term) => (memory.terms ?? []).includes(term.id));
    if (terms.length > 0)
      return { reply: simplerTermsAnswer(this.kb, terms), remember: { terms: terms.map((t) => t.id) } };
    // "Explain PACS like I'm 12" names its topic; "what does that mean?" points back at the last one.
    const pointsBack = u.recognition.tokens.some((t) => SINGULAR_REFERENCES.has(t));
    const sure = !u.ambiguous && u.score >= SURE_TOPIC;
    const last = now?.kind === 'topic' && sure && !pointsBack ? now : intentById(this.kb, memory.intent)?.action;
    // "Is Clarkson accredited?" then "so is that good?": the topic that explains what that fact means for a student.
    const attribute = memory.attribute;
    const topic =
      last?.kind === 'topic'
        ? this.kb.topics.find((x) => x.id === last.topic)
        : this.kb.topics.find((x) => attribute !== undefined && (x.explains ?? []).some((a) => a === attribute));
    return topic === undefined ? undefined : { reply: simplerTopicAnswer(topic), remember: rememberTurn(u) };
  }

  /** The programs that share an accreditor: with the one named, or with each other. */
  private sameAccreditor(u: Understanding, memory: TurnMemory): Outcome | undefined {
    const t = u.recognition.tokens;
    // "Is either one run by the same accreditor…": the accreditor named, though another fact's word came first.
    // "Does any other school share SACSCOC with EFSC?": the body named is the accreditor.
    const accreditation =
      u.attributeNamed === 'accreditation' || t.some((w) => /^accredit/.test(w)) || u.accreditors.length > 0;
    if (!accreditation || !t.some((w) => SHARING_WORDS.has(w))) return undefined;
    // "Is accreditation the same thing as the certificate I get?": two ideas compared, not two schools' bodies.
    if (t.some((w, i) => w === 'same' && t[i + 1] === 'thing')) return undefined;
    // "Clarkson or OIT…", then "do they have the same accreditor?": the programs in play, set side by side.
    const context = u.programs.length === 0 ? memory.programs : u.programsFromContext ? u.programs : [];
    const inPlay = context.length > 1 && t.some((w) => PLURAL_REFERENCES.has(w)) ? programsById(this.kb, context) : [];
    const named = inPlay.length > 0 ? inPlay : u.programsFromContext ? [] : programsById(this.kb, u.programs);
    const [yardstick] = named;
    // "Does any other school have the same accreditor as Clarkson?": it against every other program.
    if (yardstick !== undefined && named.length === 1 && t.some((w) => OTHER_WORDS.has(w)))
      return {
        reply: sharesAccreditorAnswer(
          this.kb,
          yardstick,
          this.kb.programs.filter((p) => p !== yardstick),
        ),
        remember: rememberTurn(u),
      };
    // "Is either one run by the same accreditor as Clarkson?" after two programs: each of them against Clarkson.
    const pair = programsById(this.kb, memory.programs).filter((p) => p !== yardstick);
    if (
      yardstick !== undefined &&
      named.length === 1 &&
      pair.length > 0 &&
      t.some((w) => EITHER_WORDS.has(w) || PLURAL_REFERENCES.has(w))
    )
      return { reply: sharesAccreditorAnswer(this.kb, yardstick, pair), remember: rememberTurn(u) };
    // "Does Weber have the same accreditor as Clarkson?": yes or no, then each one's.
    if (named.length > 1) return { reply: sameAccreditorAnswer(this.kb, named), remember: rememberTurn(u) };
    // "We are accredited by the HLC: which program shares our accreditor?": the programs that body accredits.
    const bodies =
      named.length > 0
        ? named.map((p) => p.accreditorId)
        : u.accreditors.length > 0
          ? u.accreditors
          : this.kb.accreditors
              .map((a) => a.id)
              .filter((id) => this.kb.programs.filter((p) => p.accreditorId === id).length > 1);
    const ids = this.kb.programs.filter((p) => bodies.includes(p.accreditorId)).map((p) => p.id);
    const asked =
      ids.length > 0
        ? this.asAttribute({ ...u, programs: ids, programsFromContext: false }, 'accreditation')
        : undefined;
    return asked === undefined ? undefined : this.lookUp(asked);
  }

  /**
   * A short question that names nothing and points back ("who else offers that?", "which school has
   * that?", "what's the full name of that body?"): about the term the last answer explained, or the
   * accreditor of the programs it was about.
   */
  private pointedFollowUp(u: Understanding, memory: TurnMemory): Outcome | undefined {
    const t = u.recognition.tokens;
    const action = this.intent(u)?.action;
    // "What does the acronym even stand for?", "what's the full name?": the name just discussed, pointed at by its kind.
    // "What do those two acronyms stand for?": the names just discussed.
    const theName = t.some(
      (w, i) =>
        (NAME_NOUNS.has(w) || NAME_NOUNS.has(w.replace(/s$/, ''))) &&
        t.slice(Math.max(0, i - 3), i).some((x) => NAME_POINTERS.has(x)),
    );
    if (t.length > POINTED_MAX_WORDS || !(theName || t.some((w) => SINGULAR_REFERENCES.has(w)))) return undefined;
    if ((u.programs.length > 0 && !u.programsFromContext) || u.accreditors.length > 0) return undefined;
    // Read as a term with none named, a list, the accreditors or a question over the data with no filter: it names nothing itself.
    const namesNothing = (): boolean => {
      const c = this.deps.parser.parse(u, memory);
      return criteriaFor(c).length === 0 && c.superlative === undefined;
    };
    // A short message the recognizer is unsure of ("who else has that one?" half read as who wrote the article) points back.
    const unplaced =
      action === undefined ||
      u.score < POINTED_SURE ||
      action.kind === 'outOfScope' ||
      u.ambiguous ||
      action.kind === 'programList' ||
      action.kind === 'accreditors' ||
      (action.kind === 'term' && this.termsNamed(u).length === 0) ||
      (action.kind === 'query' && namesNothing()) ||
      // "Which other schools does that body accredit?": the accreditor just named, asked of the others.
      (action.kind === 'programAttribute' &&
        action.attribute === 'accreditation' &&
        u.programs.length <= 1 &&
        t.some((w) => w === 'other' || w === 'else' || w === 'others'));
    if (!unplaced) return undefined;
    // The last answer was about a program's accreditor, or else about a term.
    const last = intentById(this.kb, memory.intent)?.action;
    const accreditation =
      last?.kind === 'accreditors' || (last?.kind === 'programAttribute' && last.attribute === 'accreditation');
    const terms = this.kb.terms.filter((term) => (memory.terms ?? []).includes(term.id));
    if (!accreditation && terms.length > 0) return this.explain(u, terms);
    const discussed = programsById(this.kb, memory.programs);
    // "Weber State tuition?" then "what's that for the whole program?": the same cost, as a total.
    if (memory.attribute === 'tuition' && u.asks.total === true && discussed.length > 0) {
      const total = this.asAttribute({ ...u, programs: memory.programs, programsFromContext: true }, 'tuition');
      if (total !== undefined) return this.lookUp(total);
    }
    if (!accreditation || discussed.length === 0) return undefined;
    const bodies = [...new Set(discussed.map((p) => p.accreditorId))];
    // "Who else has that one?": every program that body accredits; "what does that stand for?": the body.
    // "Which states does it cover?" is about the body, which the article maps to no state.
    // "Does any other school share it?": the same, asked as yes or no.
    const asksWho = t.some(
      (w) => w === 'who' || w === 'which' || w === 'other' || w === 'else' || SHARING_WORDS.has(w),
    );
    if (asksWho && !t.some((w) => PLACE_WORDS.has(w))) {
      const ids = this.kb.programs.filter((p) => bodies.includes(p.accreditorId)).map((p) => p.id);
      // "Which other schools does that body accredit?" when no other featured program has it.
      const othersAsked = t.includes('other') || t.includes('else') || t.includes('others');
      if (othersAsked && ids.every((id) => memory.programs.includes(id)))
        return {
          reply: accreditorsAnswer(this.kb, bodies, { asked: 'others' }),
          remember: { programs: discussed.map((p) => p.id) },
        };
      const asked = this.asAttribute({ ...u, programs: ids, programsFromContext: false }, 'accreditation');
      if (asked !== undefined) return this.lookUp(asked);
    }
    // The accreditor stays what the conversation is about: the memory keeps the last intent.
    return {
      reply: accreditorsAnswer(this.kb, bodies, {
        asked: this.accreditorAsked(u),
        regions: this.deps.parser.parse(u, memory).regions,
      }),
      remember: { programs: discussed.map((p) => p.id) },
    };
  }

  /** "What region does NWCCU cover?" asks where a body works; "is WASC better than MSCHE?" asks for a ranking. */
  private accreditorAsked(u: Understanding): 'region' | 'rank' | undefined {
    const t = u.recognition.tokens;
    // "What region does NWCCU cover?", "is HLC the accreditor for Nebraska schools?".
    if (t.some((w) => PLACE_WORDS.has(w)) || this.statesInFull(u).length > 0) return 'region';
    return this.judgementWords.match(t).length > 0 ? 'rank' : undefined;
  }

  /**
   * "Which program is closest to me?": the programs asked about (all of them when none is named) by
   * straight-line distance from the place the message names, else from the student's home state;
   * "and what does it cost?" adds the nearest one's tuition.
   */
  private nearest(u: Understanding, memory: TurnMemory): Outcome {
    const from = this.placeOf(u);
    if (from === undefined) return { reply: unplacedAnswer(this.kb), remember: rememberTurn(u) };
    const asked = u.programs.filter((id) => id !== from.program);
    // "Of those two, which is closer to Chicago?": the programs just listed.
    const listed = memory.lastResults ?? [];
    const pointed = listed.length > 1 && u.recognition.tokens.some((t) => PLURAL_REFERENCES.has(t)) ? listed : [];
    const pool =
      asked.length > 0 && !u.programsFromContext
        ? programsById(this.kb, asked)
        : pointed.length > 0
          ? programsById(this.kb, pointed)
          : this.kb.programs;
    const ranked = byDistance(this.kb, from.at, pool);
    // "What's the next closest one after that?", "the third nearest": that place in the order of distance.
    const before = this.nearWords.match(u.recognition.tokens).map((m) => u.recognition.tokens[m.start - 1] ?? '')[0];
    const ordinal = this.kb.query.positions.ordinals.find((o) => o.word === before)?.value;
    const place =
      before === 'next' ? 2 : ordinal !== undefined && ordinal > 1 && ordinal <= ranked.length ? ordinal : 1;
    const first = ranked[place - 1]?.program;
    // "Within 500 miles of Reno": the number said right before a word for miles.
    const t = u.recognition.tokens;
    const milesAt = t.findIndex((w, i) => i > 0 && this.kb.query.mileWords.includes(w) && /^\d+$/.test(t[i - 1] ?? ''));
    const within = milesAt > 0 ? Number(t[milesAt - 1]) : undefined;
    const answer = nearestAnswer(
      this.kb,
      { ...from, ...(within !== undefined ? { within } : {}), ...(place > 1 ? { place } : {}) },
      ranked,
    );
    const priced = first !== undefined && u.attributeNamed === 'tuition';
    const tuition = priced ? this.asAttribute(u, 'tuition') : undefined;
    return {
      reply: priced
        ? bothReplies(answer, attributeAnswer(this.kb, [first], 'tuition', factOptions(this.kb, u)))
        : answer,
      remember: {
        // "…and how much?", then "what if I moved to Idaho?": the cost again, from there.
        ...rememberTurn(tuition ?? u),
        ...(first !== undefined ? { programs: [first.id] } : {}),
        lastResults: ranked.map((d) => d.program.id),
      },
    };
  }

  /**
   * "Which is closest?", "how far is it?", or "near Chicago", "close to Denver" with a place right after.
   * "It's close to me in Boise. Can I get help paying for it?" asks another fact: there nearness is the story.
   */
  private asksNearness(u: Understanding): boolean {
    const t = u.recognition.tokens;
    const places = u.recognition.entities.filter((e) => e.kind === 'city' || e.kind === 'state');
    if (this.nearPlaceWords.match(t).some((m) => places.some((p) => p.start >= m.end && p.start - m.end <= 1)))
      return true;
    // "Which school is the shortest drive for me?", "the least far": the superlative is the distance's, not a length's.
    const near = this.nearWords.match(t);
    if (near.some((m) => m.end - m.start > 1 && NEAR_SUPERLATIVES.has(t[m.start] ?? ''))) return true;
    const otherFact = u.attribute !== undefined && u.attribute !== 'location' && u.attribute !== 'tuition';
    // "Which one gets me closer to ABII?", "closest to finishing": near to something that is no place.
    const figurative = (m: { end: number }): boolean =>
      t[m.end] === 'to' && !places.some((p) => p.start === m.end + 1) && !NEAR_TARGETS.has(t[m.end + 1] ?? '');
    return !otherFact && near.some((m) => !figurative(m));
  }

  /** Where the student measures from: a city or a state the message names, else their home state. */
  private placeOf(u: Understanding): { name: string; at: LatLon; program?: string; stateCentre?: boolean } | undefined {
    for (const e of u.recognition.entities) {
      const city = cityNamed(this.kb, e);
      const at = city === undefined ? undefined : placeAt(this.kb, city.name, city.state);
      if (city !== undefined && at !== undefined) return { name: city.name, at };
      // "I live in Omaha": a program's city, said as a place.
      const program = programByCity(this.kb, e);
      if (program !== undefined) {
        const there = placeAt(this.kb, program.location.city, program.location.stateCode);
        if (there !== undefined) return { name: program.location.city, at: there, program: program.id };
      }
    }
    const home = u.student.homeCity;
    const homeAt =
      home === undefined || u.student.homeState === undefined ? undefined : placeAt(this.kb, home, u.student.homeState);
    const named = this.statesInFull(u)[0];
    if (named === undefined && home !== undefined && homeAt !== undefined) return { name: home, at: homeAt };
    const code = named ?? u.student.homeState;
    const state = this.kb.states.find((s) => s.code === code);
    const at = code === undefined ? undefined : this.kb.geography.states.get(code);
    return state === undefined || at === undefined ? undefined : { name: state.name, at, stateCentre: true };
  }

  /** A question about which body covers a place: it names the bodies, or follows an answer about them in a few words. */
  private asksBodyFor(u: Understanding, previous: IntentDefinition | undefined): boolean {
    const t = u.recognition.tokens;
    const namesBodies = this.accreditorNouns.match(t).length > 0 || u.accreditors.length > 0;
    const afterBodies =
      previous?.action.kind === 'accreditors' ||
      (previous?.action.kind === 'programAttribute' && previous.action.attribute === 'accreditation');
    return (
      (namesBodies && t.some((w) => PLACE_WORDS.has(w) || w === 'which')) ||
      (afterBodies &&
        t.length <= POINTED_MAX_WORDS &&
        (t.includes('which') || t.includes('what') || t.includes('covers')))
    );
  }

  /** The body that usually registers the job a message names, when it asks which board or follows that answer. */
  private bodyForJob(u: Understanding, memory: TurnMemory): Outcome | undefined {
    const t = u.recognition.tokens;
    // "I'm a nuclear medicine tech. Which of the boards…?": the job may be in the story before the question.
    const said = u.story ?? t;
    const [job] = this.jobWords.match(said);
    if (job === undefined) return undefined;
    // "Is the ARRT also the registry for sonographers?": another body named for a job the article gives its own body.
    const [named, ...moreNamed] = this.termsNamed(u).filter((x) => x.jobs !== undefined);
    if (named !== undefined && moreNamed.length === 0 && named.id !== job.tag.id && u.yesNo)
      return {
        reply: otherBodyForJobAnswer(this.kb, named, job.tag, said.slice(job.start, job.end).join(' ')),
        remember: { ...rememberTurn(u), terms: [job.tag.id] },
      };
    // "Which of the boards…", "what registry…": a question word just before the word for a board, no body named.
    const asksBoard =
      this.termsNamed(u).length === 0 &&
      this.registryNouns
        .match(t)
        .some((m) => t.slice(Math.max(0, m.start - BOARD_QUESTION_REACH), m.start).some((w) => BOARD_QUESTION.has(w)));
    // "And if I did ultrasound instead?" right after a board was named for a job.
    const followsBoard =
      t.length <= POINTED_MAX_WORDS &&
      u.programs.length === 0 &&
      (t.includes('instead') ||
        t[0] === 'and' ||
        this.hypotheticalWords.match(t).some((m) => m.start === 0) ||
        this.followUpOpeners.match(t).some((m) => m.start === 0)) &&
      this.kb.terms.some((x) => x.jobs !== undefined && (memory.terms ?? []).includes(x.id));
    // "ARRT, ARDMS, NMTCB — what are they?", then "which one's for sonographers?": one of the bodies just explained.
    const amongBodies =
      t.length <= POINTED_MAX_WORDS &&
      this.termsNamed(u).length === 0 &&
      (u.programs.length === 0 || u.programsFromContext) &&
      t.some((w) => BOARD_QUESTION.has(w)) &&
      this.kb.terms.filter((x) => x.jobs !== undefined && (memory.terms ?? []).includes(x.id)).length > 1;
    if (!asksBoard && !followsBoard && !amongBodies) return undefined;
    return {
      reply: jobBodyAnswer(this.kb, job.tag, said.slice(job.start, job.end).join(' ')),
      remember: { ...rememberTurn(u), terms: [job.tag.id] },
    };
  }

  /** "What does the E stand for?", "what does the CoC part mean?": the words behind letters of an abbreviation. */
  private lettersAsked(u: Understanding, memory: TurnMemory): Outcome | undefined {
    const asked = LETTERS_ASKED.exec(u.recognition.tokens.join(' '));
    const letters = asked?.[1];
    if (letters === undefined || POINTING.has(letters)) return undefined;
    const inName = asked?.[2]?.toLowerCase();
    const context = [
      ...this.kb.terms.filter((t) => (memory.terms ?? []).includes(t.id)).map((t) => t.abbreviation),
      ...programsById(this.kb, memory.programs).flatMap((p) => [
        this.kb.accreditors.find((a) => a.id === p.accreditorId)?.abbreviation ?? '',
        p.accreditorAsNamed?.abbreviation ?? '',
      ]),
      ...u.accreditors.map((id) => this.kb.accreditors.find((a) => a.id === id)?.abbreviation ?? ''),
    ];
    const found = lettersMeaning(this.kb, letters, context).filter(
      (m) => inName === undefined || m.spelled.abbreviation.toLowerCase() === inName,
    );
    if (found.length === 0 || found.length > LETTERS_MAX_READINGS) return undefined;
    const said = new RegExp(letters, 'i').exec(u.recognition.text)?.[0] ?? letters.toUpperCase();
    return { reply: lettersAnswer(said, found), remember: {} };
  }

  /**
   * Whether the accrediting bodies are asked about by their use, nothing named: "which accredit none of the programs?"
   * ('unused'), "how many actually accredit one of them?" ('used').
   */
  private accreditorUseAsked(u: Understanding): 'unused' | 'used' | undefined {
    const t = u.recognition.tokens;
    const ofBodies =
      u.programs.length === 0 &&
      u.accreditors.length === 0 &&
      (u.attributeNamed === 'accreditation' ||
        this.intent(u)?.action.kind === 'accreditors' ||
        t.includes('accredit')) &&
      // "Which of them don't accredit any of the programs?": the verb says the bodies are meant.
      (this.accreditorNouns.match(t).length > 0 || t.includes('accredit'));
    if (!ofBodies) return undefined;
    if (t.some((w) => w === 'none' || this.kb.query.negators.includes(w))) return 'unused';
    // "Of the six, how many actually accredit one of the featured schools?": how many are used.
    return t.some((w, i) => w === 'how' && t[i + 1] === 'many') && t.includes('accredit') ? 'used' : undefined;
  }

  /** "For each program", "every school's", "all the colleges": a fact asked of every program. */
  private forEach(u: Understanding): boolean {
    const t = u.recognition.tokens;
    return t.some((w, i) => EACH.has(w) && (this.isProgramNoun(t[i + 1]) || this.isProgramNoun(t[i + 2])));
  }

  /** "…never sat for the registry. EFSC ok?": nothing but a program and a word of approval, after the student said who they are. */
  private onlyApproves(u: Understanding): boolean {
    if (u.programs.length === 0 || u.programsFromContext || Object.keys(u.student).length === 0) return false;
    const tokens = u.recognition.tokens;
    const covered = new Set<number>();
    const approval = this.approvalWords.match(tokens);
    for (const m of [...approval, ...u.recognition.entities.filter((e) => e.kind === 'program')])
      for (let i = m.start; i < m.end; i++) covered.add(i);
    return approval.length > 0 && tokens.every((t, i) => covered.has(i) || FUNCTION_WORDS.has(t));
  }

  /** The requirements nearly every program has that the message names ("a letter of recommendation"). */
  /** What nearly every program asks for that the student's story says they do not have ("no letters of recommendation"). */
  private commonRequirementsLacking(u: Understanding): string[] {
    const story = u.story ?? u.recognition.tokens;
    const found = this.commonWords
      .match(story)
      .filter((m) =>
        story.slice(Math.max(0, m.start - LACK_REACH), m.start).some((t) => this.kb.query.negators.includes(t)),
      )
      .map((m) => m.tag);
    // "I have a GED, not a regular diploma": finished schooling meets the requirement, whatever it is called.
    const schooled = u.student.education !== undefined && u.student.education !== 'no_high_school';
    return this.kb.commonRequirements.filter(
      (r) => found.includes(r) && !(schooled && r === this.kb.schoolingRequirement),
    );
  }

  private commonRequirementsNamed(u: Understanding): string[] {
    const found = new Set(this.commonWords.match(u.recognition.tokens).map((m) => m.tag));
    return this.kb.commonRequirements.filter((r) => found.has(r));
  }

  /**
   * "CAMRT registered. Will EFSC let me in?": the one program asked about getting into, when it takes only people
   * registered with bodies it names and the student names a credential of their own that is none of them.
   */
  private onlyBodies(
    u: Understanding,
    memory: TurnMemory,
  ): {
    onlyBodies?: { school: string; bodies: readonly string[]; usual?: string };
  } {
    const [program, ...more] = programsById(this.kb, u.programs);
    if (program === undefined || more.length > 0 || u.student.registrations !== undefined) return {};
    // ("…Could I do EFSC's?": whether the student gets in, in words of doing it.)
    const entry =
      u.attribute === 'admission' ||
      this.asksEntry(u.recognition.tokens) ||
      this.asksFit(u, this.intent(u)?.action, this.deps.parser.parse(u, memory));
    if (!entry) return {};
    const bodies = program.requirements.known ? registrationsOf(program.requirements.value) : [];
    // "I'm an RDMS sonographer": the body that usually registers the student's line of work, when it is one named.
    const usual = this.jobWords
      .match([...(u.story ?? []), ...u.recognition.tokens])
      .map((m) => m.tag.abbreviation)
      .find((b) => bodies.includes(b));
    return bodies.length > 0
      ? { onlyBodies: { school: program.shortName, bodies, ...(usual !== undefined ? { usual } : {}) } }
      : {};
  }

  /** The programs whose tuition is a sum the question quotes, when it names no program of its own. */
  private programsQuoted(u: Understanding): string[] {
    if (u.programs.length > 0 && !u.programsFromContext) return [];
    if (!u.yesNo && !u.recognition.text.includes('?')) return [];
    // "I have $9,739 saved": the student's own money, however close to a price.
    const words = [...(u.story ?? []), ...u.recognition.tokens];
    if (u.student.budget !== undefined || words.some((t) => this.ownMoneyWords.has(t))) return [];
    const sums = u.figures.filter((f) => f.measure === 'money').map((f) => f.value);
    return this.kb.programs.filter((p) => p.tuition.some((t) => sums.includes(t.amount))).map((p) => p.id);
  }

  /** "Which boards does the article name?" with no program, term or accreditor named: the list of them all. */
  private namedBodies(u: Understanding): Outcome | undefined {
    const words = u.recognition.tokens;
    const nouns = words.flatMap((w) => this.namedBodyNouns.get(w) ?? []);
    const text = ` ${words.join(' ')} `;
    if (
      (nouns.length === 0 && this.accreditorNouns.match(words).length === 0) ||
      !this.mentionWords.some((p) => text.includes(p)) ||
      (u.programs.length > 0 && !u.programsFromContext) ||
      u.accreditors.length > 0 ||
      // "Which accreditor covers Florida, according to the article?": a place asked about, answered as such.
      u.states.length > 0 ||
      this.termsNamed(u).length > 0
    )
      return undefined;
    // "…that isn't a school or an accreditor": the other bodies only.
    const accreditorsNamed = this.accreditorNouns.match(words);
    const withoutAccreditors = accreditorsNamed.some((m) =>
      words.slice(Math.max(0, m.start - EXCLUSION_REACH), m.start).some((w) => this.excludingWords.has(w)),
    );
    // "Which accrediting bodies does the article mention?": the six of them.
    if (accreditorsNamed.length > 0 && !withoutAccreditors)
      return {
        reply: accreditorsAnswer(this.kb, []),
        remember: this.rememberBodiesListed(u),
      };
    const acronyms = nouns.includes('acronym');
    return {
      reply: namedBodiesAnswer(this.kb, { acronyms, accreditors: !withoutAccreditors }),
      remember: rememberTurn(u),
    };
  }

  /** "Are the ARRT and the AART the same?", "isn't AART a typo for ARRT?" (a claim, with the word as typed). */
  private asksSame(u: Understanding): boolean {
    return asksTypo(u) || (u.yesNo && SAME_ASKED.test(u.recognition.tokens.join(' ')));
  }

  /** What a term, an accreditor or a program's abbreviation is. */
  explain(u: Understanding, terms: readonly Term[]): Outcome {
    const about = u.programsFromContext ? [] : programsById(this.kb, u.programs);
    if (terms.length > 0)
      return {
        reply: termsAnswer(this.kb, terms, {
          // "Isn't AART a typo for ARRT?" asks the same, put as a claim.
          asksSame: this.asksSame(u),
          asksTypo: asksTypo(u),
          asksPreference: asksPreference(u),
          asksCount: u.yesNo && COUNT_ASKED.test(u.recognition.tokens.join(' ')),
          about,
          negativeClaim: NEGATIVE_CLAIM.test(u.recognition.tokens.join(' ')),
          asksOthers: u.recognition.tokens.some((t) => this.kb.query.otherWords.includes(t)),
        }),
        remember: {
          ...rememberTurn(u),
          // "…HACC's degree: would I be ABII eligible?", then "how much is the whole degree?": the program named stays the one discussed.
          programs: about.length > 0 ? about.map((p) => p.id) : termPrograms(this.kb, terms),
          lastResults: termPrograms(this.kb, terms),
          terms: terms.map((t) => t.id),
        },
      };
    if (u.accreditors.length > 0)
      return {
        reply: accreditorsAnswer(this.kb, u.accreditors, {
          asked: this.accreditorAsked(u),
          regions: this.deps.parser.parse(u, undefined).regions,
        }),
        remember: this.rememberAccredited(u),
      };
    const programs = programsById(this.kb, u.programs);
    // "What does OIT's accreditor's acronym stand for?": the body's name, not the school's.
    const accreditation = u.attributeNamed === 'accreditation' ? this.asAttribute(u, 'accreditation') : undefined;
    if (programs.length > 0 && accreditation !== undefined) return this.lookUp(accreditation);
    if (programs.length > 0)
      return {
        reply: programNameAnswer(
          programs,
          u.recognition.entities.filter((e) => e.kind === 'program').map((e) => e.text),
        ),
        remember: rememberTurn(u),
      };
    return this.refusal(u);
  }

  /** "Can I get in?", "Is it a good fit for me?": for the programs named, or across all of them. */
  fit(u: Understanding, memory: TurnMemory): Outcome {
    // Bodies the student says they hold ("as an ARDMS-registered sonographer") are facts about them, not the question.
    const asked = this.askedBodies(u).filter((b) => !(u.student.registrations ?? []).includes(b));
    const named = programsById(this.kb, u.programs);
    // "…before I can apply to any of these?" right after one program: all of them.
    const acrossAll = u.programsFromContext && ANY_OF_THEM.test(u.recognition.tokens.join(' '));
    if (asked.length > 0 && acrossAll && this.asksRequirement(u))
      return { reply: bodiesNeededAcrossAnswer(this.kb, asked), remember: rememberTurn(u) };
    if (asked.length > 0 && named.length > 0 && this.asksRequirement(u))
      return { reply: bodiesNeededAnswer(this.kb, named, asked), remember: rememberTurn(u) };
    // "Would my NMTCB be accepted at EFSC?": the registration accepted, not the student admitted to the college.
    const held = heldBodies(u);
    const tokens = u.recognition.tokens;
    const asksNeed = NEED_ASKED.test(tokens.join(' '));
    // "Would I get accepted at Weber with a GED?" asks whether the student gets in; "do I have to get accepted first?",
    // "get admitted to the college" ask about the school's own admission.
    // "What do they need to hold to be admitted?": admission is what holding something is for, not the question.
    const heldFor = WHAT_HELD_FOR.test(tokens.join(' '));
    const ofTheSchool = (m: { start: number; end: number }): boolean =>
      !heldFor &&
      (!BARE_ACCEPTANCE.test(tokens.slice(m.start, m.end).join(' ')) ||
        /^(to|into)$/.test(tokens[m.end] ?? '') ||
        asksNeed ||
        tokens.includes('without') ||
        tokens.includes('first'));
    const admission = this.institutionWords
      .match(tokens)
      .filter((m) => !tokens.slice(Math.max(0, m.start - 2), m.start).some((t) => held.has(t)) && ofTheSchool(m));
    // "Do I have to apply to Oregon Tech itself?": the school named, then "itself".
    const schoolItself = u.recognition.entities.some((e) => e.kind === 'program' && tokens[e.end] === 'itself');
    // "I got rejected from Oregon Tech's regular admissions, can I still do their PACS certificate?"
    const refused = this.refusedWords.match(u.story ?? u.recognition.tokens).length > 0;
    const institution = admission.length > 0 || refused || schoolItself;
    // "without being admitted", "if I can't get admitted to the college": asked about doing it with no admission.
    // "Do I have to get accepted to OIT first? They rejected me": asked whether admission is needed, whatever the story.
    const without =
      (refused && !asksNeed) ||
      u.recognition.tokens.includes('without') ||
      admission.some((m) =>
        u.recognition.tokens
          .slice(Math.max(0, m.start - NEGATION_REACH), m.start)
          .some((t) => this.kb.query.negators.includes(t)),
      ) ||
      // "Is OIT the one where you don't have to get into the college itself?": a need denied, a few words before.
      admission.some((m) =>
        NEED_DENIED.test(u.recognition.tokens.slice(Math.max(0, m.start - NEED_DENIED_REACH), m.start).join(' ')),
      );
    // "Is it meant for people like me?" right after a program's answer: that program. "Do I have to live in Utah to
    // apply?" right after Weber: the program in that state. ("So which ones can I get into?" asks across them all.)
    const discussed = programsById(this.kb, memory.programs)[0];
    const across = u.recognition.tokens.some((t) => ACROSS_PROGRAMS.has(t));
    const inItsState =
      discussed !== undefined &&
      (u.states.includes(discussed.location.stateCode) || u.student.homeState === discussed.location.stateCode) &&
      u.asks.attendWish !== true &&
      !across;
    // "Tell me about Weber", then "could I get in?": a question of one, put without pointing, is about that program.
    const bare = u.recognition.tokens.length <= BARE_FIT_WORDS && u.states.length === 0 && !across;
    if (
      u.programs.length === 0 &&
      memory.programs.length === 1 &&
      (u.recognition.tokens.some((t) => POINTING_BACK.has(t)) || inItsState || bare)
    ) {
      return this.fit({ ...u, programs: memory.programs, programsFromContext: true }, memory);
    }
    // "Can I apply to the cheapest one?": whether the student gets into the program leading that ranking, then the ranking.
    const superlative = u.programs.length === 0 && u.yesNo ? this.deps.parser.parse(u, memory) : undefined;
    if (superlative?.superlative !== undefined) {
      const ranking = runQuery(this.kb, this.aboutGettingIn(u, superlative));
      const leaders = queryFocus(ranking).focus.map((p) => p.id);
      if (leaders.length > 0) {
        const verdict = this.fit({ ...u, programs: leaders, programsFromContext: false }, memory);
        // Ruled out of it: the same ranking over the programs open to them.
        const ruledOut = programsById(this.kb, leaders).every(
          (p) => fitVerdict(this.fitOf(u, p, { elsewhere: false })) === 'no',
        );
        const why = ruledOut ? this.rankOpen(u, memory).reply : queryAnswer(this.kb, ranking);
        return {
          reply: { ...verdict.reply, text: `${verdict.reply.text}\n\n${why.text}` },
          remember: { ...verdict.remember, programs: leaders },
        };
      }
    }
    // "Which of those two lets you in without being admitted to the college itself?", "I don't want to apply to a
    // whole college: which program?": the programs that pass, a question over the data.
    if (institution && without && u.programs.length === 0 && criteriaFor(this.deps.parser.parse(u, memory)).length > 0)
      return this.query(u, memory);
    // "Is EFSC my only option, or could I pick any of the five?": all of them, for this student.
    const whole = u.programs.length === 1 && ANY_OF_THEM.test(u.recognition.tokens.join(' '));
    const programs = u.programs.length > 0 && !whole ? programsById(this.kb, u.programs) : this.kb.programs;
    const asksElsewhere = this.fromElsewhereWords.match(u.recognition.tokens).length > 0;
    // "Is Clarkson a good fit for someone like me?" asks whom it suits, not whether they get in.
    const asksSuit = (asksElsewhere && u.programs.length > 0) || this.suitWords.match(u.recognition.tokens).length > 0;
    // "Who is Clarkson aimed at?" from someone who said nothing of themselves: whom the article says it suits.
    if (
      asksSuit &&
      u.programs.length > 0 &&
      !whole &&
      u.recognition.tokens.includes('who') &&
      !this.saysAboutStudent(u, memory)
    )
      return { reply: audienceAnswer(this.kb, programs), remember: rememberTurn(u) };
    const fits = programs.map((program) =>
      this.fitOf(u, program, {
        elsewhere: asksElsewhere,
        ...(institution && u.programs.length > 0 ? { withoutAdmission: without } : {}),
        // "Is it only for locals?", "do I have to live in Florida?": put as a restriction, answered "no" when it isn't.
        ...(asksSuit
          ? {
              asked:
                asksElsewhere && (u.recognition.tokens.includes('only') || u.asks.obliged === true)
                  ? 'only'
                  : 'audience',
            }
          : {}),
      }),
    );
    const remember = {
      ...rememberTurn(u),
      // "Which programs would take me?", then "what about EFSC?": the same question of getting in.
      intent: attributeIntentId(this.kb, 'admission') ?? u.intent,
      ...(u.programs.length === 0
        ? { lastResults: fits.filter((f) => fitVerdict(f) !== 'no').map((f) => f.program.id) }
        : {}),
    };
    // "Do you have to be enrolled in a degree program at EFSC?": a question of admission; its "degree" is no need.
    const needs = institution ? [] : this.needsOf(u);
    const answer =
      u.programs.length > 0 && !whole
        ? fitAnswer(
            this.kb,
            fits.map((f) => ({ ...f, needs: needs.map((c) => verdictOf(c, f.program)) })),
            u.student,
            { experience: u.asks.experience === true },
          )
        : fitsAcrossAnswer(
            this.kb,
            fits,
            u.student,
            // "Which could I get into and do from Florida without moving?": what they need, checked on each.
            needs.map((c) => ({
              criterion: c,
              checked: fits
                .filter((f) => fitVerdict(f) !== 'no')
                .map((f) => ({ program: f.program, verdict: verdictOf(c, f.program) })),
            })),
          );
    // "I have a felony record. Can I still get in?": what the article is silent on about the student comes first.
    const circumstance = silenceFor(this.aboutStudentKb, u.story ?? u.recognition.tokens);
    const weighed = circumstance === undefined ? answer : silenceFirst(circumstance, answer);
    // "Could I enroll at EFSC, and what would I pay?": the cost too, at the student's rate.
    const cost =
      u.attribute === 'tuition' && u.programs.length > 0
        ? attributeAnswer(this.kb, named, 'tuition', factOptions(this.kb, u)).text
        : undefined;
    return { reply: cost === undefined ? weighed : { ...weighed, text: `${weighed.text}\n\n${cost}` }, remember };
  }

  /**
   * What the student says they need, anywhere in the message ("I need financial aid", "online only",
   * "under $8,000"), as checks on a program: never who they are, which decides getting in instead.
   */
  private needsOf(u: Understanding): Criterion[] {
    // Amounts come from the question, or the ones the understanding kept from the story: never a story's years or counts.
    const amounts = criteriaFor(this.deps.parser.parse(u, undefined)).filter(
      (c) => c.kind === 'duration' || c.kind === 'budget',
    );
    const whole =
      u.story === undefined
        ? u
        : { ...u, figures: [], recognition: { ...u.recognition, tokens: u.story, entities: [] } };
    const wanted = criteriaFor(this.deps.parser.parse(whole, undefined)).filter(
      (c) => c.kind === 'criterion' && !c.negated && NEEDS.has(c.id),
    );
    // "…and do it from Florida without moving?", "I can't relocate": a need to study from home.
    const fromHome =
      u.asks.staying === true && !wanted.some((c) => c.kind === 'criterion' && c.id === 'online')
        ? [{ kind: 'criterion', id: 'online', negated: false } as const]
        : [];
    return [...wanted, ...fromHome, ...amounts];
  }

  /** The bodies a message names (ARRT, ARDMS…). */
  private askedBodies(u: Understanding): string[] {
    const ids = u.recognition.entities.filter((e) => e.kind === 'term').map((e) => e.id);
    return this.kb.terms.filter((t) => ids.includes(t.id) && isBody(this.kb, t)).map((t) => t.abbreviation);
  }

  /** True when the last thing named before "called" (or the end) is a program, not a term ("what are the levels called?"). */
  private nameAskedOfProgram(u: Understanding): boolean {
    const tokens = u.recognition.tokens;
    const called = tokens.includes('called') ? tokens.indexOf('called') : tokens.length;
    const before = u.recognition.entities.filter(
      (e) => (e.kind === 'program' || e.kind === 'term') && e.start < called,
    );
    const last = before.reduce<(typeof before)[number] | undefined>(
      (latest, e) => (latest === undefined || e.start > latest.start ? e : latest),
      undefined,
    );
    return last?.kind === 'program';
  }

  /** The bodies a pointing word stands for: those the message names (the student's own), else the ones just explained. */
  private pointedBodies(u: Understanding, memory: TurnMemory): Term[] {
    const bodies = this.kb.terms.filter((t) => isBody(this.kb, t));
    const said = bodies.filter((t) => u.recognition.entities.some((e) => e.kind === 'term' && e.id === t.id));
    return said.length > 0 ? said : bodies.filter((t) => (memory.terms ?? []).includes(t.id));
  }

  /** "…wants that?", "…cares about those two?": a question of what programs ask for, pointing back at what was named. */
  private pointsAtBodies(u: Understanding): boolean {
    const tokens = u.recognition.tokens;
    // The pointing word is what is wanted: "wants that", "cares about those two", "asks for it".
    return (
      tokens.some(
        (t, i) =>
          BODY_POINTERS.has(t) &&
          (CARING_WORDS.has(tokens[i - 1] ?? '') ||
            // "asks for that"; not "pull double duty for that", what the program is to count toward.
            (tokens[i - 1] === 'for' && /^asks?$/.test(tokens[i - 2] ?? '')) ||
            // "care whether I have it", "needs you to have one of those": held, where a program cares.
            (this.heldAt(tokens, i) && tokens.slice(0, i).some((w) => CARING_WORDS.has(w) || /^cares?$/.test(w)))),
      ) &&
      (this.generalWords.match(tokens).length > 0 || this.asksWhichPrograms(tokens))
    );
  }

  /** Whether the pointing word at `at` is what someone holds ("have it", "hold one of those"). */
  private heldAt(tokens: readonly string[], at: number): boolean {
    const before = ONE_OF.has(tokens[at - 2] ?? '') && tokens[at - 1] === 'of' ? at - 3 : at - 1;
    return HOLDING_WORDS.has(tokens[before] ?? '');
  }

  /** True when the message asks what is required ("do I need", "is it required"). */
  private asksRequirement(u: Understanding): boolean {
    const tokens = u.recognition.tokens;
    // "Does EFSC want me to hold both?": a requirement asked in other words.
    return (
      this.requirementCues.match(tokens).length > 0 ||
      /\b(wants?|expects?|asks?|requires?) (me|us|you|students|people|applicants) to\b/.test(tokens.join(' '))
    );
  }

  /** A yes/no question about named programs: what it asserts, checked against each program's facts. */
  claim(u: Understanding, memory: TurnMemory): Outcome {
    // "Is Weber's out-of-state year more than two semesters of EFSC?": the prices of those spans, side by side.
    if (
      u.attribute === PRICE_ATTRIBUTE &&
      u.programs.length > 1 &&
      u.figures.length > 0 &&
      u.figures.every((f) => f.measure !== 'money')
    )
      return this.lookUp(u);
    const constraints = this.deps.parser.parse(u, memory);
    const criteria = claimCriteria(
      this.kb,
      u,
      criteriaFor(constraints),
      this.homeWords.match(u.recognition.tokens).length > 0,
    ).filter(
      // "Can I do HACC without moving to Pennsylvania?": how the program is taught, not where it is; and
      // "…close to me in Klamath Falls. Can I get help paying for it?": a place in the story is not the fact asked.
      (c) =>
        !(c.kind === 'states' && u.attributeNamed !== undefined && u.attributeNamed !== 'location') &&
        // "Is that per year or for the whole three years?", "…for the whole degree?": the length or the degree is what
        // a price might cover, not a test of the program.
        !(
          u.attribute === 'tuition' &&
          u.asks.unit !== undefined &&
          (c.kind === 'duration' || (c.kind === 'criterion' && (c.id === 'associate_degree' || c.id === 'certificate')))
        ),
    );
    // "Do I need a bachelor's degree for Weber?": a degree asked as an entry requirement, not as what the program awards.
    const degreeRequired =
      this.asksRequirement(u) &&
      criteria.some((c) => c.kind === 'criterion' && (c.id === 'associate_degree' || c.id === 'certificate'));
    const admission = this.asAttribute(u, 'admission');
    if (degreeRequired && admission !== undefined) return this.lookUp({ ...admission, yesNo: false });
    const programs = programsById(this.kb, u.programs);
    // "Is HACC's program a certificate or a degree?": a choice between two facts, answered with the fact, not "yes".
    // (A figure's unit asked as a choice, "per semester or for the whole thing?", is a claim about the figure.)
    const choice =
      programs.length === 1 &&
      u.recognition.tokens.includes('or') &&
      u.attributeNamed !== undefined &&
      u.attributeNamed !== 'tuition' &&
      u.figures.length === 0;
    if (choice) return this.lookUp({ ...u, yesNo: false });
    // "Is OIT's $281 rate only for Oregon residents?": the figure names the rate; the question is about residency.
    const asksResidencyOfOneRate =
      u.attribute === 'tuition' &&
      (u.residency === 'in_state' || u.residency === 'out_of_state') &&
      programs.length > 0 &&
      programs.every((p) => p.tuition.every((f) => f.residency === 'any')) &&
      u.figures.every((f) => f.plain === true);
    if (criteria.length === 0 || asksResidencyOfOneRate) {
      const [only] = programs;
      // "As a PA person, does Weber charge me more?": which of its rates the student's home puts them on.
      const home = u.student.homeState;
      const direction = chargedDirection(u.recognition.tokens);
      // "Is that the total or do I pay that more than once?": whether the figure is the whole program's price.
      if (
        only !== undefined &&
        programs.length === 1 &&
        u.attribute === 'tuition' &&
        u.asks.total === true &&
        u.asks.unit === undefined &&
        !only.tuition.some((f) => u.recognition.tokens.includes(String(f.amount))) &&
        u.figures.length === 0
      ) {
        const facts = this.lookUp({ ...u, yesNo: false });
        return {
          ...facts,
          reply: {
            ...facts.reply,
            text: `${totalLead(only, applicableFigures(only, residencyAt(only, studentResidency(u.residency), home)))}\n\n${facts.reply.text}`,
          },
        };
      }
      if (
        only !== undefined &&
        programs.length === 1 &&
        u.attribute === 'tuition' &&
        home !== undefined &&
        direction !== undefined &&
        u.residency === undefined &&
        u.figures.length === 0
      ) {
        return this.homeRateReply(u, only, home, direction);
      }
      // "Is that per year?": whether its figures come in that unit.
      const unit = u.asks.unit;
      // ("Does OIT charge out-of-state students more per credit?" asks about residency, its unit given.)
      if (
        only !== undefined &&
        programs.length === 1 &&
        u.attribute === 'tuition' &&
        unit !== undefined &&
        direction === undefined
      ) {
        const asked = studentResidency(u.residency);
        // "Is that per semester like the out-of-state one?" from a Floridian: the rate that applies to them.
        const theirs = u.student.homeState !== undefined ? residencyAt(only, undefined, u.student.homeState) : asked;
        // "Is EFSC's $2,496 per semester?": the figure quoted, when it is one of the program's.
        const quoted = only.tuition.filter((f) => u.recognition.tokens.includes(String(f.amount)));
        const figures =
          quoted.length > 0 ? quoted : theirs !== undefined ? applicableFigures(only, theirs) : only.tuition;
        const facts = this.lookUp({ ...u, yesNo: false, residency: theirs ?? u.residency });
        return { ...facts, reply: { ...facts.reply, text: `${unitLead(only, unit, figures)}\n\n${facts.reply.text}` } };
      }
      // "Living in Pennsylvania, would I get the in-state rate at Weber?": the rate follows where the student lives.
      const splitsByResidency =
        only?.tuition.some((f) => f.residency === 'in_state' || f.residency === 'out_of_state') === true;
      if (
        only !== undefined &&
        programs.length === 1 &&
        splitsByResidency &&
        u.attribute === 'tuition' &&
        u.residency !== undefined &&
        u.student.homeState !== undefined
      ) {
        const actual = residencyAt(only, undefined, u.student.homeState);
        const facts = this.lookUp({ ...u, residency: undefined });
        return {
          ...facts,
          reply: {
            ...facts.reply,
            text: `${residencyLead(this.kb, only, u.residency, actual, u.student.homeState)}\n\n${facts.reply.text}`,
          },
        };
      }
      // "Does EFSC do the in-state/out-of-state thing too?": whether it has the two rates, then the figures.
      const bothRates = new Set(u.recognition.entities.filter((e) => e.kind === 'residency').map((e) => e.id)).size > 1;
      if (only !== undefined && programs.length === 1 && u.attribute === 'tuition' && bothRates) {
        const facts = this.lookUp(u);
        return { ...facts, reply: { ...facts.reply, text: `${residencySplitLead(only)}\n\n${facts.reply.text}` } };
      }
      // "Is Clarkson College in Omaha?": the place named against the program's own.
      const placeAnswer =
        only !== undefined && programs.length === 1 && u.attribute === 'location'
          ? this.placeClaim(u, only)
          : undefined;
      if (placeAnswer !== undefined) return placeAnswer;
      // "Do Nebraska residents get a lower rate?": nothing the data can check; say so before the facts.
      const facts = this.lookUp(u);
      // "Is Clarkson more than double OIT?" is settled by the figures worked out below it.
      return u.yesNo && u.attribute === 'tuition' && u.asks.difference !== true
        ? { ...facts, reply: { ...facts.reply, text: `${notDirectly()}\n\n${facts.reply.text}` } }
        : facts;
    }
    const claims = programs.map((program) => ({ program, verdicts: criteria.map((c) => verdictOf(c, program)) }));
    const first = programs[0];
    const suggestions =
      first === undefined
        ? []
        : [`Tell me about ${first.shortName}`, `How much is ${first.shortName}?`, 'Help me choose a program'];
    // "Is it the only online one?": the others checked against the same.
    const [only] = claims;
    if (only !== undefined && claims.length === 1 && ONLY_ONE.test(u.recognition.tokens.join(' '))) {
      const others = this.kb.programs
        .filter((p) => p.id !== only.program.id)
        .map((program) => ({ program, verdicts: criteria.map((c) => verdictOf(c, program)) }));
      return { reply: onlyOneAnswer(this.kb, only, others, suggestions), remember: rememberTurn(u) };
    }
    // "Is that over or under the 8k?": the side of the budget, not a yes.
    const sides =
      OVER_OR_UNDER.test(u.recognition.tokens.join(' ')) &&
      criteria.length === 1 &&
      criteria.every((c) => c.kind === 'budget' && c.bound === 'at_most')
        ? ({ yes: 'Under', no: 'Over' } as const)
        : undefined;
    return { reply: claimAnswer(this.kb, claims, suggestions, sides), remember: rememberTurn(u) };
  }

  /**
   * The student's home state, when they ask where it earns the in-state rate, over every program or the ones
   * discussed ("is there a Montana resident rate anywhere?", "which schools would give me in-state tuition?").
   */
  private homeRateAsked(u: Understanding): string | undefined {
    const tokens = u.recognition.tokens;
    const home = u.student.homeState;
    if (home === undefined || u.figures.length > 0) return undefined;
    if (u.programs.length > 0 && !(u.programsFromContext && tokens.includes('anywhere'))) return undefined;
    const inStateNamed = u.recognition.entities.some(
      (e) =>
        (e.kind === 'residency' && e.id === 'in_state') ||
        (e.kind === 'attribute' && e.id === 'tuition' && e.text.split(' ').some((w) => RESIDENT_WORDS.has(w))),
    );
    return inStateNamed && (u.yesNo || tokens.some((t) => WHERE_WORDS.has(t))) ? home : undefined;
  }

  /**
   * A message nothing else answers: what the article doesn't say, if it is a known gap; else the one general topic
   * whose words it shares ("what does it say about privacy?"), said as a guess; else a polite refusal.
   */
  private refusal(u: Understanding): Outcome {
    const tokens = u.recognition.tokens;
    // "EFSC says you have to be licensed as a radiologist - like a doctor??": the gap may be named before the question.
    const said = outOfScopeAnswer(this.kb, tokens);
    const refused =
      said.unanswered === 'out_of_scope' && u.story !== undefined ? outOfScopeAnswer(this.kb, u.story) : said;
    const topic = refused.unanswered === 'out_of_scope' ? this.topicSearch.find(tokens) : undefined;
    // "Do any need an IT background? I'm an ARRT rad tech": refused, but what the student said of themselves still holds.
    return topic === undefined
      ? { reply: refused, remember: Object.keys(u.student).length > 0 ? { student: u.knownBefore ?? u.student } : {} }
      : { reply: nearestTopicAnswer(topic), remember: { ...rememberTurn(u), intent: this.topicIntent(topic) } };
  }

  /** The intent that asks for a topic, so that "explain it simpler" follows it. */
  private topicIntent(topic: Topic): string | undefined {
    return this.kb.intents.find((i) => i.action.kind === 'topic' && i.action.topic === topic.id)?.id;
  }

  /** A one-turn answer from the knowledge base: topics, program facts, lists, accreditors, small talk, refusals. */
  lookUp(u: Understanding): Outcome {
    const action = this.intent(u)?.action;
    const refusal = (): Outcome => this.refusal(u);
    if (action === undefined) return refusal();
    const programs = programsById(this.kb, u.programs);
    const remember = rememberTurn(u);
    switch (action.kind) {
      case 'topic': {
        const topic = this.kb.topics.find((t) => t.id === action.topic);
        return topic ? { reply: topicAnswer(topic, this.topicVerdict(u, topic)), remember } : refusal();
      }
      case 'programAttribute':
        // "How much more per credit is Clarkson than OIT?", "the difference between Weber's in-state and out-of-state rate".
        if (action.attribute === 'tuition' && u.asks.difference === true) {
          const [a, b] = programs;
          const asked = this.deps.parser.parse(u, NO_MEMORY);
          if (a !== undefined && b !== undefined && programs.length === 2)
            return {
              // "Is Clarkson more than double OIT?": the figures and how many times, not a yes to "cheaper".
              // "If I took 12 credits at each": both totals for those credits.
              reply: costComparisonAnswer(
                this.kb,
                this.costSide(a, asked, asked.credits),
                this.costSide(b, asked, asked.credits),
                {
                  yesNo: false,
                  cheaper: true,
                  difference: true,
                  total: asked.credits !== undefined,
                  ...this.timesAsked(u),
                },
              ),
              remember,
            };
          // ("And at EFSC?" next asks the same gap of another program.)
          if (a !== undefined && programs.length === 1)
            return { reply: residencyGapAnswer(a), remember: { ...remember, worked: 'residencyGaps' } };
        }
        // "Is HACC six times as long as EFSC?", "what's the gap in length between HACC and Weber?".
        if (action.attribute === 'duration' && u.asks.difference === true && programs.length === 2) {
          const [a, b] = programs;
          if (a !== undefined && b !== undefined)
            return {
              reply: durationComparisonAnswer(a, b, {
                yesNo: false,
                faster: false,
                difference: true,
                ...this.timesAsked(u),
              }),
              remember,
            };
        }
        // "Who accredits schools in Texas?": no program named, a state instead.
        if (action.attribute === 'accreditation' && programs.length === 0 && this.statesInFull(u).length > 0)
          return { reply: accreditorsAnswer(this.kb, [], { states: this.statesInFull(u) }), remember };
        {
          // "The Florida one: how long and how much?": each fact listed, in the order asked.
          const listed = this.factsListed(u);
          const attributes = listed.includes(action.attribute) ? listed : [action.attribute];
          const [first, ...more] = attributes.map((attribute) =>
            attributeAnswer(
              this.kb,
              programs.length > 0 ? programs : this.kb.programs,
              attribute,
              factOptions(this.kb, u, { figures: withPace(u), asks: u.asks, yesNo: u.yesNo }),
            ),
          );
          const reply = more.reduce(bothReplies, first ?? refusal().reply);
          // "I'm an RN, planning on EFSC: anything I should know?": what rules the student out comes first.
          if (attributes.includes('admission') && programs.length > 0 && knowsStudent(u.student)) {
            const fits = programs.map((p) => this.fitOf(u, p, { elsewhere: false }));
            return { reply: forStudent(this.kb, reply, fits, u.student), remember };
          }
          return { reply, remember };
        }
      case 'programOverview':
      case 'compare':
      case 'query':
      case 'finder': {
        if (programs.length === 0) return this.programList(remember);
        // "I'm an RN and was planning on EFSC. Anything I should know?": what rules the student out comes first.
        const shut = knowsStudent(u.student)
          ? programs.map((p) => this.fitOf(u, p, { elsewhere: false })).filter((f) => fitVerdict(f) === 'no')
          : [];
        return { reply: forStudent(this.kb, overviewsAnswer(this.kb, programs), shut, u.student), remember };
      }
      case 'programList':
        return this.programList(remember);
      case 'accreditors':
        return {
          reply: accreditorsAnswer(this.kb, u.accreditors, {
            states: this.statesInFull(u),
            asked: this.accreditorAsked(u),
          }),
          remember: this.rememberAccredited(u),
        };
      case 'source':
        return { reply: sourceAnswer(this.kb), remember };
      case 'smalltalk':
        return action.reply === 'cancel'
          ? this.cancel()
          : { reply: smalltalkAnswer(action.reply, this.kb, this.deps.contact), remember };
      case 'term':
        return this.explain(u, this.termsNamed(u));
      case 'outOfScope':
        return refusal();
    }
  }

  /** A question over the programs' data: filters, superlatives, "which of those…". */
  query(u: Understanding, memory: TurnMemory): Outcome {
    const constraints = this.deps.parser.parse(u, memory);
    // "Can I afford Clarkson at $600 a credit?", "is EFSC only for radiologists?": a yes or no about the one program named;
    // "is anything shorter than Weber?" asks about the others.
    if (u.yesNo && u.programs.length === 1 && !u.programsFromContext && constraints.than === undefined)
      return this.claim(u, memory);
    // "…which is cheapest per credit?" (OIT), then "and is that one online?": a yes or no about that one program.
    const [pointed] = memory.programs;
    if (
      u.yesNo &&
      memory.programs.length === 1 &&
      pointed !== undefined &&
      (u.programs.length === 0 || u.programsFromContext) &&
      u.recognition.tokens.some((t) => SINGULAR_REFERENCES.has(t)) &&
      // "If EFSC falls through, is there an alternative that…": the one set aside is not what "that" points at.
      !(constraints.excludedPrograms ?? []).includes(pointed)
    )
      return this.claim({ ...u, programs: [pointed], programsFromContext: false }, memory);
    // "Tell me about Weber… and Clarkson? Which one is cheaper?": a comparative right after two programs compares those two.
    const pair = this.pairTalkedAbout(memory);
    if (
      pair !== undefined &&
      constraints.superlative !== undefined &&
      constraints.scope === undefined &&
      criteriaFor(constraints).length === 0 &&
      this.comparativeWords.match(u.recognition.tokens).length > 0
    )
      return this.compare(u, memory, pair);
    // "How much is the quickest one?", "where is the longest program?": the fact asked, of the programs the ranking picks.
    const picked = this.factOfPicked(u, constraints) ?? this.factOfFiltered(u, constraints, MEASURED_FACTS);
    if (picked !== undefined) return picked;
    // "Which programs are accredited?", "what are the programs' accreditations?": no filter, one fact of each.
    const result = runQuery(this.kb, constraints);
    const fact = this.asAttribute({ ...u, programs: result.scope.map((p) => p.id), programsFromContext: false });
    if (fact !== undefined && result.criteria.length === 0 && result.ranking === undefined) return this.lookUp(fact);
    const { alsoSuperlative } = constraints;
    const also = alsoSuperlative && runQuery(this.kb, { ...constraints, superlative: alsoSuperlative });
    // None of the programs from the last answer: the others that are, named after.
    const elsewhere =
      constraints.scopeFrom === 'previous' && result.matches.length === 0 && result.open.length === 0
        ? runQuery(this.kb, { ...constraints, scope: undefined, scopeFrom: undefined }).matches.map((m) => m.program)
        : [];
    return this.queryOutcome(u, result, {
      yesNo: u.yesNo,
      ...(also ? { also } : {}),
      ...(elsewhere.length > 0 ? { elsewhere } : {}),
    });
  }

  /**
   * A superlative with another fact named ("how long does the cheapest one take?"): that fact of the programs the
   * ranking puts first. Not with a filter ("the cheapest online program"): that is a ranking of what passes it.
   */
  private factOfPicked(u: Understanding, constraints: QueryConstraints): Outcome | undefined {
    const best = constraints.superlative;
    if (
      best === undefined ||
      constraints.than !== undefined ||
      constraints.alsoSuperlative !== undefined ||
      constraints.askedUnit !== undefined ||
      u.asks.perMonth === true ||
      criteriaFor(constraints).length > 0 ||
      // "Cheapest among the 6-12 month ones": a length said with a number narrows the ranking; it is not the question.
      u.figures.length > 0 ||
      // "Can I apply to the longest one?", "and if I'm not registered?": whether the student gets in, or the ranking again.
      u.yesNo ||
      this.asksEntry(u.recognition.tokens) ||
      this.hypotheticalWords.match(u.recognition.tokens).length > 0
    )
      return undefined;
    // The fact is named in words of its own, not by a word that ranks ("cheapest", "longer") nor by a body the
    // student holds ("fastest if you are ARRT registered").
    const ranking = new Set(this.kb.query.superlatives.flatMap((x) => x.phrases));
    const held = heldBodies(u);
    const other = u.recognition.entities.find(
      (e) =>
        e.kind === 'attribute' &&
        e.id !== best.measure &&
        !ranking.has(e.text) &&
        !held.has(e.text) &&
        !/^\d/.test(u.recognition.tokens[e.start - 1] ?? ''),
    )?.id;
    if (other === undefined) return undefined;
    // "Cost from Texas for the quickest one", after EFSC was ruled out for them: the quickest of the others.
    const result = runQuery(this.kb, constraints.scope === undefined ? this.onlyOpen(u, constraints) : constraints);
    const { focus } = queryFocus(result);
    if (focus.length === 0) return undefined;
    const fact = this.asAttribute({ ...u, programs: focus.map((p) => p.id), programsFromContext: false }, other);
    if (fact === undefined) return undefined;
    const found = this.lookUp(fact);
    return {
      reply: pickedFactAnswer(this.kb, result, found.reply),
      remember: { ...found.remember, lastResults: queryFocus(result).listed.map((p) => p.id) },
    };
  }

  /**
   * A filter with another fact named ("how long are the online programs?", "what do the NWCCU ones cost?"): that fact
   * of the programs that pass it. Not a ranking, a yes or no, or a fact the filter itself checks ("online programs
   * under $10,000" is a filter on price).
   */
  private factOfFiltered(
    u: Understanding,
    constraints: QueryConstraints,
    facts: ReadonlySet<string> = FILTERED_FACTS,
  ): Outcome | undefined {
    const criteria = criteriaFor(constraints);
    if (
      criteria.length === 0 ||
      constraints.superlative !== undefined ||
      constraints.than !== undefined ||
      u.yesNo ||
      // "Which programs let me start at different times of the year?": the programs are what is asked.
      u.recognition.tokens.includes('which') ||
      this.asksEntry(u.recognition.tokens)
    )
      return undefined;
    const own: ReadonlySet<string> = new Set(criteria.map(criterionAttribute));
    const other = u.recognition.entities.find((e) => e.kind === 'attribute' && facts.has(e.id) && !own.has(e.id))?.id;
    if (other === undefined) return undefined;
    const result = runQuery(this.kb, constraints);
    if (result.matches.length === 0) return undefined;
    const kept = result.matches.map((m) => m.program.id);
    const fact = this.asAttribute({ ...u, programs: kept, programsFromContext: false }, other);
    if (fact === undefined) return undefined;
    const found = this.lookUp(fact);
    return {
      reply: filteredFactAnswer(this.kb, result, found.reply),
      remember: { ...found.remember, lastResults: kept },
    };
  }

  /** A question over the data answered: the reply, and the list shown and the programs it is about remembered. */
  private queryOutcome(
    u: Understanding,
    result: QueryResult,
    options: Parameters<typeof queryAnswer>[2] = {},
  ): Outcome {
    const { listed, focus } = queryFocus(result);
    const c = result.constraints;
    const turn = rememberTurn(u);
    return {
      reply: queryAnswer(this.kb, result, options),
      remember: {
        ...turn,
        // "I have $5,000. What can I afford?", then "what if I add $1,600?": the budget, for what is added to it.
        ...(c.budget?.bound === 'at_most' ? { student: { ...turn.student, budget: c.budget.value } } : {}),
        lastResults: listed.map((p) => p.id),
        ...(result.criteria.length > 0 ? { asked: result.criteria } : {}),
        ...(focus.length > 0 ? { programs: focus.map((p) => p.id) } : {}),
        // "And after that one?": the next place in this ranking.
        ...(c.superlative !== undefined
          ? {
              ranked: {
                superlative: c.superlative.id,
                place: c.place ?? 1,
                ...(c.askedUnit !== undefined ? { askedUnit: c.askedUnit } : {}),
              },
            }
          : {}),
      },
    };
  }

  /** "Can a newcomer go for it?" is a yes where the topic says it suits newcomers; "is it only for professionals?" a no. */
  private topicVerdict(u: Understanding, topic: Topic): { answer?: 'Yes' | 'No' } {
    // "Am I eligible for any PACS certificate?" asks about getting into programs: a verdict per program, not the topic.
    // "Do I need a license to work in PACS?" asks what is required, not whom it suits.
    if (!u.yesNo || topic.suits === undefined || this.asksEntry(u.recognition.tokens) || this.asksRequirement(u))
      return {};
    // "I'm new to healthcare. Is PACS a good path for me?": the student's own background is what is asked about.
    const background = u.student.background;
    const own =
      background === undefined
        ? []
        : background === 'imaging'
          ? ['professionals_only']
          : background === 'imaging_student'
            ? []
            : ['newcomers'];
    // "Is PACS certification a license?" asks what it is, not whom it suits ("is it good for a newcomer?" does).
    const t = u.recognition.tokens;
    // "Is a PACS cert the same as being licensed?", "better than rad school?": a comparison, not whom it suits.
    if (t.some((w) => COMPARING.has(w))) return {};
    const [before, article] = [t[t.length - 3], t[t.length - 2]];
    if (article !== undefined && ARTICLES.has(article) && before !== undefined && !PREPOSITIONS.has(before)) return {};
    const asked = [...this.deps.parser.parse(u, undefined).criteria, ...own];
    if (!asked.some((c) => topic.suits?.includes(c) === true)) return {};
    return { answer: u.recognition.tokens.includes('only') ? 'No' : 'Yes' };
  }

  /** After "What is the MSCHE?": the programs it accredits are the ones under discussion ("which school does it accredit?"). */
  /** The turn remembered as a question about the accrediting bodies, whatever the recognizer read it as. */
  private rememberBodiesListed(u: Understanding): MemoryUpdate {
    return { ...rememberTurn(u), intent: this.kb.intents.find((i) => i.action.kind === 'accreditors')?.id ?? u.intent };
  }

  /** The intent that lists the accrediting bodies, which a question about one of them is remembered as. */
  private accreditorsIntent(): string | undefined {
    return this.kb.intents.find((i) => i.action.kind === 'accreditors')?.id;
  }

  private rememberAccredited(u: Understanding): MemoryUpdate {
    const ids = this.kb.programs.filter((p) => u.accreditors.includes(p.accreditorId)).map((p) => p.id);
    return {
      ...rememberTurn(u),
      ...(u.accreditors.length > 0 && ids.length > 0 ? { programs: ids, lastResults: ids } : {}),
      // "What does NEASC stand for?", then "is any school accredited by it?": the body explained.
      ...(u.accreditors.length > 0 ? { terms: u.accreditors } : {}),
    };
  }

  /** One program weighed for the student: the entry rule, whom it suits that matches them, and what the question asks. */
  private fitOf(
    u: Understanding,
    program: Program,
    question: { elsewhere: boolean; withoutAdmission?: boolean; asked?: 'only' | 'audience' },
  ): Fit {
    const entry = eligibility(program, u.student);
    return {
      program,
      eligibility: entry,
      suits: program.suits
        .filter(
          (x) =>
            (x.audience === 'working' && u.student.working === true) ||
            (x.audience === 'professionals' && u.student.background === 'imaging') ||
            // "I live in Ohio, can I still do HACC?", "is it only for local students?"
            (x.audience === 'distance' &&
              (question.elsewhere ||
                (u.student.homeState !== undefined && u.student.homeState !== program.location.stateCode))),
        )
        .map((x) => x.audience),
      // "I hold ARRT and I'm also a nurse": a registration the program takes makes them no beginner to it.
      notForBeginners:
        program.openToNewcomers.known &&
        !program.openToNewcomers.value &&
        entry.status !== 'yes' &&
        (u.student.background === 'beginner' || u.student.background === 'other_health'),
      ...(question.withoutAdmission !== undefined ? { institutionAdmission: question.withoutAdmission } : {}),
      ...(question.elsewhere ? { residenceAsked: true } : {}),
      ...(this.ruledOutWords.match(u.recognition.tokens).length > 0 ? { outAsked: true } : {}),
      ...(question.asked === 'only'
        ? { onlyAsked: true }
        : question.asked === 'audience'
          ? { audienceAsked: true }
          : {}),
    };
  }

  /**
   * A detail the article never gives, asked in the message. A silence said only around a question that names a fact
   * the article gives ("my hospital only hires from accredited programs. are all five accredited?") is not asked, nor is
   * one around a link to a body the article gives.
   */
  private silenceAsked(u: Understanding): Silence | undefined {
    const silence = silenceFor(this.kb, u.recognition.tokens);
    if (silence === undefined) return undefined;
    // "I can take 2 credits a term: how many terms would Clarkson take?": the student's pace answers it.
    if (silence.settledByPace === true && withPace(u).some((f) => f.measure === 'credits' && f.per !== undefined))
      return undefined;
    // "Do Weber's credits count toward ABII continuing ed?", "…toward my CE?": what counts toward a body or continuing
    // education, a link the article gives.
    const tokens = u.recognition.tokens;
    // ("…count toward the ABII 3 year thing?" counts years of work toward a condition, which the article leaves open.)
    if (
      tokens.some(
        (t, i) =>
          TOWARD.has(t) &&
          this.bodyAt(tokens, i + 1, this.countedTowardWords) &&
          !YEARS_COUNTED.test(tokens.slice(i + 1, i + YEARS_COUNTED_REACH).join(' ')),
      )
    )
      return undefined;
    // "Saw NMTCB on a job posting. What is it?": the term asked about, not the silence around it.
    if (u.attributeNamed === undefined && this.intent(u)?.action.kind !== 'term') return silence;
    const parts = clauses(u.recognition.text);
    if (parts.every((c) => c.question) || !parts.some((c) => c.question)) return silence;
    return silenceFor(
      this.kb,
      parts.filter((c) => c.question).flatMap((c) => c.tokens),
    );
  }

  /**
   * Whether the words ask about getting in ("eligible", "would they take me", "is it out for me"); "Weber in-state or
   * out for me?" asks a rate.
   */
  private asksEntry(tokens: readonly string[]): boolean {
    return this.eligibilityWords.match(tokens).some(
      (m) =>
        !(tokens[m.start] === 'out' && tokens[m.start - 1] === 'or') &&
        // "The ideal fit for earning multiple qualifications": what a program is good for, not who gets in.
        !(tokens.slice(m.start, m.end).includes('fit') && /ing$/.test(tokens[m.end] ?? '')) &&
        // "Which of the featured programs qualifies?": a program that meets a condition, not a student getting in.
        !(/^qualif/.test(tokens[m.start] ?? '') && this.programQualifies(tokens, m.start)) &&
        // "Which school gets you eligible for the ABII exam?": what a program leads to, not getting in.
        !this.bodyFollows(tokens, m.end) &&
        // "If I went with Weber, would it count toward my ARRT CE?": what the courses count toward.
        !(COUNTING.has(tokens[m.end - 1] ?? '') && TOWARD.has(tokens[m.end] ?? '')) &&
        // "Do I have to wait until fall?", "…until January?": when it starts, not whether they get in.
        !(tokens.slice(m.start, m.end).includes('wait') && this.timeOfYearWithin(tokens, m.end)),
    );
  }

  /** A start term or a word of the calendar ("fall", "January", "next semester") in the few words from `at`. */
  private timeOfYearWithin(tokens: readonly string[], at: number): boolean {
    const near = tokens.slice(at, at + TIME_OF_YEAR_REACH);
    return (
      this.calendarWords.match(near).length > 0 ||
      near.some((t) => this.kb.query.terms.some((term) => term.phrases.includes(t)))
    );
  }

  /** "…for the ABII exam": "for", then a professional body, at or right after `at`. */
  private bodyFollows(tokens: readonly string[], at: number): boolean {
    const from = tokens[at - 1] === 'for' ? at : tokens[at] === 'for' ? at + 1 : -1;
    return from >= 0 && this.bodyAt(tokens, from);
  }

  /** A professional body at `at`, perhaps after "the", "a" or "my" ("the ABII", "my ARRT"); or one of `words` ("my CE"). */
  private bodyAt(tokens: readonly string[], at: number, words: ReadonlySet<string> = this.bodyWords): boolean {
    const next = BODY_DETERMINERS.has(tokens[at] ?? '') ? at + 1 : at;
    return words.has(tokens[next] ?? '');
  }

  /** A noun for a program, singular or plural ("program", "schools", "options"). */
  private isProgramNoun(word: string | undefined): boolean {
    return word !== undefined && (this.programNouns.has(word) || this.programNouns.has(word.replace(/s$/, '')));
  }

  /** "Which programs…", "which school…", "what one…": a question that picks programs. */
  private asksWhichPrograms(tokens: readonly string[]): boolean {
    return tokens.some((t, i) => PICKING_WORDS.has(t) && tokens.slice(i + 1, i + 4).some((w) => this.isProgramNoun(w)));
  }

  /** "Which of the featured programs qualifies?": a program noun, and no one speaking of themselves, before the word. */
  private programQualifies(tokens: readonly string[], at: number): boolean {
    let noun = -1;
    tokens.slice(0, at).forEach((t, i) => {
      if (this.isProgramNoun(t)) noun = i;
    });
    return noun >= 0 && !tokens.slice(noun, at).some((t) => FIRST_PERSON_WORDS.has(t));
  }

  /** The one program whose length a "why" asks about ("why does HACC take so long?", "why is it so short?"). */
  private reasonAsked(
    u: Understanding,
    memory: TurnMemory,
  ): { program: Program; measure: 'duration' | 'tuition' } | undefined {
    const tokens = u.recognition.tokens;
    const why = asksWhy(tokens);
    if (!why) return undefined;
    const ofLength =
      u.attribute === 'duration' || u.attributeNamed === 'duration' || tokens.some((t) => LENGTH_WORDS.has(t));
    // "Why is HACC so much?", "why does it cost so much?", "why so expensive?": its price, as high or low (not "why
    // can't you give me a total?").
    const ofPrice =
      !ofLength &&
      (tokens.some((t) => PRICE_WORDS.has(t)) || tokens.some((t, i) => t === 'so' && tokens[i + 1] === 'much'));
    if (!ofLength && !ofPrice) return undefined;
    const measure = ofLength ? 'duration' : 'tuition';
    // "The slowest one, why is it so long?": the program that leads that ranking.
    const ranked = this.deps.parser.parse(u, memory);
    if (u.programs.length === 0 && ranked.superlative?.measure === measure) {
      const [leader, ...tied] = queryFocus(runQuery(this.kb, ranked)).focus;
      return tied.length === 0 && leader !== undefined ? { program: leader, measure } : undefined;
    }
    // "Why is it so much longer than the others?": "it" is the program just discussed, the others what it is set against.
    const pointed = memory.programs.length === 1 && tokens.some((t) => SINGULAR_REFERENCES.has(t));
    const [only, ...more] = pointed || u.programs.length === 0 ? memory.programs : u.programs;
    const [program] = only !== undefined && more.length === 0 ? programsById(this.kb, [only]) : [];
    return program === undefined ? undefined : { program, measure };
  }

  /**
   * "What's the gap between in-state and out-of-state tuition at each school?", and, of programs that each have two
   * rates, "which one has the bigger gap between the two rates?": how much more out-of-state students pay at each
   * program. (Which programs have two rates at all is a question over the data.)
   */
  private ratesApart(u: Understanding, memory: TurnMemory): Outcome | undefined {
    const tokens = u.recognition.tokens;
    const residencies = new Set(u.recognition.entities.filter((e) => e.kind === 'residency').map((e) => e.id));
    // "In-state vs out of state difference there" right after one program: its two rates set apart. "And at EFSC?"
    // right after such a gap: the same of the program named.
    const single = u.programs.length > 0 ? u.programs : memory.programs;
    const [one] = single.length === 1 ? programsById(this.kb, single) : [];
    const sameAgain =
      memory.worked === 'residencyGaps' &&
      u.programs.length === 1 &&
      !u.programsFromContext &&
      u.recognition.tokens.length <= FOLLOW_UP_MAX_WORDS &&
      u.attributeNamed === undefined;
    if (one !== undefined && ((residencies.size === 2 && u.asks.difference === true) || sameAgain))
      return {
        reply: residencyGapAnswer(one),
        remember: { ...rememberTurn(u), programs: [one.id], attribute: PRICE_ATTRIBUTE, worked: 'residencyGaps' },
      };
    if (u.programs.length > 0 && !u.programsFromContext) return undefined;
    if (u.programsFromContext && u.programs.length === 1) return undefined;
    const largest = tokens.some((t) => LARGER.has(t));
    if (u.asks.difference !== true && !largest) return undefined;
    const constraints = this.deps.parser.parse(u, memory);
    // "Which schools charge residents and non residents different amounts?": which programs have two rates, a question
    // over the data.
    if (
      constraints.superlative !== undefined ||
      constraints.criteria.length > 0 ||
      (constraints.excluded ?? []).length > 0
    )
      return undefined;
    // "Which of them…": the programs of the last answer.
    const scope =
      u.programs.length > 0 ? u.programs : constraints.scopeFrom === 'previous' ? constraints.scope : undefined;
    const programs = scope !== undefined ? programsById(this.kb, scope) : this.kb.programs;
    const ofTwoRates =
      // "In percentage terms?", "which is bigger?" right after the gaps.
      memory.worked === 'residencyGaps' ||
      // ("The difference between in-state and out-of-state?": the two rates named are a price.)
      residencies.size === 2 ||
      (residencies.size > 0 && (u.attribute === PRICE_ATTRIBUTE || u.attributeNamed === PRICE_ATTRIBUTE)) ||
      // "Which one has the bigger gap between the two rates?" of programs that each have two.
      (scope !== undefined &&
        programs.length > 1 &&
        tokens.some((t) => GAP_NOUNS.has(t)) &&
        programs.every((p) => residencyRates(p) !== undefined));
    if (!ofTwoRates) return undefined;
    // "Which one has the bigger gap?" next: of the programs with two rates.
    const split = programs.filter((p) => residencyRates(p) !== undefined).map((p) => p.id);
    return {
      reply: residencyGapsAnswer(programs, { largest }),
      remember: {
        ...rememberTurn(u),
        ...(split.length > 0 ? { programs: split, lastResults: split } : {}),
        worked: 'residencyGaps',
      },
    };
  }

  /** A ranking over the programs the student can get into or may get into. */
  private rankOpen(u: Understanding, memory: TurnMemory): Outcome {
    const constraints = this.aboutGettingIn(u, this.deps.parser.parse(u, memory));
    return this.queryOutcome(u, runQuery(this.kb, this.onlyOpen(u, constraints)));
  }

  /** The constraints over the programs the student is not ruled out of, when they are ruled out of any. */
  private onlyOpen(u: Understanding, constraints: QueryConstraints): QueryConstraints {
    const open = this.kb.programs
      .filter((p) => fitVerdict(this.fitOf(u, p, { elsewhere: false })) !== 'no')
      .map((p) => p.id);
    const out = this.kb.programs.map((p) => p.id).filter((id) => !open.includes(id));
    return out.length === 0
      ? constraints
      : {
          ...constraints,
          scope: open,
          scopeFrom: 'excluding' as const,
          excludedPrograms: out,
          excludedBecause: 'ineligible' as const,
        };
  }

  /**
   * A question about getting in: its "eligible" is about entry, and the registrations named are the student's own;
   * a body the student wants ("which gets me to ABII certification fastest?") still filters.
   */
  private aboutGettingIn(u: Understanding, constraints: QueryConstraints): QueryConstraints {
    const bodies = constraints.bodies.filter((b) => !(u.student.registrations ?? []).includes(b));
    return { ...constraints, relations: bodies.length > 0 ? constraints.relations : [], bodies };
  }

  /** The two programs the last turns were about: two at once, or one after the other, with no longer list shown since. */
  private pairTalkedAbout(memory: TurnMemory): [string, string] | undefined {
    if ((memory.lastResults?.length ?? 0) > 2) return undefined;
    const [a, b, more] = [...memory.programs, ...(memory.programs.length === 1 ? (memory.earlier ?? []) : [])];
    return a !== undefined && b !== undefined && (memory.programs.length === 1 || more === undefined)
      ? [a, b]
      : undefined;
  }

  /** The message read as the question about the one program fact it names ("the cost", "a stand-alone certificate"). */
  private attributeIntent(u: Understanding): Understanding | undefined {
    return u.programs.length === 0 ? undefined : this.asAttribute(u);
  }

  /** A program's side of a cost comparison: its rates and estimate for the student's residency. */
  private costSide(p: Program, constraints: QueryConstraints, credits?: number, months?: number): CostSide {
    const residency = residencyAt(p, constraints.residencyOf?.[p.id] ?? constraints.residency, constraints.homeState);
    return {
      program: p,
      figures: applicableFigures(p, residency),
      estimate: costEstimate(p, residency, credits, months),
      ...(months !== undefined ? { months } : {}),
    };
  }

  /** Two or more program facts named in a row ("cost and length", "how long and how much"), in the order named. */
  private factsListed(u: Understanding): ProgramAttribute[] {
    const named = u.recognition.entities.filter((e) => e.kind === 'attribute').sort((a, b) => a.start - b.start);
    const inARow = named
      .slice(1)
      .every((e, k) => u.recognition.tokens.slice(named[k]?.end ?? 0, e.start).every((t) => FACT_JOINERS.has(t)));
    const ids = named.flatMap((e) => PROGRAM_ATTRIBUTES.filter((a) => a === e.id));
    return named.length > 1 && inARow ? [...new Set(ids)] : [];
  }

  /** The message read as the question about one program fact (by default the one it names), if the knowledge has that question. */
  private asAttribute(u: Understanding, attribute: string | undefined = u.attributeNamed): Understanding | undefined {
    const named = this.kb.intents.find((i) => i.action.kind === 'programAttribute' && i.action.attribute === attribute);
    return named === undefined ? undefined : { ...u, intent: named.id, attribute, ambiguous: false };
  }

  /** The states the message names in full ("Utah", not "main" read as Maine or "OR" as Oregon). */
  private statesInFull(u: Understanding): string[] {
    const full = u.recognition.entities.filter(
      (e) =>
        e.kind === 'state' &&
        this.kb.states.some((st) => st.code === e.id && st.name.toLowerCase() === e.text.toLowerCase()),
    );
    return [...new Set(full.map((e) => e.id))].filter((id) => u.states.includes(id));
  }

  /** Whether one program is the cheapest, quickest… of all the programs the question allows. */
  topOf(u: Understanding, memory: TurnMemory, program: Program): Outcome {
    const { scope: _scope, scopeFrom: _from, ...constraints } = this.deps.parser.parse(u, memory);
    const result = runQuery(this.kb, constraints);
    return {
      reply: queryAnswer(this.kb, result, { about: program }),
      remember: { ...rememberTurn(u), lastResults: result.scope.map((p) => p.id) },
    };
  }

  /**
   * "Why didn't you suggest HACC?", "why not Eastern Florida?" after a list: what in the student's conditions, or in who
   * the program takes, leaves it out; or that nothing does.
   */
  private leftOut(u: Understanding, memory: TurnMemory): Outcome | undefined {
    const tokens = u.recognition.tokens;
    const [p, ...more] = u.programsFromContext ? [] : programsById(this.kb, u.programs);
    const why = asksWhy(tokens);
    if (p === undefined || more.length > 0 || !why) return undefined;
    // "Why not EFSC?", "why didn't you suggest HACC?", "why was OIT left out?"; not "why can't you give me a total for OIT?".
    const at = u.recognition.entities.find((e) => e.kind === 'program' && e.id === p.id)?.start ?? -1;
    const leftOut =
      tokens[at - 1] === 'not' ||
      tokens.some((t) => LEFT_OUT_WORDS.has(t)) ||
      (tokens.includes('not') && tokens.some((t) => SUGGESTING_WORDS.has(t)));
    if (!leftOut || (memory.lastResults ?? []).length === 0) return undefined;
    const verdicts = (memory.asked ?? []).map((c) => verdictOf(c, p));
    const entry = this.fitOf(u, p, { elsewhere: false });
    const shut =
      fitVerdict(entry) === 'no' ? this.fit({ ...u, programs: [p.id], programsFromContext: false }, memory) : undefined;
    return {
      reply: leftOutAnswer(
        this.kb,
        p,
        verdicts.filter((v) => v.status === 'no'),
        verdicts.filter((v) => v.status === 'unknown'),
        shut?.reply,
        // "Why not Alder?" when Alder is in the list: it is.
        (memory.lastResults ?? []).includes(p.id) ? verdicts.filter((v) => v.status === 'yes') : undefined,
      ),
      remember: { ...rememberTurn(u), programs: [p.id] },
    };
  }

  /** "Help me choose", "what would you recommend?"; not "do I need a recommendation letter?", a document. */
  private asksRecommendation(tokens: readonly string[]): boolean {
    return this.finderWords.match(tokens).some((m) => !LETTER_NOUNS.has(tokens[m.end] ?? ''));
  }

  /** Two programs' costs added together, when the message asks for that sum of exactly two. */
  private costSum(u: Understanding, memory: TurnMemory): Outcome | undefined {
    const [a, b] = programsById(this.kb, u.programs);
    const priced = u.attributeNamed === 'tuition' || u.asks.total === true;
    if (u.asks.sum !== true || !priced || a === undefined || b === undefined || u.programs.length !== 2)
      return undefined;
    const constraints = this.deps.parser.parse(u, memory);
    return {
      reply: costSumAnswer(this.costSide(a, constraints), this.costSide(b, constraints)),
      remember: { ...rememberTurn(u), programs: [...u.programs], lastResults: [...u.programs] },
    };
  }

  /** Two or more programs side by side, or ranked on the one measure the message asks about. */
  compare(u: Understanding, memory: TurnMemory, ids: readonly string[]): Outcome {
    const constraints = this.deps.parser.parse(u, memory);
    const s = constraints.superlative;
    const remember = { ...rememberTurn(u), programs: ids, lastResults: ids, ...(s ? { superlative: s.id } : {}) };
    const [a, b] = programsById(this.kb, ids);
    // Which of two costs less, and by how much, at the student's rates and for the credits they name.
    // "Weber for 6 months vs Clarkson": the time the student would spend, where a program charges by the year.
    const months = u.figures.find((f) => f.measure === 'months' && f.strict !== true && f.bound !== 'at_least')?.value;
    const costs = (x: Program, y: Program, asked: { yesNo: boolean; cheaper: boolean }): Reply =>
      costComparisonAnswer(
        this.kb,
        this.costSide(x, constraints, constraints.credits, months),
        // "12 credits at each": the credits are taken at both; "30 credits at OIT against Clarkson's whole": at one.
        // "3 credits at Clarkson vs OIT": at both, when the article gives the other no credits of its own to total.
        this.costSide(
          y,
          constraints,
          (u.story ?? u.recognition.tokens).some((t) => EACH_WORDS.has(t)) || !y.credits.known
            ? constraints.credits
            : undefined,
          months,
        ),
        {
          ...asked,
          // "What's cheaper per credit, and what would it cost in total?": the unit named is what is compared.
          // "If I took 30 credits at OIT, would that cost more than Clarkson's whole certificate?": the totals.
          total: (u.asks.total === true && u.asks.unit === undefined) || constraints.credits !== undefined,
          // "How many times pricier is Clarkson than OIT?": how many times, besides by how much.
          difference: u.asks.difference === true,
          ...(u.asks.unit !== undefined ? { unit: u.asks.unit } : {}),
        },
      );
    if (s !== undefined && a !== undefined && b !== undefined && ids.length === 2) {
      const onMeasure = (m: SuperlativeTerm): Reply =>
        m.measure === 'duration'
          ? durationComparisonAnswer(a, b, {
              yesNo: u.yesNo,
              faster: m.order === 'lowest',
              difference: u.asks.difference === true,
              atFastest: this.fastestPace.match(u.recognition.tokens).length > 0,
              // "Is the longest more than 4 times as long as the shortest?": the multiple, as a bound.
              ...(u.asks.timesBound !== undefined ? this.timesAsked(u) : {}),
            })
          : costs(a, b, { yesNo: u.yesNo, cheaper: m.order === 'lowest' });
      // "Which is quicker and which is cheaper, EFSC or HACC?": the two on each measure asked.
      const also = constraints.alsoSuperlative;
      const first = onMeasure(s);
      return {
        reply: also !== undefined && also.measure !== s.measure ? bothReplies(first, onMeasure(also)) : first,
        remember,
      };
    }
    if (s !== undefined) {
      const result = runQuery(this.kb, { ...constraints, scope: ids, scopeFrom: 'named' });
      return { reply: queryAnswer(this.kb, result), remember };
    }
    // "How does that compare with Clarkson's total?", "compare HACC and Clarkson on cost": which costs less, and by how much.
    if (
      a !== undefined &&
      b !== undefined &&
      ids.length === 2 &&
      u.attributeNamed === 'tuition' &&
      this.factsListed(u).length === 0
    )
      return { reply: costs(a, b, { yesNo: false, cheaper: true }), remember };
    // "Compare OIT, Weber and Clarkson on cost", "… on price and length": those facts of each, not the whole table.
    const fact = this.attributeIntent({ ...u, programs: ids, programsFromContext: false });
    if (fact !== undefined) return { reply: this.lookUp(fact).reply, remember };
    const compared = programsById(this.kb, ids);
    const table = comparisonAnswer(this.kb, compared);
    // "Weber vs EFSC for a nurse with no radiology license": what rules the student out, or suits them, first.
    const fits = compared.map((p) => this.fitOf(u, p, { elsewhere: false }));
    // "I'm a Floridian… compare EFSC and Clarkson for me": which of the two costs the student less, at their rates, first.
    const mine =
      a !== undefined && b !== undefined && ids.length === 2 && u.student.homeState !== undefined
        ? bothReplies(costs(a, b, { yesNo: false, cheaper: true }), table)
        : table;
    return { reply: forStudent(this.kb, mine, fits, u.student), remember };
  }

  /**
   * The program finder's ranking for what the student told it; when the message that ended it asks
   * for the cheapest or quickest ("so which one is cheapest?"), that measure over the programs that fit.
   */
  recommend(profile: FinderProfile, known: StudentFacts = {}, last?: Understanding): Outcome {
    const result = rankForProfile(this.kb, profile);
    const ranked = result.fits.map((f) => f.program.id);
    const asked = last === undefined ? undefined : this.deps.parser.parse(last, undefined);
    const ranking =
      asked?.superlative !== undefined && ranked.length > 1
        ? queryAnswer(this.kb, runQuery(this.kb, { ...asked, scope: ranked, scopeFrom: 'previous' }))
        : undefined;
    // What the finder learned about the student stays for later questions ("could I get into EFSC then?").
    const background =
      known.background ??
      (profile.audience === 'newcomer' ? 'beginner' : profile.audience === 'professional' ? 'imaging' : undefined);
    const student: StudentFacts = {
      ...known,
      ...(background !== undefined ? { background } : {}),
      ...(profile.state !== undefined && known.homeState === undefined ? { homeState: profile.state } : {}),
      ...(profile.budget !== undefined ? { budget: profile.budget } : {}),
    };
    return {
      reply: ranking ?? finderAnswer(this.kb, result),
      remember: {
        programs: ranked.slice(0, 1),
        // "Which of those is fastest?": the best matches listed, not the ones only named as also possible.
        lastResults: ranking === undefined ? ranked.slice(0, FINDER_SHOWN) : ranked,
        ...(Object.keys(student).length > 0 ? { student } : {}),
        finder: profile,
      },
    };
  }

  /**
   * "What if I lived in Colorado instead?", "what if my budget were $12,000?" right after the finder's results: the
   * results again, with what the message changes.
   */
  private finderAgain(u: Understanding, memory: TurnMemory): Outcome | undefined {
    if (memory.finder === undefined || (u.programs.length > 0 && !u.programsFromContext)) return undefined;
    const tokens = u.recognition.tokens;
    if (tokens.length > FINDER_AGAIN_MAX_WORDS || !(supposes(this.kb, tokens) || tokens.includes('instead')))
      return undefined;
    const reading = this.deps.finderAnswers.read(u, undefined);
    // The home remembered is no change: "and if money wasn't an issue?" keeps the state the last results supposed.
    const { audience: _audience, state, ...rest } = reading.values;
    const changed = state !== undefined && (u.states.length > 0 || movedHome(u, memory)) ? { ...rest, state } : rest;
    if (Object.keys(changed).length === 0 && !reading.noBudget) return undefined;
    // "And if money wasn't an issue?": the same answers without the budget.
    const { budget: _budget, ...unbudgeted } = memory.finder;
    // A supposed home ranks the programs for it; the home the student gave stays theirs.
    return this.recommend({ ...(reading.noBudget ? unbudgeted : memory.finder), ...changed }, memory.student ?? {});
  }

  /** Said after the answer when the student's message was longer than the bot reads. */
  cutNotice(): Reply {
    return reply(cutNotice(this.deps.maxTextChars));
  }

  /** "Start over": forgets the conversation so far. */
  cancel(): Outcome {
    return { reply: smalltalkAnswer('cancel'), remember: { forget: true } };
  }

  /** What the bot can do; nothing to remember. */
  help(): Outcome {
    return { reply: smalltalkAnswer('help'), remember: {} };
  }

  /** What the finder can fill in from the message that started it ("help me choose, I'm in Utah with 10k"). */
  /**
   * "I live in Ohio, I'm an ARRT rad tech, my budget is $5k. What do you recommend?": a story that
   * already answers most of the finder's questions gets the recommendation now, and the finder then
   * asks the rest to narrow it down.
   */
  private finderStep(u: Understanding, memory: TurnMemory): Step {
    // "Tell me about Weber… and EFSC? Which one would take me if I'm new?": those two weighed for the student.
    const pair = this.pairTalkedAbout(memory);
    if (pair !== undefined && WHICH_OF.test(u.recognition.tokens.join(' ')))
      return { kind: 'answer', outcome: this.fit({ ...u, programs: pair, programsFromContext: true }, memory) };
    const profile = this.profileFrom(u);
    const known = FINDER_SLOTS.filter((slot) => hasAnswer(profile, slot)).length;
    // "My shifts rotate, so I can't commit to set class times: which program would work?": what the article says
    // suits people who work or whose schedules change, before any question.
    if (
      known < FINDER_KNOWN_ENOUGH &&
      u.student.working === true &&
      !HELP_CHOOSING.test(u.recognition.tokens.join(' '))
    )
      return { kind: 'answer', outcome: this.fit(u, memory) };
    if (known < FINDER_KNOWN_ENOUGH) return { kind: 'finder', profile };
    const early = this.recommend(profile, u.student, u);
    return known === FINDER_SLOTS.length
      ? { kind: 'answer', outcome: early }
      : { kind: 'finder', profile, preview: { ...early, reply: finderNarrowing(early.reply) } };
  }

  profileFrom(u: Understanding): FinderProfile {
    const parsed = this.deps.parser.parse(u, undefined);
    const said = parsed.criteria;
    // What the request tells the finder's questions out of turn: "going in person is totally fine", "a year max".
    const told = this.deps.finderAnswers.read(u, undefined).values;
    const student = u.student;
    const registered = (student.registrations?.length ?? 0) > 0;
    // "Just finished high school, no college yet": with no other background, new to the field.
    const newcomer =
      student.background === 'beginner' ||
      student.background === 'other_health' ||
      student.unregistered === true ||
      (student.background === undefined && student.education === 'high_school');
    const audience =
      said.includes('professionals_only') || registered || student.background === 'imaging'
        ? 'professional'
        : said.includes('newcomers') || newcomer
          ? 'newcomer'
          : undefined;
    return {
      ...(audience ? { audience } : {}),
      ...(student.unregistered === true && !registered ? { unregistered: true } : {}),
      // "I'd rather have in-person classes than online": answered, and not online.
      ...(said.includes('online') || this.storySaysOnline(u)
        ? { online: true }
        : parsed.excluded?.includes('online') === true || told.online === false
          ? { online: false }
          : {}),
      ...(parsed.months?.bound === 'at_most'
        ? { maxMonths: parsed.months.value }
        : told.maxMonths !== undefined
          ? { maxMonths: told.maxMonths }
          : {}),
      ...(parsed.budget?.bound === 'at_most' ? { budget: parsed.budget.value } : {}),
      ...(u.student.homeState !== undefined
        ? { state: u.student.homeState }
        : u.states[0] !== undefined
          ? { state: u.states[0] }
          : {}),
    };
  }

  /** "Working full time, need online. What fits me?": the story around the question asks for online study. */
  private storySaysOnline(u: Understanding): boolean {
    const story = u.story;
    if (story === undefined) return false;
    return this.onlineWords
      .match(story)
      .some(
        (m) =>
          !story.slice(Math.max(0, m.start - NEGATION_REACH), m.start).some((t) => this.kb.query.negators.includes(t)),
      );
  }

  /** The two options of "Did you mean…?" when the message is unsure between them (else fewer). */
  clarifications(u: Understanding): Candidate[] {
    const unsure =
      u.ambiguous && u.runnerUp !== undefined && u.intent !== undefined
        ? [u.intent, u.runnerUp.intent]
        : this.nearMisses(u);
    // (The runner-up may be the best intent again, read from another part of the message: one option, then.)
    return [...new Set(unsure)].flatMap((intent) => {
      const label = this.labels.get(intent);
      return label === undefined ? [] : [{ intent, label }];
    });
  }

  /**
   * For a message just below the confidence threshold that names a program or an accreditor, the two
   * best in-scope intents: it is about the programs, so asking beats refusing.
   */
  private nearMisses(u: Understanding): string[] {
    if (u.intent !== undefined || (u.programs.length === 0 && u.accreditors.length === 0)) return [];
    const ranking = u.recognition.ranking;
    const inScope = (intent: string): boolean => intentById(this.kb, intent)?.action.kind !== 'outOfScope';
    if (ranking[0] === undefined || ranking[0].score < NEAR_MISS || !inScope(ranking[0].intent)) return [];
    return ranking
      .filter((r) => inScope(r.intent))
      .slice(0, 2)
      .map((r) => r.intent);
  }

  private programList(remember: MemoryUpdate): Outcome {
    return {
      reply: programListAnswer(this.kb),
      remember: { ...remember, lastResults: this.kb.programs.map((p) => p.id) },
    };
  }
}

/**
 * For each intent, its first example that names no program (a label naming one school would point
 * the user at the wrong one; the pick keeps the programs they named), capitalized.
 */
function optionLabels(kb: KnowledgeBase): Map<string, string> {
  const names = kb.programs.flatMap((p) => [p.name, p.shortName, ...p.aliases].map((n) => ` ${n.toLowerCase()} `));
  const namesProgram = (text: string): boolean => {
    const words = ` ${text.toLowerCase().replace(/[^a-z0-9 ]/g, ' ')} `;
    return names.some((n) => words.includes(n));
  };
  const labels = new Map<string, string>();
  for (const intent of kb.intents) {
    const label = intent.examples.find((e) => !namesProgram(e)) ?? intent.examples[0];
    if (label !== undefined) labels.set(intent.id, label.charAt(0).toUpperCase() + label.slice(1));
  }
  return labels;
}

/**
 * What a yes/no question asserts about a program, as criteria: the filters it names, plus a city
 * ("in Portland?"), being accredited at all, or a number of credits; a plain figure ("$632 per
 * credit?") asks for that exact figure.
 */
function claimCriteria(kb: KnowledgeBase, u: Understanding, parsed: readonly Criterion[], home: boolean): Criterion[] {
  const out: Criterion[] = parsed.map((c) => {
    if (c.kind === 'figure' && c.plain === true) return { ...c, compare: 'equals' };
    // "Does EFSC cost $2,496?" asks whether that is the article's figure; "is $14,198 for the whole program or per year?" asks its unit.
    const statedAmount =
      c.kind === 'budget' &&
      u.asks.unit === undefined &&
      u.asks.total !== true &&
      u.figures.some((f) => f.measure === 'money' && f.per === undefined && f.plain === true && f.value === c.amount);
    return statedAmount ? { ...c, plain: true } : c;
  });
  for (const e of u.recognition.entities) {
    // Only a city named in full: a word that merely looks like one ("bill") asserts nothing.
    const city = cityNamed(kb, e);
    // "I'm in Tucson. Is Weber online?": where the student lives is no claim about the program, unless its place is asked.
    const home = city !== undefined && city.state === u.student.homeState && u.attribute !== 'location';
    if (city !== undefined && !home) out.push({ kind: 'city', name: city.name });
  }
  const credits = u.figures.find((f) => f.measure === 'credits' && f.per === undefined);
  if (credits !== undefined) out.push({ kind: 'credits', amount: credits.value });
  if (home && u.student.homeState !== undefined && !out.some((c) => c.kind === 'states'))
    out.push({ kind: 'states', codes: [u.student.homeState] });
  if (out.length === 0 && u.attribute === 'accreditation' && u.accreditors.length === 0)
    out.push({ kind: 'accredited' });
  return out;
}

/** A superlative opening a phrase of distance ("shortest drive", "least far"): the distance's, not a program fact's. */
const NEAR_SUPERLATIVES: ReadonlySet<string> = new Set(['shortest', 'least']);

/** Words that ask whether a program takes a credential ("does EFSC take CCI?", "would ASCP count?"). */
const ACCEPTING: ReadonlySet<string> = new Set([
  'take',
  'takes',
  'accept',
  'accepts',
  'count',
  'counts',
  'recognize',
  'recognise',
  'enough',
  'sufficient',
]);

/** Whether a message asks about paying more or less ("does Weber charge me more?", "a cheaper rate there?"). */
function chargedDirection(tokens: readonly string[]): 'more' | 'less' | undefined {
  if (tokens.some((t) => CHARGED_MORE.has(t))) return 'more';
  return tokens.some((t) => CHARGED_LESS.has(t)) ? 'less' : undefined;
}

/** The bodies the student holds, in the lower case of the message's words ("arrt"). */
function heldBodies(u: Understanding): ReadonlySet<string> {
  return new Set((u.student.registrations ?? []).map((r) => r.toLowerCase()));
}

/**
 * What a program fact answer needs from the message: the residency asked, the student's state, the programs the
 * article rules them out of, and any extras.
 */
/** The message's amounts, with the pace the student gave before ("3 credits a term") when it gives none of its own. */
function withPace(u: Understanding): readonly Quantity[] {
  const pace = u.student.pace;
  if (pace === undefined || u.figures.some((f) => f.measure === 'credits')) return u.figures;
  return [...u.figures, { measure: 'credits', value: pace.credits, bound: 'at_most', per: pace.per }];
}

function factOptions(kb: KnowledgeBase, u: Understanding, extra: FactOptions = {}): FactOptions {
  const ruledOut = ruledOutOf(kb.programs, u.student);
  return {
    ...(u.residency !== undefined ? { residency: u.residency } : {}),
    ...(u.student.homeState !== undefined ? { homeState: u.student.homeState } : {}),
    ...(u.student.abroad === true ? { abroad: true } : {}),
    ...(ruledOut.length > 0 ? { ruledOut } : {}),
    ...extra,
  };
}

/** Words before a name that make it the student's own ("as a CPAS", "with my CRCST", "I hold a…"). */
const OWN_NAME = /\b(?:my|i'?m|i am|as an?|have an?|have|hold an?|hold|holding|with an?|with)\s+(?:\S+\s+)?$/i;

/** "Would the courses count for my CCI credential?": the student's own name, as what something counts toward. */
const COUNTED_TOWARD = /\b(?:for|toward|towards)\s+my\s+(?:\S+\s+)?$/i;

/** A word as a literal part of a regular expression. */
function escapeRegExp(word: string): string {
  return word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Nouns of a credential a student holds ("my state license", "my Canadian registration"). */
const CREDENTIAL_NOUNS_OWNED: ReadonlySet<string> = new Set([
  'registration',
  'license',
  'licence',
  'certification',
  'credential',
  'registry',
]);
/** How many words may describe a credential between "my" and its noun ("my Florida radiographer license"). */
const DESCRIBED_WORDS = 4;
/** "Does EFSC take my CCI?": whether the program accepts the student's own credential. */
const TAKES_MY = /\b(?:take|takes|accept|accepts|recogni[sz]e|recogni[sz]es)\s+my\s+$/i;

/** Words before a name that deny the student holds it ("no ARRT or ARMRIT", "without a CNMT"). */
const DENIED_NAME = /\b(?:no|not|without|nor)\s+(?:\S+\s+){0,2}$/i;

/** "Isn't AART a typo for ARRT?" */
function asksTypo(u: Understanding): boolean {
  return TYPO_ASKED.test(u.recognition.text.toLowerCase());
}

/** "Does EFSC prefer ARDMS or ARRT?", "does it matter whether I'm ARRT or NMTCB?" */
function asksPreference(u: Understanding): boolean {
  return u.recognition.tokens.some((t) => PREFERENCE_WORDS.has(t));
}

/** "Would the courses count for my CCI credential?": the student's own name, as what something counts toward. */
function countedToward(name: string, text: string): boolean {
  return COUNTED_TOWARD.test(textBefore(name, text));
}

/** The text before a name, or nothing when the name isn't in it. */
function textBefore(name: string, text: string): string {
  const at = text.toLowerCase().indexOf(name.toLowerCase());
  return at < 0 ? '' : text.slice(0, at);
}

/** Whether a text asks about a name ("does it cover RIS?"): it stands there as a word, and not as the student's own. */
function askedOf(name: string, text: string): boolean {
  const at = text.toLowerCase().indexOf(name.toLowerCase());
  if (at < 0) return false;
  const before = text[at - 1] ?? ' ';
  const after = text[at + name.length] ?? ' ';
  const said = text.slice(0, at);
  return !/[\p{L}\d]/u.test(before) && !/[\p{L}\d]/u.test(after) && !OWN_NAME.test(said) && !DENIED_NAME.test(said);
}
