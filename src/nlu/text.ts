/**
 * Text pipeline stages shared by the classifier and the entity extractor:
 * normalize → tokenize → stem. Each stage is pure and testable alone.
 */
import { AggressiveTokenizer } from 'natural/lib/natural/tokenizers';
import { PorterStemmer } from 'natural/lib/natural/stemmers';

const tokenizer = new AggressiveTokenizer();

/** Contractions and their expansions, in the order they are applied. */
const CONTRACTIONS: ReadonlyArray<readonly [RegExp, string]> = [
  [/\bcan't\b/g, 'can not'],
  [/\bwon't\b/g, 'will not'],
  [/n't\b/g, ' not'],
  // The same without the apostrophe, as people type in chat: "dont", "doesnt", "cant", "isnt".
  [/\bcant\b/g, 'can not'],
  [/\b(do|does|did|is|are|was|were|has|have|had|could|would|should)nt\b/g, '$1 not'],
  [/'re\b/g, ' are'],
  [/'ve\b/g, ' have'],
  [/'ll\b/g, ' will'],
  [/'d\b/g, ' would'],
  [/'m\b/g, ' am'],
  [/\b(what|where|who|how|that|there|it|when|which)'s\b/g, '$1 is'],
  [/'s\b/g, ''],
  // "how long n how much": chat's "n" between two words is "and".
  [/(?<=[a-z]) n (?=[a-z])/g, ' and '],
  // "hw long n hw much": chat's "hw" is "how".
  [/\bhw\b/g, 'how'],
  // "what do i need 2 get in2 oregon tech": chat's "2" for "to" after a word that takes it, and "in2" for "into".
  [/\bin2\b/g, 'into'],
  [
    /(?<=\b(?:need|needs|want|wants|have|has|had|going|got|able|like|trying|try|how|what|where|when|go|get|apply|up) )2(?= [a-z])(?! (?:years?|yrs?|months?|mos?|weeks?|days?|hours?|hrs?|credits?|semesters?|terms?|classes|class|courses?|programs?|schools?|letters?|kids|children|jobs?|degrees?|certificates?|certifications?|of|or|and|more|less|extra|people|times|x)\b)/g,
    'to',
  ],
];

/**
 * Lower-cases, folds accents and typographic quotes, drops control and zero-width characters,
 * expands contractions and money shorthand ("$10k" → "10000 dollar").
 */
export function normalize(text: string): string {
  let s = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[\u2018\u2019\u02bc`´]/g, "'")
    .replace(/[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2060-\u206f\ufeff]/g, ' ')
    .toLowerCase();
  for (const [pattern, replacement] of CONTRACTIONS) s = s.replace(pattern, replacement);
  // "ARRT(R)", "RT(R)(CT)": a registration written with its modalities, which are not words of the message; written
  // that way, the ARRT's is one the writer holds.
  s = s
    .replace(/\barrt\s?(?:\((?:[a-z]{1,3}|arrt)\))+/g, 'arrt registered')
    .replace(/\brt\s?(?:\((?:[a-z]{1,3}|arrt)\))+/g, 'rt');
  return (
    s
      .replace(/(\d),(?=\d{3}\b)/g, '$1')
      .replace(/\$\s*(\d+(?:\.\d+)?)\s*k\b/g, (_, n: string) => `${Math.round(Number(n) * 1000)} dollar`)
      .replace(/\$\s*(\d+(?:\.\d+)?)/g, '$1 dollar')
      .replace(/\b(\d+(?:\.\d+)?)k\b/g, (_, n: string) => `${Math.round(Number(n) * 1000)}`)
      // "100% online": a share, never an amount of money.
      .replace(/(\d)\s*%/g, '$1 percent')
      .replace(/&/g, ' and ')
      .replace(/['\-/]/g, ' ')
      .replace(/\s+/g, ' ')
      .trim()
  );
}

/** Splits normalized text into word tokens. */
export function tokenize(normalized: string): string[] {
  return tokenizer.tokenize(normalized).filter((t) => t.length > 0);
}

/**
 * Stems already computed. natural's Porter stemmer was a tenth of the bot's CPU per turn, because
 * every matcher stems the message's words again. Without this memo the load test's p99 target
 * (under 100 ms with 32 conversations, docs/performance.md) failed (95–112 ms); with it, 90–94 ms.
 * Bounded: cleared when it holds MAX_STEMS words.
 */
const stems = new Map<string, string>();
const MAX_STEMS = 20_000;

/** Porter stem of one token; numbers are kept as they are. */
export function stem(token: string): string {
  if (/^\d/.test(token)) return token;
  let stemmed = stems.get(token);
  if (stemmed === undefined) {
    stemmed = PorterStemmer.stem(token);
    if (stems.size >= MAX_STEMS) stems.clear();
    stems.set(token, stemmed);
  }
  return stemmed;
}
