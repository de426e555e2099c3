// Default episode slugs: readable URL parts without accents (`les-elus-du-quartier`), made
// unique within a show by a -2, -3 suffix.

import { slugify } from '../../../shared/domain/slug.js';

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
