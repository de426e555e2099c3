// 0050-notes: snippets, note rows (owned by an episode or a snippet, or showing a snippet),
// episode notes revisions and the translation memory, with their constraints and cascades.

import { describe, expect, it } from 'vitest';
import { applyMigrations } from '../../../../../../src/main/services/library/migrate.js';
import { columnsOf, insertEpisode, insertShow, migrationsUpTo, rawDb } from './raw-db.js';

describe('0050-notes', () => {
  it('brings a version-30 library with episodes to version 50 with empty notes tables', () => {
    const db = rawDb(30);
    insertEpisode(db, insertShow(db));
    applyMigrations(db, migrationsUpTo(50));
    expect(db.pragma('user_version', { simple: true })).toBe(50);
    expect(columnsOf(db, 'note_rows')).toEqual([
      'id', 'episode_id', 'snippet_id', 'position', 'kind', 'ref_snippet_id', 'source_lang', 'fr_text', 'en_text',
      'fr_status', 'en_status', 'fr_from_hash', 'fr_from_text', 'en_from_hash', 'en_from_text', 'created_at', 'updated_at',
    ]);
    expect(columnsOf(db, 'snippets')).toEqual(['id', 'show_id', 'name', 'version', 'created_at', 'updated_at']);
    expect(columnsOf(db, 'episode_notes')).toEqual(['episode_id', 'revision', 'changed_at']);
    expect(columnsOf(db, 'tm_units')).toEqual([
      'id', 'source_lang', 'fr_text', 'en_text', 'fr_words', 'en_words', 'origin', 'episode_id', 'row_id', 'created_at', 'updated_at',
    ]);
    for (const table of ['note_rows', 'snippets', 'episode_notes', 'tm_units']) {
      expect(db.prepare(`SELECT count(*) FROM ${table}`).pluck().get(), table).toBe(0);
    }
  });

  it('fills defaults: an untranslated French-source paragraph', () => {
    const db = rawDb(50);
    const episodeId = insertEpisode(db, insertShow(db));
    db.prepare('INSERT INTO note_rows (episode_id, position) VALUES (?, 0)').run(episodeId);
    expect(db.prepare('SELECT * FROM note_rows').get()).toMatchObject({
      kind: 'paragraph', source_lang: 'fr', fr_text: '', en_text: '', fr_status: 'untranslated', en_status: 'untranslated',
      fr_from_hash: null, snippet_id: null, ref_snippet_id: null,
    });
  });

  it('refuses rows with two owners or none, snippet references without a snippet, bad statuses and half a "from"', () => {
    const db = rawDb(50);
    const showId = insertShow(db);
    const episodeId = insertEpisode(db, showId);
    const snippetId = Number(db.prepare("INSERT INTO snippets (show_id, name) VALUES (?, 'Raccords')").run(showId).lastInsertRowid);
    const insert = (sql: string, ...args: unknown[]) => () => db.prepare(sql).run(...args);
    expect(insert('INSERT INTO note_rows (position) VALUES (0)')).toThrow(/CHECK/);
    expect(insert('INSERT INTO note_rows (episode_id, snippet_id, position) VALUES (?, ?, 0)', episodeId, snippetId)).toThrow(/CHECK/);
    expect(insert("INSERT INTO note_rows (episode_id, position, kind) VALUES (?, 0, 'snippet')", episodeId)).toThrow(/CHECK/);
    expect(insert("INSERT INTO note_rows (snippet_id, position, kind, ref_snippet_id) VALUES (?, 0, 'snippet', ?)", snippetId, snippetId)).toThrow(/CHECK/);
    expect(insert("INSERT INTO note_rows (episode_id, position, en_status) VALUES (?, 0, 'done')", episodeId)).toThrow(/CHECK/);
    expect(insert("INSERT INTO note_rows (episode_id, position, en_from_hash) VALUES (?, 0, 'abc')", episodeId)).toThrow(/CHECK/);
    expect(insert('INSERT INTO note_rows (episode_id, position) VALUES (?, 1.5)', episodeId)).toThrow(/CHECK/);
    expect(insert("INSERT INTO snippets (show_id, name) VALUES (?, '')", showId)).toThrow(/CHECK/);
    expect(insert("INSERT INTO tm_units (source_lang, fr_text, en_text, fr_words, en_words, origin) VALUES ('fr', ' ', 'x', 1, 1, 'tmx')")).toThrow(/CHECK/);
    insert("INSERT INTO note_rows (episode_id, position, kind, ref_snippet_id) VALUES (?, 0, 'snippet', ?)", episodeId, snippetId)();
    insert("INSERT INTO tm_units (source_lang, fr_text, en_text, fr_words, en_words, origin) VALUES ('fr', 'a', 'b', 1, 1, 'tmx')")();
    expect(insert("INSERT INTO tm_units (source_lang, fr_text, en_text, fr_words, en_words, origin) VALUES ('en', 'a', 'b', 1, 1, 'notes')")).toThrow(/UNIQUE/);
  });

  it('deletes notes with their episode or show, keeping the memory without its provenance', () => {
    const db = rawDb(50);
    const showId = insertShow(db);
    const episodeId = insertEpisode(db, showId);
    const snippetId = Number(db.prepare("INSERT INTO snippets (show_id, name) VALUES (?, 'Raccords')").run(showId).lastInsertRowid);
    const rowId = Number(db.prepare("INSERT INTO note_rows (episode_id, position, fr_text) VALUES (?, 0, 'a')").run(episodeId).lastInsertRowid);
    db.prepare("INSERT INTO note_rows (episode_id, position, kind, ref_snippet_id) VALUES (?, 1, 'snippet', ?)").run(episodeId, snippetId);
    db.prepare('INSERT INTO note_rows (snippet_id, position) VALUES (?, 0)').run(snippetId);
    db.prepare('INSERT INTO episode_notes (episode_id) VALUES (?)').run(episodeId);
    db.prepare("INSERT INTO tm_units (source_lang, fr_text, en_text, fr_words, en_words, origin, episode_id, row_id) VALUES ('fr', 'a', 'b', 1, 1, 'notes', ?, ?)")
      .run(episodeId, rowId);
    db.prepare('DELETE FROM episodes WHERE id = ?').run(episodeId);
    expect(db.prepare('SELECT count(*) FROM note_rows WHERE episode_id IS NOT NULL').pluck().get()).toBe(0);
    expect(db.prepare('SELECT count(*) FROM episode_notes').pluck().get()).toBe(0);
    expect(db.prepare('SELECT episode_id, row_id FROM tm_units').get()).toEqual({ episode_id: null, row_id: null });
    db.prepare('DELETE FROM shows WHERE id = ?').run(showId);
    expect(db.prepare('SELECT count(*) FROM snippets').pluck().get()).toBe(0);
    expect(db.prepare('SELECT count(*) FROM note_rows').pluck().get()).toBe(0);
    expect(db.prepare('SELECT count(*) FROM tm_units').pluck().get()).toBe(1);
  });
});
