/**
 * What a message says about the student: their background, registrations, education, whether they
 * already work, and where they live. The same words play other roles elsewhere ("an associate
 * degree" can be what a program awards; "Idaho" can be where a campus is), so each fact is read
 * only where the message speaks about the student.
 */
import { MONTHS_PER_YEAR } from '../advice/costs.js';
import type { StudentFacts } from '../advice/eligibility.js';
import type { Background, EducationLevel, KnowledgeBase } from '../knowledge/types.js';
import { cityNamed, programByCity } from '../knowledge/places.js';
import type { EntityMention } from '../nlu/entities.js';
import { normalize, tokenize } from '../nlu/text.js';
import { PhraseMatcher, type PhraseMatch } from './phraseMatcher.js';

type Cue =
  | 'working'
  | 'residence'
  | 'residenceWithSelf'
  | 'residenceAfter'
  | 'requirement'
  | 'self'
  | 'selfNoun'
  | 'experience'
  /** A body's name ("Southern Association"), whose words say nothing of the student ("association" is no associate's). */
  | 'bodyName'
  | { readonly background: Background }
  | { readonly education: EducationLevel };

/** Right after a body: its exam still to come ("ARDMS exam isn't till next month", "ARRT boards are not until May"). */
/** Words before a body's name that say its exam was never taken ("never sat for the", "haven't taken my"). */
const NOT_TAKEN =
  /\b(never|not|n t|not yet|haven t|havent|have not) (sat|sit|taken|took|take|passed|pass)( for| in)?( the| my| an| a)?$/;
/** How many words before a body's name {@link NOT_TAKEN} may take. */
const NOT_TAKEN_REACH = 5;
const PENDING =
  /^(exam|boards|registry|board exam)( exam)? (is not|isnt|isn t|are not|arent|aren t) (until|till|til)\b/;
/** Anywhere in the message: a registration still on its way ("my registration hasn't come through yet", "once I pass"). */
const AWAITED =
  /\b(registration|registry|card|certificate|certification|license|results|number|scores) (hasn t|hasnt|has not|haven t|havent|have not|isn t|isnt|is not|aren t|arent|are not) (yet )?(come|came|arrived|been issued|issued|been processed|processed|gone through|come through|come in|posted|official|out)\b|\bpending\b|\bwaiting (on|for) (my |his |her |the )?(\w+ )?(registration|results|card|scores|license|number)\b|\b(once|after|when) (i|he|she|they) (pass|passes|am registered|is registered|get registered|gets registered)\b|\b(exam|exams|boards|board exam|registry exam|test) (is |are )?in (a |an |\w+ )?(few )?(days?|weeks?|months?)\b/;
/** "My friend in Ohio", "my cousin from Boise": the words between a person and where they live. */
const OTHERS_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'from']);
/** The words after "I work" that lead to where ("I work in Arizona", "at a clinic in Mesa", "for IHS in Arizona"). */
const WORKPLACE_LINKS: ReadonlySet<string> = new Set(['in', 'at', 'for', 'out']);
/** How far after "I work" that place may stand ("I work for the Indian Health Service in Arizona"). */
const WORKPLACE_REACH = 6;
/** Words that say the student has never worked in imaging. */
const NO_IMAGING_WORK =
  /\b(no|zero|without any|without) (imaging|radiology|radiologic|field) (work )?(history|experience|background)\b|\bnever (worked|been) in (imaging|radiology|a radiology department)\b|\bno (work )?experience in (imaging|radiology|the field)\b|\b(zero|no) (years?|months?) (of (work )?experience )?(in|of) (imaging|radiology|the field)\b/;

/** A sentence of a message as a span of its words, and whether it asks something. */
export interface SentenceSpan {
  readonly start: number;
  readonly end: number;
  readonly asks: boolean;
}

/** A place in a sentence that asks nothing, with the words of that sentence before it. */
export interface StatedPlace {
  readonly place: EntityMention;
  readonly before: readonly string[];
}

/** How far before a place a residence cue may stand ("I live in beautiful Ogden"). */
const RESIDENCE_REACH = 4;
/** How far before "from" or "in" the student's "I" or "my" may stand ("I am originally from"). */
const SELF_REACH = 3;
/** Words after "as" that make it a comparison, not who the student is ("the same as the school in Omaha"). */
const ASIDE_OBJECTS: ReadonlySet<string> = new Set(['the', 'that', 'this', 'those', 'these', 'it', 'they', 'them']);
/** How many words of pay may stand between the student and where they are ("I make $24 an hour in"). */
const INCOME_GAP = 6;
/** Words that make "I'm a … in <place>" something other than a job held there ("a fan of programs in Utah", "hoping to"). */
const NOT_A_JOB: ReadonlySet<string> = new Set(['to', 'of', 'for', 'with', 'program', 'programs', 'school', 'schools']);
/** How far before "in" or "from" the student's "I'm a…" may stand when a job comes between ("I'm a support analyst in Reno"). */
const SELF_NOUN_REACH = 5;
/** How far before a background a word saying it is all the student is ("just a nurse", "only a new grad RN") stands. */
const SOLE_REACH = 2;
/** How far before a background a negator denies it ("not a radiographer"). */
const DENIAL_REACH = 2;
/** How far before a background ("I've been a registered nurse") the student's "I" may stand. */
const BACKGROUND_SELF_REACH = 5;
/** How far before a residence cue a word for someone else makes it their home ("my cousin lives in"). */
const OTHER_REACH = 2;
/** How far back a person named may be the one a place is said of ("my mom works at a hospital in Tulsa"). */
const OTHER_CLAUSE_REACH = 5;
/** How far before a schooling phrase the past may stand ("when I was in high school"). */
const SCHOOLING_REACH = 4;
/** What a student spends years of at school ("2 years of college", "3 yrs of pre-med"). */
const SCHOOLING_NOUNS: ReadonlySet<string> = new Set([
  'college',
  'university',
  'uni',
  'school',
  'study',
  'studies',
  'coursework',
  'classes',
  'courses',
  'med',
  'premed',
  'bio',
  'biology',
  'nursing',
  'engineering',
  'undergrad',
]);
/** Words of a finished schooling, and how far before "1 yr at…" they make it more schooling ("diploma + 1 yr at SLCC"). */
const DIPLOMA_WORDS: ReadonlySet<string> = new Set(['diploma', 'ged', 'degree', 'hs', 'hiset']);
const ADDED_REACH = 3;
/** Words before a number of years that make it time since school ("out of school for 11 years", "away from college 5 yrs"). */
const OUT_OF_SCHOOL =
  /\b(out of|away from|been out of|left|outta)( high)? (school|college|university|class|the classroom|education)( for)?$/;
/** How many words before the number "out of school for" may start. */
const OUT_OF_SCHOOL_REACH = 6;

/** Words of leaving school, and how far before "after N years" they are looked for. */
const LEFT_WORDS: ReadonlySet<string> = new Set(['dropped', 'quit', 'left', 'stopped', 'withdrew']);
const LEFT_REACH = 8;
/** Words after "dropped out" that name what was left ("of pre-med", "from the army"). */
const LEFT_WHAT: ReadonlySet<string> = new Set(['of', 'from']);
/** Words that make the "as" after them someone else's ("she started as an X-ray tech"). */
const THIRD_PERSON: ReadonlySet<string> = new Set(['she', 'he', 'they', 'her', 'his', 'their', 'someone', 'who']);
/** "She's", "he's" run together: someone else is. */
const SOMEONE_IS: ReadonlySet<string> = new Set(['shes', 'hes', 'theyre']);
/** How far before a job a word for someone else makes it theirs ("she's a sonographer", "my wife is an X-ray tech"). */
const THIRD_PERSON_REACH = 3;
/** How far into a message the words saying who the student is may start to count as its opening ("hi, single mom in Ohio"). */
const OPENING_REACH = 3;
/** Words just before a country that put the student there ("in", "from", "living"). */
const ABROAD_CUES: ReadonlySet<string> = new Set([
  'in',
  'from',
  'live',
  'living',
  'lives',
  'based',
  'stationed',
  'here',
  'at',
  'moved',
  'located',
]);
/** How far before a country its cue may stand ("stationed at Ramstein in Germany"). */
const ABROAD_REACH = 3;
/** How many words before "<state> resident" a negation may stand ("not a Florida resident"). */
const RESIDENCE_DENIAL_REACH = 2;
/** Words that list one more thing under the same negation ("no diploma or GED"). */
const LIST_OR: ReadonlySet<string> = new Set(['or', 'nor']);
/** Words that may stand between "or" and the thing listed ("or a GED"). */
const ARTICLES: ReadonlySet<string> = new Set(['a', 'an', 'my', 'the', 'any']);
/** How many words before a diploma a negation may stand ("never got a diploma"). */
const SCHOOLING_NEGATION_REACH = 3;
/** How many words before a city and its state may not ask a question or name a program for it to be a home. */
const PAIR_REACH = 2;
/** How far after the "in" that follows a job its place may stand ("a rad tech in beautiful Ogden"). */
const JOB_PLACE_REACH = 2;
/** How far after an imaging job a body may stand to be that person's registration ("rad tech in Cocoa FL, ARRT"). */
const JOB_HOLD_REACH = 4;
/** Words after a place that make it one of several asked about ("Utah or Idaho?") or a possessive ("Utah's programs"). */
const LIST_JOINERS: ReadonlySet<string> = new Set(['or', 'and', 'vs', 'versus', 's']);
/** How far before a body the student's "I" or "my" may stand for the body to be theirs. */
const HOLD_SELF_REACH = 6;
/** How many words before bodies joined by "or" a "whether" or "if" makes them alternatives ("whether I'm ARDMS or ARRT"). */
const ALTERNATIVES_REACH = 4;
/** Words by which the student speaks of themselves. */
export const FIRST_PERSON: ReadonlySet<string> = new Set(['i', 'im', 'me', 'my']);
/** What a student can be new to without being new to imaging ("new to PACS", "new to informatics"). */
const PACS_SIDE: ReadonlySet<string> = new Set(['pacs', 'informatics', 'archiving']);
/** A question about the student after a supposition's clause ("once I'm done, can I…", "if I pass, will I…"). */
const MAIN_QUESTION = /\b(can|could|will|would|should|do|may|am) (i|we)\b/;
/** Words before a body that a credential was earned through ("RDCS through ARDMS", "CNMT via the NMTCB"). */
const EARNED_THROUGH: ReadonlySet<string> = new Set(['through', 'via', 'thru']);
/** Words after a body that opens a sentence and make it the writer's own ("ARDMS here", "RDMS (ARDMS) in Bismarck"). */
const SIGNED_OFF: ReadonlySet<string> = new Set(['here', 'in', 'from', 'based', 'living', 'out']);

/** Words of wanting: a body "with" which something is wanted is not held ("I want a program with ABII"). */
const WISHES: ReadonlySet<string> = new Set([
  'want',
  'wants',
  'need',
  'needs',
  'looking',
  'prefer',
  'like',
  'hoping',
  'seeking',
]);

/** Words before a body that liken something else to it ("equivalent to the ARRT", "counts as ARDMS", "instead of NMTCB"). */
const LIKENED =
  /\b(equivalent|equal|same|similar|comparable|identical)( \w+)? (to|as|with)( the| an| a)?$|\b(instead of|rather than|as good as|versus|vs|compared to|compared with|count as|counts as|the same as)( the| an| a)?$/;

/** Words that say a registration is no longer held. */
const LAPSED =
  /\b(lapse|lapsed|lapsing|expire|expired|expiring|inactive|no longer|not current|not in good standing|revoked|suspended|probation|sanction|sanctioned|under sanction|suspension|censured|let it go|let (my|her|his|their|the) \w+ (go|slide|drop)|missed (my|her|his|their|the) (\w+ )?(\w+ )?renewal|(didn t|did not|never|forgot to|failed to|haven t|have not|hasn t|has not) (been )?renew(ed)?|not renewed|overdue|past due|renewal (is |was )?late|behind on (my |her |his |the )?renewal|gave it up|dropped|failed|fail|did not pass|never passed|not passed|studying for|preparing for|working toward|working towards)\b/;
/** Words that put a registration's good standing in doubt without ending it ("on probation"). */
const STANDING_DOUBT = /\b(probation|probationary|under investigation)\b/;
/** Words that bring a lapsed registration back ("what if I renew it first?", "once it's reinstated"); never after "never". */
const RENEWED =
  /(?<!\b(never|not|n t|didn t|didnt|did not) )\b(renew|renewed|renewing|reinstate|reinstated|reinstating|reactivate|reactivated|restore|restored|get it back|back in good standing|current again|active again)\b/;
/** Words that start a clause of their own, whose lapse words are not about a body before them ("…, but my ARRT is current"). */
const CLAUSE_BREAKS: ReadonlySet<string> = new Set(['but', 'though', 'although', 'however', 'whereas']);
/** How far around a body the words of a lapse may stand. */
const LAPSE_REACH = 6;
/** Words right before a number of years that ask about them ("is that 3 years…", "…or 3 years of work?"). */
const YEARS_ASKED = /(\b(is|was|are|does|do)( that| it| this| those| they| the)?|\bmean|\bor)$/;
/** How far before a body a negation may stand ("not ARRT", "no ARRT or ARDMS"). */
const NEGATION_REACH = 3;
/** How many words before a residence cue may say the move is only asked about ("do I have to move to"). */
const HYPOTHETICAL_REACH = 2;
/** How far from a number of years the words about the student's work may stand. */
const EXPERIENCE_REACH = 6;
/** Words before a number of years that make it a program's length, not the student's experience. */
/** Words a question uses to point back at a topic named just before it ("NMTCB — is it in the article?"). */
const TOPIC_POINTERS: ReadonlySet<string> = new Set(['it', 'that', 'this', 'them', 'they']);
/** Words before a body that make it what the student read or heard of ("about the ABII", "of the NMTCB"). */
const TOPIC_BEFORE: ReadonlySet<string> = new Set(['about', 'of', 'regarding', 'on']);
/** "Before I finish the GED", "until I get my diploma": schooling still ahead, not held. ("Once I have my GED" supposes it.) */
const SCHOOLING_AHEAD =
  /\b(before|until|till|til) (i |i ve |i m )?(finish|finished|complete|completed|get|got|earn|pass|passed|have)( my| the| a)?$/;
/** Words right after a length that make it a limit on study time ("a year max", "6 months tops"), never time worked. */
const LIMIT_AFTER: ReadonlySet<string> = new Set(['max', 'maximum', 'tops', 'top', 'limit', 'or']);
const PROGRAM_TIME_WORDS: ReadonlySet<string> = new Set([
  'take',
  'takes',
  'taking',
  'last',
  'lasts',
  'finish',
  'complete',
  'program',
  'within',
  'under',
]);

/** Words right before a number of years that make it a length or a limit ("within 2 years", "max 2 years"). */
const BEFORE_A_LENGTH: ReadonlySet<string> = new Set([
  'in',
  'within',
  'under',
  'over',
  'than',
  'about',
  'around',
  'max',
  'maximum',
  'least',
  'most',
  'only',
  'just',
  'next',
  'up',
  'for',
  'those',
  'the',
  'first',
  'another',
  'few',
]);
/** Words right after "N years" that make it a length or a limit ("2 years max", "2 years or less"). */
const AFTER_A_LENGTH: ReadonlySet<string> = new Set(['max', 'tops', 'or', 'maximum', 'long', 'program', 'degree']);

/** Words right before "N years" that make it time the student has ("I have 2 years"). */
const HAVING: ReadonlySet<string> = new Set([
  'have',
  'got',
  'has',
  'had',
  'need',
  'want',
  'spend',
  'give',
  'do',
  'commit',
  'afford',
  'manage',
  'handle',
  'spare',
  'invest',
]);

/** Reads student facts with one knowledge base's vocabulary. */
export class StudentReader {
  private readonly cues: PhraseMatcher<Cue>;
  private readonly bodies: PhraseMatcher<string>;
  private readonly holding: PhraseMatcher<true>;
  private readonly negators: ReadonlySet<string>;
  private readonly selfWords: ReadonlySet<string>;
  private readonly otherPeople: ReadonlySet<string>;
  private readonly incomeWords: ReadonlySet<string>;
  private readonly movingWords: ReadonlySet<string>;
  private readonly pastWords: ReadonlySet<string>;
  private readonly certifiedJobs: ReadonlySet<string>;
  private readonly soleWords: PhraseMatcher<true>;
  private readonly abroad: PhraseMatcher<true>;
  private readonly fillers: ReadonlySet<string>;
  /** Question words and program nouns: between who the student is and a place, they make the place asked about. */
  private readonly notAboutSelf: ReadonlySet<string>;
  /** "Program", "schools"…: a place right before one of them is a program's, not a home ("Utah programs"). */
  private readonly programNouns: ReadonlySet<string>;
  /** Each program's own name for its credential, as words ("radiology informatics associate in applied science"). */
  private readonly credentialNames: readonly (readonly string[])[];

  constructor(private readonly kb: KnowledgeBase) {
    this.credentialNames = kb.programs.map((p) => tokenize(normalize(p.credential.name)));
    const v = kb.student;
    this.cues = new PhraseMatcher<Cue>([
      ...v.backgrounds.flatMap((b) => b.phrases.map((p) => [p, { background: b.id }] as const)),
      ...v.education.flatMap((e) => e.phrases.map((p) => [p, { education: e.id }] as const)),
      ...v.working.map((p) => [p, 'working'] as const),
      ...v.residence.map((p) => [p, 'residence'] as const),
      ...v.residenceWithSelf.map((p) => [p, 'residenceWithSelf'] as const),
      ...v.residenceAfter.map((p) => [p, 'residenceAfter'] as const),
      ...v.experience.map((p) => [p, 'experience'] as const),
      ...v.requirementCues.map((p) => [p, 'requirement'] as const),
      ...v.selfWords.map((p) => [p, 'self'] as const),
      ...v.selfNouns.map((p) => [p, 'selfNoun'] as const),
      ...kb.accreditors.flatMap((a) => [a.name, ...a.aliases].map((p) => [p, 'bodyName'] as const)),
    ]);
    this.bodies = new PhraseMatcher(kb.query.bodies.flatMap((b) => b.phrases.map((p) => [p, b.id] as const)));
    this.holding = new PhraseMatcher(v.holding.map((p) => [p, true] as const));
    this.negators = new Set([...kb.query.negators, 'without', 'neither', 'nor']);
    this.selfWords = new Set(v.selfWords.flatMap((w) => w.split(' ')));
    this.otherPeople = new Set(kb.query.otherPeople);
    this.incomeWords = new Set(kb.query.incomeWords);
    this.movingWords = new Set(kb.query.moves);
    this.pastWords = new Set(kb.query.pastWords);
    this.certifiedJobs = new Set(kb.query.certifiedJobs);
    this.soleWords = new PhraseMatcher(kb.query.soleWords.map((p) => [p, true] as const));
    this.abroad = new PhraseMatcher(kb.query.abroadPlaces.map((p) => [p, true] as const));
    this.fillers = new Set(kb.query.fillers);
    this.programNouns = new Set([...kb.query.positions.nouns, ...kb.query.positions.nouns.map((n) => `${n}s`)]);
    this.notAboutSelf = new Set([
      ...kb.query.questionWords,
      ...kb.query.yesNoWords.flatMap((w) => w.split(' ')),
      ...kb.query.positions.nouns,
      ...kb.query.positions.nouns.map((n) => `${n}s`),
    ]);
  }

  /**
   * The facts a message gives. `places` are the message's state, city and program-city mentions;
   * the ones the student lives in are returned as `homeState` and listed in `residencePlaces`; `alone` gives the
   * places said as sentences of their own, looked at only when nothing else says where the student lives; so is
   * `stated`.
   */
  read(
    tokens: readonly string[],
    places: readonly EntityMention[],
    alone: () => readonly EntityMention[] = () => [],
    /** The places in sentences that ask nothing, each with the words of its sentence before it. */
    stated: () => readonly StatedPlace[] = () => [],
    /** The message's sentences as spans of its words: a lapse said in one is not another's body's. */
    sentenceSpans: () => readonly SentenceSpan[] = () => [],
    /** Whether the message names a price ("how much", "cheapest"), as the recognizer found it. */
    namesPrice = false,
  ): { facts: StudentFacts; residencePlaces: readonly EntityMention[]; othersPlaces: readonly EntityMention[] } {
    const cues = this.cues.match(tokens);
    const has = (pred: (c: Cue) => boolean): PhraseMatch<Cue>[] => cues.filter((m) => pred(m.tag));
    const asksRequirement = has((c) => c === 'requirement').length > 0;
    const facts: { -readonly [K in keyof StudentFacts]: StudentFacts[K] } = {};

    // "A nurse, not a radiographer", "no longer a tech": a background denied is not the student's.
    const backgroundCues = has((c) => typeof c === 'object' && 'background' in c).filter(
      (b) =>
        !tokens.slice(Math.max(0, b.start - DENIAL_REACH), b.start).some((t) => this.negators.has(t)) &&
        // "I'm new to PACS", "pretty new to informatics": new to the archiving side, not to imaging.
        !(tokens[b.end] === 'to' && PACS_SIDE.has(tokens[b.end + 1] ?? '')),
    );
    // "I've been a nurse…; she started as an X-ray tech": what the student says of themselves comes first.
    const selfCues = has((c) => c === 'self').filter(
      (m) => !tokens.slice(Math.max(0, m.start - 2), m.start).some((t) => THIRD_PERSON.has(t)),
    );
    const ownedBy = (b: { readonly start: number }, m: PhraseMatch<Cue>): boolean =>
      m.end <= b.start &&
      b.start - m.end <= BACKGROUND_SELF_REACH &&
      !tokens.slice(m.end, b.start).some((t) => THIRD_PERSON.has(t));
    const own = backgroundCues.filter((b) => selfCues.some((m) => ownedBy(b, m)));
    const background = (own.length > 0 ? own : backgroundCues).map(
      (m) => (m.tag as { background: Background }).background,
    );
    // The most specific background wins: an imaging registration outranks "new", a student outranks "imaging".
    const order: readonly Background[] = ['imaging_student', 'imaging', 'other_health', 'beginner'];
    const chosen = order.find((b) => background.includes(b));
    if (chosen !== undefined) facts.background = chosen;

    // "Do I need a bachelor's degree?": a requirement word between the student's "I" and the degree asks for it.
    const requirementBefore = (m: PhraseMatch<Cue>): boolean => {
      const self = has((c) => c === 'self')
        .filter((x) => x.end <= m.start)
        .pop();
      return has((c) => c === 'requirement').some(
        (r) => r.end <= m.start && (self === undefined || r.start >= self.end),
      );
    };
    // "Back when I was in high school": not the student's schooling now. "Dropped out of pre-med": of something the
    // vocabulary doesn't name as school (its "dropped out of school" would have claimed the words), so no schooling.
    const past = (m: PhraseMatch<Cue>): boolean =>
      (m.tag as { education: EducationLevel }).education === 'no_high_school' &&
      (tokens.slice(Math.max(0, m.start - SCHOOLING_REACH), m.start).some((t) => this.pastWords.has(t)) ||
        LEFT_WHAT.has(tokens[m.end] ?? ''));
    // "Never got a diploma or GED", "I don't have my GED": schooling denied is none, unless other schooling is said
    // ("a GED, not a regular diploma").
    // "…keeps saying 'radiology informatics associate in applied science'": a program's name for its credential.
    const inCredentialName = (m: PhraseMatch<Cue>): boolean =>
      this.credentialNames.some((name) =>
        tokens.some((_, i) => i <= m.start && i + name.length >= m.end && name.every((w, k) => tokens[i + k] === w)),
      );
    const mentions = has((c) => typeof c === 'object' && 'education' in c).filter(
      (m) =>
        !inCredentialName(m) &&
        !requirementBefore(m) &&
        !past(m) &&
        !SCHOOLING_AHEAD.test(tokens.slice(Math.max(0, m.start - 5), m.start).join(' ')),
    );
    const deniedAt = new Set<number>();
    for (const m of mentions) {
      if ((m.tag as { education: EducationLevel }).education !== 'high_school') continue;
      const negated = tokens
        .slice(Math.max(0, m.start - SCHOOLING_NEGATION_REACH), m.start)
        .some((t) => this.negators.has(t) || t === 't');
      // "…or GED", "…or a GED".
      const joined = ARTICLES.has(tokens[m.start - 1] ?? '') ? m.start - 1 : m.start;
      const listedAfterDenied = LIST_OR.has(tokens[joined - 1] ?? '') && deniedAt.has(joined - 1);
      if (negated || listedAfterDenied) deniedAt.add(m.end);
    }
    const denied = (m: PhraseMatch<Cue>): boolean => deniedAt.has(m.end);
    const heldSchooling = mentions.filter((m) => !denied(m));
    // "I never finished high school but I got my GED in 2016": schooling held after schooling missed replaces it.
    const levelOf = (m: PhraseMatch<Cue>): EducationLevel => (m.tag as { education: EducationLevel }).education;
    const lastMissed = heldSchooling.filter((m) => levelOf(m) === 'no_high_school').pop();
    const gotLater =
      lastMissed !== undefined &&
      heldSchooling.some((m) => m.start >= lastMissed.end && levelOf(m) !== 'no_high_school');
    const education = (heldSchooling.length > 0 ? heldSchooling : mentions)
      .filter((m) => !(gotLater && levelOf(m) === 'no_high_school'))
      .map((m) => (denied(m) ? 'no_high_school' : levelOf(m)));
    const level = (['no_high_school', 'bachelor', 'associate', 'high_school'] as const).find((e) =>
      education.includes(e),
    );
    // "Do programs require an associate degree?" asks about a requirement; it says nothing about the student.
    if (level !== undefined && !(asksRequirement && has((c) => c === 'self').length === 0)) facts.education = level;

    if (has((c) => c === 'working').length > 0) facts.working = true;

    // Bodies named as held ("I'm ARRT registered", "NMTCB certified"), not as asked about ("do I need the ARRT?").
    const heldAt: { start: number; end: number }[] = [];
    {
      const held: string[] = [];
      const holding = this.holding.match(tokens);
      const bodies = this.bodies.match(tokens);
      let sentences: readonly SentenceSpan[] | undefined;
      const spans = (): readonly SentenceSpan[] => (sentences ??= sentenceSpans());
      // Where one clause ends and the next begins: at "but" and its like, and between sentences.
      const breaks = [
        ...tokens.flatMap((t, i) => (CLAUSE_BREAKS.has(t) ? [{ before: i, after: i + 1 }] : [])),
        ...(bodies.length > 1 ? spans().filter((x) => x.start > 0) : []).map((x) => ({
          before: x.start,
          after: x.start,
        })),
      ];
      const message = tokens.join(' ');
      const awaited: string[] = [];
      const lapsed: string[] = [];
      // "I'm NOT ARRT registered", "not registered with the ARRT": a body denied is not held, whatever else says so
      // ("I took the ARRT limited scope exam but I'm not ARRT registered").
      const denied = new Set<string>();
      for (const m of bodies) {
        const from = holding.find((h) => h.end === m.start)?.start ?? m.start;
        const before = tokens.slice(Math.max(0, from - NEGATION_REACH), from);
        // "never sat for the ARRT", "haven't taken my ARDMS": the exam not taken, so the registration not held.
        const untaken = NOT_TAKEN.test(tokens.slice(Math.max(0, from - NOT_TAKEN_REACH), from).join(' '));
        if (untaken || before.some((t) => this.negators.has(t))) denied.add(m.tag);
      }
      for (const m of bodies) {
        if (denied.has(m.tag)) continue;
        // "My ARRT registration lapsed", "no longer in good standing with the ARDMS": not held now.
        // "I let my ARDMS go inactive, but my ARRT is current", "ARDMS lapsed last year. ARRT is current.": a lapse in a
        // clause that names another body is that body's.
        const from = Math.max(
          0,
          m.start - LAPSE_REACH,
          ...breaks
            .filter((b) => b.after <= m.start && bodies.some((o) => o.end <= b.before && o.tag !== m.tag))
            .map((b) => b.after),
        );
        const to = Math.min(
          m.end + LAPSE_REACH,
          ...breaks
            .filter((b) => b.before >= m.end && bodies.some((o) => o.start >= b.after && o.tag !== m.tag))
            .map((b) => b.before),
        );
        const around = tokens.slice(from, to).join(' ');
        // "His ARDMS exam isn't till next month": the registration is still ahead.
        const pending = PENDING.test(tokens.slice(m.end, m.end + LAPSE_REACH).join(' ')) || AWAITED.test(message);
        if (pending && !LAPSED.test(around)) {
          awaited.push(m.tag);
          continue;
        }
        // "I'm on probation with the ARRT": whether that is still good standing is for the school to say. With several
        // bodies named, only the one whose clause says so ("ARDMS is fine, but my ARRT is on probation").
        if (STANDING_DOUBT.test(new Set(bodies.map((b) => b.tag)).size > 1 ? around : message)) continue;
        if (LAPSED.test(around) || pending) {
          facts.unregistered = true;
          if (!pending) lapsed.push(m.tag);
          continue;
        }
        // "As an ARDMS-registered sonographer, do I meet the requirement?": held, though the message asks about a requirement.
        // "ARRT registered", "registered ARDMS", "in good standing with the NMTCB".
        // "An ARRT tech", "ARDMS sonographer": a body right before the job it certifies is held.
        const marked =
          holding.some((h) => h.end === m.start || h.start === m.end) ||
          backgroundCues.some((b) => b.start === m.end) ||
          this.certifiedJobs.has(tokens[m.end] ?? '');
        // "What is the ABII?" names a body; "my ARRT", "as an ARDMS sonographer", "ARRT registered" hold one.
        // "rad tech here (ARRT)", "an MRI tech with ARRT": a body right after an imaging job is that person's registration.
        // "…, she's a sonographer w ARDMS": the job of someone else, and so their registration.
        const ofJob = backgroundCues.some(
          (b) =>
            (b.tag as { background: Background }).background === 'imaging' &&
            b.end <= m.start &&
            m.start - b.end <= JOB_HOLD_REACH &&
            !tokens
              .slice(Math.max(0, b.start - THIRD_PERSON_REACH), b.start)
              .some((t) => THIRD_PERSON.has(t) || this.otherPeople.has(t) || SOMEONE_IS.has(t)),
        );
        // "I'm in Macon, Georgia with NMTCB": a body "with" the student, in a sentence about them, is theirs.
        const withSelf =
          tokens[m.start - 1] === 'with' &&
          tokens.slice(0, m.start).some((t) => FIRST_PERSON.has(t)) &&
          !tokens.slice(0, m.start).some((t) => WISHES.has(t)) &&
          !asksRequirement;
        // "I've done echo for 7 years, RDCS through ARDMS.": a body something was earned through, in a sentence that
        // asks nothing, after the writer has spoken of themselves.
        const sentence = spans().find((x) => x.start <= m.start && m.end <= x.end);
        const earnedThrough =
          EARNED_THROUGH.has(tokens[m.start - 1] ?? '') &&
          sentence !== undefined &&
          !sentence.asks &&
          tokens.slice(0, m.start).some((t) => FIRST_PERSON.has(t)) &&
          !tokens.slice(0, m.start).some((t) => WISHES.has(t));
        // "ARDMS RDMS here, …", "RDMS (ARDMS) in bismarck ND.", "ARRT. boise id.": a body opening a sentence (after at
        // most a word of its own), then where the writer is or the end of a sentence that asks nothing, is the writer's.
        // ("HACC ABII?", "ABII?" ask about it.)
        // ("NMTCB — does the article talk about it at all?": a body the next question points back at is its topic.)
        const following = spans().find((x) => x.start >= m.end);
        const pointedAt =
          following !== undefined &&
          following.asks &&
          tokens.slice(following.start, following.end).some((t) => TOPIC_POINTERS.has(t));
        const opening =
          sentence !== undefined &&
          !pointedAt &&
          m.start - sentence.start <= 1 &&
          !places.some((p) => p.start < m.start && m.start - 1 < p.end) &&
          ((m.end === sentence.end && !sentence.asks) ||
            SIGNED_OFF.has(tokens[m.end] ?? '') ||
            (SIGNED_OFF.has(tokens[m.end + 1] ?? '') && !bodies.some((o) => o.start === m.end)));
        const own =
          marked ||
          ofJob ||
          withSelf ||
          earnedThrough ||
          opening ||
          (has((c) => c === 'self').some(
            (s) =>
              s.end <= m.start &&
              m.start - s.end <= HOLD_SELF_REACH &&
              !tokens.slice(s.end, m.start).some((t) => WISHES.has(t)),
          ) &&
            // "I read about the ABII", "I've heard of the NMTCB": a body the student knows of, not one they hold.
            !TOPIC_BEFORE.has(tokens[tokens[m.start - 1] === 'the' ? m.start - 2 : m.start - 1] ?? ''));
        // "Does EFSC want me to hold both ARRT and ARDMS?" asks; it does not say. "Can I take the ABII exam?" or "go for the ABII" is ahead of them,
        // as are "I want ABII certification", "which programs make me eligible for the ABII exam?", "gets me ABII-eligible"
        // "gives me ABII eligibility" and "which one leads to ABII?"; "the same thing as being ABII certified" supposes it.
        const wanted =
          /\bto (hold|have|get|be|keep|earn)\b|\b(gets?|getting|leads?|leading|takes?|prepares?|qualif(y|ies)) (me|us|you|him|her|them|students|people) (to|for)( the| an| a)?$|\b(take|taking|sit|sitting|sit for|(go|goes|going|shoot|shooting|try|trying|apply|applying) for|want|wants|hope|hoping|aiming for|(leads?|leading) to|(preps?|prepping|prepares?|preparing) for|eligible for|qualify for|qualified for|toward|towards|pursue|pursuing|earn|earning|get|getting)( the| an| a| my)?$|\b(gets?|getting|makes?|making|gives?|giving) (me|us|you|him|her|them)( the| an| a)?$|\b(become|becoming|being|be)$|\b(goal|aim|plan|dream|objective|target|hope) (is|was)( to (get|earn|become|be|reach))?( the| an| a| my)?$/.test(
            tokens.slice(Math.max(0, m.start - 4), m.start).join(' '),
          );
        // "My NMTCB is equivalent to ARRT, right?", "does it count as ARRT?", "the same org as the ARRT?": a body likened
        // to, not held.
        const likened = LIKENED.test(tokens.slice(Math.max(0, m.start - 4), m.start).join(' '));
        // "Does it matter whether I'm ARDMS or ARRT?": bodies weighed as alternatives, neither said to be held.
        const previous = bodies.find((o) => o.end === m.start - 1 && tokens[m.start - 1] === 'or');
        const next = bodies.some((o) => o.start === m.end + 1 && tokens[m.end] === 'or');
        const chainStart = previous?.start ?? m.start;
        const alternatives =
          (previous !== undefined || next) &&
          tokens
            .slice(Math.max(0, chainStart - ALTERNATIVES_REACH), chainStart)
            .some((t) => t === 'whether' || t === 'if');
        // "What if I get ARDMS registered?", "what if I sit for the ARDMS and pass it": a body wished for, in a message
        // that supposes, is held for that answer.
        // "Once I'm done, can I go for the ABII?": a body wished for in the question that follows the supposition is not.
        const supposedHeld =
          wanted && supposes(this.kb, tokens) && !MAIN_QUESTION.test(tokens.slice(1, m.start).join(' '));
        if (own && (!wanted || supposedHeld) && !likened && !alternatives && (!asksRequirement || marked)) {
          held.push(m.tag);
          heldAt.push(m);
        }
      }
      // "ARRT(R) in Port Charlotte. I missed my ARRT renewal": a body said to have lapsed is not held, however else named.
      const kept = held.filter((b) => !lapsed.includes(b));
      if (kept.length > 0) facts.registrations = [...new Set(kept)];
      else if (denied.size > 0) facts.unregistered = true;
      if (lapsed.length > 0) facts.lapsed = [...new Set(lapsed)];
      // "What if I renew it first?": the registration that lapsed, held again.
      if (bodies.length === 0 && RENEWED.test(message) && !LAPSED.test(message)) facts.renewed = true;
      // "I passed my ARRT boards but my registration hasn't come through yet": not held yet, nor ruled out.
      if (awaited.length > 0 && held.length === 0) {
        facts.pending = [...new Set(awaited)];
        facts.unregistered = true;
      }
    }
    if (
      /\b(not|never|n t) (yet )?(\w+ )?(registered|certified|licensed)\b|\b(never|not yet|not|n t) (sat|sit|taken|took|take|passed|pass|done|did) (for |in )?(the |my |a |any )?(\w+ )?(registry|registries|boards|board exam|board exams|registry exam|exam)\b|\b(no|zero) (\w+ )?(registry|registration|registrations|certification|certifications|cert|certs|cred|creds|license|licenses|licence|credential|credentials)\b|\b(failed|flunked|did not pass|didn t pass) (my |the )?(\w+ )?(registry|boards|board exam|registry exam|exam)\b|\b(do not|dont|don t) have (a|an|any) (registration|certification|license|credential)s?\b|\b(exam|boards|registry) (is not|isnt|isn t|are not|arent|aren t) (until|till|til)\b|\b(haven t|havent|have not|hasn t|hasnt|has not) (yet )?(passed|taken|sat)\b/.test(
        tokens.join(' '),
      ) &&
      facts.registrations === undefined
    )
      facts.unregistered = true;
    // "What if I was just a nurse?", "an RN instead": nothing but a background outside imaging holds no imaging registration.
    const sole = this.soleWords.match(tokens);
    if (
      facts.registrations === undefined &&
      (facts.background === 'other_health' || facts.background === 'beginner') &&
      backgroundCues.some(
        (b) =>
          (b.tag as { background: Background }).background === facts.background &&
          sole.some(
            (w) => (w.end <= b.start && b.start - w.end <= SOLE_REACH) || (w.start >= b.end && w.start - b.end <= 1),
          ),
      )
    )
      facts.unregistered = true;

    // The first place after a residence cue ("I live in Idaho", "from Omaha"), or the place right before "resident".
    // "from", "in", "based in" make a place home only when the student speaks of themselves right before ("I'm originally from Ohio").
    // "I'm a support analyst in Nevada": the student, then who they are, then where.
    // "I make $24/hr in Joplin", "I'm paid 31 an hour in Provo": what the student earns may stand between.
    const earnsBetween = (from: number, to: number): boolean => {
      const gap = tokens.slice(from, to);
      return gap.length <= INCOME_GAP && gap.some((t) => this.incomeWords.has(t)) && gap.some((t) => /^\d/.test(t));
    };
    // "…the same accreditor as the school in Omaha": "as" speaks of the student only before who they are ("as a nurse").
    const speaksOfSelf = (m: PhraseMatch<Cue>): boolean =>
      tokens[m.start] !== 'as' || !ASIDE_OBJECTS.has(tokens[m.end] ?? '');
    const selfNear = (r: PhraseMatch<Cue>): boolean =>
      has((c) => c === 'self').some(
        (m) => speaksOfSelf(m) && m.end <= r.start && (r.start - m.end <= SELF_REACH || earnsBetween(m.end, r.start)),
      ) ||
      has((c) => c === 'self').some(
        (m) =>
          m.end <= r.start &&
          r.start - m.end <= SELF_NOUN_REACH &&
          tokens.slice(m.end, m.end + 3).some((t) => t === 'a' || t === 'an') &&
          !tokens.slice(m.end, r.start).some((t) => NOT_A_JOB.has(t)),
      ) ||
      tokens.slice(r.start, r.end).some((t) => this.selfWords.has(t));
    // "My cousin lives in Utah": someone else's home, never the student's.
    // "My husband and I live in Utah": the student is among them.
    // "My mom works at a hospital in Tulsa": the one who works there is the last person named before it.
    const someoneElse = (r: PhraseMatch<Cue>): boolean => {
      if (tokens.slice(r.start, r.end).some((t) => this.selfWords.has(t))) return false;
      const window = tokens.slice(Math.max(0, r.start - OTHER_CLAUSE_REACH), r.start);
      const other = window.reduce((last, _t, i) => (this.someoneElseAt(window, i) ? i : last), -1);
      return (
        other >= 0 &&
        (window.length - other <= OTHER_REACH || !window.slice(other + 1).some((t) => this.selfWords.has(t)))
      );
    };
    // "My cousin lives in Utah and I live in Arizona": the student's own home first.
    // "I'm from Florida but moving to Utah": where the student moves to is where they will study from.
    const moves = (r: PhraseMatch<Cue>): boolean => tokens.slice(r.start, r.end).some((t) => this.movingWords.has(t));
    const ownFirst = (a: PhraseMatch<Cue>, b: PhraseMatch<Cue>): number =>
      Number(selfNear(b)) - Number(selfNear(a)) || Number(moves(b)) - Number(moves(a)) || a.start - b.start;
    // "Without moving to Pennsylvania", "do I have to relocate to Nebraska?": a move the student asks about, not a home.
    const onlyAsked = (r: PhraseMatch<Cue>): boolean =>
      /\b(without|have to|has to|need to|needs to|must|want to|wanna|can|could)$/.test(
        tokens.slice(Math.max(0, r.start - HYPOTHETICAL_REACH), r.start).join(' '),
      );
    // "I don't live in Florida", "im not in utah": a home denied, which is no home and no place asked about either.
    const deniedCue = (r: PhraseMatch<Cue>): boolean =>
      tokens.slice(Math.max(0, r.start - RESIDENCE_DENIAL_REACH), r.start + 1).some((t) => this.negators.has(t));
    const allCues = [...has((c) => c === 'residence'), ...has((c) => c === 'residenceWithSelf').filter(selfNear)];
    const deniedPlaces = allCues
      .filter(deniedCue)
      .flatMap((r) => places.filter((p) => p.kind !== 'program' && p.start >= r.end && p.start - r.end <= 1));
    const homeCues = allCues.filter((r) => !someoneElse(r) && !onlyAsked(r) && !deniedCue(r)).sort(ownFirst);
    // A program is a home only when named by its city ("I live in Omaha"), never by its name ("staying in state. How long is EFSC?").
    const homes = places.filter((p) => p.kind !== 'program' || programByCity(this.kb, p) !== undefined);
    const after = homeCues.flatMap((r) => {
      const next = homes
        .filter((p) => p.start >= r.end && p.start - r.end <= RESIDENCE_REACH)
        .sort((a, b) => a.start - b.start)[0];
      return next === undefined ? [] : [next];
    });
    // "I'm a nuc med tech in Georgia", "an RN in Omaha": where the student works, said right after their job, is home.
    const atWork =
      after.length > 0
        ? []
        : own.flatMap((b) =>
            tokens[b.end] === 'in' ? homes.filter((p) => p.start > b.end && p.start - b.end <= JOB_PLACE_REACH) : [],
          );
    after.push(...atWork.slice(0, 1));
    // "I work in Arizona", "I work at a hospital in Tucson": where the student works, said as they say they work, is home.
    const workplace =
      after.length > 0
        ? []
        : has((c) => c === 'working').flatMap((w) =>
            WORKPLACE_LINKS.has(tokens[w.end] ?? '') && !onlyAsked(w)
              ? homes.filter((p) => p.start > w.end && p.start - w.end <= WORKPLACE_REACH)
              : [],
          );
    after.push(...workplace.slice(0, 1));
    // "Dental assistant in Utah, 2 kids…", "single mom in Ohio, …": a message that opens with who the student is, then
    // "in" a place, says where they live.
    // "I'm an ARRT tech in Arizona": a registration held, said first, is who the student is too.
    // "…for school. I'm 23, bank teller in Fayetteville": the same, after the student's own "I'm" later on.
    const opening = [...backgroundCues, ...has((c) => c === 'selfNoun'), ...heldAt].filter(
      (b) => b.start <= OPENING_REACH || selfCues.some((m) => ownedBy(b, m)),
    );
    const opened =
      after.length > 0
        ? []
        : opening.flatMap((b) => {
            const at = tokens.indexOf('in', b.end);
            // "I'm a rad tech. Is there a program in Ohio?": a question or a program between them asks about a place.
            const between = tokens.slice(b.end, at);
            if (at >= 0 && at - b.end <= JOB_HOLD_REACH && !between.some((t) => this.notAboutSelf.has(t)))
              return homes.filter((p) => p.start > at && p.start - at <= JOB_PLACE_REACH);
            // "MRI tech, ARRT(MR), Pittsburgh.", "cath lab tech here (RCIS), tucson az": a place listed with who the
            // student is, unless it is one of several asked about ("rad tech, Utah or Idaho?") or a program's ("Utah programs").
            const listed = homes.find((p) => p.start >= b.end && p.start - b.end <= JOB_HOLD_REACH);
            const next = listed === undefined ? undefined : tokens[listed.end];
            return listed !== undefined &&
              !tokens.slice(b.end, listed.start).some((t) => this.notAboutSelf.has(t) || t === 'in' || t === 'to') &&
              (next === undefined || !(LIST_JOINERS.has(next) || this.programNouns.has(next)))
              ? [listed]
              : [];
          });
    after.push(...opened.slice(0, 1));
    // "A Florida resident"; "not a Florida resident" says where the student does not live.
    const deniedHome = (p: EntityMention): boolean =>
      tokens.slice(Math.max(0, p.start - RESIDENCE_DENIAL_REACH), p.start).some((t) => this.negators.has(t));
    // "Cheapest of those for Iowa?", "how much is Weber for Oregon?": a price for a state is the price for someone living there.
    // Not one of several ("cheaper for Utah or for Idaho?").
    const forState = places.filter((p) => p.kind === 'state' && tokens[p.start - 1] === 'for');
    const pricedFor = forState.length === 1 && namesPrice ? forState : [];
    // "Georgia rad tech (ARRT)", "I'm a Kansas RT": a state right before who the student is.
    const who = [...backgroundCues, ...has((c) => c === 'selfNoun'), ...heldAt];
    // "…than my Floridian coworker": a resident who is someone else.
    const residents = [
      ...places.filter((p) => p.kind === 'state' && who.some((b) => b.start === p.end)),
      ...has((c) => c === 'residenceAfter')
        .filter((r) => !this.otherPeople.has(tokens[r.end] ?? ''))
        .flatMap((r) => places.filter((p) => placeRightBefore(p, r.start, tokens))),
      ...pricedFor,
    ];
    const before = residents.filter((p) => !deniedHome(p));
    // A place the student says they don't live in is no home, and no program filter either ("cheapest for someone who
    // isn't a Utah resident").
    const notLived = [...residents.filter(deniedHome), ...deniedPlaces];
    const [notHome] = notLived.flatMap((p) => this.stateOf(p) ?? []);
    if (notHome !== undefined) facts.notHomeState = notHome;
    // "I live in Bend, Oregon": the state named right after the city is the same home.
    const withState = after.flatMap((p) => [
      p,
      ...places.filter((q) => q.kind === 'state' && q.start >= p.end && q.start - p.end <= 1),
    ]);
    // "Denver, no imaging certs at all. Which is cheapest for me?", "Chicago area here…": a message that opens with a
    // place and speaks of the student says where they live.
    const [firstPlace] = [...homes].sort((a, b) => a.start - b.start);
    const next = firstPlace === undefined ? undefined : tokens[firstPlace.end];
    const opensWithHome =
      withState.length === 0 &&
      before.length === 0 &&
      firstPlace !== undefined &&
      firstPlace.kind !== 'program' &&
      tokens.slice(0, firstPlace.start).every((t) => this.fillers.has(t)) &&
      next !== undefined &&
      !this.kb.query.positions.nouns.some((n) => next === n || next === `${n}s`) &&
      tokens.some((t) => this.selfWords.has(t));
    const residencePlaces = opensWithHome
      ? [
          firstPlace,
          ...places.filter((q) => q.kind === 'state' && q.start >= firstPlace.end && q.start - firstPlace.end <= 1),
        ]
      : [...new Set([...withState, ...before])];
    // "…BS in kinesiology. Cheyenne WY. Zero imaging experience.": a place said as a sentence of its own, in a message
    // about the student, is where they live.
    const aboutSelf = Object.keys(facts).length > 0 || tokens.some((t) => this.selfWords.has(t));
    // "58, drive a school bus in Santa Fe NM": a city and its state, in a message about the student, is where they live,
    // unless a question or a program comes just before it ("any programs near Tucson AZ?").
    const paired = (): readonly EntityMention[] =>
      places
        .filter(
          (p) =>
            p.kind === 'city' &&
            places.some((q) => q.kind === 'state' && q.start === p.end && q.id === p.id) &&
            !tokens.slice(Math.max(0, p.start - PAIR_REACH), p.start).some((t) => this.notAboutSelf.has(t)),
        )
        .slice(0, 1)
        // The state said with the city is the same home, no place asked about.
        .flatMap((p) => [p, ...places.filter((q) => q.kind === 'state' && q.start === p.end)]);
    // "grand junction co. weber online how much": so is one said alone before a question of price.
    const spoken = residencePlaces.length === 0 && (aboutSelf || namesPrice) ? alone() : residencePlaces;
    // "night auditor at a hotel in orlando. $2500 is all i have.": a place "in" a sentence that asks nothing, in a
    // message about the student, is where they are, unless the sentence names a program, someone else or a wish first.
    const statedIn = (): readonly EntityMention[] =>
      stated()
        .filter(
          ({ place, before }) =>
            homes.includes(place) &&
            before.at(-1) === 'in' &&
            // ("Single mom of 2, front desk at an imaging center in Tulsa": a single parent is the student.)
            !before.some((t, i) => this.notAboutSelf.has(t) || this.someoneElseAt(before, i) || t === 'to') &&
            !places.some((q) => q.kind === 'program' && q.end <= place.start && place.start - q.end <= before.length),
        )
        .slice(0, 1)
        .flatMap(({ place }) => [place, ...places.filter((q) => q.kind === 'state' && q.start === place.end)]);
    const pairedOrStated = (): readonly EntityMention[] => {
      const pair = paired();
      return pair.length > 0 ? pair : statedIn();
    };
    const lives = spoken.length === 0 && aboutSelf ? pairedOrStated() : spoken;
    const homePlace = lives.find((p) => this.stateOf(p) !== undefined);
    // "I'm in Lagos, Nigeria", "stationed at Ramstein in Germany": a student who lives outside the US states.
    if (
      homePlace === undefined &&
      aboutSelf &&
      this.abroad.match(tokens).some(
        (m) =>
          // "Shiprock, New Mexico" names a state, not Mexico.
          !places.some((p) => p.start <= m.start && m.end <= p.end) &&
          tokens.slice(Math.max(0, m.start - ABROAD_REACH), m.start).some((t) => ABROAD_CUES.has(t)),
      )
    )
      facts.abroad = true;
    if (homePlace !== undefined) {
      facts.homeState = this.stateOf(homePlace);
      const city = this.cityOf(homePlace);
      if (city !== undefined) facts.homeCity = city;
    }
    const imaging = this.careerYears(tokens, cues).find((y) => y.imaging);
    if (imaging !== undefined) facts.imagingYears = imaging.value;
    // "With no imaging work history", "I've never worked in radiology": no years in the field.
    else if (NO_IMAGING_WORK.test(tokens.join(' '))) facts.imagingYears = 0;
    // "My friend in Georgia", "my cousin from Boise": where someone else lives, which is no program filter either.
    const others = new Set(this.kb.query.otherPeople);
    const othersPlaces = places.filter(
      (p) =>
        p.kind !== 'program' &&
        ((OTHERS_PREPOSITIONS.has(tokens[p.start - 1] ?? '') && others.has(tokens[p.start - 2] ?? '')) ||
          (tokens[p.start - 1] === 'in' &&
            /^lives?$/.test(tokens[p.start - 2] ?? '') &&
            others.has(tokens[p.start - 3] ?? ''))),
    );
    return { facts, residencePlaces: lives, othersPlaces: [...othersPlaces, ...notLived] };
  }

  /**
   * "I've worked in imaging for three years", "a nurse for 10 years", "6 years of experience": numbers
   * of years near words about the student's work. They are the student's past, never time to study;
   * `imaging` when the work is in imaging. `at` is the number's token position.
   */
  /** True when the word at `i` names someone other than the student ("my mom"); a "single mom" is the student. */
  private someoneElseAt(words: readonly string[], i: number): boolean {
    return this.otherPeople.has(words[i] ?? '') && words[i - 1] !== 'single';
  }

  careerYears(
    tokens: readonly string[],
    cues: readonly PhraseMatch<Cue>[] = this.cues.match(tokens),
  ): Array<{ readonly at: number; readonly value: number; readonly imaging: boolean }> {
    // "Network admin, 5 yrs": years right after a job outside imaging are years in that job too.
    const work = cues.filter(
      (m) =>
        m.tag === 'experience' ||
        (typeof m.tag === 'object' &&
          'background' in m.tag &&
          (m.tag.background !== 'beginner' || /^(\d+|years?|yrs?)$/.test(tokens[m.end + 1] ?? ''))),
    );
    const imagingWork = work.filter(
      (m) =>
        m.tag === 'experience' ||
        (typeof m.tag === 'object' && 'background' in m.tag && m.tag.background === 'imaging'),
    );
    const out: Array<{ at: number; value: number; imaging: boolean }> = [];
    // "I manage the storage at a casino in Atlantic City, 8 years.": the student's own work, in words of no known job.
    const ownWork = work.length === 0 && tokens.includes('i');
    if (work.length === 0 && !ownWork) return out;
    for (let i = 0; i + 1 < tokens.length; i++) {
      // "A PACS analyst for about 18 months": months worked, said right by the job, count as part of a year.
      const inMonths = /^months?$/.test(tokens[i + 1] ?? '');
      if (!/^(years?|yrs?)$/.test(tokens[i + 1] ?? '') && !inMonths) continue;
      const word = tokens[i] ?? '';
      const said = /^\d+$/.test(word) ? Number(word) : this.kb.query.numberWords.find((n) => n.word === word)?.value;
      if (said === undefined) continue;
      const value = inMonths ? said / MONTHS_PER_YEAR : said;
      // "$5,250 a year", "9k a year": a rate of money, not time worked.
      if (/^an?$/.test(word) && /\d|^dollars?$/.test(tokens[i - 1] ?? '')) continue;
      const near = (m: PhraseMatch<Cue>): boolean =>
        Math.min(Math.abs(m.start - i), Math.abs(m.end - 1 - i)) <= EXPERIENCE_REACH;
      // "finish within 2 years", "done in 2 years", "2 years to study", "2 years left": time for a program.
      const aboutProgram =
        tokens.slice(Math.max(0, i - 3), i).some((t) => PROGRAM_TIME_WORDS.has(t)) ||
        tokens[i - 1] === 'in' ||
        ['to', 'left'].includes(tokens[i + 2] ?? '') ||
        (LIMIT_AFTER.has(tokens[i + 2] ?? '') &&
          (tokens[i + 2] !== 'or' || /^(less|under|shorter)$/.test(tokens[i + 3] ?? '')));
      // "PACS admin at a VA hospital in Spokane, 6 yrs": years said on their own, in a message about the student's work.
      const bare = !BEFORE_A_LENGTH.has(tokens[i - 1] ?? '') && !AFTER_A_LENGTH.has(tokens[i + 2] ?? '');
      // "I have 2 years", "got about 2 years": time the student has, not time worked.
      const had = HAVING.has(tokens[i - 1] ?? '');
      // With no job named, only years said in figures ("…in Atlantic City, 8 years"), never "a year of Weber".
      const ownYears = !had && /^\d+$/.test(word);
      // "Is that 3 years of school or 3 years of working in the field?": years asked about, not the student's.
      // ("…2 years of school…": years at school, never years worked.)
      const asked =
        YEARS_ASKED.test(tokens.slice(Math.max(0, i - 3), i).join(' ')) ||
        (tokens[i + 2] === 'of' && SCHOOLING_NOUNS.has(tokens[i + 3] ?? ''));
      if (inMonths && (aboutProgram || asked || had || !work.some(near))) continue;
      if (!aboutProgram && !asked && (work.some(near) || (bare && (work.length > 0 || ownYears))))
        out.push({ at: i, value, imaging: imagingWork.some(near) || (bare && imagingWork.length > 0) });
    }
    return out;
  }

  /**
   * "2 years of college", "after 2 yrs of bio": numbers of years the student spent at school. They are the
   * student's past, never time to study. Returns the numbers' token positions.
   */
  schoolingYears(tokens: readonly string[]): number[] {
    return tokens.flatMap((word, i) => {
      if (!(/^\d+$/.test(word) || this.kb.query.numberWords.some((n) => n.word === word))) return [];
      if (!/^(years?|yrs?|semesters?)$/.test(tokens[i + 1] ?? '')) return [];
      const noun = tokens[i + 3] === 'pre' ? tokens[i + 4] : tokens[i + 3];
      const ofSchooling = tokens[i + 2] === 'of' && SCHOOLING_NOUNS.has(noun ?? '');
      // "I dropped out of college after 2 years".
      const leftAfter =
        tokens[i - 1] === 'after' && tokens.slice(Math.max(0, i - LEFT_REACH), i).some((t) => LEFT_WORDS.has(t));
      // "HS diploma + 1 yr at SLCC", "GED and 2 years of…": time in school, said after the schooling it adds to.
      const addsToSchooling = tokens.slice(Math.max(0, i - ADDED_REACH), i).some((t) => DIPLOMA_WORDS.has(t));
      // "I've been out of school for 11 years": time since school, not time to study.
      const sinceSchool = OUT_OF_SCHOOL.test(tokens.slice(Math.max(0, i - OUT_OF_SCHOOL_REACH), i).join(' '));
      return ofSchooling || leftAfter || sinceSchool || (addsToSchooling && tokens[i + 2] === 'at') ? [i] : [];
    });
  }

  /** The state a place mention stands for: a state, a city, or the city of a program. */
  /** The city a place mention names: a city the lexicon knows, or a program named by its city ("I live in Omaha"). */
  private cityOf(mention: EntityMention): string | undefined {
    return cityNamed(this.kb, mention)?.name ?? programByCity(this.kb, mention)?.location.city;
  }

  private stateOf(mention: EntityMention): string | undefined {
    if (mention.kind === 'state' || mention.kind === 'city') return mention.id;
    if (mention.kind === 'program') return this.kb.programs.find((p) => p.id === mention.id)?.location.stateCode;
    return undefined;
  }
}

/** Facts of this message over the ones remembered; a new background or registration replaces the old. */
export function mergeFacts(remembered: StudentFacts | undefined, said: StudentFacts): StudentFacts {
  // "I'm not a Florida resident" after "I live in Miami": the home remembered there no longer holds.
  const { notHomeState, ...now } = said;
  if (remembered === undefined) return now;
  const kept: { -readonly [K in keyof StudentFacts]: StudentFacts[K] } = { ...remembered };
  if (notHomeState !== undefined && kept.homeState === notHomeState) {
    delete kept.homeState;
    delete kept.homeCity;
  }
  // "My ARRT lapsed" after "I'm ARRT registered" (or the other way round): the newer word on registration stands alone.
  if (now.registrations !== undefined || now.unregistered !== undefined) {
    delete kept.registrations;
    delete kept.unregistered;
    delete kept.pending;
    delete kept.lapsed;
  }
  // "My ARRT lapsed", then "what if I renew it first?": held again.
  if (now.renewed === true && remembered.lapsed !== undefined) {
    const { renewed: _renewed, ...rest } = now;
    const { unregistered: _unregistered, lapsed: _lapsed, ...before } = kept;
    const registrations = [...new Set([...(before.registrations ?? []), ...remembered.lapsed])];
    return { ...before, ...rest, registrations };
  }
  // "I live in Boise", then "what if I moved to Texas?": a new home state without a city leaves the old city behind.
  if (now.homeState !== undefined && now.homeCity === undefined) delete kept.homeCity;
  // A home in a state and a home abroad: the newer one stands.
  if (now.homeState !== undefined) delete kept.abroad;
  if (now.abroad === true) {
    delete kept.homeState;
    delete kept.homeCity;
  }
  return { ...kept, ...now };
}

/** True when the facts say anything at all. */
export function knowsStudent(f: StudentFacts | undefined): boolean {
  return f !== undefined && Object.keys(f).length > 0;
}

/** True when a place ends right before `at`, or with "state" between ("a Washington state resident"). */
export function placeRightBefore(p: EntityMention, at: number, tokens: readonly string[]): boolean {
  return p.end === at || (p.end + 1 === at && tokens[p.end] === 'state');
}

/**
 * Whether a message opens by supposing ("what if…", "and if…", "say I…"), also after words that only fill ("ok",
 * "ugh"): what it says of the student holds for that answer only.
 */
export function supposes(kb: KnowledgeBase, tokens: readonly string[]): boolean {
  const openings = [tokens.join(' '), tokens.slice(tokens.findIndex((t) => !kb.query.fillers.includes(t))).join(' ')];
  return kb.query.hypotheticals.some((h) => openings.some((o) => o === h || o.startsWith(`${h} `)));
}
