// What feed import writes that the other repositories do not offer: episodes that keep the guid
// their feed gave them, and remote media (audio or artwork known only by URL) to relink later.

import type { Database } from 'better-sqlite3';
import { AppError } from '../../../shared/api/errors.js';
import type { Asset, Episode } from '../../../shared/domain/types.js';
import { episodeCreateSchema, type EpisodeCreate } from '../../../shared/domain/schemas.js';
import type { AssetsApi } from './assets.js';
import { episodeColumns } from './episode-rows.js';
import type { EpisodesApi } from './episodes.js';
import { parseInput, uniqueViolation } from './library-errors.js';
import { defaultEpisodeSlug, uniqueSlug } from './slug.js';
import { insertValues, type SqlRecord } from './sql.js';
import type { Transact } from './transact.js';

export interface RemoteMedia {
  kind: Asset['kind'];
  url: string;
  mime: string;
  /** What the feed announced (enclosure length), 0 when unknown. */
  size: number;
  durationMs: number | null;
}

/** The sha256 recorded for remote media: no file was read, and no real file hashes to it. */
export const UNKNOWN_SHA256 = '0'.repeat(64);

export interface FeedRowsApi {
  createEpisodeWithGuid(input: EpisodeCreate & { audioAssetId?: number | null }, guid: string): Episode;
  /** Path '' so integrity checks, peaks and the media route all see a missing file to relink. */
  insertRemote(media: RemoteMedia): Asset;
  /** The URL a remote asset was published at; '' for a local file. */
  remoteUrl(assetId: number): string;
  /** Which of `guids` some episode of the library already has. */
  guidsTaken(guids: readonly string[]): string[];
}

export function createFeedRows(db: Database, transact: Transact, assets: AssetsApi, episodes: EpisodesApi): FeedRowsApi {
  const slugTaken = db.prepare<[number, string], { one: number }>('SELECT 1 AS one FROM episodes WHERE show_id = ? AND slug = ?');
  const guidTaken = db.prepare<[string], { one: number }>('SELECT 1 AS one FROM episodes WHERE guid = ?');

  return {
    createEpisodeWithGuid(input, guid) {
      const { audioAssetId = null, ...fields } = input;
      const valid = parseInput(episodeCreateSchema, fields);
      if (guid.trim() === '' || guid.length > 1000) throw new AppError('validation', { field: 'guid', problem: 'empty or too long' });
      try {
        return transact(() => {
          const show = db.prepare<[number], { explicit: number }>('SELECT explicit FROM shows WHERE id = ?').get(valid.showId);
          if (!show) throw new AppError('not_found', { what: 'show', ref: valid.showId });
          const slug = valid.slug ?? uniqueSlug(defaultEpisodeSlug(valid), (s) => slugTaken.get(valid.showId, s) !== undefined);
          const columns: SqlRecord = {
            show_id: valid.showId, guid, explicit: show.explicit, ...episodeColumns({ ...valid, slug }), audio_asset_id: audioAssetId,
          };
          const id = Number(db.prepare<SqlRecord>(`INSERT INTO episodes ${insertValues(columns)}`).run(columns).lastInsertRowid);
          return episodes.get(id);
        });
      } catch (error) {
        const failed = uniqueViolation(error);
        if (failed === 'episodes.guid') throw new AppError('duplicate', { field: 'guid', value: guid, scope: 'library' });
        if (failed !== null) throw new AppError('duplicate', { field: failed, value: valid.slug ?? valid.number ?? null, scope: 'episodes' });
        throw error;
      }
    },

    insertRemote(media) {
      return transact(() => {
        const asset = assets.insert({
          kind: media.kind, path: '', size: Math.max(0, Math.trunc(media.size)), mtimeMs: 0, sha256: UNKNOWN_SHA256,
          mime: media.mime, codec: null, container: null, durationMs: media.durationMs, sampleRate: null, channels: null,
          bitrate: null, vbr: false, tags: null, embeddedChapters: [],
        });
        db.prepare<[string, number]>('UPDATE assets SET remote_url = ? WHERE id = ?').run(media.url, asset.id);
        return asset;
      });
    },

    remoteUrl(assetId) {
      const row = db.prepare<[number], { remote_url: string; path: string }>('SELECT remote_url, path FROM assets WHERE id = ?').get(assetId);
      if (!row) throw new AppError('not_found', { what: 'asset', ref: assetId });
      return row.path === '' ? row.remote_url : '';
    },

    guidsTaken: (guids) => guids.filter((g) => guidTaken.get(g) !== undefined),
  };
}
