// The release tables as rows and back: a show's release settings (columns of `shows`), release
// rows with their files and episode versions (migration 0060).

import type {
  FindingCounts, Release, ReleasedEpisode, ReleaseFile, ReleaseFinding, ReleaseSettings, UiLanguage,
} from '../../../shared/domain/types.js';
import type { ReleaseSettingsPatch } from '../../../shared/domain/schemas.js';
import { bool, type SqlRecord } from './sql.js';

export interface SettingsRow {
  id: number;
  itunes_type: 'episodic' | 'serial';
  description_timestamps: number;
  feed_label_fr: string;
  feed_label_en: string;
  feed_locked: number;
  podcast_guid_fr: string | null;
  podcast_guid_en: string | null;
  guid_feed: UiLanguage;
}

export const SETTINGS_SELECT = `SELECT id, itunes_type, description_timestamps, feed_label_fr, feed_label_en, feed_locked,
  podcast_guid_fr, podcast_guid_en, guid_feed FROM shows`;

export function toSettings(row: SettingsRow): ReleaseSettings {
  return {
    showId: row.id,
    itunesType: row.itunes_type,
    descriptionTimestamps: row.description_timestamps === 1,
    otherLanguageLabel: { fr: row.feed_label_fr, en: row.feed_label_en },
    locked: row.feed_locked === 1,
    podcastGuid: { fr: row.podcast_guid_fr, en: row.podcast_guid_en },
    guidFeed: row.guid_feed,
  };
}

export function settingsColumns(patch: ReleaseSettingsPatch): SqlRecord {
  const c: SqlRecord = {};
  if (patch.itunesType !== undefined) c.itunes_type = patch.itunesType;
  if (patch.descriptionTimestamps !== undefined) c.description_timestamps = bool(patch.descriptionTimestamps);
  if (patch.otherLanguageLabel) Object.assign(c, { feed_label_fr: patch.otherLanguageLabel.fr, feed_label_en: patch.otherLanguageLabel.en });
  if (patch.locked !== undefined) c.feed_locked = bool(patch.locked);
  return c;
}

export interface ReleaseRow {
  id: number;
  show_id: number;
  key: string;
  folder: string;
  zip_path: string | null;
  released_at: string;
  app_version: string;
  feed_url_fr: string;
  feed_url_en: string;
  errors: number;
  warnings: number;
  infos: number;
  findings: string;
}

export interface FileRow {
  path: string;
  size: number;
  sha256: string;
}

export interface ReleasedEpisodeRow {
  episode_id: number;
  slug: string;
  title_fr: string;
  title_en: string;
  guid_fr: string;
  guid_en: string;
  version: string;
  metadata_hash: string;
  notes_hash: string;
  chapters_hash: string;
  audio_sha256: string;
}

export function toReleasedEpisode(row: ReleasedEpisodeRow): ReleasedEpisode {
  return {
    episodeId: row.episode_id,
    slug: row.slug,
    title: { fr: row.title_fr, en: row.title_en },
    guids: { fr: row.guid_fr, en: row.guid_en },
    version: row.version,
    parts: { metadata: row.metadata_hash, notes: row.notes_hash, chapters: row.chapters_hash, audio: row.audio_sha256 },
  };
}

export function releasedEpisodeColumns(releaseId: number, e: ReleasedEpisode): SqlRecord {
  return {
    release_id: releaseId,
    episode_id: e.episodeId,
    slug: e.slug,
    title_fr: e.title.fr,
    title_en: e.title.en,
    guid_fr: e.guids.fr,
    guid_en: e.guids.en,
    version: e.version,
    metadata_hash: e.parts.metadata,
    notes_hash: e.parts.notes,
    chapters_hash: e.parts.chapters,
    audio_sha256: e.parts.audio,
  };
}

export function toRelease(row: ReleaseRow, files: ReleaseFile[], episodes: ReleasedEpisode[]): Release {
  const counts: FindingCounts = { error: row.errors, warning: row.warnings, info: row.infos };
  return {
    id: row.id,
    showId: row.show_id,
    key: row.key,
    folder: row.folder,
    zipPath: row.zip_path,
    releasedAt: row.released_at,
    appVersion: row.app_version,
    feedUrls: { fr: row.feed_url_fr, en: row.feed_url_en },
    counts,
    findings: JSON.parse(row.findings) as ReleaseFinding[],
    files,
    episodes,
  };
}
