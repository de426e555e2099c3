// Imports an audio file as an episode's audio: reads it (hash, probe) without writing anything,
// then records the asset and the episode in one transaction. The file itself is never modified.

import { invalid } from '../../../shared/api/errors.js';
import type { Episode } from '../../../shared/domain/types.js';
import type { Library } from '../library/library.js';
import { episodeFromTags } from './episode-from-tags.js';
import { readAudioFile, type ReadOptions } from './read-audio-file.js';

export interface ImportAudioOptions extends ReadOptions {
  showId: number;
  /** The episode that gets this audio; null creates a new draft episode of `showId` from the tags. */
  episodeId: number | null;
  path: string;
}

export async function importAudio(library: Library, options: ImportAudioOptions): Promise<Episode> {
  const { showId, episodeId, onProgress } = options;
  // Refuse a wrong target before spending minutes hashing an hour of audio.
  if (episodeId !== null) {
    const episode = library.episodes.get(episodeId);
    if (episode.showId !== showId) {
      throw invalid('episodeId', 'this episode belongs to another show', 'cet épisode appartient à une autre émission');
    }
  } else {
    library.shows.get(showId);
  }

  const facts = await readAudioFile(options.path, options);
  onProgress?.({ phase: 'saving', bytesDone: facts.size, bytesTotal: facts.size });
  const episode = library.transaction(() => {
    const asset = library.assets.insert({
      kind: 'audio', path: facts.path, size: facts.size, mtimeMs: facts.mtimeMs, sha256: facts.sha256, ...facts.probe,
    });
    return episodeId !== null
      ? library.episodes.setAudio(episodeId, asset.id)
      : library.episodes.create({
        ...episodeFromTags(showId, facts.probe.tags, facts.path),
        // A producer imports episodes in order: number the new one after the last.
        number: library.episodes.nextNumber(showId, null),
        audioAssetId: asset.id,
      });
  });
  onProgress?.({ phase: 'done', bytesDone: facts.size, bytesTotal: facts.size });
  return episode;
}
