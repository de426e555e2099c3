// The statements under the notes repository: rows of one owner (an episode or a snippet) kept
// in dense positions 0..n-1, and "this owner's notes changed" (the episode's notes revision or
// the snippet's version), so a release sees deletions and moves as well as edits.

import type { Database } from 'better-sqlite3';
import { AppError } from '../../../shared/api/errors.js';
import type { NoteLang } from '../../../shared/notes/types.js';
import { NOTE_ROW_SELECT, type NoteRowRecord } from './notes-rows.js';
import { assignments, insertValues, NOW_SQL, type SqlRecord } from './sql.js';

export type RowOwner = { episodeId: number } | { snippetId: number };

export interface NotesStore {
  get(id: number): NoteRowRecord;
  list(owner: RowOwner): NoteRowRecord[];
  /** Inserts at `position`, moving the rows from there down by one. */
  insert(owner: RowOwner, position: number, columns: SqlRecord): number;
  write(id: number, columns: SqlRecord): void;
  remove(id: number): void;
  /** Positions 0..n-1 in the current order (after a delete, a move or a merge). */
  renumber(owner: RowOwner, order?: readonly number[]): void;
  ownerOf(row: NoteRowRecord): RowOwner;
  /** Records that the owner's notes changed: episode revision, or snippet version. */
  touch(owner: RowOwner): void;
  /** An episode's spoken language (French when bilingual); French for a snippet. */
  defaultSource(owner: RowOwner): NoteLang;
  /** Throws not_found for an episode or snippet that does not exist. */
  requireOwner(owner: RowOwner): void;
  showOf(episodeId: number): number | null;
}

// Column names come from these two fixed strings only, never from input.
const columnOf = (owner: RowOwner) => ('episodeId' in owner ? 'episode_id' : 'snippet_id');
const idOf = (owner: RowOwner) => ('episodeId' in owner ? owner.episodeId : owner.snippetId);

export function createNotesStore(db: Database): NotesStore {
  const byId = db.prepare<[number], NoteRowRecord>(`${NOTE_ROW_SELECT} WHERE id = ?`);
  const byEpisode = db.prepare<[number], NoteRowRecord>(`${NOTE_ROW_SELECT} WHERE episode_id = ? ORDER BY position, id`);
  const bySnippet = db.prepare<[number], NoteRowRecord>(`${NOTE_ROW_SELECT} WHERE snippet_id = ? ORDER BY position, id`);
  const shiftEpisode = db.prepare<[number, number]>('UPDATE note_rows SET position = position + 1 WHERE episode_id = ? AND position >= ?');
  const shiftSnippet = db.prepare<[number, number]>('UPDATE note_rows SET position = position + 1 WHERE snippet_id = ? AND position >= ?');
  const setPosition = db.prepare<{ position: number; id: number }>(
    'UPDATE note_rows SET position = @position WHERE id = @id AND position <> @position',
  );
  const deleteOne = db.prepare<[number]>('DELETE FROM note_rows WHERE id = ?');
  const touchEpisode = db.prepare<[number]>(
    `INSERT INTO episode_notes (episode_id) VALUES (?)
     ON CONFLICT (episode_id) DO UPDATE SET revision = revision + 1, changed_at = ${NOW_SQL}`,
  );
  const touchSnippet = db.prepare<[number]>(`UPDATE snippets SET version = version + 1, updated_at = ${NOW_SQL} WHERE id = ?`);
  const episodeSpoken = db.prepare<[number], { spoken: string }>('SELECT spoken FROM episodes WHERE id = ?');
  const snippetExists = db.prepare<[number], { one: number }>('SELECT 1 AS one FROM snippets WHERE id = ?');
  const episodeShow = db.prepare<[number], { show_id: number }>('SELECT show_id FROM episodes WHERE id = ?');

  const list = (owner: RowOwner) => ('episodeId' in owner ? byEpisode.all(owner.episodeId) : bySnippet.all(owner.snippetId));

  return {
    get(id) {
      const row = byId.get(id);
      if (!row) throw new AppError('not_found', { what: 'note row', ref: id });
      return row;
    },

    list,

    insert(owner, position, columns) {
      ('episodeId' in owner ? shiftEpisode : shiftSnippet).run(idOf(owner), position);
      const values: SqlRecord = { ...columns, [columnOf(owner)]: idOf(owner), position };
      return Number(db.prepare<SqlRecord>(`INSERT INTO note_rows ${insertValues(values)}`).run(values).lastInsertRowid);
    },

    write(id, columns) {
      db.prepare(`UPDATE note_rows SET ${assignments(columns)}, updated_at = ${NOW_SQL} WHERE id = @id`).run({ ...columns, id });
    },

    remove(id) {
      deleteOne.run(id);
    },

    renumber(owner, order) {
      const ids = order ?? list(owner).map((r) => r.id);
      ids.forEach((id, position) => setPosition.run({ position, id }));
    },

    ownerOf(row) {
      return row.episode_id !== null ? { episodeId: row.episode_id } : { snippetId: row.snippet_id as number };
    },

    touch(owner) {
      if ('episodeId' in owner) touchEpisode.run(owner.episodeId);
      else touchSnippet.run(owner.snippetId);
    },

    defaultSource(owner) {
      if (!('episodeId' in owner)) return 'fr';
      return episodeSpoken.get(owner.episodeId)?.spoken === 'en' ? 'en' : 'fr';
    },

    requireOwner(owner) {
      const found = 'episodeId' in owner ? episodeSpoken.get(owner.episodeId) : snippetExists.get(owner.snippetId);
      if (!found) throw new AppError('not_found', { what: 'episodeId' in owner ? 'episode' : 'snippet', ref: idOf(owner) });
    },

    showOf: (episodeId) => episodeShow.get(episodeId)?.show_id ?? null,
  };
}
