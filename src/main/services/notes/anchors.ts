// Anchors: what survives translation and so ties a French segment to its English counterpart.
// Web addresses, numbers ("21e" and "21st" both give 21), acronyms (R&D, MIS, UCL) and
// capitalised words that are not ordinary sentence openers (Stéphane, Vincent, Raccords).

import { foldWord } from '../../../shared/notes/tokens.js';
import { ENGLISH_CONTENT_WORDS, ENGLISH_WORDS, FRENCH_CONTENT_WORDS, FRENCH_WORDS } from './language-words.js';

const URL = /\b(?:https?:\/\/|mailto:|www\.)[^\s<>"()«»“”]+/giu;
const NUMBER = /\d+(?:[.,]\d+)?/gu;

const ordinary = (word: string) =>
  FRENCH_WORDS.has(word) || ENGLISH_WORDS.has(word) || FRENCH_CONTENT_WORDS.has(word) || ENGLISH_CONTENT_WORDS.has(word);

/** The anchors of one segment, folded (lower case, no accents) and without repeats. */
export function anchorsOf(text: string): Set<string> {
  const anchors = new Set<string>();
  const urls = text.match(URL) ?? [];
  for (const url of urls) {
    const bare = url.toLowerCase().replace(/^(?:https?:\/\/|mailto:)/, '').replace(/^www\./, '').replace(/[.,;:!?/]+$/, '');
    // "https://" cut short has nothing left to match on.
    if (/[a-z0-9]\.[a-z]/.test(bare)) anchors.add(`url:${bare}`);
  }
  const rest = urls.reduce((t, url) => t.replace(url, ' '), text);
  for (const [n] of rest.matchAll(NUMBER)) anchors.add(`n:${n.replace(',', '.')}`);
  let sentenceStart = true;
  for (const match of rest.matchAll(/\p{L}+(?:[&]\p{L}+)*|[.!?:]\s|\n/gu)) {
    const word = match[0];
    if (!/\p{L}/u.test(word)) {
      sentenceStart = true;
      continue;
    }
    const start = sentenceStart;
    sentenceStart = false;
    if (!/^\p{Lu}/u.test(word)) continue;
    const folded = foldWord(word);
    const acronym = word.length >= 2 && word === word.toUpperCase();
    if (acronym || (folded.length >= 3 && !(start && ordinary(folded)) && !ordinary(folded))) anchors.add(`w:${folded}`);
  }
  return anchors;
}

/** Anchors both sides share. */
export function sharedAnchors(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let shared = 0;
  for (const anchor of a) if (b.has(anchor)) shared++;
  return shared;
}
