/**
 * The end-to-end conversation set (tests/fixtures/eval/conversations.json): its types, loading and
 * validation. Errors name the file, the conversation (index and id) and the path, like knowledge/.
 */
import { readFileSync } from 'node:fs';
import { assertUnique, Field, KnowledgeError } from '../../src/knowledge/fields.js';
import { leakKey } from './evalSet.js';

/** The patterns of issue 17, plus the article's silences and the plain look-ups kept as a control group. */
export const PATTERNS = [
  'personal-context',
  'word-roles',
  'named-terms',
  'eligibility',
  'direct-answers',
  'comparatives',
  'finder',
  'long-messages',
  'identity',
  'grammar',
  'unanswerable',
  'lookup',
] as const;

/** One pattern tag. */
export type Pattern = (typeof PATTERNS)[number];

/** What the first sentence of a reply must say. */
export const ANSWERS = ['yes', 'no', 'unknown'] as const;

/** The answer a yes/no/can-I question must lead with. */
export type ExpectedAnswer = (typeof ANSWERS)[number];

/** The checks on one reply; every key is optional (see conversationChecks.ts for what each means). */
export interface TurnExpectation {
  readonly answer?: ExpectedAnswer;
  readonly mentions?: readonly string[];
  /** Groups of alternatives: each group needs at least one of its strings in the reply. */
  readonly mentionsAny?: readonly (readonly string[])[];
  readonly omits?: readonly string[];
  readonly refuses?: boolean;
  /** Program ids: the reply names these programs and no other. */
  readonly programsOnly?: readonly string[];
}

/** One user message and the checks on the bot's reply to it. */
export interface ConversationTurn {
  readonly user: string;
  readonly expect: TurnExpectation;
}

/** One conversation, sent to a fresh bot from its first turn. */
export interface Conversation {
  readonly id: string;
  readonly pattern: Pattern;
  readonly persona: string;
  readonly turns: readonly ConversationTurn[];
}

/** Figures the article gives, for the honesty check (the set carries them so the check never trusts knowledge/). */
export interface ArticleFigures {
  /** Every dollar amount in the article. */
  readonly dollars: readonly number[];
  /** Every other figure that can multiply a rate (months, years, semester hours). */
  readonly numbers: readonly number[];
}

/** The whole set. */
export interface ConversationSet {
  readonly description: string;
  readonly articleFigures: ArticleFigures;
  readonly conversations: readonly Conversation[];
}

const EXPECT_KEYS = ['answer', 'mentions', 'mentionsAny', 'omits', 'refuses', 'programsOnly'];

function positiveNumbers(field: Field): number[] {
  return field.array(
    (f) => {
      const n = f.number();
      if (n <= 0) f.fail('must be a positive number');
      return n;
    },
    { minLength: 1 },
  );
}

/** `mentionsAny` is one group (a list of strings) or several (a list of lists). */
function groups(field: Field): string[][] {
  if (Array.isArray(field.value) && field.value.every((v) => typeof v === 'string'))
    return [field.strings({ minLength: 1 })];
  return field.array((g) => g.strings({ minLength: 1 }), { minLength: 1 });
}

function readExpectation(field: Field, programIds: ReadonlySet<string>): TurnExpectation {
  if (field.value === undefined) return {};
  if (typeof field.value !== 'object' || field.value === null || Array.isArray(field.value))
    field.fail('must be an object');
  for (const key of Object.keys(field.value))
    if (!EXPECT_KEYS.includes(key)) field.get(key).fail(`is not a known check (known: ${EXPECT_KEYS.join(', ')})`);
  const has = (key: string): boolean => field.has(key);
  const programsOnly = has('programsOnly')
    ? field.get('programsOnly').array(
        (f) => {
          const id = f.string();
          if (!programIds.has(id)) f.fail(`names unknown program "${id}" (known: ${[...programIds].join(', ')})`);
          return id;
        },
        { minLength: 1 },
      )
    : undefined;
  return {
    ...(has('answer') ? { answer: field.get('answer').oneOf(ANSWERS) } : {}),
    ...(has('mentions') ? { mentions: field.get('mentions').strings() } : {}),
    ...(has('mentionsAny') ? { mentionsAny: groups(field.get('mentionsAny')) } : {}),
    ...(has('omits') ? { omits: field.get('omits').strings() } : {}),
    ...(has('refuses') ? { refuses: field.get('refuses').boolean() } : {}),
    ...(programsOnly !== undefined ? { programsOnly } : {}),
  };
}

function readConversation(field: Field, programIds: ReadonlySet<string>): Conversation {
  const id = field.get('id').string();
  // Name the conversation by its id as well as its index, so a bad entry is found at a glance.
  const named = new Field(field.file, `${field.path} (${id})`, field.value);
  return {
    id,
    pattern: named.get('pattern').oneOf(PATTERNS),
    persona: named.get('persona').string(),
    turns: named
      .get('turns')
      .array((t) => ({ user: t.get('user').string(), expect: readExpectation(t.get('expect'), programIds) }), {
        minLength: 1,
      }),
  };
}

/**
 * Loads and validates the set. `programIds` are the ids of knowledge/programs.json, which
 * `programsOnly` may name. Throws a {@link KnowledgeError} naming the file, conversation and path.
 */
export function loadConversationSet(file: string, programIds: readonly string[]): ConversationSet {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new KnowledgeError(`${file}: cannot be read as JSON (${(error as Error).message})`);
  }
  const root = new Field(file, '', json);
  const ids = new Set(programIds);
  const list = root.get('conversations');
  const conversations = list.array((c) => readConversation(c, ids), { minLength: 1 });
  assertUnique(
    list,
    conversations.map((c) => c.id),
  );
  const figures = root.get('articleFigures');
  return {
    description: root.get('description').string(),
    articleFigures: {
      dollars: positiveNumbers(figures.get('dollars')),
      numbers: positiveNumbers(figures.get('numbers')),
    },
    conversations,
  };
}

/** User turns of the set that also occur among the training examples, compared as the PACS set's leak check does. */
export function leakedTurns(set: ConversationSet, trainingExamples: readonly string[]): string[] {
  const training = new Set(trainingExamples.map(leakKey));
  return set.conversations.flatMap((c) =>
    c.turns.filter((t) => training.has(leakKey(t.user))).map((t) => `${c.id}: ${t.user}`),
  );
}
