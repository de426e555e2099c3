// The chapters repository: an episode's chapters in time order, the whole list replaced in one
// transaction (the editor autosaves lists, so undo/redo is just another list), and single edits.

import type { Database } from 'better-sqlite3';
import { z } from 'zod';
import { AppError, invalid } from '../../../shared/api/errors.js';
import type { Chapter, ChapterFields } from '../../../shared/domain/types.js';
import {
  chapterInputSchema, chapterPatchSchema, MAX_CHAPTERS, type ChapterInput, type ChapterPatch,
} from '../../../shared/domain/schemas.js';
import { CHAPTER_SELECT, chapterColumns, sameFields, toChapter, type ChapterRow } from './chapter-rows.js';
import { fail, parseInput } from './library-errors.js';
import { assignments, insertValues, NOW_SQL, type SqlRecord } from './sql.js';
import type { Transact } from './transact.js';

export interface ChaptersApi {
  /** In time order (ties: the order they were written). */
  list(episodeId: number): Chapter[];
  get(id: number): Chapter;
  /**
   * Makes the episode's chapters exactly `chapters`: a given `id` of this episode keeps that
   * chapter (and its id), anything else is new, chapters left out are deleted. All or nothing.
   */
  replaceAll(episodeId: number, chapters: readonly ChapterInput[]): Chapter[];
  /** One chapter; refused at a start another chapter has, or after the end of the audio. */
  add(episodeId: number, input: ChapterInput): Chapter;
  update(id: number, patch: ChapterPatch): Chapter;
  remove(id: number): void;
}

const listSchema = z.array(chapterInputSchema).max(MAX_CHAPTERS, { message: 'too_long' });
const seconds = (ms: number) => `${ms / 1000} s`;

export function createChapters(db: Database, transact: Transact): ChaptersApi {
  const byId = db.prepare<[number], ChapterRow>(`${CHAPTER_SELECT} WHERE id = ?`);
  const byEpisode = db.prepare<[number], ChapterRow>(`${CHAPTER_SELECT} WHERE episode_id = ? ORDER BY start_ms, id`);
  const episodeOf = db.prepare<[number], { id: number; duration_ms: number | null }>(
    'SELECT e.id, a.duration_ms FROM episodes e LEFT JOIN assets a ON a.id = e.audio_asset_id WHERE e.id = ?',
  );
  const startTaken = db.prepare<[number, number, number], { one: number }>(
    'SELECT 1 AS one FROM chapters WHERE episode_id = ? AND start_ms = ? AND id <> ?',
  );
  const deleteOne = db.prepare<[number]>('DELETE FROM chapters WHERE id = ?');

  function episode(id: number) {
    const found = episodeOf.get(id);
    if (!found) throw new AppError('not_found', { what: 'episode', ref: id });
    return found;
  }

  function get(id: number): Chapter {
    const row = byId.get(id);
    if (!row) throw new AppError('not_found', { what: 'chapter', ref: id });
    return toChapter(row);
  }

  const list = (episodeId: number) => byEpisode.all(episodeId).map(toChapter);

  function insert(episodeId: number, fields: ChapterFields): number {
    const columns: SqlRecord = { episode_id: episodeId, ...chapterColumns(fields) };
    return Number(db.prepare<SqlRecord>(`INSERT INTO chapters ${insertValues(columns)}`).run(columns).lastInsertRowid);
  }

  function write(id: number, fields: ChapterFields): void {
    const columns = chapterColumns(fields);
    db.prepare(`UPDATE chapters SET ${assignments(columns)}, updated_at = ${NOW_SQL} WHERE id = @id`).run({ ...columns, id });
  }

  /** The rules a single edit must meet (a whole list may break them for a while; see validate). */
  function checkStart(episodeId: number, startMs: number, excludeId: number): void {
    const { duration_ms: duration } = episode(episodeId);
    if (duration !== null && startMs >= duration) {
      throw invalid('startMs', `${seconds(startMs)} is after the end of the audio (${seconds(duration)})`,
        `${seconds(startMs)} est après la fin du son (${seconds(duration)})`);
    }
    if (startTaken.get(episodeId, startMs, excludeId)) {
      throw new AppError('duplicate', { field: 'startMs', value: seconds(startMs), scope: `episode ${episodeId}` });
    }
  }

  return {
    list(episodeId) {
      episode(episodeId);
      return list(episodeId);
    },

    get,

    replaceAll(episodeId, chapters) {
      const valid = parseInput(listSchema, chapters, 'chapters');
      const seen = new Set<number>();
      valid.forEach((c, i) => {
        if (c.episodeId !== undefined && c.episodeId !== episodeId) fail(`chapters.${i}.episodeId`, 'invalid');
        if (c.id !== undefined && seen.has(c.id)) fail(`chapters.${i}.id`, 'invalid');
        if (c.id !== undefined) seen.add(c.id);
      });
      return transact(() => {
        episode(episodeId);
        const current = new Map(list(episodeId).map((c) => [c.id, c]));
        for (const id of current.keys()) if (!seen.has(id)) deleteOne.run(id);
        for (const { id, episodeId: _ignored, ...fields } of valid) {
          const kept = id === undefined ? undefined : current.get(id);
          if (!kept) insert(episodeId, fields);
          else if (!sameFields(kept, fields)) write(kept.id, fields);
        }
        return list(episodeId);
      });
    },

    add(episodeId, input) {
      const { id: _id, episodeId: _episode, ...fields } = parseInput(chapterInputSchema, input);
      return transact(() => {
        checkStart(episodeId, fields.startMs, 0);
        return get(insert(episodeId, fields));
      });
    },

    update(id, patch) {
      const valid = parseInput(chapterPatchSchema, patch);
      return transact(() => {
        const current = get(id);
        const fields: ChapterFields = {
          startMs: valid.startMs ?? current.startMs,
          endMs: valid.endMs !== undefined ? valid.endMs : current.endMs,
          title: { fr: valid.title?.fr ?? current.title.fr, en: valid.title?.en ?? current.title.en },
          url: valid.url ?? current.url,
          img: valid.img ?? current.img,
          hidden: valid.hidden ?? current.hidden,
        };
        if (fields.endMs !== null && fields.endMs <= fields.startMs) fail('endMs', 'invalid');
        if (fields.startMs !== current.startMs) checkStart(current.episodeId, fields.startMs, id);
        if (!sameFields(current, fields)) write(id, fields);
        return get(id);
      });
    },

    remove(id) {
      if (deleteOne.run(id).changes === 0) throw new AppError('not_found', { what: 'chapter', ref: id });
    },
  };
}
