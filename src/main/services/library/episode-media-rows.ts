// The episode_artwork and episode_transcripts tables as rows and back: what episodes.get joins
// onto an episode (its artwork with the image asset's file facts, its transcripts French first).

import path from 'node:path';
import type { Database } from 'better-sqlite3';
import type {
  EpisodeArtwork, EpisodeTranscript, ImageColorModel, TranscriptFormat, UiLanguage,
} from '../../../shared/domain/types.js';

interface ArtworkRow {
  asset_id: number;
  path: string;
  mime: EpisodeArtwork['mime'];
  size: number;
  sha256: string;
  width: number;
  height: number;
  color_model: ImageColorModel;
}

interface TranscriptRow {
  lang: UiLanguage;
  path: string;
  file_name: string;
  format: TranscriptFormat;
  mime: string;
  size: number;
  sha256: string;
  cues: number;
  end_ms: number;
  created_at: string;
}

export function readArtwork(db: Database, episodeId: number): EpisodeArtwork | null {
  const row = db.prepare<[number], ArtworkRow>(
    `SELECT w.asset_id, a.path, a.mime, a.size, a.sha256, w.width, w.height, w.color_model
     FROM episode_artwork w JOIN assets a ON a.id = w.asset_id WHERE w.episode_id = ?`,
  ).get(episodeId);
  if (!row) return null;
  return {
    assetId: row.asset_id,
    fileName: path.basename(row.path),
    mime: row.mime,
    size: row.size,
    sha256: row.sha256,
    width: row.width,
    height: row.height,
    colorModel: row.color_model,
  };
}

export function readTranscripts(db: Database, episodeId: number): EpisodeTranscript[] {
  return db.prepare<[number], TranscriptRow>(
    // 'fr' < 'en' is false: French first is said explicitly.
    `SELECT lang, path, file_name, format, mime, size, sha256, cues, end_ms, created_at FROM episode_transcripts
     WHERE episode_id = ? ORDER BY lang = 'fr' DESC, lang`,
  ).all(episodeId).map((row) => ({
    lang: row.lang,
    format: row.format,
    mime: row.mime,
    fileName: row.file_name,
    path: row.path,
    size: row.size,
    sha256: row.sha256,
    cues: row.cues,
    endMs: row.end_ms,
    createdAt: row.created_at,
  }));
}

