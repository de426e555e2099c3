// What the next release changes since the last one: episodes new to the feeds, episodes whose
// metadata, notes, chapters or audio changed, and episodes that leave the feeds.

import type { EpisodePart, ReleaseChange, ReleaseChanges } from '../../../shared/domain/types.js';
import type { Library } from '../library/library.js';
import { releasedEpisode } from './episode-versions.js';
import { buildReleaseModel } from './release-model.js';

const PARTS: EpisodePart[] = ['metadata', 'notes', 'chapters', 'audio'];

export async function releaseChanges(library: Library, showId: number, options: { now: Date; signal?: AbortSignal }): Promise<ReleaseChanges> {
  const last = library.releases.latest(showId);
  // Loudness plays no part in a version: skip reading it.
  const model = await buildReleaseModel(library, showId, { ...options, loudnessOf: async () => null });
  const before = new Map((last?.episodes ?? []).map((e) => [e.episodeId, e]));
  const changes: ReleaseChange[] = model.episodes.map((e) => {
    const now = releasedEpisode(e);
    const was = before.get(now.episodeId);
    before.delete(now.episodeId);
    const base = { episodeId: now.episodeId, slug: now.slug, title: now.title };
    if (!was) return { ...base, kind: 'new', parts: [] };
    const parts = PARTS.filter((p) => was.parts[p] !== now.parts[p]);
    return { ...base, kind: parts.length > 0 ? 'changed' : 'unchanged', parts };
  });
  for (const gone of before.values()) {
    changes.push({ episodeId: gone.episodeId, slug: gone.slug, title: gone.title, kind: 'removed', parts: [] });
  }
  return { showId, since: last ? { key: last.key, releasedAt: last.releasedAt } : null, changes };
}
