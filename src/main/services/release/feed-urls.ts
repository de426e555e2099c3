// Where things live once the bundle is hosted at the show's base URL, and the guids derived from
// them: podcast:guid (UUIDv5 of the feed URL, per the podcast namespace) and the item guids.

import { v5 as uuidv5 } from 'uuid';
import type { UiLanguage } from '../../../shared/domain/types.js';

/** The podcast namespace's own UUIDv5 namespace for podcast:guid. */
export const PODCAST_GUID_NAMESPACE = 'ead4c236-bf58-58c6-a2c6-a6b28d128cb6';
/** This app's namespace for the item guids of the second feed. Fixed forever: changing it re-delivers every episode. */
const ITEM_GUID_NAMESPACE = '0eb8d1b1-bd07-4633-8932-bb715e339d7e';

export const LANGS: readonly UiLanguage[] = ['fr', 'en'];
export const otherLang = (lang: UiLanguage): UiLanguage => (lang === 'fr' ? 'en' : 'fr');
export const feedFile = (lang: UiLanguage): string => `feed.${lang}.xml`;

/** The base URL with one trailing slash, or '' when the show has none (the validator says so). */
export function baseWithSlash(baseUrl: string): string {
  const base = baseUrl.trim();
  if (base === '') return '';
  return base.endsWith('/') ? base : `${base}/`;
}

/** The public URL of a bundle file (`media/ep-1.mp3`): relative when there is no base URL. */
export function bundleUrl(baseUrl: string, relPath: string): string {
  return `${baseWithSlash(baseUrl)}${relPath.split('/').map(encodeURIComponent).join('/')}`;
}

/** podcast:guid: UUIDv5 over the feed URL without its scheme and trailing slashes. */
export function podcastGuidOf(feedUrl: string): string {
  const bare = feedUrl.trim().replace(/^[a-z][a-z0-9+.-]*:\/\//i, '').replace(/\/+$/, '');
  return uuidv5(bare, PODCAST_GUID_NAMESPACE);
}

/**
 * An item's guid in one language's feed. The feed named by `guidFeed` carries the episode's own
 * guid (so an imported feed keeps its guids); the other feed gets a stable guid derived from it.
 */
export function itemGuid(episodeGuid: string, lang: UiLanguage, guidFeed: UiLanguage): string {
  return lang === guidFeed ? episodeGuid : uuidv5(`${episodeGuid}#${lang}`, ITEM_GUID_NAMESPACE);
}
