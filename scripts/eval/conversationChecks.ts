/**
 * What each check of the conversation set means, defined once. A check reads only the text the
 * user sees (message text plus card fallback text) and the conversation so far; never bot internals.
 * @remarks The checks test facts, not wording: the bot may phrase an answer any way it likes as long
 * as the facts are there, the wrong ones are not, and a yes/no question is answered in its first
 * sentence. The phrase lists below are the only wording the checks know; keep them small and general.
 */
import type { ArticleFigures, ExpectedAnswer, TurnExpectation } from './conversationSet.js';

/** The kinds of check a turn can fail; the last four run on every turn without being asked for. */
export type CheckKind =
  | 'answer'
  | 'mentions'
  | 'mentionsAny'
  | 'omits'
  | 'refuses'
  | 'programsOnly'
  | 'honesty'
  | 'truncation'
  | 'reply'
  | 'error';

/** One failed check, with what was expected and what was found. */
export interface CheckFailure {
  readonly check: CheckKind;
  readonly detail: string;
}

/** A program's id and every name a reply may use for it (name, short name, aliases). */
export interface ProgramNames {
  readonly id: string;
  readonly names: readonly string[];
}

/** What the checks need besides the reply and the expectation. */
export interface CheckContext {
  readonly programs: readonly ProgramNames[];
  readonly figures: ArticleFigures;
  /** The user's messages so far, the current one last. */
  readonly userTurns: readonly string[];
  /** Longest message text the bot reads; longer messages are cut before the bot sees them. */
  readonly maxTextChars: number;
}

/** The phrase lists the checks use, each matched as whole words after {@link normalize}. */
export const PHRASES = {
  /** "The article doesn't say / check with the school": an accepted `answer: "unknown"` and `refuses: true`. */
  unknown: [
    "doesn't say",
    'does not say',
    "doesn't give",
    'does not give',
    "doesn't state",
    'does not state',
    "doesn't mention",
    'does not mention',
    "doesn't list",
    'does not list',
    "doesn't specify",
    'does not specify',
    "doesn't cover",
    'does not cover',
    "doesn't include",
    'does not include',
    "isn't covered",
    'is not covered',
    'not covered',
    'not stated',
    'not specified',
    'not given',
    'not mentioned',
    'not listed',
    'silent',
    'no information',
    "don't have information",
    'do not have information',
    "don't know",
    'do not know',
    "can't tell",
    'cannot tell',
    "can't say",
    'cannot say',
    "can't honestly say",
    'cannot honestly say',
    "can't compare",
    'cannot compare',
    "won't compare",
    "can't rank",
    'cannot rank',
    "can't be worked out",
    'cannot be worked out',
    "can't estimate",
    'cannot estimate',
    'lists no',
    'gives no',
    'names no',
    'says nothing',
    "doesn't name",
    'does not name',
    'not enough',
    'without saying',
    'unclear',
    'not clear',
    'check with',
    'ask the school',
    'contact the school',
    'confirm with',
    'not sure whether',
    'not sure if',
  ],
  /** A polite decline: accepted for `refuses: true`, a failure for `refuses: false`. */
  refusal: [
    "can't help",
    'cannot help',
    'can not help',
    'unable to help',
    'not able to help',
    "can't answer",
    'cannot answer',
    'outside what i',
    'outside of what i',
    'beyond what i',
    'only answer questions',
    'only help with',
    'not something i can',
    'rather not guess',
  ],
  /** "I didn't understand": a failure for `refuses: false` (a clear question deserves an answer), not a refusal either. */
  notUnderstood: [
    'not sure i understood',
    "didn't understand",
    'did not understand',
    "don't understand",
    "didn't catch",
    'did you mean',
  ],
  /** Words that label a sentence's figure as an estimate (the honesty check). */
  estimate: [
    'estimate',
    'estimated',
    'about',
    'roughly',
    'approximately',
    'around',
    'at most',
    'up to',
    'no more than',
  ],
  /** Words that tell the user their message was cut (checked on every turn longer than the limit). */
  truncation: ['cut', 'cut off', 'truncated', 'trimmed', 'shortened', 'too long', 'only read', 'only the first'],
  /** First words that answer yes. */
  yes: ['yes', 'yep', 'yeah', 'sure', 'absolutely', 'definitely'],
  /** First words that answer no (and "not", unless the sentence reads as "not stated" and the like). */
  no: ['no', 'nope', 'none'],
} as const;

/**
 * Lower case, markdown emphasis and code marks removed, curly quotes straightened, a dash between
 * letters read as a space ("out-of-state" = "out of state"), thousands separators dropped
 * ("16,644" = "16644"), whitespace collapsed. Replies and expected strings go through the same steps.
 */
export function normalize(text: string): string {
  return text
    .toLowerCase()
    .replace(/[‘’`´]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/[*_]+/g, '')
    .replace(/(?<=\p{L})[-‐‑–—](?=\p{L})/gu, ' ')
    .replace(/(?<=\d),(?=\d{3}(?!\d))/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

const WORD = /[\p{L}\p{N}]/u;

/** True when `needle` occurs in `text` as whole words (no letter or digit glued to either end), both normalized. */
export function containsPhrase(text: string, needle: string): boolean {
  const hay = normalize(text);
  const n = normalize(needle);
  if (n === '') return false;
  for (let i = hay.indexOf(n); i >= 0; i = hay.indexOf(n, i + 1)) {
    const before = hay[i - 1];
    const after = hay[i + n.length];
    const startOk = !WORD.test(n[0] as string) || before === undefined || !WORD.test(before);
    const endOk = !WORD.test(n[n.length - 1] as string) || after === undefined || !WORD.test(after);
    if (startOk && endOk) return true;
  }
  return false;
}

function containsAny(text: string, phrases: readonly string[]): boolean {
  return phrases.some((p) => containsPhrase(text, p));
}

/** The reply's first sentence, without markdown marks or list bullets: up to the first `.`, `!` or `?` before a space, or the first line break. */
export function firstSentence(reply: string): string {
  const plain = reply
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[*_`#>]+/g, '')
    .replace(/^[\s\-•]+/, '');
  const end = plain.search(/[.!?](?=\s|$)|\n/);
  return (end < 0 ? plain : plain.slice(0, end + 1)).trim();
}

/** Which answer the first sentence gives, if it gives one. */
export function answerOf(reply: string): ExpectedAnswer | undefined {
  const first = firstSentence(reply);
  const firstWord = /^[\p{L}']+/u.exec(normalize(first).replace(/^[^\p{L}\p{N}]+/u, ''))?.[0] ?? '';
  // An explicit first "yes" or "no" wins over a caveat later in the sentence; "not stated" is not a "no".
  if ((PHRASES.yes as readonly string[]).includes(firstWord)) return 'yes';
  if ((PHRASES.no as readonly string[]).includes(firstWord)) return 'no';
  if (containsAny(first, PHRASES.unknown)) return 'unknown';
  return firstWord === 'not' ? 'no' : undefined;
}

/** Cut a reply for a report line. */
export function excerpt(text: string, max = 160): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1)}…`;
}

function checkAnswer(reply: string, expected: ExpectedAnswer): CheckFailure[] {
  const got = answerOf(reply);
  return got === expected
    ? []
    : [
        {
          check: 'answer',
          detail: `expected the first sentence to say "${expected}", it says ${got === undefined ? 'neither yes, no nor "the article doesn\'t say"' : `"${got}"`}: "${excerpt(firstSentence(reply), 100)}"`,
        },
      ];
}

function checkRefuses(reply: string, refuses: boolean): CheckFailure[] {
  if (refuses) {
    return containsAny(reply, PHRASES.refusal) || containsAny(reply, PHRASES.unknown)
      ? []
      : [{ check: 'refuses', detail: 'expected a polite refusal or "the article doesn\'t cover that", got an answer' }];
  }
  const declined = [...PHRASES.refusal, ...PHRASES.notUnderstood].find((p) => containsPhrase(reply, p));
  return declined === undefined
    ? []
    : [{ check: 'refuses', detail: `a clear question was declined or not understood ("${declined}")` }];
}

function checkProgramsOnly(
  reply: string,
  expected: readonly string[],
  programs: readonly ProgramNames[],
): CheckFailure[] {
  const named = programs.filter((p) => containsAny(reply, p.names)).map((p) => p.id);
  const missing = expected.filter((id) => !named.includes(id));
  const extra = named.filter((id) => !expected.includes(id));
  if (missing.length === 0 && extra.length === 0) return [];
  const parts = [
    missing.length > 0 ? `missing ${missing.join(', ')}` : '',
    extra.length > 0 ? `also names ${extra.join(', ')}` : '',
  ].filter((s) => s !== '');
  return [{ check: 'programsOnly', detail: `expected only ${expected.join(', ')}: ${parts.join('; ')}` }];
}

/** The checks the turn asked for. */
function expectedChecks(reply: string, expect: TurnExpectation, context: CheckContext): CheckFailure[] {
  const failures: CheckFailure[] = [];
  if (expect.answer !== undefined) failures.push(...checkAnswer(reply, expect.answer));
  for (const m of expect.mentions ?? [])
    if (!containsPhrase(reply, m)) failures.push({ check: 'mentions', detail: `missing "${m}"` });
  for (const group of expect.mentionsAny ?? [])
    if (!containsAny(reply, group))
      failures.push({ check: 'mentionsAny', detail: `none of ${group.map((g) => `"${g}"`).join(' / ')}` });
  for (const o of expect.omits ?? [])
    if (containsPhrase(reply, o)) failures.push({ check: 'omits', detail: `contains "${o}"` });
  if (expect.refuses !== undefined) failures.push(...checkRefuses(reply, expect.refuses));
  if (expect.programsOnly !== undefined)
    failures.push(...checkProgramsOnly(reply, expect.programsOnly, context.programs));
  return failures;
}

/** A dollar amount found in a reply, with the sentence it stands in. */
interface DollarAmount {
  readonly text: string;
  readonly value: number;
  readonly sentence: string;
}

const DOLLARS = /\$\s?(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?(\s?(?:k|thousand)\b)?/gi;
const NUMBERS = /(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?(\s?(?:k|thousand|grand)\b)?/gi;
/** "a thousand", "two hundred", "ten grand": round amounts students write in words. */
const WORD_AMOUNTS =
  /\b(a|one|two|three|four|five|six|seven|eight|nine|ten|fifteen|twenty|fifty)\s+(hundred|thousand|grand)\b/gi;
const WORD_VALUES: Readonly<Record<string, number>> = {
  a: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  fifteen: 15,
  twenty: 20,
  fifty: 50,
};

function amount(digits: string, decimals: string | undefined, thousands: string | undefined): number {
  return Number(`${digits.replace(/,/g, '')}${decimals ?? ''}`) * (thousands !== undefined ? 1000 : 1);
}

/**
 * Every dollar amount in `reply`, each with its sentence (text between `.!?`+space or line breaks).
 * An amount right after a quotation mark is an example of what to type ("such as "$8,000""), not a
 * claim, and is left out.
 */
export function dollarAmounts(reply: string): DollarAmount[] {
  const found: DollarAmount[] = [];
  for (const m of reply.matchAll(DOLLARS)) {
    const at = m.index;
    if (/["“]$/.test(reply.slice(0, at))) continue;
    const before = reply.slice(0, at);
    const start = Math.max(before.search(/[^\n]*$/), ...[...before.matchAll(/[.!?]\s/g)].map((b) => b.index + 2));
    const rest = reply.slice(at + m[0].length);
    const stop = rest.search(/[.!?](?=\s|$)|\n/);
    found.push({
      text: m[0],
      value: amount(m[1] as string, m[2], m[3]),
      sentence: reply.slice(start, stop < 0 ? reply.length : at + m[0].length + stop + 1),
    });
  }
  return found;
}

/** Every number the user wrote so far ("$300", "12 credits", "10k", "10 grand", "a thousand"). */
export function studentNumbers(userTurns: readonly string[]): number[] {
  return userTurns.flatMap((t) => [
    ...[...t.matchAll(NUMBERS)].map((m) => amount(m[1] as string, m[2], m[3])),
    ...[...t.matchAll(WORD_AMOUNTS)].map(
      (m) =>
        (WORD_VALUES[(m[1] as string).toLowerCase()] ?? 1) *
        ((m[2] as string).toLowerCase() === 'hundred' ? 100 : 1000),
    ),
  ]);
}

/** Equal to `target` within a dollar, or to `target` rounded to tens, hundreds or thousands. */
function closeTo(value: number, target: number): boolean {
  return Math.abs(value - target) <= 1 || [10, 100, 1000].some((unit) => value === Math.round(target / unit) * unit);
}

/** Months in a year: a yearly rate for part of a year is that share of it. */
const MONTHS_PER_YEAR = 12;

/**
 * Figures that can be worked out from the article and the student: a dollar figure times a count
 * (an article figure such as 12 semester hours, a number the student gave, either as months of a
 * year), sums and differences of two such products, and a product over an article number of months. Deliberately simple: it catches invented
 * figures, not every unjustified calculation.
 */
export function derivableFigures(figures: ArticleFigures, student: readonly number[]): number[] {
  const bases = [...figures.dollars, ...student];
  // A yearly rate times a length in months over twelve: the program's share of a year.
  const whole = [1, ...figures.numbers, ...student];
  const counts = [...whole, ...whole.map((n) => n / MONTHS_PER_YEAR)];
  const products = [...new Set(bases.flatMap((b) => counts.map((n) => b * n)))];
  const combined = products.flatMap((p, i) => products.slice(i).flatMap((q) => [p + q, Math.abs(p - q)]));
  // A figure spread over a program's length in months ("about $632 to $1,264 a month"), never summed further.
  const spread = products.flatMap((p) => figures.numbers.filter((m) => m > 1).map((m) => p / m));
  return [...products, ...combined, ...spread];
}

/**
 * Every dollar amount in the reply is an article figure, a figure the student gave, or a labelled
 * estimate (its sentence carries an {@link PHRASES.estimate} word) that {@link derivableFigures} can produce.
 */
export function checkHonesty(reply: string, context: Pick<CheckContext, 'figures' | 'userTurns'>): CheckFailure[] {
  const student = studentNumbers(context.userTurns);
  let derivable: number[] | undefined;
  const failures: CheckFailure[] = [];
  for (const d of dollarAmounts(reply)) {
    if ([...context.figures.dollars, ...student].some((f) => Math.abs(f - d.value) < 0.5)) continue;
    // "A budget of $8,000 (your $5,000 plus $3,000)": the student's own amounts added up, with both shown.
    const addedUp = student.some((a, i) => student.slice(i + 1).some((b) => Math.abs(a + b - d.value) < 0.5));
    if (addedUp && d.sentence.includes(' plus ')) continue;
    const labelled = containsAny(d.sentence, PHRASES.estimate);
    derivable ??= derivableFigures(context.figures, student);
    const derived = derivable.some((f) => closeTo(d.value, f));
    if (labelled && derived) continue;
    const why = !derived
      ? "cannot be worked out from the article and the student's figures"
      : 'is worked out but not labelled as an estimate';
    failures.push({ check: 'honesty', detail: `${d.text} ${why}: "${excerpt(d.sentence, 120)}"` });
  }
  return failures;
}

/** A message longer than the limit reaches the bot cut; the reply must say so. */
function checkTruncation(reply: string, context: CheckContext): CheckFailure[] {
  const user = context.userTurns[context.userTurns.length - 1] ?? '';
  if (user.length <= context.maxTextChars || containsAny(reply, PHRASES.truncation)) return [];
  return [
    {
      check: 'truncation',
      detail: `the message had ${user.length} characters (limit ${context.maxTextChars}) and the reply does not say it was cut`,
    },
  ];
}

/** Every check of one turn: the ones it asked for, then honesty, truncation and "some reply came". */
export function checkReply(reply: string, expect: TurnExpectation, context: CheckContext): CheckFailure[] {
  if (reply.trim() === '') return [{ check: 'reply', detail: 'the bot sent no message' }];
  return [
    ...expectedChecks(reply, expect, context),
    ...checkHonesty(reply, context),
    ...checkTruncation(reply, context),
  ];
}
