// Client-side ordering of the episode list (the list is loaded whole, so sorting is instant).
import { EPISODE_STATUSES, type EpisodeSummary, type UiLanguage } from '../../shared/domain/types';

export type SortKey = 'number' | 'date' | 'title' | 'status';
export interface Sort {
  key: SortKey;
  dir: 'asc' | 'desc';
}

const titleOf = (e: EpisodeSummary, lang: UiLanguage) => e.title[lang] || e.title[lang === 'fr' ? 'en' : 'fr'];

export function sortEpisodes(list: EpisodeSummary[], sort: Sort, lang: UiLanguage): EpisodeSummary[] {
  const collator = new Intl.Collator(lang, { sensitivity: 'base', numeric: true });
  const sign = sort.dir === 'asc' ? 1 : -1;
  // Episodes without a number or date go last whatever the direction: they are the unfinished ones.
  const nullsLast = (a: number | null, b: number | null) =>
    a === null ? (b === null ? 0 : 1) : b === null ? -1 : sign * (a - b);
  const compare = (a: EpisodeSummary, b: EpisodeSummary): number => {
    switch (sort.key) {
      case 'number':
        return nullsLast(a.season, b.season) || nullsLast(a.number, b.number) || a.id - b.id;
      case 'date':
        return nullsLast(a.publishedAt ? Date.parse(a.publishedAt) : null, b.publishedAt ? Date.parse(b.publishedAt) : null)
          || a.id - b.id;
      case 'title':
        return sign * collator.compare(titleOf(a, lang), titleOf(b, lang)) || a.id - b.id;
      case 'status':
        return sign * (EPISODE_STATUSES.indexOf(a.status) - EPISODE_STATUSES.indexOf(b.status))
          || nullsLast(a.number, b.number);
      default: {
        const never: never = sort.key;
        return never;
      }
    }
  };
  return [...list].sort(compare);
}
