// French or English, for one segment of show notes, including three-word headings and list
// items. A log-odds sum of clues: function words first, then elisions, accents, typography and
// letter groups. Capitalised names count a quarter, so "Stéphane Vincent, founder…" is English.

import type { NoteLang } from '../../../shared/notes/types.js';
import { ENGLISH_CONTENT_WORDS, ENGLISH_WORDS, FRENCH_CONTENT_WORDS, FRENCH_WORDS } from './language-words.js';

export interface LanguageGuess {
  /** null when the clues do not lean far enough either way (a bare name, a number, an address). */
  lang: NoteLang | null;
  /** Positive leans French, negative English. */
  score: number;
  /** 0.5 = no idea, towards 1 = certain. */
  confidence: number;
}

/** Below this |score| the segment is left to its neighbours. */
const DECISION = 0.9;

// Letter groups (on lower-cased words) that one language uses far more than the other; weights are log-odds-ish.
const LETTER_CLUES: [RegExp, number][] = [
  [/[éèêëàâçîïôûùüÿœ]/g, 1.3],
  [/eau|eux\b|euse|oi[^ln]|ouv|qu[ei]|aient\b|ais\b|ait\b|ions\b|ez\b|ée?s?\b|ère/g, 0.6],
  [/th|wh|sh|ght|ee|oo|ea[dkrst]|w|k|y\b|ing\b|ly\b|ness\b|ship\b|ful\b/g, -0.6],
];

const APOSTROPHE = "['’]";
const FRENCH_ELISION = new RegExp(`(?:^|[^\\p{L}])(?:[ldjmnstc]|qu|jusqu|lorsqu|puisqu)${APOSTROPHE}[aeiouhéèêàâîôûœ]`, 'giu');
const ENGLISH_CONTRACTION = new RegExp(`\\p{L}${APOSTROPHE}(?:s|re|ll|ve|m|d|t)(?!\\p{L})|n${APOSTROPHE}t(?!\\p{L})`, 'giu');

interface Word {
  text: string;
  capital: boolean;
  sentenceStart: boolean;
}

function wordsOf(text: string): Word[] {
  const words: Word[] = [];
  let sentenceStart = true;
  for (const [w] of text.matchAll(/[\p{L}]+(?:['’-][\p{L}]+)*|[.!?:;•*–—-]|\n/gu)) {
    if (!/\p{L}/u.test(w)) {
      sentenceStart = w !== ';';
      continue;
    }
    words.push({ text: w.toLowerCase(), capital: /^\p{Lu}/u.test(w), sentenceStart });
    sentenceStart = false;
  }
  return words;
}

function listScore(word: string): number | null {
  if (FRENCH_WORDS.has(word)) return 2;
  if (ENGLISH_WORDS.has(word)) return -2;
  if (FRENCH_CONTENT_WORDS.has(word)) return 1.5;
  if (ENGLISH_CONTENT_WORDS.has(word)) return -1.5;
  return null;
}

function letterScore(word: string): number {
  let score = 0;
  for (const [pattern, weight] of LETTER_CLUES) score += (word.match(pattern)?.length ?? 0) * weight;
  // Letter clues describe a word, they do not outvote a function word: cap each word's say.
  return Math.max(-1.2, Math.min(1.2, score));
}

const listed = (word: string) => word.split(/['’-]/).some((part) => listScore(part) !== null) || listScore(word) !== null;

/** A listed word scores as listed; "qu'est-ce", "abonnez-vous" score by their parts. */
function wordScore(word: string): number {
  const listed = listScore(word);
  if (listed !== null) return listed;
  const parts = word.split(/['’-]/).filter((p) => p.length > 1);
  if (parts.length <= 1) return letterScore(parts[0] ?? word);
  return parts.reduce((sum, part) => sum + (listScore(part) ?? letterScore(part)), 0);
}

export function detectLanguage(text: string): LanguageGuess {
  let score = 0;
  for (const word of wordsOf(text)) {
    // A capital inside a sentence, or on a word no list knows, is likely a name ("La 27e Région",
    // "Stéphane"): names travel between languages, so they count a quarter.
    const name = word.capital && (!word.sentenceStart || !listed(word.text));
    score += wordScore(word.text) * (name ? 0.25 : 1);
  }
  score += (text.match(FRENCH_ELISION)?.length ?? 0) * 1.5;
  score -= (text.match(ENGLISH_CONTRACTION)?.length ?? 0) * 1.5;
  // French typography: « guillemets » and a space before ? ! : ;
  score += (text.match(/[«»]/g)?.length ?? 0) * 0.8;
  score += (text.match(/\p{L}[  \u202f][?!:;]/gu)?.length ?? 0) * 0.8;
  const confidence = 1 / (1 + Math.exp(-Math.abs(score)));
  const lang = Math.abs(score) < DECISION ? null : score > 0 ? 'fr' : 'en';
  return { lang, score, confidence };
}
