// The <channel> of one language's feed (without its items) as a builder object: Apple's required
// and recommended tags, the podcast namespace's guid, lock, hosts, and the link to the other feed.

import type { UiLanguage } from '../../../shared/domain/types.js';
import { APP_VERSION } from '../app-version.js';
import { splitCategory } from './apple-categories.js';
import { bundleUrl, otherLang } from './feed-urls.js';
import { personNode } from './persons.js';
import type { ReleaseModel } from './release-model.js';
import { dateToRfc2822 } from './rfc2822.js';

const orUndefined = (text: string) => (text.trim() === '' ? undefined : text.trim());

/** `Arts > Books` and `Arts > Design` share one <itunes:category text="Arts">. */
function categories(list: readonly string[]): Record<string, unknown>[] {
  const byCategory = new Map<string, string[]>();
  for (const text of list) {
    const { category, sub } = splitCategory(text);
    if (category === '') continue;
    const subs = byCategory.get(category) ?? [];
    if (sub && !subs.includes(sub)) subs.push(sub);
    byCategory.set(category, subs);
  }
  return [...byCategory].map(([category, subs]) => ({
    '@_text': category,
    'itunes:category': subs.length > 0 ? subs.map((sub) => ({ '@_text': sub })) : undefined,
  }));
}

export function buildChannel(model: ReleaseModel, lang: UiLanguage): Record<string, unknown> {
  const { show, settings } = model;
  const other = otherLang(lang);
  const title = show.title[lang].trim() || show.title[other].trim();
  const artworkUrl = model.artwork ? bundleUrl(show.baseUrl, model.artwork.path) : undefined;
  const link = orUndefined(show.website) ?? orUndefined(show.baseUrl);
  return {
    'atom:link': [
      { '@_href': model.feedUrls[lang], '@_rel': 'self', '@_type': 'application/rss+xml' },
      { '@_href': model.feedUrls[other], '@_rel': 'alternate', '@_hreflang': show.languages[other], '@_type': 'application/rss+xml' },
    ],
    title,
    link,
    language: show.languages[lang],
    description: show.description[lang].trim() || show.description[other].trim(),
    copyright: orUndefined(show.copyright),
    lastBuildDate: dateToRfc2822(model.releasedAt),
    generator: `Balado Studio ${APP_VERSION}`,
    'itunes:author': orUndefined(show.author),
    'itunes:owner': show.ownerName.trim() || show.ownerEmail.trim()
      ? { 'itunes:name': orUndefined(show.ownerName), 'itunes:email': orUndefined(show.ownerEmail) }
      : undefined,
    'itunes:image': artworkUrl ? { '@_href': artworkUrl } : undefined,
    image: artworkUrl ? { url: artworkUrl, title, link } : undefined,
    'itunes:category': categories(show.categories),
    'itunes:explicit': show.explicit ? 'true' : 'false',
    'itunes:type': settings.itunesType,
    'podcast:guid': model.podcastGuids[lang],
    'podcast:locked': { '#text': settings.locked ? 'yes' : 'no', '@_owner': orUndefined(show.ownerEmail) },
    'podcast:person': model.hosts.map(personNode),
    // The other language's feed, as the namespace's way of pointing at a related feed.
    'podcast:podroll': {
      'podcast:remoteItem': { '@_feedGuid': model.podcastGuids[other], '@_feedUrl': model.feedUrls[other], '@_medium': 'podcast' },
    },
  };
}
