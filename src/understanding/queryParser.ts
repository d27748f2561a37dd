/**
 * What a question over the programs asks for — filters, a superlative, a scope — read from the
 * recognizer's entities plus the query vocabulary matched over the message's tokens.
 */
import { entryBodiesOf, ruledOutOf } from '../advice/eligibility.js';
import { studentResidency } from '../advice/tuition.js';
import type { Quantity, QueryConstraints } from '../advice/queryEngine.js';
import type { BodyRelation, KnowledgeBase, QueryCriterionId, RegionTerm, SuperlativeTerm } from '../knowledge/types.js';
import { cityNamed } from '../knowledge/places.js';
import type { TurnMemory } from './memory.js';
import { PhraseMatcher } from './phraseMatcher.js';
import { isOtherWord } from './listPosition.js';
import { describedAt, namesOtherFact, ownRuleAt, pricedAgainst, type Understanding } from './understand.js';

type Tag =
  | { readonly kind: 'criterion'; readonly id: QueryCriterionId; readonly opposite?: true }
  | { readonly kind: 'superlative'; readonly term: SuperlativeTerm }
  | { readonly kind: 'body'; readonly id: string }
  | { readonly kind: 'relation'; readonly id: BodyRelation['relation'] }
  | { readonly kind: 'term'; readonly id: string }
  | { readonly kind: 'region'; readonly region: RegionTerm }
  | { readonly kind: 'anaphora' };

/** Words that share "associate"'s stem but are not the degree ("association", "associated"). */
const NOT_ASSOCIATE = /^associ(ation|ations|ated|ating)$/;

/** Words after "falls" or "fall" that make it a verb ("falls under", "fall within"). */
/** Words after "if <program>" that put it out of reach ("is full", "won't take me", "isn't an option"). */
const UNAVAILABLE: ReadonlySet<string> = new Set([
  'full',
  'closed',
  'out',
  'unavailable',
  'not',
  't',
  'rejects',
  'waitlist',
  // "If EFSC falls through…", "if Weber fails".
  'falls',
  'fails',
  'rejected',
  'declines',
  'denies',
]);
/** How far after the program those words may stand. */
const UNAVAILABLE_REACH = 3;
const FALL_VERB_NEXT: ReadonlySet<string> = new Set([
  'under',
  'within',
  'into',
  'short',
  'behind',
  'apart',
  'through',
  'thru',
]);
/** The relation of a program to a body's exam: being eligible to sit it. */
const EXAM_RELATION: BodyRelation['relation'] = 'exam_eligibility';
/** Verbs that set a program aside when "out" or "off" follows it ("leaving OIT out", "cross EFSC off"). */
const SET_ASIDE_VERBS: ReadonlySet<string> = new Set([
  'leave',
  'leaving',
  'take',
  'taking',
  'cross',
  'crossing',
  'rule',
  'ruling',
  'count',
  'counting',
  'knock',
  'knocking',
  'strike',
  'striking',
]);
/** The words that close a set-aside ("leaving OIT out"). */
const SET_ASIDE_ENDS: ReadonlySet<string> = new Set(['out', 'off']);
/** The program facts an exam can be: "eligible for the certifications" still asks about exams. */
const EXAM_ATTRIBUTES: ReadonlySet<string> = new Set(['certifications']);

/** How far "neither" or "nor" reaches over the words before a criterion ("nor described as online"). */
const NEITHER_REACH = 4;
/** How far "don't require" reaches over the words before a criterion ("don't require any prior imaging license"). */
const NEED_REACH = 6;
/** Words that ask for other programs than one ("anything shorter?", "my cheaper options"). */
const ALTERNATIVE_WORDS: ReadonlySet<string> = new Set([
  'anything',
  'something',
  'options',
  'alternatives',
  'others',
  'else',
  'any',
]);
/** Verbs of needing that a negator turns around ("don't require", "doesn't need"). */
const NEED_VERBS: ReadonlySet<string> = new Set([
  'require',
  'requires',
  'need',
  'needs',
  'ask',
  'asks',
  'want',
  'wants',
]);
/** Words that ask about every program in scope at once ("are both online?"). */
const ALL_WORDS: ReadonlySet<string> = new Set(['both', 'all', 'each', 'every']);
/** Words between a contrast and what it sets aside ("instead of just a certificate"). */
const CONTRAST_REACH = 2;
/** Singular nouns of an accrediting body, besides the lexicon's accreditor nouns. */
const BODY_NOUNS = ['body', 'commission', 'association', 'agency', 'accreditor'];
/** How far before a program name a word that leaves it out may stand ("other than the Weber one"). */
const EXCLUSION_REACH = 2;
/** How far before an accreditor a "not" denies it ("not accredited by the HLC"). */
const DENIAL_REACH = 4;
/** Program facts that are also the measures a ranking compares ("how about length?"). */
const MEASURE_ATTRIBUTES: ReadonlySet<string> = new Set(['tuition', 'duration']);
/** Criteria that describe a kind of student ("rad tech", "beginner"), which may be the student describing themselves. */
const AUDIENCE_CRITERIA: ReadonlySet<string> = new Set(['professionals_only', 'newcomers']);
/** Words between a yes/no word and the person it asks about ("would the technologist…", "can my sister…"). */
const SUBJECT_DETERMINERS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'my', 'our', 'her', 'his', 'their']);
/** How far into a message a criterion's words still describe the student who opens with them ("ARRT rad tech in Seattle"). */
const OPENING_REACH = 2;
/** How far from a body its relation may stand ("ABII continuing education", "the exam the ABII gives"). */
const RELATION_REACH = 4;
/** Words of preference that make what follows "than" or "over" the one not wanted ("I'd rather X than online"). */
const PREFERENCE_WORDS: ReadonlySet<string> = new Set(['rather', 'prefer', 'preferably', 'sooner']);
/** How far before a criterion its "than", "over" or "instead of" may stand. */
const PREFERENCE_REACH = 3;
/** Words that point at a list shown before ("those quicker ones", "the online ones"). */
const LIST_POINTERS: ReadonlySet<string> = new Set(['those', 'these', 'the']);
/** Words right before an ordinal that make it a place in a ranking ("comes second", "ranks third"). */
const PLACE_CUES: ReadonlySet<string> = new Set(['comes', 'come', 'coming', 'ranks', 'ranked', 'placed', 'finishes']);
/** "And after that one?" is short: at most this many words ask for the next place in the last ranking. */
const NEXT_MAX_WORDS = 6;
/** Words right before "soonest" that make it about when a program starts, not how long it takes. */
const STARTING: ReadonlySet<string> = new Set(['start', 'starts', 'starting', 'begin', 'begins', 'beginning']);

/** Words that point at the one figure just given ("is that per year?"); "are those per year?" may mean a ranking's. */
const ONE_FIGURE_POINTERS: ReadonlySet<string> = new Set(['that', 'it', 'this']);
/** How far after a superlative word "than" makes it a comparison ("cheaper per credit than"). */
const COMPARATIVE_REACH = 3;
/** How far before a filter phrase a first-person word makes it the student's own background. */
const SELF_REACH = 3;
/** Words that ask which programs to leave out ("which should I skip?", "which ones to avoid?"). */
const SKIP_WORDS: ReadonlySet<string> = new Set(['skip', 'avoid', 'eliminate']);
/** How far before "experience" its length may stand ("a year of experience", "5 yrs experience"). */
const YEARS_OF_REACH = 3;
/** How far back a self-description reaches ("I'm a rad tech with 6 years experience") when no question word comes between. */
const SELF_CLAUSE_REACH = 8;
const SELF_WORDS: ReadonlySet<string> = new Set(['i', 'my', 'im']);
/** Words that link a person to what they are ("my husband is a tech"). */
const COPULAS: ReadonlySet<string> = new Set(['is', 'are', 'was']);
/** Words that start the question after a self-description: a filter phrase after them is what is asked for. */
const QUESTION_WORDS: ReadonlySet<string> = new Set([
  'which',
  'what',
  'whats',
  'where',
  'how',
  'is',
  'are',
  'any',
  'do',
  'does',
  'can',
  'could',
  'should',
  'program',
  'programs',
  'one',
  'ones',
  'for',
  'but',
  'so',
  'it',
  'they',
  'that',
]);
/** "Have to", "got to": an obligation, which says what the student needs. */
const OBLIGED: ReadonlySet<string> = new Set(['have', 'has', 'got']);
/** Words right after a body that seek its credential ("ABII certified", "ABII certification"). */
const CERTIFIED: ReadonlySet<string> = new Set(['certified', 'certification', 'certificate', 'credential', 'cert']);
/** Words shortly before a body that seek its credential ("get me to the ABII", "become ABII…", "earn the ABII"). */
const OBTAINING: ReadonlySet<string> = new Set([
  'get',
  'gets',
  'getting',
  'earn',
  'earning',
  'become',
  'becoming',
  'obtain',
]);
/** Words before a body that say it is held, not sought ("be ABII certified", "I'm ARRT certified"). */
const BEING: ReadonlySet<string> = new Set(['be', 'am', 'is', 'are', 'been', 'im', 'was', 'being']);
/** Words before a body's credential that ask whether it is the outcome ("end up ABII certified", "make me ABII certified"). */
const OUTCOME: ReadonlySet<string> = new Set(['up', 'make', 'makes', 'become', 'get', 'gets', 'end', 'ends']);
/** How far before the body those words may stand. */
const OBTAIN_REACH = 4;
/** The relations that lead to a body's credential: its exam, or a chance to earn it. */
const CREDENTIAL_RELATIONS: readonly BodyRelation['relation'][] = ['exam_eligibility', 'certification_opportunity'];

/** "I need online", "I'd prefer remote": what the student wants is a filter, not their background. */
const WANT_WORDS: ReadonlySet<string> = new Set([
  'need',
  'needs',
  'want',
  'wants',
  'prefer',
  'require',
  'looking',
  'only',
  'must',
  'like',
  'd',
  'would',
  'rather',
  'wish',
  'hope',
  'hoping',
  'interested',
  'seeking',
  'searching',
  'ideally',
  'preferably',
]);
/** Verbs of doing a program: after "can I", "could I", "to", how the student would do it is what is asked. */
const DOING_WORDS: ReadonlySet<string> = new Set(['do', 'take', 'study', 'attend', 'finish', 'complete']);
/** Words before the student that make the sentence ask ("can I do it online?", not "I do online marketing"). */
const ASKING_MODALS: ReadonlySet<string> = new Set(['can', 'could', 'would', 'will', 'should', 'may', 'might']);
/** Words for the student's own budget ("my budget", "I can afford"). */
const MY_BUDGET = /\b(my|our) (budget|price range|limit)\b|\bi can afford\b|\b(can|could) (i|we) (afford|swing)\b/;
/** Words for the student's own state ("in my state", "near me"). */
const MY_STATE = /\b(my (home )?state|where i live|near me|close to (me|home)|in my area|closest|nearest)\b/;
/** "right after finishing": a link that needs years of work first does not come straight away. */
const RIGHT_AWAY =
  /\b(right|straight|directly|immediately|fresh) (after|out of)\b|\b(right|straight) away\b|\bimmediately\b|\bas soon as\b|\bno (work )?experience\b|\bwithout (any )?(work )?experience\b|\b(finish|finishes|graduate|graduates|come out|leave) with\b|\bby the end\b|\bhigh school (senior|student|junior)\b/;

function unique<T>(items: readonly T[]): T[] {
  return [...new Set(items)];
}

/** The bound of a measure, plus the lower end when the message gives a range (an upper and a lower bound). */
function bounds(
  quantities: readonly Quantity[],
  measure: Quantity['measure'],
): [Quantity | undefined, Quantity | undefined] {
  const of = quantities.filter((q) => q.measure === measure);
  const upper = of.find((q) => q.bound === 'at_most');
  const lower = of.find((q) => q.bound === 'at_least');
  return upper !== undefined && lower !== undefined ? [upper, lower] : [of[0], undefined];
}

/** Reads {@link QueryConstraints} from an understood turn. */
/** How far before a criterion "without" and a verb may deny it ("without going back for a full degree"). */
const WITHOUT_DOING_REACH = 6;
/** "Those two", "the 2": a pair pointed back at. */
const THE_TWO = /\b(?:those|these|the) (?:two|2)\b/;

export class QueryParser {
  private readonly vocabulary: PhraseMatcher<Tag>;
  private readonly withinBudget: PhraseMatcher<true>;
  private readonly budgetAdded: ReadonlySet<string>;
  private readonly nextWords: PhraseMatcher<true>;
  private readonly exclusions: PhraseMatcher<true>;
  private readonly contrasts: PhraseMatcher<true>;
  /** Nouns of an accrediting body ("body", "accreditor", "commission"). */
  private readonly bodyNouns: ReadonlySet<string>;

  /** Bodies a program takes as an entry registration (ARRT, ARDMS…), from the knowledge base. */
  readonly entryBodies: ReadonlySet<string>;

  constructor(private readonly kb: KnowledgeBase) {
    this.entryBodies = entryBodiesOf(kb.programs);
    const q = kb.query;
    const entries: Array<readonly [string, Tag]> = [
      ...q.criteria.flatMap((c) => c.phrases.map((p) => [p, { kind: 'criterion', id: c.id }] as const)),
      ...q.criteria.flatMap((c) =>
        c.opposites.map((p) => [p, { kind: 'criterion', id: c.id, opposite: true }] as const),
      ),
      ...q.superlatives.flatMap((s) => s.phrases.map((p) => [p, { kind: 'superlative', term: s }] as const)),
      ...q.bodies.flatMap((b) => b.phrases.map((p) => [p, { kind: 'body', id: b.id }] as const)),
      ...q.relations.flatMap((r) => r.phrases.map((p) => [p, { kind: 'relation', id: r.id }] as const)),
      ...q.terms.flatMap((t) => t.phrases.map((p) => [p, { kind: 'term', id: t.id }] as const)),
      ...q.regions.flatMap((r) => r.phrases.map((p) => [p, { kind: 'region', region: r }] as const)),
      ...q.anaphora.map((p) => [p, { kind: 'anaphora' }] as const),
    ];
    this.vocabulary = new PhraseMatcher(entries);
    this.withinBudget = new PhraseMatcher(q.withinBudget.map((p) => [p, true] as const));
    this.budgetAdded = new Set(q.budgetAdded);
    this.nextWords = new PhraseMatcher(q.nextWords.map((p) => [p, true] as const));
    this.exclusions = new PhraseMatcher(q.exclusionWords.map((p) => [p, true] as const));
    this.contrasts = new PhraseMatcher(q.contrasts.map((p) => [p, true] as const));
    this.bodyNouns = new Set([...q.accreditorNouns.map((p) => p.split(' ').at(-1) ?? p), ...BODY_NOUNS]);
  }

  /** Programs the message leaves out: named right after "besides", "other than", "but not"… */
  excluded(u: Understanding): string[] {
    const tokens = u.recognition.tokens;
    const words = this.exclusions.match(tokens);
    const programs = u.recognition.entities.filter((e) => e.kind === 'program');
    // "If EFSC is full, what's my next fastest?", "if Weber won't take me…": a program supposed out of reach.
    const outOfReach = programs.filter(
      (e) =>
        tokens[e.start - 1] === 'if' && tokens.slice(e.end, e.end + UNAVAILABLE_REACH).some((t) => UNAVAILABLE.has(t)),
    );
    // "Leaving OIT out", "take EFSC off the list": a program set aside between a verb and "out" or "off".
    const setAside = programs.filter(
      (e) => SET_ASIDE_VERBS.has(tokens[e.start - 1] ?? '') && SET_ASIDE_ENDS.has(tokens[e.end] ?? ''),
    );
    return unique(
      [
        ...programs.filter((e) => words.some((w) => w.end <= e.start && e.start - w.end <= EXCLUSION_REACH)),
        ...outOfReach,
        ...setAside,
      ].map((e) => e.id),
    );
  }

  /** The constraints of a turn; "of those" limits the scope to the last list shown. */
  parse(u: Understanding, memory: TurnMemory | undefined): QueryConstraints {
    const tokens = u.recognition.tokens;
    // Entity spans (program names, states) are not query words: "Oregon Tech" is not "tech".
    // "East of the Mississippi": a region's words hold the state named inside them.
    const regionSpans = this.vocabulary.match(tokens).filter((m) => m.tag.kind === 'region');
    const insideRegion = (e: Understanding['recognition']['entities'][number]): boolean =>
      e.kind === 'state' &&
      regionSpans.some((m) => m.start <= e.start && e.end <= m.end && m.end - m.start > e.end - e.start);
    const taken = this.entityPositions(
      tokens.length,
      u.recognition.entities.filter((e) => !insideRegion(e)),
    );
    // "The association ones", "associated with": words the stemmer joins to "associate", which name no degree.
    const matches = this.vocabulary
      .match(tokens, taken)
      .filter((m) => !(m.tag.kind === 'criterion' && tokens.slice(m.start, m.end).some((t) => NOT_ASSOCIATE.test(t))));
    // "Accredited by the northwest body": a region's name before a body's noun names the body named for that region.
    const bodyRegions = matches.flatMap((m) =>
      m.tag.kind === 'region' && this.bodyNouns.has(tokens[m.end] ?? '') ? [m.tag.region.id] : [],
    );
    const bodiesOfRegions = this.kb.accreditors
      .filter((a) => bodyRegions.some((r) => a.namedForRegions?.includes(r) === true))
      .map((a) => a.id);
    // "not online", "aren't available online": a negator up to two words before a criterion turns it around.
    // "not online", "no aid"; "neither in the NWCCU region nor described as online"; "don't require any prior license".
    // "I'd rather have in-person classes than online", "in person instead of online": the one not preferred.
    const dispreferred = (start: number): boolean => {
      const before = tokens.slice(Math.max(0, start - PREFERENCE_REACH), start);
      const prefers = tokens.slice(0, start).some((t) => PREFERENCE_WORDS.has(t));
      return (
        (prefers && (before.includes('than') || before.at(-1) === 'over')) ||
        before.join(' ').endsWith('instead of') ||
        before.join(' ').endsWith('rather than')
      );
    };
    const negated = (start: number): boolean =>
      dispreferred(start) ||
      // "The only one without financial aid": "without" denies what it stands before.
      [tokens[start - 1], tokens[start - 2]].some(
        (t) => t !== undefined && (this.kb.query.negators.includes(t) || t === 'without'),
      ) ||
      tokens.slice(Math.max(0, start - NEITHER_REACH), start).some((t) => t === 'neither' || t === 'nor') ||
      // "Without going back for a full degree": what the student would rather avoid.
      tokens
        .slice(Math.max(0, start - WITHOUT_DOING_REACH), start)
        .some((t, i, near) => t === 'without' && /ing$/.test(near[i + 1] ?? '')) ||
      tokens
        .slice(Math.max(0, start - NEED_REACH), start)
        .some((t, i, near) => this.kb.query.negators.includes(t) && NEED_VERBS.has(near[i + 1] ?? ''));
    // "I'd need financial aid: which program should I skip?": the programs that fail what the student needs.
    const skipping = tokens.some((t, i) => SKIP_WORDS.has(t) || (t === 'cross' && tokens[i + 1] === 'off'));
    const excluded = unique(
      matches.flatMap((m) =>
        m.tag.kind === 'criterion' &&
        (m.tag.opposite === true || negated(m.start) || skipping) &&
        !this.aboutStudent(tokens, m, u.personTaken)
          ? [m.tag.id]
          : [],
      ),
    );
    // A figure in a strict comparison ("cheaper than $300") or asked about yes or no ("is any program cheaper per credit than that?").
    const comparesFigure =
      u.figures.some((f) => f.strict === true) || (u.yesNo && u.figures.length > 0 && u.programs.length < 2);
    // "An associate degree instead of just a certificate": what is set aside is no filter.
    const setAside = (start: number): boolean =>
      this.contrasts.match(tokens).some((c) => c.end <= start && start - c.end <= CONTRAST_REACH);
    // "…, AAS in electronics tech. Which programs can I do online?": a degree the student holds, said before the question.
    const heldDegree = (m: { readonly start: number; readonly tag: Tag }): boolean =>
      m.tag.kind === 'criterion' &&
      m.tag.id === 'associate_degree' &&
      (u.student.education === 'associate' || u.student.education === 'bachelor') &&
      tokens.slice(0, m.start).every((t) => !QUESTION_WORDS.has(t));
    // "Even though I only have a year of experience": how long the student has worked, not a kind of program.
    const yearsOfIt = (m: { readonly start: number; readonly tag: Tag }): boolean =>
      m.tag.kind === 'criterion' &&
      AUDIENCE_CRITERIA.has(m.tag.id) &&
      tokens
        .slice(Math.max(0, m.start - YEARS_OF_REACH), m.start)
        .some((t, i, near) => /^(years?|yrs?|months?)$/.test(t) && near[i - 1] !== 'per');
    // "Our funding requires the provider to be accredited": what the student's own thing asks for, not a filter on it.
    const ownRule = (m: { readonly start: number; readonly end: number; readonly tag: Tag }): boolean =>
      m.tag.kind === 'criterion' && ownRuleAt(tokens, m.start, m.end);
    // "I live in Portland, Maine. Online only…": where the student's home ends their words about themselves.
    const placeEnds = u.recognition.entities.filter((e) => e.kind === 'state' || e.kind === 'city').map((e) => e.end);
    const tags = matches
      // "I have an associate degree", "I'm a registered tech": the student's background, not a filter.
      .filter(
        (m) =>
          !(
            m.tag.kind === 'criterion' &&
            (excluded.includes(m.tag.id) ||
              this.aboutStudent(tokens, m, u.personTaken, placeEnds) ||
              this.opensAsStudent(tokens, m, u.student.background !== undefined) ||
              this.subjectAsked(tokens, m) ||
              heldDegree(m) ||
              yearsOfIt(m) ||
              ownRule(m) ||
              setAside(m.start) ||
              // "Evening classes for the radiology informatics degree at HACC?": the program named, described.
              (u.programs.length > 0 && describedAt(tokens, m.start)))
          ),
      )
      // "Could I finish in one summer?": a season counted is a length, not a start term.
      .filter(
        (m) =>
          !(
            m.tag.kind === 'term' &&
            this.counted(tokens[m.start - 1]) &&
            u.figures.some((f) => f.measure === 'months')
          ),
      )
      // "Which school falls under the southern one?": "falls" as a verb is no autumn term.
      .filter(
        (m) =>
          !(m.tag.kind === 'term' && /^falls?$/.test(tokens[m.start] ?? '') && FALL_VERB_NEXT.has(tokens[m.end] ?? '')),
      )
      // "Am I eligible for financial aid?", "qualify for the in-state rate": eligible for something other than an exam.
      .filter(
        (m) =>
          !(
            m.tag.kind === 'relation' &&
            tokens[m.end - 1] === 'for' &&
            u.recognition.entities.some(
              (e) => e.kind === 'attribute' && e.start >= m.end && e.start - m.end <= 1 && !EXAM_ATTRIBUTES.has(e.id),
            )
          ),
      )
      // "cheaper than $300", "shorter than six months": a comparison with a figure, not a superlative.
      // "Which can I start soonest?": when a program starts, not how long it takes.
      .filter(
        (m) =>
          !(
            m.tag.kind === 'superlative' &&
            tokens.slice(m.end, m.end + COMPARATIVE_REACH).includes('than') &&
            comparesFigure
          ) &&
          !(m.tag.kind === 'superlative' && STARTING.has(tokens[m.start - 1] ?? '')) &&
          // "The cheaper one, is it online?": the words only point at one of two programs.
          !(m.tag.kind === 'superlative' && u.pickedByComparison === true),
      )
      .map((m) => m.tag);
    const quantities = u.figures;
    // A body with a relation said next to it ("ARRT continuing education", "the ABII exam").
    const relatedNear = (body: string): boolean =>
      matches.some(
        (m) =>
          m.tag.kind === 'body' &&
          m.tag.id === body &&
          matches.some((r) => r.tag.kind === 'relation' && Math.abs(r.start - m.start) <= RELATION_REACH),
      );
    // "Which program gets me ABII-eligible quickest?": a body right before "eligible" asks for its exam.
    const bodyEligible = matches.some((m) => m.tag.kind === 'body' && /^eligib/.test(tokens[m.end] ?? ''));
    // A body's credential sought, not held ("do I have to be ABII certified to apply?" holds it): the words right after
    // it and shortly before it.
    const sought = matches
      .filter((m) => m.tag.kind === 'body' && !BEING.has(tokens[m.start - 1] ?? ''))
      .map((m) => ({
        certified: CERTIFIED.has(tokens[m.end] ?? ''),
        before: tokens.slice(Math.max(0, m.start - OBTAIN_REACH), m.start),
      }));
    // "Which gets me to the ABII fastest?", "the quickest way to get ABII certified": the credential itself, so the
    // relations that lead to it (its exam, a chance to earn it), not courses that count towards keeping it.
    const credentialSought =
      !matches.some((m) => m.tag.kind === 'relation') &&
      sought.some((b) => b.certified || b.before.some((t) => OBTAINING.has(t)));
    // "If I do Weber for CE, do I end up ABII certified?": the credential is what is asked, whatever leads there.
    const endsCertified = sought.some((b) => b.certified && b.before.some((t) => OUTCOME.has(t)));
    const of = <K extends Tag['kind']>(kind: K): Extract<Tag, { kind: K }>[] =>
      tags.filter((t): t is Extract<Tag, { kind: K }> => t.kind === kind);
    // "Which are not accredited by NWCCU?": the programs that body accredits are left out, not asked for.
    const deniedBodies = u.recognition.entities
      .filter(
        (e) =>
          e.kind === 'accreditor' &&
          u.programs.length === 0 &&
          tokens
            .slice(Math.max(0, e.start - DENIAL_REACH), e.start)
            .some((t) => this.kb.query.negators.includes(t) || t === 'neither' || t === 'nor'),
      )
      .map((e) => e.id);
    // "What else is there that I could finish in under a year?" right after a program: the others.
    // "And the other rate?": another fact of the same program, not the other programs.
    const otherFact = namesOtherFact(this.kb.query.otherWords, u.recognition);
    const besidesDiscussed =
      (u.programs.length === 0 || u.programsFromContext) &&
      !otherFact &&
      tokens.some((_, i) => isOtherWord(tokens, i, this.kb.query.otherWords))
        ? (memory?.programs ?? [])
        : [];
    const excludedPrograms = unique([
      ...this.excluded(u),
      ...this.kb.programs.filter((p) => deniedBodies.includes(p.accreditorId)).map((p) => p.id),
      ...besidesDiscussed,
    ]);
    const named = u.programsFromContext ? [] : u.programs.filter((id) => !excludedPrograms.includes(id));
    // "Are both online?" after "which of those two starts in summer?" answered with one: the two asked about.
    const talked = unique([...(memory?.programs ?? []), ...(memory?.earlier ?? [])]);
    // "Of those two, which would I finish first?" after two answers of one program each: those two.
    const both =
      (tokens.includes('both') || THE_TWO.test(tokens.join(' '))) &&
      memory?.lastResults?.length === 1 &&
      talked.length === 2
        ? talked
        : undefined;
    const previous =
      of('anaphora').length > 0 && memory?.lastResults !== undefined && memory.lastResults.length > 0
        ? (both ?? memory.lastResults)
        : undefined;
    const [months, monthsFloor] = bounds(quantities, 'months');
    const [said, budgetFloor] = bounds(
      quantities.filter((q) => q.per === undefined),
      'money',
    );
    // "Which programs fit my budget?": the budget the student gave before.
    const remembered =
      said === undefined &&
      budgetFloor === undefined &&
      u.student.budget !== undefined &&
      MY_BUDGET.test(tokens.join(' '))
        ? ({ measure: 'money', value: u.student.budget, bound: 'at_most' } as const)
        : undefined;
    // "What if I add $1,600?" after a budget of $5,000: $6,600.
    const added =
      said !== undefined &&
      u.student.budget !== undefined &&
      tokens.some((t, i) => this.budgetAdded.has(t) && tokens[i + 1] !== 'than')
        ? {
            ...said,
            value: said.value + u.student.budget,
            bound: 'at_most' as const,
            sumOf: [u.student.budget, said.value] as const,
          }
        : undefined;
    const budget = added ?? said ?? remembered;
    const figures = quantities.filter((q) => q.measure === 'money' && q.per !== undefined);
    const credits = quantities.find((q) => q.measure === 'credits' && q.per === undefined);
    // "What can I afford with $10,000?": what fits the budget, not which program is cheapest.
    const budgetWords = budget?.bound === 'at_most' ? this.withinBudget.match(tokens) : [];
    const ranked = matches
      .filter((m) => m.tag.kind === 'superlative' && tags.includes(m.tag))
      .filter((m) => !budgetWords.some((b) => b.start <= m.start && m.end <= b.end))
      // "Which is less than 10 months?": a question running into "than" sets a bound, not a ranking ("which is less?").
      .filter((m) => !(tokens[m.start] === 'which' && tokens[m.end] === 'than'));
    // "Of those quicker ones, which is cheapest?": a word that names the list pointed at is no ranking asked.
    const namesList = (m: { readonly start: number; readonly end: number }): boolean =>
      LIST_POINTERS.has(tokens[m.start - 1] ?? '') && /^ones?$/.test(tokens[m.end] ?? '');
    const superlativeMatches = ranked.some((m) => !namesList(m)) ? ranked.filter((m) => !namesList(m)) : ranked;
    // "The second shortest", "third cheapest": a place in the ranking, not its top.
    const placeWord = superlativeMatches[0] !== undefined ? tokens[superlativeMatches[0].start - 1] : undefined;
    // "And after that one?" right after a ranking: its next place.
    const next =
      superlativeMatches.length === 0 &&
      memory?.ranked !== undefined &&
      tokens.length <= NEXT_MAX_WORDS &&
      this.nextWords.match(tokens).length > 0
        ? memory.ranked
        : undefined;
    // "And the next fastest?", "and the runner-up for longest?": the place after the one the same ranking last showed;
    // with no ranking shown yet, the runner-up is second.
    const nextSaid = this.nextWords.match(tokens);
    const saysNext = placeWord === 'next' || nextSaid.length > 0;
    // "Say I get my GED in 3 months, what's the fastest program after that?": with no ranking shown, "after that" is a
    // time, not the next place.
    const afterAlone = placeWord !== 'next' && nextSaid.every((m) => tokens[m.start] === 'after');
    const nextOfSame =
      saysNext &&
      memory?.ranked !== undefined &&
      superlativeMatches.some((m) => m.tag.kind === 'superlative' && m.tag.term.id === memory.ranked?.superlative)
        ? memory.ranked.place + 1
        : saysNext && superlativeMatches.length > 0 && memory?.ranked === undefined && !afterAlone
          ? 2
          : undefined;
    const ordinalOf = (word: string | undefined): number | undefined =>
      this.kb.query.positions.ordinals.find((o) => o.word === word && o.value > 1)?.value;
    // "Which comes second when you sort by length?", "what's in third place by cost?": a place said apart from the measure.
    const placeApart =
      superlativeMatches.length > 0
        ? tokens
            .map((t, i) =>
              PLACE_CUES.has(tokens[i - 1] ?? '') || tokens[i + 1] === 'place' ? ordinalOf(t) : undefined,
            )
            .find((v) => v !== undefined)
        : undefined;
    const place = next !== undefined ? next.place + 1 : (nextOfSame ?? ordinalOf(placeWord) ?? placeApart);
    const superlatives = superlativeMatches
      .map((m) => m.tag)
      .filter((t): t is Extract<Tag, { kind: 'superlative' }> => t.kind === 'superlative');
    // "Sort by length, longest first": on one measure, the order said last ("by length" alone means shortest first);
    // "from shortest to longest": the one said first.
    const measure = superlatives[0]?.term.measure;
    const onMeasure = superlatives.filter((t) => t.term.measure === measure);
    // "Longest to shortest", "from cheapest to priciest": the one said before "to".
    const fromTo = superlativeMatches.some((m, k) =>
      superlativeMatches.slice(k + 1).some((n) => tokens.slice(m.end, n.start).includes('to')),
    );
    const ordered = ((tokens.includes('from') && tokens.includes('to')) || fromTo ? onMeasure[0] : onMeasure.pop())
      ?.term;
    // "Is that more than Clarkson?": with no measure named, more or less of what it costs.
    const priced =
      u.attributeNamed === 'tuition' && superlatives.length === 0 ? pricedAgainst(u.recognition) : undefined;
    // "Which is cheaper?", then "how about length, which is less?": a measure named anew is the one compared.
    const measureNamed =
      superlatives.length === 0 && MEASURE_ATTRIBUTES.has(u.attributeNamed ?? '') ? u.attributeNamed : undefined;
    // "Which is cheapest?", then "I live in Denver if that matters": the same ranking for the new home.
    const rememberedId = memory?.superlative ?? memory?.ranked?.superlative;
    // "Is that the total or per semester?": a unit asked of the figure just given, not the ranking again.
    const unitOfThat =
      (u.asks.unit !== undefined || u.asks.total === true) && tokens.some((t) => ONE_FIGURE_POINTERS.has(t));
    const rememberedRanking =
      u.followUp && rememberedId !== undefined && !unitOfThat
        ? this.kb.query.superlatives.find((t) => t.id === rememberedId)
        : undefined;
    const lessOrMore = tokens.includes('less') ? 'lowest' : tokens.includes('more') ? 'highest' : undefined;
    // "Which costs the most?", then "and least?": the same measure, the other end.
    const otherEnd =
      superlatives.length === 0 && memory?.ranked !== undefined && tokens.length <= NEXT_MAX_WORDS
        ? tokens.includes('least')
          ? 'lowest'
          : tokens.includes('most')
            ? 'highest'
            : undefined
        : undefined;
    const rankedMeasure = this.kb.query.superlatives.find((t) => t.id === memory?.ranked?.superlative)?.measure;
    const superlative =
      ordered ??
      (next !== undefined ? this.kb.query.superlatives.find((t) => t.id === next.superlative) : undefined) ??
      (otherEnd !== undefined
        ? this.kb.query.superlatives.find((t) => t.measure === rankedMeasure && t.order === otherEnd)
        : undefined) ??
      // "What if I lived in Utah?" after "is Weber cheaper than Clarkson?": the same comparison.
      (rememberedRanking !== undefined && (measureNamed === undefined || rememberedRanking.measure === measureNamed)
        ? rememberedRanking
        : undefined) ??
      (rememberedRanking !== undefined && measureNamed !== undefined && lessOrMore !== undefined
        ? this.kb.query.superlatives.find((t) => t.measure === measureNamed && t.order === lessOrMore)
        : undefined) ??
      (priced === undefined
        ? undefined
        : this.kb.query.superlatives.find(
            (t) => t.measure === 'tuition' && t.order === (priced === 'less' ? 'lowest' : 'highest'),
          ));
    // "the quickest and cheapest": a second superlative on another measure.
    const also = matches
      .filter((m) => !namesList(m))
      .map((m) => m.tag)
      .find(
        (t): t is Extract<Tag, { kind: 'superlative' }> =>
          t.kind === 'superlative' && tags.includes(t) && t.term.measure !== superlative?.measure,
      )?.term;
    // "cheaper than Clarkson", "faster than Weber": the one program named after "than" is the yardstick, not the scope.
    // A yes/no question has the program after "than" as its yardstick only when it asks about the others
    // ("is anything shorter than Weber?"); "is Weber cheaper than that?" asks about Weber.
    const than = tokens.indexOf('than');
    const afterThan = u.recognition.entities.some((e) => e.kind === 'program' && e.id === named[0] && e.start > than);
    // "HACC sounds like overkill. What are my shorter options?", "anything shorter?" after HACC: other programs, set
    // against the one named or just discussed, with no "than".
    const comparedWord = superlativeMatches.some((m) => /er$/.test(tokens[m.end - 1] ?? ''));
    const implied =
      superlative !== undefined &&
      than < 0 &&
      comparedWord &&
      // ("Is Weber any cheaper?": "any" right before the comparative is "at all", no other programs.)
      tokens.some(
        (t, i) => ALTERNATIVE_WORDS.has(t) && !(t === 'any' && superlativeMatches.some((m) => m.start === i + 1)),
      )
        ? named.length === 1
          ? named[0]
          : named.length === 0 && memory?.programs.length === 1
            ? memory.programs[0]
            : undefined
        : undefined;
    const yardstick =
      superlative !== undefined && named.length === 1 && than >= 0 && (!u.yesNo || afterThan) ? named[0] : implied;
    // "And the second cheapest?" right after "which online program is cheapest for an out-of-state student?":
    // the same ranking further down, among the programs it ranked and at the rate it used.
    // "I'm in Columbus, Ohio btw" after "cheapest one I can do online?": the same ranking over the same programs.
    const rankedAgain = superlatives.length === 0 && superlative !== undefined && superlative === rememberedRanking;
    const ranking =
      superlative !== undefined &&
      (place !== undefined || rankedAgain) &&
      memory?.ranked?.superlative === superlative.id &&
      named.length === 0 &&
      u.states.length === 0 &&
      of('criterion').length === 0 &&
      (memory.lastResults?.length ?? 0) > 0
        ? memory.lastResults
        : undefined;
    const rankedAt =
      ranking !== undefined && (memory?.residency === 'in_state' || memory?.residency === 'out_of_state')
        ? memory.residency
        : undefined;
    const residency = studentResidency(u.residency) ?? rankedAt;
    const others = (ids: readonly string[]): string[] => ids.filter((id) => !excludedPrograms.includes(id));
    const scope =
      yardstick !== undefined
        ? {}
        : named.length > 0
          ? { scope: named, scopeFrom: 'named' as const }
          : (previous ?? ranking)
            ? { scope: others(previous ?? ranking ?? []), scopeFrom: 'previous' as const }
            : excludedPrograms.length > 0
              ? {
                  scope: others(this.kb.programs.map((p) => p.id)),
                  scopeFrom: 'excluding' as const,
                  excludedPrograms,
                }
              : {};
    const asksAll = scope.scope !== undefined && tokens.some((t) => ALL_WORDS.has(t));
    const ruledOut = ruledOutOf(this.kb.programs, u.student);
    return {
      ...(asksAll ? { asksAll } : {}),
      criteria: unique(of('criterion').map((t) => t.id)),
      ...(excluded.length > 0 ? { excluded } : {}),
      // "Is there a program in my state?": the state the student said they live in.
      states: unique(
        u.states.length === 0 && u.student.homeState !== undefined && MY_STATE.test(tokens.join(' '))
          ? [u.student.homeState]
          : u.states.filter((code) => !u.recognition.entities.some((e) => e.id === code && insideRegion(e))),
      ),
      regions: unique(of('region').map((t) => t.region)).filter((r) => !bodyRegions.includes(r.id)),
      accreditors: unique([...u.accreditors, ...bodiesOfRegions]).filter((a) => !deniedBodies.includes(a)),
      // "I'm a sonographer (ARDMS). Which program is cheapest?": the registration the student holds describes them, not a filter.
      // "ARRT rad tech in Seattle… cheapest program that gets me to the ABII exam": the exam is the ABII's, not the ARRT's.
      // "I'm ARDMS, not ARRT": a body denied is no part of the question.
      bodies: unique(
        matches
          .filter((m) => m.tag.kind === 'body' && !this.kb.query.negators.includes(tokens[m.start - 1] ?? ''))
          .flatMap((m) => (m.tag.kind === 'body' ? [m.tag.id] : [])),
      ).filter((b) => relatedNear(b) || !this.entryBodies.has(b) || !(u.student.registrations ?? []).includes(b)),
      relations: unique([
        ...(endsCertified ? [] : of('relation').map((t) => t.id)),
        ...(endsCertified ? CREDENTIAL_RELATIONS : []),
        ...(bodyEligible ? [EXAM_RELATION] : []),
        ...(credentialSought && !bodyEligible ? CREDENTIAL_RELATIONS : []),
      ]),
      terms: unique(of('term').map((t) => t.id)),
      ...(months ? { months } : {}),
      ...(monthsFloor ? { monthsFloor } : {}),
      ...(budget ? { budget } : {}),
      ...(remembered ? { budgetRemembered: true } : {}),
      ...(u.asks.unit !== undefined
        ? { askedUnit: u.asks.unit }
        : next?.askedUnit !== undefined
          ? { askedUnit: next.askedUnit }
          : // "The most expensive per credit?", then "and the least?": on that scale again.
            otherEnd !== undefined && memory?.ranked?.askedUnit !== undefined
            ? { askedUnit: memory.ranked.askedUnit }
            : {}),
      ...(budgetFloor ? { budgetFloor } : {}),
      ...(figures.length > 0 ? { figures } : {}),
      ...(credits ? { credits: credits.value } : {}),
      ...(u.student.homeState !== undefined ? { homeState: u.student.homeState } : {}),
      ...(u.student.imagingYears !== undefined ? { workYears: u.student.imagingYears } : {}),
      ...(ruledOut.length > 0 ? { ruledOut } : {}),
      ...(RIGHT_AWAY.test(tokens.join(' ')) ? { rightAway: true } : {}),
      ...(residency ? { residency } : {}),
      ...(u.residencyOf !== undefined ? { residencyOf: u.residencyOf } : {}),
      ...(superlative && yardstick === undefined ? { superlative } : {}),
      ...(superlative && yardstick === undefined && place !== undefined ? { place } : {}),
      ...(superlative && also && yardstick === undefined ? { alsoSuperlative: also } : {}),
      ...(superlative && yardstick !== undefined
        ? { than: { program: yardstick, measure: superlative.measure, order: superlative.order } }
        : {}),
      ...scope,
    };
  }

  /** True when a phrase at `start` is something the student says about themselves ("I have an associate degree"). */
  /** True when a word counts what follows it ("one summer", "a semester", "2 semesters"). */
  private counted(word: string | undefined): boolean {
    return (
      word !== undefined &&
      (word === 'a' || /^\d+$/.test(word) || this.kb.query.numberWords.some((n) => n.word === word))
    );
  }

  private aboutStudent(
    tokens: readonly string[],
    { start, end }: { readonly start: number; readonly end: number },
    personTaken?: number,
    placeEnds: readonly number[] = [],
  ): boolean {
    // "Does OIT take people without a degree?": the people taken, described.
    if (personTaken !== undefined && start > personTaken) return true;
    const near = tokens.slice(Math.max(0, start - SELF_REACH), start);
    const clause = tokens.slice(Math.max(0, start - SELF_CLAUSE_REACH), start);
    // "My husband is an ARRT rad tech": an "is" after a person describes them; it asks nothing.
    const asked = clause
      .map(
        (t, i) => QUESTION_WORDS.has(t) && !(COPULAS.has(t) && this.kb.query.otherPeople.includes(clause[i - 1] ?? '')),
      )
      .lastIndexOf(true);
    const before = near.length >= clause.length - asked - 1 ? near : clause.slice(asked + 1);
    const self = before.map((t) => SELF_WORDS.has(t)).lastIndexOf(true);
    // "If I don't want to apply to a university": the wish may be in the words matched themselves.
    const after = [...before.slice(self + 1), ...tokens.slice(start, end)];
    // "I need online", "I have to study online": what the student wants, not who they are.
    // "Which programs can I do online?": doing it that way, asked.
    const asking = ASKING_MODALS.has(before[self - 1] ?? '') || after.includes('to');
    const wants = after.some(
      (t, i) => WANT_WORDS.has(t) || (OBLIGED.has(t) && after[i + 1] === 'to') || (asking && DOING_WORDS.has(t)),
    );
    // "Which is fastest if you're ARRT registered?": the asker, put generally.
    const supposed = /\bif (you|youre|you re|you are|ur|one is|someone is)\b/.test(clause.join(' '));
    // "I live in Portland, Maine. Online only": a home said between them closes what the student says of themselves.
    const closed = self >= 0 && placeEnds.some((e) => e <= start && e > start - before.length + self);
    return (self >= 0 && !wants && !closed) || supposed;
  }

  /** "Would the technologist be charged the in-state rate?": the person a yes/no question is about, not a filter. */
  private subjectAsked(tokens: readonly string[], m: { readonly start: number; readonly tag: Tag }): boolean {
    if (m.tag.kind !== 'criterion' || !AUDIENCE_CRITERIA.has(m.tag.id)) return false;
    const at = SUBJECT_DETERMINERS.has(tokens[m.start - 1] ?? '') ? m.start - 2 : m.start - 1;
    return this.kb.query.yesNoWords.includes(tokens[at] ?? '');
  }

  /**
   * "ARRT rad tech in Seattle. I want…", "ARRT rad tech in Akron. EFSC or Clarkson?": words of who someone is, opening a
   * message in which the student speaks of themselves or that tells their background.
   */
  private opensAsStudent(
    tokens: readonly string[],
    m: { readonly start: number; readonly tag: Tag },
    described: boolean,
  ): boolean {
    return (
      m.tag.kind === 'criterion' &&
      AUDIENCE_CRITERIA.has(m.tag.id) &&
      m.start <= OPENING_REACH &&
      !tokens.slice(0, m.start).some((t) => QUESTION_WORDS.has(t)) &&
      (described || tokens.slice(m.start).some((t) => SELF_WORDS.has(t)))
    );
  }

  private entityPositions(length: number, entities: Understanding['recognition']['entities']): boolean[] {
    const taken = new Array<boolean>(length).fill(false);
    for (const e of entities) {
      // Attributes, residencies and named bodies (ABII…) are query words too.
      if (e.kind === 'attribute' || e.kind === 'residency' || e.kind === 'term') continue;
      // "GI Bill": a word that only stems like a city ("Billings") is no place.
      if (e.kind === 'city' && cityNamed(this.kb, e) === undefined) continue;
      for (let i = e.start; i < e.end && i < length; i++) taken[i] = true;
    }
    return taken;
  }
}
