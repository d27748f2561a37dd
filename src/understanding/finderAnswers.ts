/**
 * Reads what a message tells the program finder: experience, online study, time available, budget,
 * state of residence, or "skip". Short answers ("yes", "12", "OR") count only for the question
 * asked; clear ones ("18 months", "$8,000", "Utah") fill any question, asked or not. Vocabulary
 * comes from `knowledge/lexicon.json`.
 */
import type { FinderProfile, FinderSlot } from '../advice/finder.js';
import type { KnowledgeBase, QueryCriterionId } from '../knowledge/types.js';
import { PhraseMatcher } from './phraseMatcher.js';
import { QuantityParser } from './quantities.js';
import { StudentReader } from './student.js';
import type { Understanding } from './understand.js';

/** What a message says for the finder: the values it gives, whether it skips the open question, and whether it asks for the results now. */
export interface FinderReading {
  readonly values: FinderProfile;
  readonly skip: boolean;
  readonly finish: boolean;
  /** "If money wasn't an issue…": the budget is set aside. */
  readonly noBudget: boolean;
}

/** The profile field each question fills. */
const SLOT_FIELDS: Record<FinderSlot, keyof FinderProfile> = {
  audience: 'audience',
  online: 'online',
  time: 'maxMonths',
  budget: 'budget',
  state: 'state',
};

/** True when the profile has an answer for the question. */
export function hasAnswer(profile: FinderProfile, slot: FinderSlot): boolean {
  return profile[SLOT_FIELDS[slot]] !== undefined;
}

/** A bare number this small, in answer to "how much time", is a number of months. */
const MAX_BARE_MONTHS = 60;

type Word = 'yes' | 'no' | 'either' | 'new' | 'skip' | 'finish' | 'notOnline' | 'requirement' | QueryCriterionId;

/** Words just before "in person" that turn it around ("I can't go in person"). */
const NEGATIONS: ReadonlySet<string> = new Set(['not', 'no', 'never', 'cannot', 'cant', 'unable']);
/** Words of money: with a word of skipping ("money's no object", "if cost wasn't an issue"), no budget. */
const MONEY_WORDS: ReadonlySet<string> = new Set(['money', 'cost', 'price', 'budget', 'tuition']);
/** A question longer than this is asked on the side, never a way of skipping ("can we skip this one?"). */
const SKIP_MAX_WORDS = 6;
/** How many words before a phrase a negation turns it around. */
const NEGATION_REACH = 3;
/** Words that accept studying in person when they follow it closely ("on campus is totally fine with me"). */
const ACCEPTING: ReadonlySet<string> = new Set(['fine', 'ok', 'okay', 'works', 'good', 'doable', 'possible', 'too']);
/** How many words after "in person" an accepting word may come. */
const ACCEPT_REACH = 4;

/** Reads finder answers with one knowledge base's vocabulary. */
export class FinderAnswers {
  private readonly words: PhraseMatcher<Word>;
  private readonly quantities: QuantityParser;
  private readonly student: StudentReader;
  /** "In person", "on campus": studying at the school, which words after it may accept. */
  private readonly inPerson: PhraseMatcher<true>;
  /** "As cheap as possible", "the cheapest": no amount, but a wish to pay least. */
  private readonly cheapWords: PhraseMatcher<true>;

  constructor(private readonly kb: KnowledgeBase) {
    const q = kb.query;
    this.words = new PhraseMatcher<Word>([
      ...q.criteria.flatMap((c) => c.phrases.map((p) => [p, c.id] as const)),
      ...q.finish.map((p) => [p, 'finish'] as const),
      // "Do all of them want a letter of recommendation?": what programs ask for, whose "recommend" asks no verdict.
      ...kb.commonRequirementPhrases.flatMap((r) =>
        r.phrases.filter((p) => p.includes(' ')).map((p) => [p, 'requirement'] as const),
      ),
      ...q.skip.map((p) => [p, 'skip'] as const),
      ...q.answers.either.map((p) => [p, 'either'] as const),
      ...q.answers.yes.map((p) => [p, 'yes'] as const),
      ...q.answers.no.map((p) => [p, 'no'] as const),
      ...q.answers.newcomer.map((p) => [p, 'new'] as const),
      ...q.answers.onlineNotNeeded.map((p) => [p, 'notOnline'] as const),
    ]);
    this.inPerson = new PhraseMatcher(q.inPerson.map((p) => [p, true] as const));
    this.quantities = new QuantityParser(q);
    this.student = new StudentReader(kb);
    this.cheapWords = new PhraseMatcher(
      q.superlatives
        .filter((x) => x.measure === 'tuition' && x.order === 'lowest')
        .flatMap((x) => x.phrases.map((p) => [p, true] as const)),
    );
  }

  /** What the message says, with `open` the question being asked (none when the finder is not open yet). */
  read(u: Understanding, open: FinderSlot | undefined): FinderReading {
    // "A tech for 6 years": the student's past, not the time they have.
    // A story answers out of turn too: "no medical background, budget 8000, need online. What fits me?"
    const said = u.story ?? u.recognition.tokens;
    const past = new Set(this.student.careerYears(said).map((y) => y.at));
    const tokens = said.map((t, i) => (past.has(i) ? '_' : t));
    // "I can't go in person": a phrase of no need for online study, turned around, asks for online study.
    const negated = (at: number): boolean =>
      tokens.slice(Math.max(0, at - NEGATION_REACH), at).some((t) => NEGATIONS.has(t));
    const words = new Set(
      this.words.match(tokens).map((m) => (m.tag === 'notOnline' && negated(m.start) ? 'online' : m.tag)),
    );
    // "On campus is totally fine with me": studying in person, accepted.
    const accepted = this.inPerson
      .match(tokens)
      .some((m) => !negated(m.start) && tokens.slice(m.end, m.end + ACCEPT_REACH).some((t) => ACCEPTING.has(t)));
    if (accepted) words.add('notOnline');
    const values: { -readonly [K in keyof FinderProfile]: FinderProfile[K] } = {};
    // What the student says of themselves counts too: "I've been an MRI tech for 6 years", "never worked in a hospital".
    // It outweighs a bare "yes" or "no": in "I am new", "I am" is no yes to "are you registered?".
    const own = open === 'audience' && !u.recognition.text.includes('?') ? audienceOf(u.student) : undefined;
    const audience = this.audience(words, open === 'audience', own);
    if (audience !== undefined) values.audience = audience;
    // "Which programs care that I'm ARDMS?" asked while "do you need to study online?" waits: a side question, whose
    // "I am" is no yes.
    const online = this.online(words, open === 'online' && !u.recognition.text.includes('?'));
    if (online !== undefined) values.online = online;
    const months = this.quantities.first(tokens, 'months')?.value ?? (open === 'time' ? bareMonths(tokens) : undefined);
    if (months !== undefined) values.maxMonths = months;
    const budget = this.quantities.first(tokens, 'money')?.value;
    if (budget !== undefined) values.budget = budget;
    // "Before the next question — which programs are in Florida?": a question of its own; its "next" skips nothing,
    // and a state it names is where programs are, not the student's home.
    const sideQuestion = u.recognition.text.includes('?') && u.recognition.tokens.length > SKIP_MAX_WORDS;
    // A state named in full counts anywhere; a two-letter code only as the answer to "which state?".
    const state =
      (sideQuestion ? undefined : u.states[0]) ??
      u.student.homeState ??
      (open === 'state' && tokens.length === 1
        ? this.kb.states.find((s) => s.code.toLowerCase() === tokens[0])?.code
        : undefined);
    if (state !== undefined) values.state = state;
    // "As cheap as possible" to "what's your budget?": no limit to filter on, so the question is passed.
    const noLimit = open === 'budget' && budget === undefined && this.cheapWords.match(tokens).length > 0;
    return {
      values,
      skip: (words.has('skip') || noLimit) && !sideQuestion && open !== undefined && !hasAnswer(values, open),
      finish: words.has('finish'),
      noBudget: budget === undefined && words.has('skip') && tokens.some((t) => MONEY_WORDS.has(t)),
    };
  }

  private audience(
    words: ReadonlySet<Word>,
    asked: boolean,
    said: FinderProfile['audience'],
  ): FinderProfile['audience'] {
    if (words.has('newcomers')) return 'newcomer';
    if (words.has('professionals_only')) return 'professional';
    if (said !== undefined || !asked) return said;
    if (words.has('new')) return 'newcomer';
    if (words.has('yes')) return 'professional';
    if (words.has('no')) return 'newcomer';
    return undefined;
  }

  private online(words: ReadonlySet<Word>, asked: boolean): boolean | undefined {
    // "Going in person is totally fine", "online doesn't matter": said at any point, online study is not needed.
    if (words.has('notOnline')) return false;
    if (words.has('online')) return true;
    if (!asked) return undefined;
    if (words.has('either') || words.has('no')) return false;
    if (words.has('yes')) return true;
    return undefined;
  }
}

/** The finder's audience from what the student said about themselves, if it says. */
function audienceOf(s: Understanding['student']): FinderProfile['audience'] {
  if ((s.registrations?.length ?? 0) > 0) return 'professional';
  // "An echo tech who never took the registry": not registered, which is what the finder's entry rules turn on.
  if (s.unregistered === true) return 'newcomer';
  if (s.background === 'imaging') return 'professional';
  if (s.background === 'beginner' || s.background === 'other_health') return 'newcomer';
  return undefined;
}

function bareMonths(tokens: readonly string[]): number | undefined {
  const only = tokens.length === 1 && /^\d+$/.test(tokens[0] ?? '') ? Number(tokens[0]) : undefined;
  return only !== undefined && only > 0 && only <= MAX_BARE_MONTHS ? only : undefined;
}
