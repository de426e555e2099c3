// Everything a release is made of, read from the library once: the show, its settings and hosts,
// its artwork, and the episodes that go out (ready or published) with chapters, notes, audio
// state and loudness; episodes that should go out but cannot are kept aside with the reason.

import type {
  Asset, Bilingual, Chapter, Episode, LoudnessSummary, PersonCredit, ReleaseSettings, Show, UiLanguage,
} from '../../../shared/domain/types.js';
import { checkAssetFile } from '../audio/file-integrity.js';
import type { Library } from '../library/library.js';
import { throwIfCancelled } from './cancel.js';
import { artworkForRelease, transcriptsForRelease, type ReleaseArtwork, type ReleaseTranscript } from './episode-media-source.js';
import { bundleUrl, feedFile, itemGuid, podcastGuidOf } from './feed-urls.js';
import { cachedLoudness, type LoudnessOf } from './loudness-source.js';
import { mapLimit } from './map-limit.js';
import { mediaKindOf, type MediaKind } from './media-kind.js';
import { notesForRelease } from './notes-source.js';

export type AudioState = 'ok' | 'missing' | 'remote' | 'changed';

export interface ReleaseEpisode {
  episode: Episode;
  /** Sorted by start. */
  chapters: Chapter[];
  /** Sanitized notes HTML per language, '' when not written. */
  notes: Bilingual;
  asset: Asset;
  media: MediaKind & { path: string };
  guids: Record<UiLanguage, string>;
  /** null: the peaks engine has not measured this audio yet. */
  loudness: LoudnessSummary | null;
  /** The episode's own artwork (item itunes:image, the copy's APIC); null = the show's. */
  artwork: ReleaseArtwork | null;
  /** Its transcripts, French first; only those whose copy is intact go into the bundle. */
  transcripts: ReleaseTranscript[];
}

export interface HeldBackEpisode {
  episode: Episode;
  reason: 'no_audio' | 'no_notes' | AudioState;
  audioPath: string;
}

export interface ReleaseModel {
  show: Show;
  settings: ReleaseSettings;
  hosts: PersonCredit[];
  artwork: { asset: Asset; path: string; state: AudioState } | null;
  /** Newest first: the order of the feeds' items. */
  episodes: ReleaseEpisode[];
  heldBack: HeldBackEpisode[];
  feedUrls: Record<UiLanguage, string>;
  /** The stored ones, else the ones this release would assign. */
  podcastGuids: Record<UiLanguage, string>;
  releasedAt: Date;
}

export interface ModelOptions {
  now: Date;
  loudnessOf?: LoudnessOf;
  signal?: AbortSignal;
}

const RELEASED_STATUSES = new Set(['ready', 'published']);

async function fileState(asset: Asset, signal?: AbortSignal): Promise<AudioState> {
  if (asset.path === '') return 'remote';
  const check = await checkAssetFile(asset, { signal });
  return check.state === 'ok' ? 'ok' : check.state;
}

function newestFirst(a: Episode, b: Episode): number {
  const time = (e: Episode) => (e.publishedAt ? Date.parse(e.publishedAt) : -Infinity);
  return time(b) - time(a) || (b.season ?? 0) - (a.season ?? 0) || (b.number ?? -1) - (a.number ?? -1) || b.id - a.id;
}

export async function buildReleaseModel(library: Library, showId: number, options: ModelOptions): Promise<ReleaseModel> {
  const show = library.shows.get(showId);
  const settings = library.releases.settings(showId);
  const loudnessOf = options.loudnessOf ?? cachedLoudness(library.dir);
  const feedUrls = { fr: bundleUrl(show.baseUrl, feedFile('fr')), en: bundleUrl(show.baseUrl, feedFile('en')) };
  const podcastGuids = {
    fr: settings.podcastGuid.fr ?? podcastGuidOf(feedUrls.fr),
    en: settings.podcastGuid.en ?? podcastGuidOf(feedUrls.en),
  };

  let artwork: ReleaseModel['artwork'] = null;
  if (show.artworkAssetId !== null) {
    const asset = library.assets.get(show.artworkAssetId);
    const ext = asset.mime === 'image/png' ? 'png' : 'jpg';
    artwork = { asset, path: `artwork.${ext}`, state: await fileState(asset, options.signal) };
  }

  const candidates = library.episodes.list({ showId }).filter((e) => RELEASED_STATUSES.has(e.status))
    .map((e) => library.episodes.get(e.id)).sort(newestFirst);
  const checked = await mapLimit(candidates, 8, async (episode) => {
    throwIfCancelled(options.signal);
    const asset = episode.audio;
    return {
      episode, state: asset ? await fileState(asset, options.signal) : null, loudness: asset ? await loudnessOf(asset) : null,
      artwork: await artworkForRelease(library, episode, options.signal), transcripts: await transcriptsForRelease(episode),
    };
  });
  const episodes: ReleaseEpisode[] = [];
  const heldBack: HeldBackEpisode[] = [];
  for (const { episode, state, loudness, artwork: ownArtwork, transcripts } of checked) {
    const notes = { fr: notesForRelease(library, episode.id, 'fr', episode), en: notesForRelease(library, episode.id, 'en', episode) };
    const asset = episode.audio;
    if (!asset || state === null) {
      heldBack.push({ episode, reason: 'no_audio', audioPath: '' });
    } else if (state !== 'ok') {
      heldBack.push({ episode, reason: state, audioPath: asset.path || library.feedRows.remoteUrl(asset.id) });
    } else if (notes.fr === '' && notes.en === '') {
      heldBack.push({ episode, reason: 'no_notes', audioPath: asset.path });
    } else {
      const kind = mediaKindOf(asset);
      episodes.push({
        episode,
        chapters: library.chapters.list(episode.id),
        notes,
        asset,
        media: { ...kind, path: `media/${episode.slug}.${kind.ext}` },
        guids: { fr: itemGuid(episode.guid, 'fr', settings.guidFeed), en: itemGuid(episode.guid, 'en', settings.guidFeed) },
        loudness,
        artwork: ownArtwork,
        transcripts,
      });
    }
  }
  return {
    show, settings, hosts: library.shows.hosts(showId), artwork, episodes, heldBack, feedUrls, podcastGuids,
    releasedAt: options.now,
  };
}
