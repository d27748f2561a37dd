/**
 * The article's general topics searched by their words: the fallback for a question the recognizer
 * could not place ("what does it say about privacy?", "can I learn at my own pace?"), so that a
 * question the article answers in its own words is answered rather than refused. Pure.
 */
import type { Topic } from '../knowledge/types.js';
import { FUNCTION_WORDS } from '../nlu/stopwords.js';
import { normalize, stem, tokenize } from '../nlu/text.js';

/** The weight of the words a message shares with a topic that it needs to be answered with it. */
const MIN_SCORE = 2;
/** How many different words a message must share with a topic. */
const MIN_SHARED = 2;
/** How far ahead of the next topic the best one must be, as a ratio of their scores. */
const MIN_LEAD = 1.5;

/** Words about the article or the asking itself, which say nothing about a topic. */
const META_WORDS: ReadonlySet<string> = new Set([
  'article',
  'say',
  'says',
  'said',
  'mention',
  'mentions',
  'talk',
  'tell',
  'own',
]);

function contentStems(tokens: readonly string[]): Set<string> {
  return new Set(
    tokens
      .filter((t) => !FUNCTION_WORDS.has(t) && !META_WORDS.has(t))
      .map(stem)
      .filter((s) => s.length > 2),
  );
}

/** Topics indexed by the stems of their own words, each stem weighted by how few topics use it. */
export class TopicSearch {
  private readonly docs: readonly { readonly topic: Topic; readonly stems: ReadonlySet<string> }[];
  private readonly weight: ReadonlyMap<string, number>;

  /**
   * @param offTopic Example questions the bot must not answer (the out-of-scope intent's): their words ("today",
   *   "job", "good") are everyday words, which say nothing about a topic.
   */
  constructor(topics: readonly Topic[], offTopic: readonly string[]) {
    const everyday = new Set(offTopic.flatMap((e) => [...contentStems(tokenize(normalize(e)))]));
    this.docs = topics.map((topic) => ({
      topic,
      stems: new Set([
        ...[...contentStems(tokenize(normalize([topic.summary, ...topic.points].join(' '))))].filter(
          (x) => !everyday.has(x),
        ),
        ...contentStems(tokenize(normalize((topic.keywords ?? []).join(' ')))),
      ]),
    }));
    const counts = new Map<string, number>();
    for (const d of this.docs) for (const s of d.stems) counts.set(s, (counts.get(s) ?? 0) + 1);
    this.weight = new Map([...counts].map(([s, n]) => [s, Math.log(1 + this.docs.length / n)]));
  }

  /** The one topic whose words the message shares clearly more of than any other, if one does. */
  find(tokens: readonly string[]): Topic | undefined {
    const asked = contentStems(tokens);
    const scored = this.docs
      .map((d) => {
        const shared = [...asked].filter((s) => d.stems.has(s));
        return {
          topic: d.topic,
          shared: shared.length,
          score: shared.reduce((sum, s) => sum + (this.weight.get(s) ?? 0), 0),
        };
      })
      .sort((a, b) => b.score - a.score);
    const [best, next] = scored;
    if (best === undefined) return undefined;
    // One shared word is too often a chance one ("a cover letter", "keeps jamming"), unless the message asks what the
    // article says about it ("what does it say about privacy?") and no other topic uses the word.
    const askedOfArticle = tokens.some((t) => META_WORDS.has(t)) && best.shared === 1 && next?.score === 0;
    if (!askedOfArticle && (best.shared < MIN_SHARED || best.score < MIN_SCORE)) return undefined;
    return next === undefined || best.score >= next.score * MIN_LEAD ? best.topic : undefined;
  }
}
