/**
 * "What does the E stand for?", "what does the CoC part mean?": the words behind some letters of an
 * abbreviation the knowledge names (an accreditor, a commission, a term), read off its full name.
 */
import type { KnowledgeBase } from '../knowledge/types.js';
import { joinAnd } from './format.js';
import { reply, type Reply } from './reply.js';

/** An abbreviation and the name it shortens. */
export interface Spelled {
  readonly abbreviation: string;
  readonly name: string;
}

/** Short words a name may skip when no letter of its abbreviation stands for them ("of", "and"). */
const SKIPPABLE: ReadonlySet<string> = new Set(['of', 'and', 'the', 'on', 'for', 'in', 'at', 'to']);

/** Every abbreviation the knowledge spells out: accreditors, the commissions the article names, terms. */
export function abbreviations(kb: KnowledgeBase): Spelled[] {
  const all = [
    ...kb.accreditors.map((a) => ({ abbreviation: a.abbreviation, name: a.name })),
    ...kb.programs.flatMap((p) => (p.accreditorAsNamed !== undefined ? [p.accreditorAsNamed] : [])),
    ...kb.terms.filter((t) => t.abbreviation !== t.name).map((t) => ({ abbreviation: t.abbreviation, name: t.name })),
  ];
  return [...new Map(all.map((s) => [s.abbreviation, s] as const)).values()];
}

/**
 * Where in the name each letter of the abbreviation is read (the index of its word), or undefined when the name
 * does not spell it.
 */
function spell(words: readonly string[], abbreviation: string): number[] | undefined {
  const out: number[] = [];
  let at = 0;
  for (const letter of abbreviation.toLowerCase()) {
    // "Northwest" gives both N and W: a letter later in the word just used.
    const last = out[out.length - 1];
    while (
      at < words.length &&
      words[at]?.[0]?.toLowerCase() !== letter &&
      SKIPPABLE.has(words[at]?.toLowerCase() ?? '')
    )
      at += 1;
    const word = words[at];
    if (word !== undefined && word[0]?.toLowerCase() === letter) {
      out.push(at);
      at += 1;
    } else if (last !== undefined && words[last]?.slice(1).toLowerCase().includes(letter)) out.push(last);
    else return undefined;
  }
  return out;
}

/** What `letters` stand for in each abbreviation that contains them, the ones in `preferred` first. */
export function lettersMeaning(
  kb: KnowledgeBase,
  letters: string,
  preferred: readonly string[] = [],
): { readonly spelled: Spelled; readonly words: readonly string[] }[] {
  const wanted = letters.toLowerCase();
  const found = abbreviations(kb).flatMap((s) => {
    const at = s.abbreviation.toLowerCase().indexOf(wanted);
    const words = s.name.split(/[\s-]+/).filter((w) => w !== '');
    const read = at < 0 || s.abbreviation.toLowerCase() === wanted ? undefined : spell(words, s.abbreviation);
    const [first, last] = [read?.[at], read?.[at + wanted.length - 1]];
    // "SACS" is "Southern Association of Colleges and Schools": the small words between the letters' words stay.
    return first === undefined || last === undefined ? [] : [{ spelled: s, words: words.slice(first, last + 1) }];
  });
  const inContext = found.filter((f) => preferred.includes(f.spelled.abbreviation));
  return inContext.length > 0 ? inContext : found;
}

/** "In **SACSCOC**, *CoC* stands for **Commission on Colleges** (…)". */
export function lettersAnswer(letters: string, meanings: ReturnType<typeof lettersMeaning>): Reply {
  const lines = meanings.map(
    (m) => `in **${m.spelled.abbreviation}** (the ${m.spelled.name}), *${letters}* stands for **${m.words.join(' ')}**`,
  );
  const text = joinAnd(lines);
  return reply(
    `${text.charAt(0).toUpperCase()}${text.slice(1)}.`,
    meanings.map((m) => `What is ${m.spelled.abbreviation}?`),
  );
}
