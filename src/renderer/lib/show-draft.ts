// The show settings form's draft (categories as typed text) and its patch for shows.update.
import type { ShowPatch } from '../../shared/domain/schemas';
import type { Show } from '../../shared/domain/types';

export type ShowDraft = Omit<Required<ShowPatch>, 'categories'> & { categories: string };

export function toShowDraft(s: Show): ShowDraft {
  return {
    slug: s.slug, title: s.title, subtitle: s.subtitle, description: s.description,
    author: s.author, ownerName: s.ownerName, ownerEmail: s.ownerEmail, website: s.website,
    copyright: s.copyright, languages: s.languages, categories: s.categories.join(', '),
    explicit: s.explicit, baseUrl: s.baseUrl,
  };
}

export function toShowPatch(d: ShowDraft): ShowPatch {
  const trimmed = (v: string) => v.trim();
  return {
    ...d,
    ownerEmail: trimmed(d.ownerEmail),
    website: trimmed(d.website),
    baseUrl: trimmed(d.baseUrl),
    categories: d.categories.split(',').map(trimmed).filter((c) => c !== ''),
  };
}
