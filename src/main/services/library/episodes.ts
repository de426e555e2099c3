// The episodes repository: lists, lookups by id or `show/number`, validated writes, persons and
// audio of an episode. The guid is assigned here once and the schema refuses any change to it.

import { randomUUID } from 'node:crypto';
import type { Database } from 'better-sqlite3';
import { AppError, invalid } from '../../../shared/api/errors.js';
import type { Episode, EpisodeSummary } from '../../../shared/domain/types.js';
import {
  episodeCreateSchema, episodeListQuerySchema, episodePatchSchema, personInputSchema,
  type EpisodeCreate, type EpisodeListQuery, type EpisodePatch, type PersonInput,
} from '../../../shared/domain/schemas.js';
import { requireAssetKind, type AssetsApi } from './assets.js';
import { listCredits, replaceCredits } from './credits.js';
import { readArtwork, readTranscripts } from './episode-media-rows.js';
import {
  EPISODE_SELECT, episodeColumns, SUMMARY_COLUMNS, SUMMARY_FROM, toEpisodeBase, toEpisodeSummary,
  type EpisodeRow, type EpisodeSummaryRow,
} from './episode-rows.js';
import { parseInput, uniqueViolation } from './library-errors.js';
import { defaultEpisodeSlug, uniqueSlug } from './slug.js';
import { assignments, insertValues, NOW_SQL, type SqlRecord, type SqlValue } from './sql.js';
import type { Transact } from './transact.js';

export interface EpisodesApi {
  list(query: EpisodeListQuery & { limit?: number }): EpisodeSummary[];
  get(id: number): Episode;
  resolveRef(ref: string): number;
  create(input: EpisodeCreate & { audioAssetId?: number | null }): Episode;
  update(id: number, patch: EpisodePatch): Episode;
  delete(id: number): void;
  numberAvailable(showId: number, season: number | null, number: number, excludeId: number | null): boolean;
  /** The number a new episode of this show and season would naturally take (last + 1). */
  nextNumber(showId: number, season: number | null): number;
  setPersons(id: number, persons: PersonInput[]): Episode;
  setAudio(id: number, assetId: number | null): Episode;
}

/** What a write was about, to name the field and scope of a duplicate. */
interface WriteContext {
  showSlug: string;
  slug: string | undefined;
  number: number | null | undefined;
  season: number | null | undefined;
}

export function createEpisodes(db: Database, transact: Transact, assets: AssetsApi): EpisodesApi {
  const byId = db.prepare<[number], EpisodeRow>(`${EPISODE_SELECT} WHERE e.id = ?`);
  const showOf = db.prepare<[number], { slug: string; explicit: number }>('SELECT slug, explicit FROM shows WHERE id = ?');
  const slugTaken = db.prepare<[number, string], { one: number }>(
    'SELECT 1 AS one FROM episodes WHERE show_id = ? AND slug = ?',
  );
  const touch = db.prepare<[number]>(`UPDATE episodes SET updated_at = ${NOW_SQL} WHERE id = ?`);

  function row(id: number): EpisodeRow {
    const found = byId.get(id);
    if (!found) throw new AppError('not_found', { what: 'episode', ref: id });
    return found;
  }

  function get(id: number): Episode {
    const base = toEpisodeBase(row(id));
    return {
      ...base,
      audio: base.audioAssetId === null ? null : assets.get(base.audioAssetId),
      persons: listCredits(db, 'episode', id),
      artwork: readArtwork(db, id),
      transcripts: readTranscripts(db, id),
    };
  }

  /** Runs a write; a taken slug or number becomes AppError('duplicate') rather than a driver error. */
  function writing<T>(context: () => WriteContext, fn: () => T): T {
    try {
      return transact(fn);
    } catch (error) {
      const failed = uniqueViolation(error);
      if (failed === null) throw error;
      const c = context();
      if (failed === 'episodes.show_id, episodes.slug') {
        throw new AppError('duplicate', { field: 'slug', value: c.slug ?? null, scope: c.showSlug });
      }
      if (failed.includes('episodes_number_unique')) {
        const scope = c.season ? `${c.showSlug}, season ${c.season}` : c.showSlug;
        throw new AppError('duplicate', { field: 'number', value: c.number ?? null, scope });
      }
      throw error;
    }
  }

  return {
    get,

    list(query) {
      const { limit, ...rest } = query;
      const valid = parseInput(episodeListQuerySchema, rest);
      const filters: [string, SqlValue | undefined][] = [
        ['e.show_id = ?', valid.showId],
        ['e.status = ?', valid.status],
        ['e.spoken = ?', valid.spoken],
      ];
      const used = filters.filter(([, value]) => value !== undefined);
      const where = used.map(([condition]) => condition);
      const params = used.map(([, value]) => value as SqlValue);
      // LIMIT -1 is SQLite for "no limit".
      params.push(limit !== undefined && limit > 0 ? Math.trunc(limit) : -1);
      const sql = `SELECT ${SUMMARY_COLUMNS} FROM ${SUMMARY_FROM}
        ${where.length > 0 ? `WHERE ${where.join(' AND ')}` : ''}
        ORDER BY s.slug, IFNULL(e.season, 0) DESC, e.number DESC, e.created_at DESC, e.id DESC
        LIMIT ?`;
      return db.prepare<SqlValue[], EpisodeSummaryRow>(sql).all(...params).map(toEpisodeSummary);
    },

    resolveRef(ref) {
      const text = ref.trim();
      if (/^\d+$/.test(text)) return row(Number(text)).id;
      const match = /^([a-z0-9-]+)\/(\d+)$/.exec(text);
      const found = match
        ? db
          .prepare<[string, number], { id: number; season: number | null }>(
            `SELECT e.id, e.season FROM episodes e JOIN shows s ON s.id = e.show_id
             WHERE s.slug = ? AND e.number = ? ORDER BY IFNULL(e.season, 0)`,
          )
          .all(match[1] ?? '', Number(match[2]))
        : [];
      const [only, ...others] = found;
      if (only && others.length === 0) return only.id;
      if (!only) throw new AppError('not_found', { what: 'episode', ref: text });
      const seasons = found.map((f) => f.season ?? 0).join(', ');
      throw invalid(
        'ref',
        `episode ${match?.[2]} exists in several seasons (${seasons}): use the episode's id`,
        `l'épisode ${match?.[2]} existe dans plusieurs saisons (${seasons}) : utilisez son identifiant`,
      );
    },

    create(input) {
      const { audioAssetId = null, ...fields } = input;
      const valid = parseInput(episodeCreateSchema, fields);
      const show = showOf.get(valid.showId);
      if (!show) throw new AppError('not_found', { what: 'show', ref: valid.showId });
      let slug = valid.slug;
      const context = () => ({ showSlug: show.slug, slug, number: valid.number, season: valid.season });
      return writing(context, () => {
        if (audioAssetId !== null) requireAssetKind(db, audioAssetId, 'audio', 'audioAssetId');
        slug ??= uniqueSlug(defaultEpisodeSlug(valid), (s) => slugTaken.get(valid.showId, s) !== undefined);
        const columns: SqlRecord = {
          show_id: valid.showId,
          guid: randomUUID(),
          // An episode is explicit when its show is, unless the input says otherwise.
          explicit: show.explicit,
          ...episodeColumns({ ...valid, slug }),
          audio_asset_id: audioAssetId,
        };
        const info = db.prepare<SqlRecord>(`INSERT INTO episodes ${insertValues(columns)}`).run(columns);
        return get(Number(info.lastInsertRowid));
      });
    },

    update(id, patch) {
      const valid = parseInput(episodePatchSchema, patch);
      const current = row(id);
      const context = () => ({
        showSlug: current.show_slug,
        slug: valid.slug ?? current.slug,
        number: valid.number !== undefined ? valid.number : current.number,
        season: valid.season !== undefined ? valid.season : current.season,
      });
      const columns = episodeColumns(valid);
      return writing(context, () => {
        row(id);
        db.prepare(`UPDATE episodes SET ${[assignments(columns), `updated_at = ${NOW_SQL}`].filter(Boolean).join(', ')}
          WHERE id = @id`).run({ ...columns, id });
        return get(id);
      });
    },

    delete(id) {
      const info = db.prepare<[number]>('DELETE FROM episodes WHERE id = ?').run(id);
      if (info.changes === 0) throw new AppError('not_found', { what: 'episode', ref: id });
    },

    numberAvailable(showId, season, number, excludeId) {
      const clash = db
        .prepare<[number, number | null, number, number | null, number | null], { one: number }>(
          `SELECT 1 AS one FROM episodes
           WHERE show_id = ? AND IFNULL(season, 0) = IFNULL(?, 0) AND number = ? AND (? IS NULL OR id <> ?)`,
        )
        .get(showId, season, number, excludeId, excludeId);
      return clash === undefined;
    },

    nextNumber(showId, season) {
      const row = db
        .prepare<[number, number | null], { last: number | null }>(
          'SELECT MAX(number) AS last FROM episodes WHERE show_id = ? AND IFNULL(season, 0) = IFNULL(?, 0)',
        )
        .get(showId, season);
      return (row?.last ?? 0) + 1;
    },

    setPersons(id, persons) {
      const valid = persons.map((p, i) => parseInput(personInputSchema, p, `persons.${i}`));
      return transact(() => {
        row(id);
        replaceCredits(db, 'episode', id, valid);
        touch.run(id);
        return get(id);
      });
    },

    setAudio(id, assetId) {
      return transact(() => {
        row(id);
        if (assetId !== null) requireAssetKind(db, assetId, 'audio', 'audioAssetId');
        db.prepare<[number | null, number]>(
          `UPDATE episodes SET audio_asset_id = ?, updated_at = ${NOW_SQL} WHERE id = ?`,
        ).run(assetId, id);
        return get(id);
      });
    },
  };
}
