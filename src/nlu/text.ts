/**
 * Text pipeline stages shared by the classifier and the entity extractor:
 * normalize → tokenize → stem. Each stage is pure and testable alone.
 */
import { AggressiveTokenizer } from 'natural/lib/natural/tokenizers';
import { PorterStemmer } from 'natural/lib/natural/stemmers';
import { CappedMap } from '../boundedMaps.js';

const tokenizer = new AggressiveTokenizer();

/** Contraction, expansion, and a substring the message must contain for the pattern to match at all (a cheap pre-check). */
const CONTRACTIONS: ReadonlyArray<readonly [RegExp, string, string]> = [
  [/\bcan't\b/g, 'can not', "'"],
  [/\bwon't\b/g, 'will not', "'"],
  [/n't\b/g, ' not', "'"],
  // The same without the apostrophe, as people type in chat: "dont", "doesnt", "cant", "isnt".
  [/\bcant\b/g, 'can not', 'nt'],
  [/\b(do|does|did|is|are|was|were|has|have|had|could|would|should)nt\b/g, '$1 not', 'nt'],
  [/'re\b/g, ' are', "'"],
  [/'ve\b/g, ' have', "'"],
  [/'ll\b/g, ' will', "'"],
  [/'d\b/g, ' would', "'"],
  [/'m\b/g, ' am', "'"],
  [/\b(what|where|who|how|that|there|it|when|which)'s\b/g, '$1 is', "'"],
  [/'s\b/g, '', "'"],
];

const HAS_DIGIT = /\d/;
/** Apostrophes, hyphens and slashes, which separate words for the tokenizer. */
const WORD_JOINERS = /['\-/]/;

/** Text with nothing outside printable ASCII. */
const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

/**
 * Lower-cases, folds accents and typographic quotes, drops control and zero-width characters,
 * expands contractions and money shorthand ("$10k" → "10000 dollar").
 */
export function normalize(text: string): string {
  // Printable ASCII, most messages, has no accents, typographic quotes or control characters to fold.
  let s = PRINTABLE_ASCII.test(text)
    ? text.replace(/`/g, "'").toLowerCase()
    : text
        .normalize('NFKD')
        .replace(/[\u0300-\u036f]/g, '')
        .replace(/[\u2018\u2019\u02bc`´]/g, "'")
        .replace(/[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2060-\u206f\ufeff]/g, ' ')
        .toLowerCase();
  for (const [pattern, replacement, needs] of CONTRACTIONS) if (s.includes(needs)) s = s.replace(pattern, replacement);
  // Each rewrite only where it can apply: most messages have no figures, ampersands or dashes.
  if (HAS_DIGIT.test(s)) {
    s = s
      .replace(/(\d),(?=\d{3}\b)/g, '$1')
      .replace(/\$\s*(\d+(?:\.\d+)?)\s*k\b/g, (_, n: string) => `${Math.round(Number(n) * 1000)} dollar`)
      .replace(/\$\s*(\d+(?:\.\d+)?)/g, '$1 dollar')
      .replace(/\b(\d+(?:\.\d+)?)k\b/g, (_, n: string) => `${Math.round(Number(n) * 1000)}`);
  }
  if (s.includes('&')) s = s.replace(/&/g, ' and ');
  if (WORD_JOINERS.test(s)) s = s.replace(/['\-/]/g, ' ');
  return s.replace(/\s+/g, ' ').trim();
}

/** Splits normalized text into word tokens. */
export function tokenize(normalized: string): string[] {
  return tokenizer.tokenize(normalized).filter((t) => t.length > 0);
}

const STEM_CACHE_LIMIT = 50_000;
const stemCache = new CappedMap<string, string>(STEM_CACHE_LIMIT);

/** Porter stem of one token, memoized (the vocabulary is small and repeats constantly). */
export function stem(token: string): string {
  let s = stemCache.get(token);
  if (s === undefined) {
    s = /^\d/.test(token) ? token : PorterStemmer.stem(token);
    stemCache.set(token, s);
  }
  return s;
}
