/**
 * Turns a message into what the user means in this conversation. Students wrap questions in their
 * own story ("I'm a nurse in Idaho… can I get into EFSC?"), so the question is found first: the
 * trailing part of the message that the recognizer understands best. The story still counts for
 * what it says about the student (background, registrations, where they live).
 */
import type { KnowledgeBase } from '../knowledge/types.js';
import type { Recognition } from '../nlu/recognizer.js';
import { normalize, tokenize } from '../nlu/text.js';
import { NO_MEMORY, type TurnMemory } from './memory.js';
import { QuantityParser } from './quantities.js';
import { StudentReader } from './student.js';
import { PhraseMatcher } from './phraseMatcher.js';
import { understand, type Asks, type MessageContext, type Understanding } from './understand.js';

/** Anything that recognizes a message: the trained recognizer, or a stub in routing tests. */
export interface Recognize {
  recognize(text: string): Recognition;
}

/** Settings of the understander. */
export interface UnderstanderOptions {
  /** The bot reads at most this many characters of a message; the rest is cut off before recognition. */
  readonly maxTextChars: number;
}

/** A part of the message must beat the whole message by this much to be taken as the question. */
const FOCUS_MARGIN = 0.05;
/** A sentence with a question mark gets this much head start over other parts: it is where students ask. */
const QUESTION_MARK_BONUS = 0.1;
/** How much later parts of a message gain over earlier ones, all told. */
const LATER_BONUS = 0.05;
/** Only the last few sentences are tried as the question's end, besides every sentence with a question mark. */
const TRAILING_SENTENCES = 3;
/** A message with this many sentences is a story: the question is one of its parts, never the whole. */
const STORY_SENTENCES = 4;

/** Where a sentence or a clause ends. */
const SENTENCE_END = /(?<=[.!?\n])\s+|(?<=[;:])\s+|\s+(?:—|–|-)\s+/u;
/** Pictographs other than the ones the lexicon reads as words. */
const PICTOGRAPH = /\p{Extended_Pictographic}|\u200d|\ufe0f/gu;

/** Understands messages against one knowledge base. Pure: same text and memory, same meaning. */
export class Understander {
  private readonly student: StudentReader;
  private readonly quantities: QuantityParser;
  private readonly spanish: ReadonlySet<string>;
  private readonly askedUnits: PhraseMatcher<NonNullable<Asks['unit']>>;
  private readonly creditWords: PhraseMatcher<true>;

  constructor(
    private readonly recognizer: Recognize,
    readonly kb: KnowledgeBase,
    private readonly options: UnderstanderOptions = { maxTextChars: Number.POSITIVE_INFINITY },
  ) {
    this.student = new StudentReader(kb);
    this.quantities = new QuantityParser(kb.query);
    this.askedUnits = new PhraseMatcher(kb.query.moneyUnits.map((m) => [m.phrase, m.unit] as const));
    this.creditWords = new PhraseMatcher(kb.query.units.filter((u) => u.measure === 'credits').map((u) => [u.phrase, true] as const));
    this.spanish = new Set(kb.spanish.words);
  }

  /** The meaning of `text`, with follow-ups resolved against what the conversation remembers. */
  understand(raw: string, memory: TurnMemory = NO_MEMORY): Understanding {
    const cut = raw.length > this.options.maxTextChars;
    const text = this.readable(cut ? raw.slice(0, this.options.maxTextChars) : raw);
    const whole = this.recognizer.recognize(text);
    const focus = this.focus(text, whole);
    const places = whole.entities.filter((e) => e.kind === 'state' || e.kind === 'city' || e.kind === 'program');
    const { facts, residencePlaces } = this.student.read(whole.tokens, places);
    const residenceOnly = (kind: string): string[] => {
      const asHome = new Set(residencePlaces.filter((p) => p.kind === kind).map((p) => p.id));
      return [...asHome].filter((id) => !places.some((p) => p.kind === kind && p.id === id && !residencePlaces.includes(p)));
    };
    const residenceOnlyPrograms = residenceOnly('program');
    const asked = this.quantities.parse(focus.tokens);
    const context: MessageContext = {
      student: facts,
      residenceOnly: { programs: residenceOnlyPrograms, states: residenceOnly('state') },
      otherPrograms: [...new Set(whole.entities.filter((e) => e.kind === 'program' && !residenceOnlyPrograms.includes(e.id)).map((e) => e.id))],
      yesNo: this.isYesNo(focus.tokens),
      figures: asked.length > 0 || focus === whole ? asked : this.quantities.parse(whole.tokens),
      asks: this.asks(focus.tokens),
      cut,
      language: this.isSpanish(raw) ? 'es' : 'en',
    };
    return understand(focus, this.kb, memory, context);
  }

  /** "How much is it per year?", "how many credits?": a unit or the credits named without a figure. */
  private asks(tokens: readonly string[]): Asks {
    const unit = this.askedUnits.match(tokens)[0]?.tag;
    const credits = this.creditWords.match(tokens).length > 0 && !tokens.some((t) => /^\d+$/.test(t));
    return { ...(unit !== undefined ? { unit } : {}), ...(credits ? { credits } : {}) };
  }

  /** The text with the emoji the lexicon knows read as words, and other pictographs dropped. */
  private readable(text: string): string {
    let out = text;
    for (const { emoji, word } of this.kb.query.emoji) if (out.includes(emoji)) out = out.split(emoji).join(` ${word} `);
    // "heyyy", "sooo": a letter typed three or more times is one letter.
    return out.replace(PICTOGRAPH, ' ').replace(/(\p{L})\1{2,}/gu, '$1').replace(/[ \t]+/g, ' ').trim();
  }

  /**
   * The recognition of the question: the whole message, or a trailing part of it (from a sentence or
   * clause onwards, or a sentence with a question mark) that the recognizer is clearly surer of.
   */
  private focus(text: string, whole: Recognition): Recognition {
    const parts = text.split(SENTENCE_END).filter((p) => p.trim() !== '');
    if (parts.length < 2) return whole;
    const story = parts.length >= STORY_SENTENCES;
    const candidates = new Set<string>();
    for (let i = Math.max(1, parts.length - TRAILING_SENTENCES); i < parts.length; i++) candidates.add(parts.slice(i).join(' '));
    for (const p of parts) if (p.includes('?')) candidates.add(p);
    let best = whole;
    // In a story, small talk ("thanks in advance") and the story itself are never the question.
    let bestScore = story ? 0 : this.inScopeScore(whole, false);
    const order = [...candidates];
    for (const [i, candidate] of order.entries()) {
      const r = this.recognizer.recognize(candidate);
      // A question mark, and coming later in the message, make a part likelier to be the question.
      const score = this.inScopeScore(r, story) + (candidate.includes('?') ? QUESTION_MARK_BONUS : 0) + (LATER_BONUS * i) / order.length;
      if (score > bestScore + FOCUS_MARGIN || (story && best === whole && score > 0)) {
        best = r;
        bestScore = score;
      }
    }
    return best;
  }

  private inScopeScore(r: Recognition, questionsOnly: boolean): number {
    const intent = r.intent?.intent;
    if (intent === undefined) return 0;
    const kind = this.kb.intents.find((i) => i.id === intent)?.action.kind;
    if (kind === 'outOfScope' || (questionsOnly && kind === 'smalltalk')) return 0;
    return r.intent?.score ?? 0;
  }

  /** True when the question starts, after fillers ("so", "ok"), with a word that asks for yes or no. */
  private isYesNo(tokens: readonly string[]): boolean {
    const q = this.kb.query;
    const first = tokens.find((t) => !q.fillers.includes(t));
    return first !== undefined && q.yesNoWords.includes(first);
  }

  /** True when most of the message's words are Spanish, or it has Spanish punctuation. */
  private isSpanish(raw: string): boolean {
    const words = tokenize(normalize(raw.replace(PICTOGRAPH, ' ')));
    if (words.length === 0) return false;
    const share = words.filter((w) => this.spanish.has(w)).length / words.length;
    return share >= this.kb.spanish.minShare || (/[¿¡ñ]/.test(raw) && share > 0);
  }
}
