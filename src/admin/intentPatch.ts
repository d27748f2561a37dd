/**
 * "Add as example of intent X": a unified diff that adds questions to an intent's examples in
 * `knowledge/intents.json`, for staff to review and commit (`git apply` or `patch -p1`).
 * @remarks The bot never edits its own knowledge at run time; this only writes a patch. The new file
 * is the old one with the examples appended, written back as JSON with two-space indentation (the
 * file's own format), so the diff touches only the lines around the new examples.
 */

/** The file the patch changes, relative to the project root. */
export const INTENTS_PATH = 'knowledge/intents.json';

/** Most examples one patch adds. */
export const MAX_PATCH_EXAMPLES = 20;
/** Longest example accepted, in characters. */
export const MAX_EXAMPLE_CHARS = 200;

/** Why no patch could be made; the message is meant for staff. */
export class PatchError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PatchError';
  }
}

/** A patch and what it adds. */
export interface IntentPatch {
  readonly intent: string;
  /** The examples the patch adds (those already in the intent are left out). */
  readonly added: readonly string[];
  /** The unified diff, with a short header saying what it does. */
  readonly diff: string;
}

interface IntentsFile {
  intents: Array<{ id: unknown; examples: unknown }>;
}

/** One example as it will be stored: one line, single spaces, trimmed. */
function tidy(example: string): string {
  return example.replace(/\s+/g, ' ').trim();
}

/**
 * The patch adding `examples` to intent `intentId` of the intents file whose current text is
 * `current`; throws {@link PatchError} for an unknown intent, bad examples or nothing new to add.
 */
export function intentExamplesPatch(current: string, intentId: string, examples: readonly string[]): IntentPatch {
  let data: IntentsFile;
  try {
    data = JSON.parse(current) as IntentsFile;
  } catch {
    throw new PatchError(`${INTENTS_PATH} is not valid JSON; fix it before adding examples`);
  }
  const intent = Array.isArray(data.intents) ? data.intents.find((i) => i.id === intentId) : undefined;
  if (intent === undefined || !Array.isArray(intent.examples))
    throw new PatchError(`${INTENTS_PATH} has no intent "${intentId}"`);
  if (examples.length === 0 || examples.length > MAX_PATCH_EXAMPLES)
    throw new PatchError(`give 1 to ${MAX_PATCH_EXAMPLES} examples`);
  const known = new Set(intent.examples.map((e) => (typeof e === 'string' ? tidy(e).toLowerCase() : '')));
  const added: string[] = [];
  for (const raw of examples) {
    const example = tidy(raw);
    if (example === '' || example.length > MAX_EXAMPLE_CHARS)
      throw new PatchError(`each example must be 1 to ${MAX_EXAMPLE_CHARS} characters`);
    if (known.has(example.toLowerCase())) continue;
    known.add(example.toLowerCase());
    added.push(example);
  }
  if (added.length === 0) throw new PatchError(`every example given is already an example of "${intentId}"`);
  intent.examples = [...intent.examples, ...added];
  const next = `${JSON.stringify(data, null, 2)}${current.endsWith('\n') ? '\n' : ''}`;
  const header = [
    `Adds ${added.length} example${added.length === 1 ? '' : 's'} to intent "${intentId}" in ${INTENTS_PATH}.`,
    'Made by the PACS Advisor staff report. Review it, then from the project root: git apply <this file>',
    '(or patch -p1 < <this file>), run npm test, and commit.',
    '',
  ];
  return { intent: intentId, added, diff: `${header.join('\n')}${unifiedDiff(current, next, INTENTS_PATH)}` };
}

/** Lines of a text, each with its newline (the last may have none), so a missing final newline counts as a difference. */
function lines(text: string): string[] {
  return text.match(/[^\n]*\n|[^\n]+$/g) ?? [];
}

/** Lines of context around a change, as `diff -u` writes them. */
const CONTEXT = 3;

/**
 * A unified diff (`a/` and `b/` prefixes, one hunk) from `before` to `after` of `path`.
 * @remarks The change is taken as one block between the longest common start and end, which is
 * exact for an insertion in one place, the only change this module makes.
 */
export function unifiedDiff(before: string, after: string, path: string): string {
  if (before === after) return '';
  const a = lines(before);
  const b = lines(after);
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let end = 0;
  while (end < a.length - start && end < b.length - start && a[a.length - 1 - end] === b[b.length - 1 - end]) end++;
  const from = Math.max(0, start - CONTEXT);
  const aTo = Math.min(a.length, a.length - end + CONTEXT);
  const bTo = Math.min(b.length, b.length - end + CONTEXT);
  const out = [`--- a/${path}`, `+++ b/${path}`, `@@ -${range(from, aTo - from)} +${range(from, bTo - from)} @@`];
  const emit = (prefix: string, line: string | undefined): void => {
    if (line === undefined) return;
    out.push(`${prefix}${line.replace(/\n$/, '')}`);
    if (!line.endsWith('\n')) out.push('\\ No newline at end of file');
  };
  for (let i = from; i < start; i++) emit(' ', a[i]);
  for (let i = start; i < a.length - end; i++) emit('-', a[i]);
  for (let i = start; i < b.length - end; i++) emit('+', b[i]);
  for (let i = a.length - end; i < aTo; i++) emit(' ', a[i]);
  return `${out.join('\n')}\n`;
}

/** A hunk range: 1-based start and count (`diff` names the line before an empty range). */
function range(from: number, count: number): string {
  return count === 0 ? `${from},0` : `${from + 1},${count}`;
}
