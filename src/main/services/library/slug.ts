// Default episode slugs: readable URL parts without accents (`les-elus-du-quartier`), made
// unique within a show by a -2, -3 suffix.

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

/** `ep-<number>` for a numbered episode, else the French title, else the English one. */
export function defaultEpisodeSlug(input: { number?: number | null; title?: { fr: string; en: string } }): string {
  if (input.number !== undefined && input.number !== null) return `ep-${input.number}`;
  return slugify(input.title?.fr ?? '') || slugify(input.title?.en ?? '') || 'episode';
}

/** The first of base, base-2, base-3… that `taken` says is free. */
export function uniqueSlug(base: string, taken: (slug: string) => boolean): string {
  if (!taken(base)) return base;
  for (let n = 2; ; n += 1) {
    const candidate = `${base}-${n}`;
    if (!taken(candidate)) return candidate;
  }
}
