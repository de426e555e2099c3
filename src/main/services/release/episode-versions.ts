// The version of an episode as released: hashes of its metadata, notes, chapters and audio, so
// "what changed since the last release" can name the part that changed, not only that one did.

import { createHash } from 'node:crypto';
import type { EpisodeVersionParts, ReleasedEpisode } from '../../../shared/domain/types.js';
import type { ReleaseEpisode } from './release-model.js';

const hash = (value: unknown): string => createHash('sha256').update(JSON.stringify(value)).digest('hex');

export function versionParts(e: ReleaseEpisode): EpisodeVersionParts {
  const { episode } = e;
  return {
    metadata: hash({
      title: episode.title, number: episode.number, season: episode.season, type: episode.type, slug: episode.slug,
      spoken: episode.spoken, publishedAt: episode.publishedAt, explicit: episode.explicit,
      persons: episode.persons.map((p) => [p.name, p.role, p.group, p.img, p.href]),
      // Only when present, so a release made before episodes had them keeps its version.
      ...(e.artwork ? { artwork: e.artwork.asset.sha256 } : {}),
      ...(e.transcripts.length > 0 ? { transcripts: e.transcripts.map((t) => [t.transcript.lang, t.transcript.sha256]) } : {}),
    }),
    notes: hash([e.notes.fr, e.notes.en]),
    chapters: hash(e.chapters.map((c) => [c.startMs, c.endMs, c.title.fr, c.title.en, c.url, c.img, c.hidden])),
    audio: e.asset.sha256,
  };
}

export function releasedEpisode(e: ReleaseEpisode): ReleasedEpisode {
  const parts = versionParts(e);
  return {
    episodeId: e.episode.id,
    slug: e.episode.slug,
    title: e.episode.title,
    guids: { fr: e.guids.fr, en: e.guids.en },
    version: hash([parts.metadata, parts.notes, parts.chapters, parts.audio]),
    parts,
  };
}
