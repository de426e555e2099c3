// Snippets: bilingual blocks owned by a show ("What is Raccords?", subscribe links, credits),
// shown in episodes by reference. Their rows live in note_rows (owner: the snippet) and are
// edited through the notes repository, which bumps the snippet's version on every change.

import type { Database } from 'better-sqlite3';
import { AppError, invalid } from '../../../shared/api/errors.js';
import { snippetNameSchema } from '../../../shared/notes/schemas.js';
import { parseInput } from './library-errors.js';
import { NOW_SQL } from './sql.js';
import type { Transact } from './transact.js';

export interface SnippetRecord {
  id: number;
  showId: number;
  name: string;
  version: number;
  usedBy: number;
  createdAt: string;
  updatedAt: string;
}

export interface SnippetsApi {
  list(showId: number): SnippetRecord[];
  get(id: number): SnippetRecord;
  create(showId: number, name: string): SnippetRecord;
  rename(id: number, name: string): SnippetRecord;
  /** Episodes that show the snippet, by id. */
  usedBy(id: number): number[];
  /** Refused while an episode still shows it: detach it there first. */
  remove(id: number): void;
}

interface Row {
  id: number;
  show_id: number;
  name: string;
  version: number;
  used_by: number;
  created_at: string;
  updated_at: string;
}

const SELECT = `SELECT s.id, s.show_id, s.name, s.version, s.created_at, s.updated_at,
  (SELECT count(DISTINCT r.episode_id) FROM note_rows r WHERE r.ref_snippet_id = s.id) AS used_by FROM snippets s`;

const toRecord = (r: Row): SnippetRecord => ({
  id: r.id, showId: r.show_id, name: r.name, version: r.version, usedBy: r.used_by, createdAt: r.created_at, updatedAt: r.updated_at,
});

export function createSnippets(db: Database, transact: Transact): SnippetsApi {
  const byId = db.prepare<[number], Row>(`${SELECT} WHERE s.id = ?`);
  const byShow = db.prepare<[number], Row>(`${SELECT} WHERE s.show_id = ? ORDER BY s.name COLLATE NOCASE, s.id`);
  const showExists = db.prepare<[number], { one: number }>('SELECT 1 AS one FROM shows WHERE id = ?');
  const insert = db.prepare<[number, string]>('INSERT INTO snippets (show_id, name) VALUES (?, ?)');
  const rename = db.prepare<{ name: string; id: number }>(
    `UPDATE snippets SET name = @name, version = version + 1, updated_at = ${NOW_SQL} WHERE id = @id AND name <> @name`,
  );
  const users = db.prepare<[number], { episode_id: number }>(
    'SELECT DISTINCT episode_id FROM note_rows WHERE ref_snippet_id = ? ORDER BY episode_id',
  );
  const deleteOne = db.prepare<[number]>('DELETE FROM snippets WHERE id = ?');

  function get(id: number): SnippetRecord {
    const row = byId.get(id);
    if (!row) throw new AppError('not_found', { what: 'snippet', ref: id });
    return toRecord(row);
  }

  return {
    list(showId) {
      if (!showExists.get(showId)) throw new AppError('not_found', { what: 'show', ref: showId });
      return byShow.all(showId).map(toRecord);
    },

    get,

    create(showId, name) {
      const valid = parseInput(snippetNameSchema, name, 'name');
      return transact(() => {
        if (!showExists.get(showId)) throw new AppError('not_found', { what: 'show', ref: showId });
        return get(Number(insert.run(showId, valid).lastInsertRowid));
      });
    },

    rename(id, name) {
      const valid = parseInput(snippetNameSchema, name, 'name');
      return transact(() => {
        get(id);
        rename.run({ name: valid, id });
        return get(id);
      });
    },

    usedBy: (id) => users.all(id).map((r) => r.episode_id),

    remove(id) {
      transact(() => {
        const snippet = get(id);
        if (snippet.usedBy > 0) {
          throw invalid('id', `"${snippet.name}" is shown in ${snippet.usedBy} episode(s); detach it there first`,
            `« ${snippet.name} » est affiché dans ${snippet.usedBy} épisode(s) ; détachez-le d'abord`);
        }
        deleteOne.run(id);
      });
    },
  };
}
