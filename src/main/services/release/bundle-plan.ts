// Every file of a release, decided before any is written: its path in the bundle, its exact size,
// and how to produce it (text, a plain copy, or an MP3 copy with a new ID3v2.4 tag). The validator
// reads the plan, so a preflight knows enclosure lengths without copying any audio.

import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import type { UiLanguage } from '../../../shared/domain/types.js';
import { chaptersJson, notesDocument } from './bundle-files.js';
import { throwIfCancelled } from './cancel.js';
import { feedFile, LANGS } from './feed-urls.js';
import { writeFeed } from './feed-writer.js';
import { audioRange, buildTag } from './id3-tagger.js';
import { chaptersPath, notesPath } from './item-builder.js';
import { mapLimit } from './map-limit.js';
import type { ReleaseEpisode, ReleaseModel } from './release-model.js';

export type PlanEntry =
  | { path: string; kind: 'text'; bytes: Buffer; size: number }
  | { path: string; kind: 'copy'; source: string; size: number }
  /** The tag is rebuilt when written, so 500 copies of the artwork never sit in memory at once. */
  | { path: string; kind: 'tagged'; source: string; makeTag: () => Buffer; start: number; end: number; size: number };

export interface BundlePlan {
  entries: PlanEntry[];
  /** Item guid → episode id, for findings that start from the feed. */
  episodeOfGuid: Map<string, number>;
}

/** The picture the MP3 copy carries: the episode's own artwork, else the show's. */
function pictureOf(e: ReleaseEpisode, showArtwork: { mime: string; bytes: Buffer } | null) {
  const own = e.artwork?.state === 'ok' ? e.artwork.asset : null;
  return own ? { mime: own.mime, bytes: readFileSync(own.path) } : showArtwork;
}

const text = (path: string, content: string): PlanEntry => {
  const bytes = Buffer.from(content, 'utf8');
  return { path, kind: 'text', bytes, size: bytes.length };
};

export async function planBundle(model: ReleaseModel, signal?: AbortSignal): Promise<BundlePlan> {
  const entries: PlanEntry[] = [];
  let artwork: { mime: string; bytes: Buffer } | null = null;
  if (model.artwork?.state === 'ok') {
    const { asset, path } = model.artwork;
    artwork = { mime: asset.mime, bytes: await readFile(asset.path) };
    entries.push({ path, kind: 'copy', source: asset.path, size: artwork.bytes.length });
  }

  const mediaSizes = new Map<number, number>();
  const episodeOfGuid = new Map<string, number>();
  const ranges = await mapLimit(model.episodes, 8, async (e) => {
    throwIfCancelled(signal);
    return e.media.id3 ? audioRange(e.asset.path, e.asset.size) : null;
  });
  model.episodes.forEach((e, i) => {
    for (const lang of LANGS) episodeOfGuid.set(e.guids[lang], e.episode.id);
    const source = e.asset.path;
    const range = ranges[i];
    if (range) {
      const makeTag = () => buildTag({ show: model.show, episode: e, artwork: pictureOf(e, artwork) });
      const size = makeTag().length + range.end - range.start;
      entries.push({ path: e.media.path, kind: 'tagged', source, makeTag, ...range, size });
      mediaSizes.set(e.episode.id, size);
    } else {
      entries.push({ path: e.media.path, kind: 'copy', source, size: e.asset.size });
      mediaSizes.set(e.episode.id, e.asset.size);
    }
    if (e.artwork?.state === 'ok') entries.push({ path: e.artwork.file, kind: 'copy', source: e.artwork.asset.path, size: e.artwork.asset.size });
    for (const t of e.transcripts) {
      if (t.state === 'ok') entries.push({ path: t.file, kind: 'copy', source: t.transcript.path, size: t.transcript.size });
    }
    for (const lang of LANGS) {
      if (e.chapters.length > 0) entries.push(text(chaptersPath(e, lang), chaptersJson(model, e, lang)));
      entries.push(text(notesPath(e, lang), notesDocument(model, e, lang)));
    }
  });
  for (const lang of LANGS as UiLanguage[]) entries.push(text(feedFile(lang), writeFeed(model, lang, mediaSizes)));
  return { entries, episodeOfGuid };
}
