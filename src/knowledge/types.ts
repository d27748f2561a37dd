/**
 * Typed shape of the curated knowledge base in `knowledge/`.
 * @remarks Every value is read-only: the knowledge base is loaded and validated once at start-up
 * and shared by every turn, so nothing may mutate it.
 */

/** A fact the article may or may not state. `known: false` means the article is silent. */
export type Known<T> =
  | { readonly known: true; readonly value: T; readonly note?: string }
  | { readonly known: false; readonly note?: string };

/** Where the facts come from. */
export interface Source {
  readonly title: string;
  readonly author: string;
  /** Who the author is, in our own words, from the article's byline. */
  readonly authorBio: string;
  readonly file: string;
}

/** A body or phrase the article names that students ask about (ABII, ARRT, "three levels of PACS certification"). */
export interface Term {
  readonly id: string;
  readonly name: string;
  /** How the article abbreviates it (or its short name). */
  readonly abbreviation: string;
  readonly aliases: readonly string[];
  /** What it is, in our own words; only what the article supports. */
  readonly summary: string;
  /** Programs the article names it with (HACC's "radiology informatics"), besides those linked through a body. */
  readonly programs?: readonly string[];
  /** Jobs whose people the body usually registers ("sonographer"): general knowledge, said as such. */
  readonly jobs?: readonly string[];
  /** Terms named so like this one (AART, ARRT) that the article may mean one body; it never says which. */
  readonly namedLike?: readonly string[];
}

/** An entry requirement the article says only some schools have, or one students ask about that it does not set. */
export interface OtherRequirement {
  readonly id: string;
  /** Words students use for it ("associate degree", "radiologist"). */
  readonly phrases: readonly string[];
  /** The answer to "do I need it?", in our own words. */
  readonly text: string;
}

/** A condition of entry, as the article states it: all of, any of, or one fact about the applicant. */
export type Requirement =
  | { readonly anyOf: readonly Requirement[] }
  | { readonly allOf: readonly Requirement[] }
  | { readonly registration: string };

/** Whom the article says a program suits. */
export const AUDIENCES = ['working', 'professionals', 'distance', 'remote', 'multiple_qualifications'] as const;
export type Audience = (typeof AUDIENCES)[number];

/** A general topic of the article (what PACS is, why archives matter, ...). */
export interface Topic {
  readonly id: string;
  readonly title: string;
  /** One or two sentences, in our own words. */
  readonly summary: string;
  /** Supporting points, in our own words; rendered as a markdown list. */
  readonly points: readonly string[];
  /** Follow-up questions the bot understands, shown as suggested actions. */
  readonly followUps: readonly string[];
  /** Query criteria (lexicon ids) of the people the topic says it suits: "can a newcomer…?" is a yes, "only for…?" a no. */
  readonly suits?: readonly string[];
  /** Program facts whose meaning for a student the topic explains ("is that good?" after a program's accreditor). */
  readonly explains?: readonly ProgramAttribute[];
  /**
   * Words a question about the topic uses that also come up in questions the bot must not answer ("ultrasound",
   * "privacy"): the topic search counts them for this topic all the same.
   */
  readonly keywords?: readonly string[];
}

/** A US regional accreditation body listed in the article. */
export interface Accreditor {
  readonly id: string;
  readonly name: string;
  readonly abbreviation: string;
  /** Other spellings and abbreviations users type (e.g. SACSCOC). */
  readonly aliases: readonly string[];
  /** Lexicon regions its own name carries ("New England" for NEASC); the article maps no states to bodies. */
  readonly namedForRegions?: readonly string[];
}

/** Units the article gives tuition in; `unspecified` when it gives none. */
export const TUITION_UNITS = ['per_credit', 'per_year', 'per_semester', 'unspecified'] as const;
export type TuitionUnit = (typeof TUITION_UNITS)[number];
/** Who a tuition figure applies to. */
export const RESIDENCIES = ['in_state', 'out_of_state', 'any'] as const;
export type Residency = (typeof RESIDENCIES)[number];

/** One tuition figure exactly as the article gives it. */
export interface TuitionFigure {
  readonly amount: number;
  readonly currency: 'USD';
  readonly unit: TuitionUnit;
  readonly residency: Residency;
  readonly note?: string;
}

/** How a program is taught. */
export const DELIVERY_MODES = ['online', 'on_campus', 'hybrid'] as const;
export type DeliveryMode = (typeof DELIVERY_MODES)[number];

/** How the article relates a program to a professional body. */
export const RELATIONS = ['exam_eligibility', 'continuing_education', 'certification_opportunity'] as const;

/** A professional body the article relates to a program (ABII, ARRT, ...). */
export interface BodyRelation {
  readonly body: string;
  readonly bodyName: string;
  readonly relation: (typeof RELATIONS)[number];
  /** Condition attached by the article, in our own words (e.g. three years of work in the field). */
  readonly condition?: string;
  /** Years of work in the field the article says come first, when it gives them. */
  readonly afterWorkYears?: number;
}

/** One of the featured programs. */
export interface Program {
  readonly id: string;
  readonly name: string;
  readonly shortName: string;
  /** Names users type: abbreviations, nicknames, common misspellings are handled by the recognizer. */
  readonly aliases: readonly string[];
  readonly location: { readonly city: string; readonly state: string; readonly stateCode: string };
  readonly accreditorId: string;
  /** The accrediting body as the article names it for this program, where it names a part of the body (SACSCOC). */
  readonly accreditorAsNamed?: { readonly name: string; readonly abbreviation: string };
  /** Time to completion in months, as a range (min = max for a single figure). */
  readonly duration: { readonly minMonths: number; readonly maxMonths: number };
  readonly tuition: readonly TuitionFigure[];
  readonly credits: Known<{ readonly amount: number; readonly unit: 'semester_hours' | 'credits' }>;
  readonly delivery: Known<DeliveryMode>;
  readonly financialAid: Known<boolean>;
  /** Whether applicants must be admitted to the college itself. */
  readonly requiresInstitutionAdmission: Known<boolean>;
  /** Whether someone new to imaging can enrol (false: only already-registered professionals). */
  readonly openToNewcomers: Known<boolean>;
  /** The program's own entry conditions; unknown when the article names none beyond the basics. */
  readonly requirements: Known<Requirement>;
  readonly startTerms: Known<readonly string[]>;
  readonly credential: { readonly kind: 'certificate' | 'associate_degree'; readonly name: string };
  readonly department: Known<string>;
  readonly certificationLevels: Known<string>;
  readonly relations: readonly BodyRelation[];
  /** Other things the article says about the program, in our own words. */
  readonly highlights: readonly string[];
  /** Whom the article says the program suits, with its reason. */
  readonly suits: readonly { readonly audience: Audience; readonly note: string }[];
}

/** What a recognized intent asks the bot to do; dialogs route on this, never on intent ids. */
export type IntentAction =
  | { readonly kind: 'topic'; readonly topic: string }
  | { readonly kind: 'programAttribute'; readonly attribute: ProgramAttribute }
  | { readonly kind: 'programOverview' }
  | { readonly kind: 'programList' }
  | { readonly kind: 'accreditors' }
  | { readonly kind: 'compare' }
  | { readonly kind: 'query' }
  | { readonly kind: 'finder' }
  | { readonly kind: 'smalltalk'; readonly reply: SmalltalkReply }
  | { readonly kind: 'source' }
  | { readonly kind: 'term' }
  | { readonly kind: 'outOfScope' };

/** Small talk the bot answers. */
export const SMALLTALK_REPLIES = [
  'greeting',
  'thanks',
  'goodbye',
  'help',
  'cancel',
  'identity',
  'contact',
  'rude',
] as const;
export type SmalltalkReply = (typeof SMALLTALK_REPLIES)[number];

/** Program attributes the bot can answer about. */
export const PROGRAM_ATTRIBUTES = [
  'tuition',
  'location',
  'accreditation',
  'duration',
  'delivery',
  'financial_aid',
  'admission',
  'start_terms',
  'credential',
  'certifications',
] as const;
export type ProgramAttribute = (typeof PROGRAM_ATTRIBUTES)[number];
/** The attribute that is a program's price, and what "more than" or "less than" another program is about when no measure is named. */
export const PRICE_ATTRIBUTE: ProgramAttribute = 'tuition';

/** An intent, learned from its example utterances. */
export interface IntentDefinition {
  readonly id: string;
  readonly description: string;
  readonly action: IntentAction;
  /** When a program is named explicitly, answer with this intent instead (e.g. accreditation → program accreditation). */
  readonly whenProgramNamed?: string;
  /**
   * Below this score the intent is only offered in "Did you mean…?", never acted on directly:
   * for intents that throw work away ("start over" must not fire on "I want to start in the fall").
   */
  readonly minConfidence?: number;
  readonly examples: readonly string[];
}

/** Words for an entity value (attribute, residency, ...). */
export interface SynonymEntry {
  readonly id: string;
  readonly synonyms: readonly string[];
}

/** A US state, for location questions ("anything in California?"). */
export interface UsState {
  readonly name: string;
  readonly code: string;
}

/**
 * A kind of question the article leaves unanswered although it sounds close to it (pay, jobs): the
 * refusal then says what is missing and what the article does say instead.
 */
export interface Silence {
  readonly id: string;
  /** What the article is silent on, for people reading the data. */
  readonly about: string;
  /** Each trigger is a set of words that must all be in the message (normalized, spell-corrected tokens). */
  readonly triggers: readonly (readonly string[])[];
  /** The reply, in our own words. */
  readonly text: string;
  readonly followUps: readonly string[];
  /** Something in the student's own situation that may bear on getting in (a record, their English): said before an answer about it. */
  readonly aboutStudent?: boolean;
  /** About the student's situation without bearing on the question ("my employer pays"): said after its answer. */
  readonly aside?: boolean;
  /**
   * For an aside: a yes or no about time the message asks depends on it ("would 10 hrs a week be enough to finish in a
   * year?"), so the answer gives the facts without one.
   */
  readonly unsettlesTime?: boolean;
  /** The student's own pace of credits answers it ("at 3 credits a term, how many terms?"): no silence then. */
  readonly settledByPace?: boolean;
}

/** The whole validated knowledge base. */
export interface KnowledgeBase {
  readonly source: Source;
  readonly topics: readonly Topic[];
  /** What nearly every program asks applicants for. */
  readonly commonRequirements: readonly string[];
  /** The one of {@link commonRequirements} that any finished schooling meets (a diploma, a GED, a degree). */
  readonly schoolingRequirement?: string;
  /** Words students use for each common requirement ("letter of recommendation", "GED"). */
  readonly commonRequirementPhrases: readonly { readonly requirement: string; readonly phrases: readonly string[] }[];
  /** What only some schools ask for, per the article ("an associate degree"), and the answer to "do I need it?". */
  readonly otherRequirements: readonly OtherRequirement[];
  /** Bodies and phrases the article names that students ask about. */
  readonly terms: readonly Term[];
  /** Questions the article does not answer, with the honest reply for each. */
  readonly silences: readonly Silence[];
  readonly accreditors: readonly Accreditor[];
  readonly programs: readonly Program[];
  readonly intents: readonly IntentDefinition[];
  readonly attributes: readonly SynonymEntry[];
  readonly residencies: readonly SynonymEntry[];
  readonly states: readonly UsState[];
  /** Vocabulary for filters, superlatives and figures in questions over the data. */
  readonly query: QueryVocabulary;
  /** Vocabulary of what students say about themselves. */
  readonly student: StudentVocabulary;
  readonly spanish: SpanishVocabulary;
  /** Map coordinates of state centres and cities, for distance estimates (general geography, not the article's). */
  readonly geography: Geography;
}

/** Latitude and longitude in degrees. */
export type LatLon = readonly [number, number];

/** Where states and cities are on the map. */
export interface Geography {
  /** The centre of every state, by code. */
  readonly states: ReadonlyMap<string, LatLon>;
  /** Cities by name (every program's city among them), each with its state's code. */
  readonly places: readonly { readonly name: string; readonly state: string; readonly at: LatLon }[];
}

/** Words for one value of the query vocabulary (a filter, a term, an exam body...). */
export interface QueryTerm<Id extends string = string> {
  readonly id: Id;
  /** Phrases that name it; matched on stemmed tokens, longest first. */
  readonly phrases: readonly string[];
}

/** A filter and its words; `opposites` ask for the programs without it ("different rates for residents"). */
export interface QueryCriterion extends QueryTerm<QueryCriterionId> {
  readonly opposites: readonly string[];
}

/** Filters the query engine understands besides places, accreditors, bodies, terms and figures. */
export const QUERY_CRITERIA = [
  'online',
  'newcomers',
  'professionals_only',
  'financial_aid',
  'no_admission',
  'associate_degree',
  'certificate',
  'flexible_start',
  'no_registration',
  'same_rate',
  'per_credit',
] as const;
/** One of {@link QUERY_CRITERIA}. */
export type QueryCriterionId = (typeof QUERY_CRITERIA)[number];

/** "cheapest", "fastest", ...: which measure to rank on and which end wins. */
export interface SuperlativeTerm extends QueryTerm<'cheapest' | 'most_expensive' | 'fastest' | 'longest'> {
  readonly measure: 'tuition' | 'duration';
  readonly order: 'lowest' | 'highest';
}

/** A named group of US states ("the Midwest"). */
export interface RegionTerm extends QueryTerm {
  /** Where, as it follows "programs": "in the Midwest", "on the West Coast". */
  readonly label: string;
  readonly states: readonly string[];
}

/** A unit word after a number: "dollars" (money), "years" (12 months) or "credits". */
export interface UnitWord {
  readonly phrase: string;
  readonly measure: 'money' | 'months' | 'credits';
  readonly factor: number;
  /** Words that make the phrase no unit when they follow it ("a summer term" is no length). */
  readonly notBefore?: readonly string[];
}

/** How a message points at one entry of a list by its place in it. */
export interface PositionVocabulary {
  /** Ordinal words and their place, 1-based; -1 means the last entry. */
  readonly ordinals: readonly { readonly word: string; readonly value: number }[];
  /** Nouns an ordinal must come before to count ("the second one", not "my first question"). */
  readonly nouns: readonly string[];
  /** Words before a number that make it a place in the list ("number 2", "option three"). */
  readonly numberPrefixes: readonly string[];
}

/** Comparators before a figure: inclusive bounds, strict ones ("cheaper than"), and the start of a range. */
export const COMPARATORS = ['at_most', 'at_least', 'less_than', 'more_than', 'between'] as const;
export type Comparator = (typeof COMPARATORS)[number];

/** What a student says about their background. */
export const BACKGROUNDS = ['beginner', 'other_health', 'imaging', 'imaging_student'] as const;
export type Background = (typeof BACKGROUNDS)[number];
/** The education a student says they have (or lack). */
export const EDUCATION_LEVELS = ['no_high_school', 'high_school', 'associate', 'bachelor'] as const;
export type EducationLevel = (typeof EDUCATION_LEVELS)[number];

/** Words that tell what a student says about themselves, from `knowledge/lexicon.json` → `student`. */
export interface StudentVocabulary {
  readonly backgrounds: readonly QueryTerm<Background>[];
  readonly education: readonly QueryTerm<EducationLevel>[];
  /** Phrases that say the student already works ("I work full time"). */
  readonly working: readonly string[];
  /** Phrases before a place that make it where the student lives ("I live in", "from"). */
  readonly residence: readonly string[];
  /** Words before a place that make it where the student lives only next to "I", "my" ("I'm from Ohio"). */
  readonly residenceWithSelf: readonly string[];
  /** Words after a place that make it where the student lives ("Texas resident"). */
  readonly residenceAfter: readonly string[];
  /** Words a student opens a message with to say who they are ("single mom in Ohio"): the place right after is home. */
  readonly selfNouns: readonly string[];
  /** Phrases that mean the student's own state ("my state", "close to home"). */
  readonly homeState: readonly string[];
  /** Words near a number of years that make it the student's years in imaging. */
  readonly experience: readonly string[];
  /** Words right before or after a registry that say the student holds it ("ARRT registered", "in good standing with the ARDMS"). */
  readonly holding: readonly string[];
  /** Words that make a body named in the message a requirement asked about, not a registration held. */
  readonly requirementCues: readonly string[];
  /** Words of a student speaking about themselves ("I", "my", "as"). */
  readonly selfWords: readonly string[];
  /** Cities students name, with their state. */
  readonly cities: readonly { readonly name: string; readonly state: string }[];
  /** What people of a state are called ("Texan"), with the state. */
  readonly demonyms: readonly { readonly word: string; readonly state: string }[];
}

/** Words that tell a message is in Spanish (the bot answers in English and says so). */
export interface SpanishVocabulary {
  readonly words: readonly string[];
  /** Share of a message's words that must be Spanish. */
  readonly minShare: number;
}

/** Vocabulary for questions over the programs' data, from `knowledge/lexicon.json` → `query`. */
export interface QueryVocabulary {
  readonly superlatives: readonly SuperlativeTerm[];
  readonly criteria: readonly QueryCriterion[];
  /** Words that turn a criterion around when they come just before it ("not online"). */
  readonly negators: readonly string[];
  /** Professional bodies by abbreviation (matches {@link BodyRelation.body}). */
  readonly bodies: readonly QueryTerm[];
  readonly relations: readonly QueryTerm<BodyRelation['relation']>[];
  readonly terms: readonly QueryTerm[];
  readonly regions: readonly RegionTerm[];
  /** "under", "at least", "cheaper than", "more than", and "between" (the lower end of a range whose upper end follows). */
  readonly comparators: readonly QueryTerm<Comparator>[];
  /** Words after an amount that give its unit ("$300 per credit", "$6,000 a year"): a figure, not a budget. */
  readonly moneyUnits: readonly { readonly phrase: string; readonly unit: Exclude<TuitionUnit, 'unspecified'> }[];
  /** Words after an amount that make it neither a budget nor a rate ("$25 an hour"). */
  readonly ignoredUnits: readonly string[];
  /** Emoji read as words ("👋" is a greeting). */
  readonly emoji: readonly { readonly emoji: string; readonly word: string }[];
  readonly units: readonly UnitWord[];
  readonly numberWords: readonly { readonly word: string; readonly value: number }[];
  /** Words that point back at the last list shown ("which of those…"). */
  readonly anaphora: readonly string[];
  /** Words that pick one entry of the last list shown ("the second one", "number 3", "the last school"). */
  readonly positions: PositionVocabulary;
  /** Words that mean every program ("compare all of them", "with the others"). */
  readonly everything: readonly string[];
  /** Short answers to the program finder's yes/no questions. */
  readonly answers: {
    readonly yes: readonly string[];
    readonly no: readonly string[];
    readonly either: readonly string[];
    /** Short answers to "registered or new to the field?" that mean new. */
    readonly newcomer: readonly string[];
    /** Words that say online study is not needed, whichever question is open ("in person is fine"). */
    readonly onlineNotNeeded: readonly string[];
  };
  /** Answers that skip a question of the program finder. */
  readonly skip: readonly string[];
  /** Words a question starts with ("how do I apply…", "is there…"). */
  readonly questionWords: readonly string[];
  /** Words a yes/no question starts with ("can", "is", "does"). */
  readonly yesNoWords: readonly string[];
  /** Words skipped before a question starts ("so", "ok", "quick question"). */
  readonly fillers: readonly string[];
  /** Words that ask whether someone can get in or whether a program suits them ("eligible", "get into", "good fit"). */
  readonly eligibility: readonly string[];
  /** Words that ask about getting in only when the question is about admission ("can I", "apply"). */
  readonly eligibilityWeak: readonly string[];
  /** Words that ask about admission to the college itself ("admitted to", "without enrolling"). */
  readonly institutionAdmission: readonly string[];
  /** Words that ask what something is ("what is", "stand for", "explain"). */
  readonly definitions: readonly string[];
  /** Words that ask the program finder for its results now ("what do you recommend?"). */
  readonly finish: readonly string[];
  /** Words that ask about programs in general ("is there a program", "which ones"): with a filter, a question over the data. */
  readonly general: readonly string[];
  /** Words before a sum the student earns, which is no budget ("making about 30k", "my salary is $40,000"). */
  readonly incomeWords: readonly string[];
  /** Words that ask what the student pays themselves after someone else pays part ("what would I be out of pocket after the $4,800?"). */
  readonly outOfPocketWords: readonly string[];
  /** Words that rank programs by how hard they are to get into ("and the hardest?" after the easiest to get into). */
  readonly entryEase: readonly string[];
  /** Words of a time of year or of the calendar ('January', 'the fall semester'): waiting until one of them asks when a program starts, not whether the student gets in. */
  readonly calendarWords: readonly string[];
  /** Words that keep what the last message supposed about the student ('assuming that works out', 'if so', 'in that case'): the next answer is for that student too. */
  readonly suppositionKept: readonly string[];
  /** Words of reaching a person; without one, a message is never a request to be put in touch ("can I talk to an advisor?"). */
  readonly contactWords: readonly string[];
  /** Words for someone else paying toward tuition: a sum or share near them is help, not the student's budget ("my employer reimburses up to $3,000 a year", "my job covers half"). */
  readonly helpWords: readonly string[];
  /** Words that ask about a detail of a basic requirement the article names without detail ("translated", "who can write it", "is my caseworker ok"). */
  readonly requirementDetails: readonly string[];
  /** Words that ask for options only as the last words of a message, after a story ("…8k cap. go.", "…lincoln ne. shoot."). */
  readonly openRequestsLast: readonly string[];
  /** Words that ask for two programs' costs added together ("combined", "together", "one would do Clarkson and the other HACC"). */
  readonly sumWords: readonly string[];
  /** Words that ask what would remain of the student's money after a program ("how much would I have left over"). */
  readonly leftoverWords: readonly string[];
  /** Words that ask what a school wants from an applicant ("what do they need from me", "the bare minimum"): its admission requirements. */
  readonly admissionAsked: readonly string[];
  /** Words that ask about a program finished in its shortest time ("as fast as possible", "blast through"). */
  readonly fastestPace: readonly string[];
  /** Words that ask whether the student is shut out of a program ("does that rule me out?", "is EFSC out for me?"): a "yes" to them is a "no" to getting in. */
  readonly ruledOut: readonly string[];
  /** Words that add an amount to the budget the student gave before ("what if I add $1,600?", "with another $2,000"); "more than" compares instead. */
  readonly budgetAdded: readonly string[];
  /** Words that make a sum the student's own money ("I have $9,739 saved") rather than a price of the article quoted back. */
  readonly ownMoneyWords: readonly string[];
  /** Countries and phrases for living outside the US ("in Lagos, Nigeria", "stationed overseas"): a student there pays the out-of-state rate wherever a school has one. */
  readonly abroadPlaces: readonly string[];
  /** Words that ask whether a school would take what the student has ("would they accept my transcripts?"), which the article never says. */
  readonly acceptWords: readonly string[];
  /** Nouns for abbreviations ("which acronyms does the article use?"): the programs' short names are listed too. */
  readonly acronymNouns: readonly string[];
  /** Words that ask what the article names ("mentioned", "come up"). */
  readonly mentionWords: readonly string[];
  /** Plural nouns for the bodies and credentials the article names, asked as a list ("which organizations does it mention?"). */
  readonly namedBodyNouns: readonly string[];
  /** Words that ask which programs are tied in a ranking ('any ties?'). */
  readonly tieWords: readonly string[];
  /** Words that name residency itself rather than a rate ('since my residency changes'): never read as in-state or out-of-state. */
  readonly residencyWords: readonly string[];
  /** Words that, alone after an answer about cost, ask for the whole cost of the programs just discussed ("so total?", "roughly?"). */
  readonly totalFollowUps: readonly string[];
  /** Words that ask whether something the student just said changes the last answer ("does that change things?", "would that make a difference?"). */
  readonly changeWords: readonly string[];
  /** Ordinary words the spelling correction leaves as they are ("lets" is not a misspelt "less"). */
  readonly plainWords: readonly string[];
  /** Words opening a short follow-up that asks the last question again of something new ("what about prior work experience?", "how about for Weber?"). */
  readonly followUpOpeners: readonly string[];
  /** Words that ask the last question again for a new situation ("what if I moved to Boise, would that flip it?", "does that change anything?"). */
  readonly reaskWords: readonly string[];
  /** Words that point at the program of a pair not under discussion ("the other one", "the other online one", "the others"). */
  readonly otherWords: readonly string[];
  /** Words for miles after a number ("within 500 miles of Reno"): a distance, never money */
  readonly mileWords: readonly string[];
  /** Words for the body that registers a student ("which board", "which registry would I be with") */
  readonly registryNouns: readonly string[];
  /** Words that ask a cost for two people together ("for the two of us", "both of us") */
  readonly groupWords: readonly string[];
  /** Words that ask for the next place in the last ranking ("and after that one?", "the next one?", "runner-up?") */
  readonly nextWords: readonly string[];
  /** Words that ask how near a program is only when a place follows ("close to Denver", "near Chicago") */
  readonly nearPlaceWords: readonly string[];
  /** Words that ask how near a program is ("closest", "nearest", "how far"): answered with straight-line distances */
  readonly nearWords: readonly string[];
  /** Words that ask for a cost per month ("per month", "monthly", "a month") */
  readonly monthlyWords: readonly string[];
  /** Nouns for the accrediting bodies themselves ("which accreditors…", "which of the accrediting bodies…") */
  readonly accreditorNouns: readonly string[];
  /** Words that make a background the only thing the student is ("just a nurse", "only an RN", "a nurse instead"): they hold no imaging registration */
  readonly soleWords: readonly string[];
  /** Words after which a number between 1900 and 2099 is a year, never money ('graduated in 2009', 'since 2015'). */
  readonly yearWords: readonly string[];
  /** Words that put a schooling phrase in the past ('back when I was in high school'). */
  readonly pastWords: readonly string[];
  /** Words that make the number after them a frequency, never a length or an amount ('we relocate every two years'). */
  readonly frequencyWords: readonly string[];
  /** Job words that, right after a registry's name, say the student holds it ('an ARRT tech', 'ARDMS sonographer'). */
  readonly certifiedJobs: readonly string[];
  /** How a short follow-up that changes a fact about the student opens ('and if I weren't licensed?', 'what if I was just a nurse?'): the last question is asked again for that student. */
  readonly hypotheticals: readonly string[];
  /** Words that ask by how much two figures differ ('how much more', 'the difference between'), or how many times one is the other ('double'). */
  readonly differenceWords: readonly string[];
  /** A short follow-up that asks why the last answer is so ('why not?', 'how come?'): the last question is answered again, with its reason. */
  readonly reasonAsked: readonly string[];
  /** Words that ask for a judgement of one body or program against another ('is WASC better than MSCHE?'), which the article never gives. */
  readonly judgements: readonly string[];
  /** Words of a move: the place after them is where the student will live ('I'm from Florida but moving to Utah'). */
  readonly moves: readonly string[];
  /** Words around a move that keep a follow-up about where the student will live elliptical ('and if I moved to Idaho before starting?'). */
  readonly movingTimes: readonly string[];
  /** Words that set aside what follows them as not wanted ('an associate degree instead of just a certificate'): a criterion right after them is no filter. */
  readonly contrasts: readonly string[];
  /** Short open requests that, after a story about the student, ask what suits them ("…live in Nebraska, want to start this summer. Options?"): the program finder, starting from the story. */
  readonly openRequests: readonly string[];
  /** Words saying the college itself turned the student down ("I got rejected from Oregon Tech's regular admissions"): a question about doing the program without admission. */
  readonly admissionRefused: readonly string[];
  /** Words students type in capitals that name nothing (ASAP, FYI, LOL): never reported as something the article does not mention. */
  readonly notNames: readonly string[];
  /** Words that ask for the last explanation again, more simply ("explain it simpler", "what does that mean in plain English?"). */
  readonly rephrase: readonly string[];
  /** Words that, alone after a program and a story about the student, ask whether it would take them ("…never sat for the registry. EFSC ok?"). */
  readonly approval: readonly string[];
  /** Words for someone who could be getting into a program besides the students own "I" and the people the lexicon names ("can someone…", "would they accept applicants…"). */
  readonly people: readonly string[];
  /** Words that leave out the program named right after them ("anything in Florida besides EFSC?", "online but not Weber"). */
  readonly exclusionWords: readonly string[];
  /** Words that ask whether a program suits the student ("a good fit for me?", "would it work for me?"), which whom the article says it suits answers; getting in is asked with the eligibility words. */
  readonly suitWords: readonly string[];
  /** Words that ask whether a program takes students from outside its area ("only for local students?", "people outside Pennsylvania"). */
  readonly fromElsewhere: readonly string[];
  /** Comparative words ("cheaper", "faster"): asked right after two programs were talked about, they compare those two. */
  readonly comparatives: readonly string[];
  /** Words that ask whether a program needs the student to move or attend in person ("do I have to relocate?"): the opposite of asking whether it is online. */
  readonly inPerson: readonly string[];
  /** Words that, with an amount of money, ask what fits within that budget rather than which program is cheapest ("what can I afford with $10,000?"). */
  readonly withinBudget: readonly string[];
  /** Words for someone other than the student ("my cousin lives in Utah"): a place they live in is not the student's home. */
  readonly otherPeople: readonly string[];
  /** Words that ask for the whole cost of a program rather than a rate ("overall", "in total"): a comparison of totals needs both totals. */
  readonly totalCost: readonly string[];
  /** Words that ask for help choosing a program ("help me choose", "which program should I pick"): with no program named, the program finder starts. */
  readonly finderStart: readonly string[];
  /** Words that ask whether the student can do or take a program ("can I do EFSC?"): eligibility, unless the message also names what it asks about ("can I do it online?"). */
  readonly eligibilityDoing: readonly string[];
  /** Words that ask who or what the bot is ("are you a real person?", "are you a bot?"): in a short message, the identity answer. */
  readonly identity: readonly string[];
}
