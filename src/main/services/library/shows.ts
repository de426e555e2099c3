// The shows repository: reads, validated writes, hosts and artwork of a show.

import type { Database } from 'better-sqlite3';
import { AppError } from '../../../shared/api/errors.js';
import type { PersonCredit, Show } from '../../../shared/domain/types.js';
import {
  personInputSchema, showCreateSchema, showPatchSchema, type PersonInput, type ShowCreate, type ShowPatch,
} from '../../../shared/domain/schemas.js';
import { fail, parseInput, uniqueViolation } from './library-errors.js';
import { requireAssetKind } from './assets.js';
import { listCredits, replaceCredits } from './credits.js';
import { SHOW_SELECT, showColumns, toShow, type ShowRow } from './show-rows.js';
import { assignments, insertValues, NOW_SQL, type SqlRecord } from './sql.js';
import type { Transact } from './transact.js';

export interface ShowsApi {
  list(): Show[];
  get(id: number): Show;
  getBySlug(slug: string): Show;
  create(input: ShowCreate): Show;
  update(id: number, patch: ShowPatch): Show;
  hosts(showId: number): PersonCredit[];
  setHosts(showId: number, persons: PersonInput[]): PersonCredit[];
  setArtwork(showId: number, assetId: number | null): Show;
}

export function createShows(db: Database, transact: Transact): ShowsApi {
  const byId = db.prepare<[number], ShowRow>(`${SHOW_SELECT} WHERE s.id = ?`);
  const bySlug = db.prepare<[string], ShowRow>(`${SHOW_SELECT} WHERE s.slug = ?`);
  const touch = db.prepare<[number]>(`UPDATE shows SET updated_at = ${NOW_SQL} WHERE id = ?`);

  function get(id: number): Show {
    const row = byId.get(id);
    if (!row) throw new AppError('not_found', { what: 'show', ref: id });
    return toShow(row);
  }

  /** Runs a write; a slug already taken becomes AppError('duplicate') instead of a driver error. */
  function writing<T>(slug: string | undefined, fn: () => T): T {
    try {
      return transact(fn);
    } catch (error) {
      if (uniqueViolation(error) === 'shows.slug') {
        throw new AppError('duplicate', { field: 'slug', value: slug ?? null, scope: 'shows' });
      }
      throw error;
    }
  }

  return {
    list: () => db.prepare<[], ShowRow>(`${SHOW_SELECT} ORDER BY s.slug`).all().map(toShow),
    get,

    getBySlug(slug) {
      const row = bySlug.get(slug);
      if (!row) throw new AppError('not_found', { what: 'show', ref: slug });
      return toShow(row);
    },

    create(input) {
      const valid = parseInput(showCreateSchema, input);
      const columns = showColumns(valid);
      return writing(valid.slug, () => {
        const info = db.prepare<SqlRecord>(`INSERT INTO shows ${insertValues(columns)}`).run(columns);
        return get(Number(info.lastInsertRowid));
      });
    },

    update(id, patch) {
      const valid = parseInput(showPatchSchema, patch);
      if (valid.title && valid.title.fr.trim() === '' && valid.title.en.trim() === '') fail('title', 'required');
      const columns = showColumns(valid);
      return writing(valid.slug, () => {
        get(id);
        if (Object.keys(columns).length === 0) touch.run(id);
        else {
          db.prepare(`UPDATE shows SET ${assignments(columns)}, updated_at = ${NOW_SQL} WHERE id = @id`)
            .run({ ...columns, id });
        }
        return get(id);
      });
    },

    hosts(showId) {
      get(showId);
      return listCredits(db, 'show', showId);
    },

    setHosts(showId, persons) {
      const valid = persons.map((p, i) => parseInput(personInputSchema, p, `persons.${i}`));
      return transact(() => {
        get(showId);
        replaceCredits(db, 'show', showId, valid);
        touch.run(showId);
        return listCredits(db, 'show', showId);
      });
    },

    setArtwork(showId, assetId) {
      return transact(() => {
        get(showId);
        if (assetId !== null) requireAssetKind(db, assetId, 'image', 'artworkAssetId');
        db.prepare<[number | null, number]>(
          `UPDATE shows SET artwork_asset_id = ?, updated_at = ${NOW_SQL} WHERE id = ?`,
        ).run(assetId, showId);
        return get(showId);
      });
    },
  };
}
