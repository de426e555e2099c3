// The releases repository: a show's release settings and feed guids, and the history of its
// releases (files with hashes, each episode's version and item guids), recorded in one transaction.

import type { Database } from 'better-sqlite3';
import { AppError } from '../../../shared/api/errors.js';
import type {
  Release, ReleasedEpisode, ReleaseSettings, UiLanguage,
} from '../../../shared/domain/types.js';
import { releaseSettingsPatchSchema, type ReleaseSettingsPatch } from '../../../shared/domain/schemas.js';
import { parseInput, uniqueViolation } from './library-errors.js';
import {
  releasedEpisodeColumns, SETTINGS_SELECT, settingsColumns, toRelease, toReleasedEpisode, toSettings,
  type FileRow, type ReleasedEpisodeRow, type ReleaseRow, type SettingsRow,
} from './releases-rows.js';
import { assignments, insertValues, NOW_SQL, type SqlRecord } from './sql.js';
import type { Transact } from './transact.js';

/** What the export records: a release as the UI sees it, before it has an id. */
export interface ReleaseRecord extends Omit<Release, 'id'> {
  /** The feeds' podcast:guid: stored where the show has none yet, never replacing one. */
  podcastGuids: { fr: string; en: string };
}

/** One released episode version, with the release it went out in. */
export type ReleasedEpisodeHistory = ReleasedEpisode & { releaseId: number; releaseKey: string };

export interface ReleasesApi {
  settings(showId: number): ReleaseSettings;
  updateSettings(showId: number, patch: ReleaseSettingsPatch): ReleaseSettings;
  /** An imported feed: its language's item guids are the episodes' own, its podcast:guid is kept. */
  adoptFeed(showId: number, lang: UiLanguage, podcastGuid: string | null): ReleaseSettings;
  record(input: ReleaseRecord): Release;
  /** Newest first. */
  list(showId: number): Release[];
  get(id: number): Release;
  latest(showId: number): Release | null;
  /** Every episode version the show ever released, oldest release first. */
  history(showId: number): ReleasedEpisodeHistory[];
  /** Release keys starting with `prefix` (any show): the next `<date>-<n>` must be new. */
  keysStartingWith(prefix: string): string[];
}

export function createReleases(db: Database, transact: Transact): ReleasesApi {
  const settingsOf = db.prepare<[number], SettingsRow>(`${SETTINGS_SELECT} WHERE id = ?`);
  const releaseById = db.prepare<[number], ReleaseRow>('SELECT * FROM releases WHERE id = ?');
  const releasesOf = db.prepare<[number], ReleaseRow>('SELECT * FROM releases WHERE show_id = ? ORDER BY id DESC');
  const filesOf = db.prepare<[number], FileRow>('SELECT path, size, sha256 FROM release_files WHERE release_id = ? ORDER BY path');
  const episodesOf = db.prepare<[number], ReleasedEpisodeRow>(
    'SELECT * FROM release_episodes WHERE release_id = ? ORDER BY episode_id',
  );

  function settings(showId: number): ReleaseSettings {
    const row = settingsOf.get(showId);
    if (!row) throw new AppError('not_found', { what: 'show', ref: showId });
    return toSettings(row);
  }

  const full = (row: ReleaseRow): Release => toRelease(row, filesOf.all(row.id), episodesOf.all(row.id).map(toReleasedEpisode));

  function get(id: number): Release {
    const row = releaseById.get(id);
    if (!row) throw new AppError('not_found', { what: 'release', ref: id });
    return full(row);
  }

  function update(showId: number, columns: SqlRecord): ReleaseSettings {
    return transact(() => {
      settings(showId);
      if (Object.keys(columns).length > 0) {
        db.prepare(`UPDATE shows SET ${assignments(columns)}, updated_at = ${NOW_SQL} WHERE id = @id`).run({ ...columns, id: showId });
      }
      return settings(showId);
    });
  }

  return {
    settings,
    updateSettings: (showId, patch) => update(showId, settingsColumns(parseInput(releaseSettingsPatchSchema, patch))),

    adoptFeed(showId, lang, podcastGuid) {
      return transact(() => {
        const current = settings(showId);
        const columns: SqlRecord = { guid_feed: lang };
        if (podcastGuid && current.podcastGuid[lang] === null) columns[`podcast_guid_${lang}`] = podcastGuid;
        return update(showId, columns);
      });
    },

    record(input) {
      try {
        return transact(() => {
          settings(input.showId);
          const columns: SqlRecord = {
            show_id: input.showId,
            key: input.key,
            folder: input.folder,
            zip_path: input.zipPath,
            released_at: input.releasedAt,
            app_version: input.appVersion,
            feed_url_fr: input.feedUrls.fr,
            feed_url_en: input.feedUrls.en,
            errors: input.counts.error,
            warnings: input.counts.warning,
            infos: input.counts.info,
            findings: JSON.stringify(input.findings),
          };
          const id = Number(db.prepare<SqlRecord>(`INSERT INTO releases ${insertValues(columns)}`).run(columns).lastInsertRowid);
          const file = db.prepare<[number, string, number, string]>(
            'INSERT INTO release_files (release_id, path, size, sha256) VALUES (?, ?, ?, ?)',
          );
          for (const f of input.files) file.run(id, f.path, f.size, f.sha256);
          for (const e of input.episodes) {
            const row = releasedEpisodeColumns(id, e);
            db.prepare<SqlRecord>(`INSERT INTO release_episodes ${insertValues(row)}`).run(row);
          }
          // COALESCE keeps a guid already set: the trigger of 0060 would refuse replacing it anyway.
          db.prepare<[string, string, number]>(
            `UPDATE shows SET podcast_guid_fr = COALESCE(podcast_guid_fr, ?), podcast_guid_en = COALESCE(podcast_guid_en, ?)
             WHERE id = ?`,
          ).run(input.podcastGuids.fr, input.podcastGuids.en, input.showId);
          return get(id);
        });
      } catch (error) {
        if (uniqueViolation(error) === 'releases.key') {
          throw new AppError('duplicate', { field: 'key', value: input.key, scope: 'releases' });
        }
        throw error;
      }
    },

    list(showId) {
      settings(showId);
      return releasesOf.all(showId).map(full);
    },

    get,

    latest(showId) {
      settings(showId);
      const row = db.prepare<[number], ReleaseRow>('SELECT * FROM releases WHERE show_id = ? ORDER BY id DESC LIMIT 1').get(showId);
      return row ? full(row) : null;
    },

    history(showId) {
      return db
        .prepare<[number], ReleasedEpisodeRow & { release_id: number; key: string }>(
          `SELECT re.*, r.key FROM release_episodes re JOIN releases r ON r.id = re.release_id
           WHERE r.show_id = ? ORDER BY r.id, re.episode_id`,
        )
        .all(showId)
        .map((row) => ({ ...toReleasedEpisode(row), releaseId: row.release_id, releaseKey: row.key }));
    },

    keysStartingWith(prefix) {
      // GLOB with the prefix escaped is awkward; substr compares exactly and stays bound.
      return db
        .prepare<[string, string], { key: string }>('SELECT key FROM releases WHERE substr(key, 1, length(?)) = ? ORDER BY key')
        .all(prefix, prefix)
        .map((r) => r.key);
    },
  };
}
