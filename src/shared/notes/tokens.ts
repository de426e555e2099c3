// Splitting text into words, spaces and punctuation, the same way for the word diff (which must
// give the text back exactly) and for translation-memory similarity (which compares words).

/** A word keeps its inner apostrophes and hyphens (l'importance, socio-environnementales). */
const TOKEN = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*|\s+|[^\s\p{L}\p{N}]/gu;

/** Every character of `text` lands in exactly one token, in order. */
export function tokenize(text: string): string[] {
  return text.match(TOKEN) ?? [];
}

/** Lower case without accents: what counts as "the same word" for matching. */
export function foldWord(word: string): string {
  return word.normalize('NFD').replace(/\p{M}+/gu, '').replace(/’/g, "'").toLowerCase();
}

/** Words and punctuation, folded, spaces dropped: the units TM similarity counts. */
export function comparableTokens(text: string): string[] {
  return tokenize(text).filter((t) => !/^\s+$/.test(t)).map(foldWord);
}
