// One <item> of one language's feed, as a fast-xml-parser builder object. Every value comes from
// the release model; the enclosure length is the exact size of the bundle's media file.

import type { UiLanguage } from '../../../shared/domain/types.js';
import { bundleUrl } from './feed-urls.js';
import { feedTranscripts } from './episode-media-source.js';
import { descriptionHtml, itemTitle, notesHtml } from './episode-notes.js';
import { itemPersons, personNode } from './persons.js';
import type { ReleaseEpisode, ReleaseModel } from './release-model.js';
import { isoToRfc2822 } from './rfc2822.js';
import { cdataSections } from './xml-text.js';

export const chaptersPath = (e: ReleaseEpisode, lang: UiLanguage) => `chapters/${e.episode.slug}.${lang}.json`;
export const notesPath = (e: ReleaseEpisode, lang: UiLanguage) => `notes/${e.episode.slug}.${lang}.html`;

/** Apple: episode and season numbers are non-zero integers; 0 is left out. */
const positive = (n: number | null) => (n !== null && n > 0 ? n : undefined);

export function buildItem(model: ReleaseModel, e: ReleaseEpisode, lang: UiLanguage, mediaSize: number): Record<string, unknown> {
  const base = model.show.baseUrl;
  const { episode } = e;
  // Every language's transcript, this feed's first: a listener may want the other one too.
  const transcripts = feedTranscripts(e.transcripts, lang).map((t) => ({
    '@_url': bundleUrl(base, t.file), '@_type': t.transcript.mime, '@_language': model.show.languages[t.transcript.lang], '@_rel': 'captions',
  }));
  return {
    title: itemTitle(model, e, lang),
    description: cdataSections(descriptionHtml(model, e, lang)),
    'content:encoded': cdataSections(notesHtml(model, e, lang)),
    link: bundleUrl(base, notesPath(e, lang)),
    guid: { '#text': e.guids[lang], '@_isPermaLink': 'false' },
    pubDate: episode.publishedAt ? (isoToRfc2822(episode.publishedAt) ?? undefined) : undefined,
    enclosure: { '@_url': bundleUrl(base, e.media.path), '@_length': mediaSize, '@_type': e.media.mime },
    'itunes:duration': episode.durationMs !== null ? Math.round(episode.durationMs / 1000) : undefined,
    'itunes:episode': positive(episode.number),
    'itunes:season': positive(episode.season),
    'itunes:episodeType': episode.type,
    'itunes:explicit': episode.explicit ? 'true' : 'false',
    'itunes:image': e.artwork?.state === 'ok' ? { '@_href': bundleUrl(base, e.artwork.file) } : undefined,
    'podcast:season': positive(episode.season),
    'podcast:episode': positive(episode.number),
    'podcast:chapters': e.chapters.length > 0
      ? { '@_url': bundleUrl(base, chaptersPath(e, lang)), '@_type': 'application/json+chapters' }
      : undefined,
    'podcast:transcript': transcripts.length > 0 ? transcripts : undefined,
    'podcast:person': itemPersons(model.hosts, episode.persons).map(personNode),
  };
}
