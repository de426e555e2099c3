// Readable URL parts without accents (`les-elus-du-quartier`): used by the library for default
// slugs and by the UI to propose one while the user types a title.

const LIGATURES: Record<string, string> = { œ: 'oe', Œ: 'oe', æ: 'ae', Æ: 'ae', ß: 'ss', ø: 'o', Ø: 'o', đ: 'd', ł: 'l', Ł: 'l' };

/** Room left under the 80-character slug limit for a `-NNN` suffix. */
const MAX_BASE = 72;

export function slugify(text: string): string {
  const ascii = text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[œŒæÆßøØđłŁ]/g, (ch) => LIGATURES[ch] ?? ch)
    .toLowerCase();
  const slug = ascii.replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  if (slug.length <= MAX_BASE) return slug;
  const cut = slug.slice(0, MAX_BASE);
  // Cut at a word boundary when there is one, so the slug does not end mid-word.
  const lastDash = cut.lastIndexOf('-');
  return (lastDash > 20 ? cut.slice(0, lastDash) : cut).replace(/-+$/, '');
}
