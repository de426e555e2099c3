// Turns what a user typed into a safe FTS5 MATCH expression: words only (every FTS operator and
// quote is dropped), each as a quoted prefix term, all required. Pure, so it is tested alone.

/** More words than this adds nothing to a search box and only slows the query. */
const MAX_TERMS = 12;

export function searchTerms(text: string): string[] {
  return text
    // Accents are folded by the index (remove_diacritics); folding here too keeps a combining
    // accent typed on its own from splitting a word.
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 0)
    .slice(0, MAX_TERMS);
}

/** `"word1"* "word2"*` (FTS5 ANDs adjacent terms), or null when nothing searchable remains. */
export function toFtsQuery(text: string): string | null {
  const terms = searchTerms(text);
  if (terms.length === 0) return null;
  return terms.map((term) => `"${term}"*`).join(' ');
}
