// The episodes table as rows and back: the summary SELECT shared by lists and search, the
// row→EpisodeSummary/Episode mappings and the EpisodePatch→column mapping.

import type {
  Episode, EpisodeStatus, EpisodeSummary, EpisodeType, SpokenLanguage,
} from '../../../shared/domain/types.js';
import type { EpisodePatch } from '../../../shared/domain/schemas.js';
import { bool, type SqlRecord } from './sql.js';

export interface EpisodeSummaryRow {
  id: number;
  show_id: number;
  show_slug: string;
  number: number | null;
  season: number | null;
  type: EpisodeType;
  slug: string;
  spoken: SpokenLanguage;
  title_fr: string;
  title_en: string;
  status: EpisodeStatus;
  published_at: string | null;
  duration_ms: number | null;
}

export interface EpisodeRow extends EpisodeSummaryRow {
  guid: string;
  summary_fr: string;
  summary_en: string;
  time_zone: string | null;
  explicit: number;
  audio_asset_id: number | null;
  created_at: string;
  updated_at: string;
}

/** Columns of EpisodeSummary, for `SELECT ${SUMMARY_COLUMNS} FROM ${SUMMARY_FROM}`. */
export const SUMMARY_COLUMNS = `e.id, e.show_id, s.slug AS show_slug, e.number, e.season, e.type, e.slug, e.spoken,
  e.title_fr, e.title_en, e.status, e.published_at, a.duration_ms`;
export const SUMMARY_FROM = `episodes e JOIN shows s ON s.id = e.show_id
  LEFT JOIN assets a ON a.id = e.audio_asset_id`;
export const EPISODE_SELECT = `SELECT ${SUMMARY_COLUMNS}, e.guid, e.summary_fr, e.summary_en, e.time_zone,
  e.explicit, e.audio_asset_id, e.created_at, e.updated_at FROM ${SUMMARY_FROM}`;

export function toEpisodeSummary(row: EpisodeSummaryRow): EpisodeSummary {
  return {
    id: row.id,
    showId: row.show_id,
    showSlug: row.show_slug,
    number: row.number,
    season: row.season,
    type: row.type,
    slug: row.slug,
    spoken: row.spoken,
    title: { fr: row.title_fr, en: row.title_en },
    status: row.status,
    publishedAt: row.published_at,
    durationMs: row.duration_ms,
  };
}

/** The episode without its joined parts (audio asset, persons, artwork, transcripts), which the repository adds. */
export function toEpisodeBase(row: EpisodeRow): Omit<Episode, 'audio' | 'persons' | 'artwork' | 'transcripts'> {
  return {
    ...toEpisodeSummary(row),
    guid: row.guid,
    summary: { fr: row.summary_fr, en: row.summary_en },
    timeZone: row.time_zone,
    explicit: row.explicit === 1,
    audioAssetId: row.audio_asset_id,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** Columns for the fields present in `input` (absent fields keep their default or value). */
export function episodeColumns(input: EpisodePatch): SqlRecord {
  const c: SqlRecord = {};
  if (input.number !== undefined) c.number = input.number;
  if (input.season !== undefined) c.season = input.season;
  if (input.type !== undefined) c.type = input.type;
  if (input.slug !== undefined) c.slug = input.slug;
  if (input.spoken !== undefined) c.spoken = input.spoken;
  if (input.title) Object.assign(c, { title_fr: input.title.fr, title_en: input.title.en });
  if (input.summary) Object.assign(c, { summary_fr: input.summary.fr, summary_en: input.summary.en });
  if (input.publishedAt !== undefined) c.published_at = input.publishedAt;
  if (input.timeZone !== undefined) c.time_zone = input.timeZone;
  if (input.explicit !== undefined) c.explicit = bool(input.explicit);
  if (input.status !== undefined) c.status = input.status;
  return c;
}
