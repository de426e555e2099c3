// How close a memory segment is to the one being translated, in percent. Word level: the
// Levenshtein distance over tokens (words and punctuation, folded to lower case without
// accents) divided by the longer token count; 100 only for the same text, 99 when only case,
// accents or spacing differ. CAT tools count words too, so the figures read alike.

import { comparableTokens } from '../../../shared/notes/tokens.js';

export const FUZZY_THRESHOLD = 70;

/** The shortest and longest token counts another segment may have and still reach `threshold` %. */
export function lengthWindow(tokens: number, threshold = FUZZY_THRESHOLD): { min: number; max: number } {
  const ratio = threshold / 100;
  return { min: Math.ceil(tokens * ratio), max: Math.floor(tokens / ratio) };
}

/** Token edit distance, or null as soon as it must exceed `limit` (keeps big lookups fast). */
export function tokenDistance(a: readonly string[], b: readonly string[], limit = Infinity): number | null {
  if (Math.abs(a.length - b.length) > limit) return null;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1);
      const value = Math.min(substitution, (previous[j] as number) + 1, (current[j - 1] as number) + 1);
      current.push(value);
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > limit) return null;
    previous = current;
  }
  const distance = previous[b.length] as number;
  return distance > limit ? null : distance;
}

const spaced = (text: string) => text.normalize('NFC').replace(/\s+/g, ' ').trim();

/** Similarity of `candidate` to `query` in whole percent, or null below `threshold`. */
export function similarity(query: string, candidate: string, threshold = FUZZY_THRESHOLD): number | null {
  if (spaced(query) === spaced(candidate)) return 100;
  const a = comparableTokens(query);
  const b = comparableTokens(candidate);
  const longest = Math.max(a.length, b.length);
  if (longest === 0) return null;
  const limit = Math.floor(longest * (1 - threshold / 100));
  const distance = tokenDistance(a, b, limit);
  if (distance === null) return null;
  const score = Math.min(99, Math.floor(100 * (1 - distance / longest)));
  return score >= threshold ? score : null;
}
