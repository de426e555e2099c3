// "Go to" for a release finding, pure: which view and tab hold the place it names, and the
// elements to focus there (the forms' field ids, the chapter editor's row inputs), best first.
import type { FindingWhere, UiLanguage } from '../../shared/domain/types';

export type GoToTab = 'audio' | 'notes' | 'details';

export type GoToTarget =
  | { view: 'show'; focus: string[] }
  | { view: 'episode'; episodeId: number; tab: GoToTab; focus: string[] };

const id = (value: string) => `#${value}`;
const testId = (value: string) => `[data-testid="${value}"]`;
/** Bilingual fields have one input per language; a finding about both feeds opens the French one. */
const side = (prefix: string, lang: UiLanguage | undefined) => [id(`${prefix}-${lang ?? 'fr'}`)];

/** Show fields as ShowSettings names its inputs (the artwork: its choose button). The episode count has no field. */
const SHOW_FIELDS: Record<string, (lang?: UiLanguage) => string[]> = {
  title: (lang) => side('show-title', lang),
  subtitle: (lang) => side('show-subtitle', lang),
  description: (lang) => side('show-description', lang),
  languages: (lang) => side('show-language', lang),
  categories: () => [id('show-categories')],
  explicit: () => [id('show-explicit')],
  author: () => [id('show-author')],
  ownerName: () => [id('show-owner-name')],
  ownerEmail: () => [id('show-owner-email')],
  website: () => [id('show-website')],
  copyright: () => [id('show-copyright')],
  baseUrl: () => [id('show-base-url')],
  slug: () => [id('show-slug')],
  artwork: () => [testId('show-artwork-choose')],
};

/** Episode fields on the Details tab, as DetailsTab names its inputs. */
const DETAIL_FIELDS: Record<string, (lang?: UiLanguage) => string[]> = {
  title: (lang) => side('ep-title', lang),
  summary: (lang) => side('ep-summary', lang),
  publishedAt: () => [id('ep-published-at')],
  number: () => [id('ep-number')],
  season: () => [id('ep-season')],
  type: () => [id('ep-type')],
  status: () => [id('ep-status')],
  slug: () => [id('ep-slug')],
  spoken: () => [id('ep-spoken')],
  explicit: () => [id('ep-explicit')],
  artwork: () => [testId('episode-artwork-choose')],
  transcripts: (lang) => [testId(`transcript-choose-${lang ?? 'fr'}`)],
  // No field shows the guid: the Details tab is where the episode's identity lives.
  guid: () => [],
};

const AUDIO_FIELDS = new Set(['audio', 'chapters', 'loudness']);
const NOTES_FIELDS = new Set(['notes', 'description']);

function chapterFocus(where: FindingWhere): string[] {
  const i = where.chapterIndex;
  if (i === undefined) return [];
  return where.lang ? [testId(`chapter-title-${where.lang}-${i}`), testId(`chapter-start-${i}`)] : [testId(`chapter-start-${i}`)];
}

export function goToTarget(where: FindingWhere): GoToTarget {
  const field = where.field ?? '';
  if (where.episodeId === undefined) {
    // Show fields, and bundle files with no episode: both are fixed in the show's settings.
    return { view: 'show', focus: SHOW_FIELDS[field]?.(where.lang) ?? [] };
  }
  const episodeId = where.episodeId;
  if (where.scope === 'chapter' || AUDIO_FIELDS.has(field)) {
    return { view: 'episode', episodeId, tab: 'audio', focus: field === 'chapters' || where.scope === 'chapter' ? chapterFocus(where) : [] };
  }
  if (NOTES_FIELDS.has(field)) return { view: 'episode', episodeId, tab: 'notes', focus: [] };
  return { view: 'episode', episodeId, tab: 'details', focus: DETAIL_FIELDS[field]?.(where.lang) ?? [] };
}
