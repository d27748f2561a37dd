/**
 * Which programs a comparison is about: the ones named, "all of them", the last list shown
 * ("compare those"), or the programs talked about before, in that order of preference.
 */
import type { TurnMemory } from './memory.js';
import type { Understanding } from './understand.js';
import type { KnowledgeBase } from '../knowledge/types.js';
import { PhraseMatcher } from './phraseMatcher.js';

type Word = 'everything' | 'anaphora';

/** Resolves the programs of a comparison request. */
export class ComparisonSelection {
  private readonly words: PhraseMatcher<Word>;

  constructor(private readonly kb: KnowledgeBase) {
    this.words = new PhraseMatcher<Word>([
      ...kb.query.everything.map((p) => [p, 'everything'] as const),
      ...kb.query.anaphora.map((p) => [p, 'anaphora'] as const),
    ]);
  }

  /** Program ids to compare, in order; fewer than two means the dialog must ask. */
  resolve(u: Understanding, memory: TurnMemory | undefined): string[] {
    const named = u.programsFromContext ? [] : [...u.programs];
    const words = this.words.match(u.recognition.tokens).map((m) => m.tag);
    if (words.includes('everything') && named.length <= 1)
      return [...named, ...this.kb.programs.map((p) => p.id).filter((id) => !named.includes(id))];
    if (named.length >= 2) return named;
    const remembered = memory?.programs ?? [];
    const lastList = memory?.lastResults ?? [];
    // Programs talked about one after the other ("tell me about Weber… and Clarkson?") are the pair too.
    const earlier = memory?.earlier ?? [];
    const [only] = named;
    if (only !== undefined) {
      const other = [...remembered, ...earlier].find((id) => id !== only);
      return other !== undefined ? [only, other] : [only];
    }
    if (words.includes('anaphora') && lastList.length >= 2) return [...lastList];
    if (remembered.length >= 2) return [...remembered];
    if (lastList.length >= 2) return [...lastList];
    const [current] = remembered;
    const [before] = earlier;
    if (current !== undefined && before !== undefined && words.includes('anaphora')) return [current, before];
    return [...remembered];
  }
}
