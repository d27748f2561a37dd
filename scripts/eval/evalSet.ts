/**
 * The held-out PACS evaluation set (tests/fixtures/eval/pacs-eval.json): loading, validation and
 * the normalization used to prove it never leaked into training.
 */
import { readFileSync } from 'node:fs';

/** Entities an item is labeled with. */
export interface ExpectedEntities {
  readonly program?: readonly string[];
  readonly accreditor?: string;
  readonly attribute?: string;
  readonly residency?: string;
}

/** One labeled utterance; `previous` is the user turn before it, for follow-ups. */
export interface EvalItem {
  readonly text: string;
  readonly previous?: string;
  readonly intent: string;
  readonly entities: ExpectedEntities;
  readonly tags: readonly string[];
}

/** The label used for "not something the bot answers". */
export const OUT_OF_SCOPE = 'out_of_scope';

function fail(file: string, where: string, message: string): never {
  throw new Error(`${file}: ${where} ${message}`);
}

function optionalString(file: string, where: string, value: unknown): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'string') fail(file, where, `must be a string, got ${JSON.stringify(value)}`);
  return value;
}

function readItem(file: string, raw: unknown, n: number): EvalItem {
  const where = `items[${n}]`;
  if (typeof raw !== 'object' || raw === null) fail(file, where, 'must be an object');
  const o = raw as Record<string, unknown>;
  const text = optionalString(file, `${where}.text`, o.text);
  const intent = optionalString(file, `${where}.intent`, o.intent);
  if (text === undefined || text.trim() === '') fail(file, `${where}.text`, 'is required');
  if (intent === undefined) fail(file, `${where}.intent`, 'is required');
  const e = (o.entities ?? {}) as Record<string, unknown>;
  const program = e.program;
  if (program !== undefined && !(Array.isArray(program) && program.every((p) => typeof p === 'string'))) {
    fail(file, `${where}.entities.program`, 'must be an array of program ids');
  }
  const entities: ExpectedEntities = {
    ...(program !== undefined ? { program: program as string[] } : {}),
    ...optionalField('accreditor', optionalString(file, `${where}.entities.accreditor`, e.accreditor)),
    ...optionalField('attribute', optionalString(file, `${where}.entities.attribute`, e.attribute)),
    ...optionalField('residency', optionalString(file, `${where}.entities.residency`, e.residency)),
  };
  const previous = optionalString(file, `${where}.previous`, o.previous);
  const tags = Array.isArray(o.tags) ? o.tags.filter((t): t is string => typeof t === 'string') : [];
  return { text, intent, entities, tags, ...(previous !== undefined ? { previous } : {}) };
}

function optionalField<K extends string>(key: K, value: string | undefined): Partial<Record<K, string>> {
  return value === undefined ? {} : ({ [key]: value } as Record<K, string>);
}

/** Loads and validates the evaluation set; errors name the file and the bad item. */
export function loadEvalSet(file: string): EvalItem[] {
  const json: unknown = JSON.parse(readFileSync(file, 'utf8'));
  const items = (json as { items?: unknown }).items;
  if (!Array.isArray(items)) fail(file, 'items', 'must be an array');
  return items.map((raw, n) => readItem(file, raw, n));
}

/** Lower-case, punctuation stripped, whitespace collapsed: how utterances are compared for leaks. */
export function leakKey(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s]/gu, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Evaluation utterances that also occur among the training examples (previous turns are context, not tested). */
export function leakedUtterances(items: readonly EvalItem[], trainingExamples: readonly string[]): string[] {
  const training = new Set(trainingExamples.map(leakKey));
  return items.filter((i) => training.has(leakKey(i.text))).map((i) => i.text);
}

/**
 * The items that are truly held out: any item whose text occurs in training is dropped, so a leak
 * can never inflate the figures (the leak test still fails until the set is fixed).
 */
export function heldOutItems(items: readonly EvalItem[], trainingExamples: readonly string[]): EvalItem[] {
  const training = new Set(trainingExamples.map(leakKey));
  return items.filter((i) => !training.has(leakKey(i.text)));
}
