// An episode's artwork and transcripts in the library: validated writes of the rows that name
// the files (the copies themselves are made by the artwork and transcripts services first).

import type { Database } from 'better-sqlite3';
import { z } from 'zod';
import { AppError } from '../../../shared/api/errors.js';
import {
  IMAGE_COLOR_MODELS, TRANSCRIPT_FORMATS, UI_LANGUAGES, type Episode, type EpisodeTranscript, type ImageColorModel, type UiLanguage,
} from '../../../shared/domain/types.js';
import { requireAssetKind } from './assets.js';
import type { EpisodesApi } from './episodes.js';
import { parseInput } from './library-errors.js';
import { NOW_SQL } from './sql.js';
import type { Transact } from './transact.js';

export interface ArtworkInput {
  assetId: number;
  width: number;
  height: number;
  colorModel: ImageColorModel;
}

export type TranscriptRecord = Omit<EpisodeTranscript, 'createdAt'>;

export interface EpisodeMediaApi {
  /** Sets (or with null, removes) the episode's own artwork; the image asset must exist. */
  setArtwork(episodeId: number, artwork: ArtworkInput | null): Episode;
  /** Sets the transcript of `record.lang`, replacing the one that language had. */
  setTranscript(episodeId: number, record: TranscriptRecord): Episode;
  removeTranscript(episodeId: number, lang: UiLanguage): Episode;
}

const pixels = z.number().int().positive();
const artworkSchema = z.object({
  assetId: z.number().int().positive(),
  width: pixels,
  height: pixels,
  colorModel: z.enum(IMAGE_COLOR_MODELS),
});
const langSchema = z.enum(UI_LANGUAGES, { message: 'one_of' });
const transcriptSchema = z.object({
  lang: langSchema,
  format: z.enum(TRANSCRIPT_FORMATS, { message: 'one_of' }),
  mime: z.string().min(1).max(100),
  fileName: z.string().max(255),
  path: z.string().min(1),
  size: z.number().int().positive(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  cues: z.number().int().positive(),
  endMs: z.number().int().min(0),
});

export function createEpisodeMedia(db: Database, transact: Transact, episodes: EpisodesApi): EpisodeMediaApi {
  const touch = db.prepare<[number]>(`UPDATE episodes SET updated_at = ${NOW_SQL} WHERE id = ?`);

  /** Runs `write` on an existing episode (not_found first) and answers the episode as it is after. */
  const onEpisode = (episodeId: number, write: () => void): Episode => transact(() => {
    episodes.get(episodeId);
    write();
    touch.run(episodeId);
    return episodes.get(episodeId);
  });

  return {
    setArtwork(episodeId, artwork) {
      const valid = artwork === null ? null : parseInput(artworkSchema, artwork, 'artwork');
      return onEpisode(episodeId, () => {
        if (valid === null) {
          db.prepare<[number]>('DELETE FROM episode_artwork WHERE episode_id = ?').run(episodeId);
          return;
        }
        requireAssetKind(db, valid.assetId, 'image', 'artwork.assetId');
        db.prepare(
          `INSERT INTO episode_artwork (episode_id, asset_id, width, height, color_model)
           VALUES (@episodeId, @assetId, @width, @height, @colorModel)
           ON CONFLICT (episode_id) DO UPDATE SET asset_id = excluded.asset_id, width = excluded.width,
             height = excluded.height, color_model = excluded.color_model`,
        ).run({ episodeId, ...valid });
      });
    },

    setTranscript(episodeId, record) {
      const valid = parseInput(transcriptSchema, record, 'transcript');
      return onEpisode(episodeId, () => {
        db.prepare(
          `INSERT OR REPLACE INTO episode_transcripts
             (episode_id, lang, path, file_name, format, mime, size, sha256, cues, end_ms)
           VALUES (@episodeId, @lang, @path, @fileName, @format, @mime, @size, @sha256, @cues, @endMs)`,
        ).run({ episodeId, ...valid });
      });
    },

    removeTranscript(episodeId, lang) {
      const valid = parseInput(langSchema, lang, 'lang');
      return onEpisode(episodeId, () => {
        const info = db.prepare<[number, string]>('DELETE FROM episode_transcripts WHERE episode_id = ? AND lang = ?')
          .run(episodeId, valid);
        if (info.changes === 0) throw new AppError('not_found', { what: 'transcript', ref: `${episodeId}/${valid}` });
      });
    },
  };
}
