// The first check on any text given to the notes services (pasted text, XLIFF, TMX): empty or
// binary input is refused with a clear reason before anything is parsed, let alone written.

import type { Malformed } from './xml-read.js';

interface Problem {
  en: string;
  fr: string;
}

/** Control characters no text file has (tab, line breaks, form feed and escape aside). */
function controlCount(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if ((code >= 0x01 && code <= 0x08) || (code >= 0x0e && code <= 0x1a)) count++;
  }
  return count;
}

/** Why `text` cannot be read as text, or null when it can. */
export function unreadableProblem(text: string): Problem | null {
  if (text.replace(/^\uFEFF/, '').trim() === '') return { en: 'the text is empty', fr: 'le texte est vide' };
  if (text.includes('\u0000') || controlCount(text) > 2) {
    return { en: 'this is a binary file, not text', fr: "c'est un fichier binaire, pas du texte" };
  }
  const replaced = text.match(/\uFFFD/g)?.length ?? 0;
  if (replaced > 8 || replaced > text.length / 100) {
    return { en: 'this is not UTF-8 text', fr: "ce n'est pas du texte UTF-8" };
  }
  return null;
}

/** Refuses unreadable text with the format's own error (XLIFF, TMX), before any parsing. */
export function readableOrThrow(text: string, fail: Malformed): void {
  const problem = unreadableProblem(text);
  if (problem) throw fail(null, problem.en, problem.fr);
}
