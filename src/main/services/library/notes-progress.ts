// Reading the notes in bulk: per-episode progress for the library list (x of y rows reviewed)
// and when an episode's notes last changed, its snippets included, for the release to compare.

import type { Database } from 'better-sqlite3';
import { AppError } from '../../../shared/api/errors.js';
import type { NotesProgress } from '../../../shared/notes/types.js';
import { NOTE_ROW_SELECT, targetState, type NoteRowRecord } from './notes-rows.js';

export interface NotesProgressApi {
  /** Every episode of the show, by id: rows reviewed, rows in all (empty rows aside), rows needing work. */
  progress(showId: number): Record<number, NotesProgress>;
  /** Latest change of the episode's notes or of a snippet it shows; null when it never had notes. */
  changedAt(episodeId: number): string | null;
}

type Owned = NoteRowRecord & { owner: number };

export function createNotesProgress(db: Database): NotesProgressApi {
  const showExists = db.prepare<[number], { one: number }>('SELECT 1 AS one FROM shows WHERE id = ?');
  const episodesOf = db.prepare<[number], { id: number }>('SELECT id FROM episodes WHERE show_id = ?');
  // An episode's own text rows, then the rows of the snippets it shows (once per reference).
  const rowsOfShow = db.prepare<[number, number], Owned>(
    `SELECT r.episode_id AS owner, r.* FROM (${NOTE_ROW_SELECT}) r JOIN episodes e ON e.id = r.episode_id
       WHERE e.show_id = ? AND r.kind <> 'snippet'
     UNION ALL
     SELECT ref.episode_id AS owner, s.* FROM note_rows ref JOIN episodes e ON e.id = ref.episode_id
       JOIN (${NOTE_ROW_SELECT}) s ON s.snippet_id = ref.ref_snippet_id
       WHERE e.show_id = ? AND ref.kind = 'snippet'`,
  );
  const changed = db.prepare<[number, number], { at: string | null }>(
    `SELECT max(at) AS at FROM (
       SELECT changed_at AS at FROM episode_notes WHERE episode_id = ?
       UNION ALL
       SELECT s.updated_at FROM note_rows r JOIN snippets s ON s.id = r.ref_snippet_id WHERE r.episode_id = ?)`,
  );

  return {
    progress(showId) {
      if (!showExists.get(showId)) throw new AppError('not_found', { what: 'show', ref: showId });
      const out: Record<number, NotesProgress> = {};
      for (const { id } of episodesOf.all(showId)) out[id] = { reviewed: 0, total: 0, needsWork: 0 };
      for (const row of rowsOfShow.all(showId, showId)) {
        const counts = out[row.owner];
        const { state, empty, needsWork } = targetState(row);
        if (!counts || empty) continue;
        counts.total++;
        if (state === 'reviewed') counts.reviewed++;
        if (needsWork) counts.needsWork++;
      }
      return out;
    },

    changedAt: (episodeId) => changed.get(episodeId, episodeId)?.at ?? null,
  };
}
