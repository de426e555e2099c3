// 0020-search: the FTS5 index is back-filled at migration time and kept in sync by triggers on
// episodes, episode_persons and persons, whatever writes to them.

import type Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { applyMigrations } from '../../../../../../src/main/services/library/migrate.js';
import { insertEpisode, insertShow, migrationsUpTo, rawDb } from './raw-db.js';

const matches = (db: Database.Database, query: string): number[] =>
  db.prepare<[string], { rowid: number }>('SELECT rowid FROM episode_search WHERE episode_search MATCH ? ORDER BY rowid')
    .all(query)
    .map((r) => r.rowid);

function addGuest(db: Database.Database, episodeId: number, name: string, position = 0): number {
  const personId = Number(db.prepare('INSERT INTO persons (name) VALUES (?)').run(name).lastInsertRowid);
  db.prepare("INSERT INTO episode_persons VALUES (?, ?, 'guest', 'cast', ?)").run(episodeId, personId, position);
  return personId;
}

describe('0020-search', () => {
  it('indexes episodes and guests that existed before the migration', () => {
    const db = rawDb(10);
    const episodeId = insertEpisode(db, insertShow(db), { title_fr: 'Les élus municipaux' });
    addGuest(db, episodeId, 'Stéphane Tremblay');
    applyMigrations(db, migrationsUpTo(20));
    expect(db.pragma('user_version', { simple: true })).toBe(20);
    expect(matches(db, 'elus')).toEqual([episodeId]);
    expect(matches(db, 'stephane')).toEqual([episodeId]);
  });

  it('folds accents both ways with unicode61 remove_diacritics 2', () => {
    const db = rawDb(20);
    const episodeId = insertEpisode(db, insertShow(db), { title_fr: 'Élections à Montréal' });
    expect(matches(db, 'elections montreal')).toEqual([episodeId]);
    expect(matches(db, 'ÉLECTIONS')).toEqual([episodeId]);
  });

  it('follows inserts, title and summary updates, and deletes of episodes', () => {
    const db = rawDb(20);
    const showId = insertShow(db);
    const episodeId = insertEpisode(db, showId, { title_fr: 'Le marché', summary_en: 'Farmers' });
    expect(matches(db, 'marche')).toEqual([episodeId]);
    expect(matches(db, 'farmers')).toEqual([episodeId]);

    db.prepare("UPDATE episodes SET title_fr = 'La forêt', summary_en = 'Trees' WHERE id = ?").run(episodeId);
    expect(matches(db, 'marche')).toEqual([]);
    expect(matches(db, 'foret')).toEqual([episodeId]);
    expect(matches(db, 'trees')).toEqual([episodeId]);

    db.prepare('DELETE FROM episodes WHERE id = ?').run(episodeId);
    expect(matches(db, 'foret')).toEqual([]);
    expect(db.prepare('SELECT count(*) FROM episode_search').pluck().get()).toBe(0);
  });

  it('follows guests added, removed, moved and renamed', () => {
    const db = rawDb(20);
    const showId = insertShow(db);
    const first = insertEpisode(db, showId);
    const second = insertEpisode(db, showId);
    const personId = addGuest(db, first, 'Stéphane Tremblay');
    addGuest(db, first, 'Ana Ruiz', 1);
    expect(matches(db, 'stephane')).toEqual([first]);
    expect(matches(db, 'ruiz')).toEqual([first]);

    db.prepare('UPDATE persons SET name = ? WHERE id = ?').run('Stéfanie Tremblay', personId);
    expect(matches(db, 'stephane')).toEqual([]);
    expect(matches(db, 'stefanie')).toEqual([first]);

    db.prepare('UPDATE episode_persons SET episode_id = ? WHERE person_id = ?').run(second, personId);
    expect(matches(db, 'stefanie')).toEqual([second]);
    expect(matches(db, 'ruiz')).toEqual([first]);

    db.prepare('DELETE FROM episode_persons WHERE person_id = ?').run(personId);
    expect(matches(db, 'stefanie')).toEqual([]);

    db.prepare("DELETE FROM persons WHERE name = 'Ana Ruiz'").run();
    expect(matches(db, 'ruiz')).toEqual([]);
  });

  it('drops the index rows of every episode when their show is deleted (cascade fires the triggers)', () => {
    const db = rawDb(20);
    const showId = insertShow(db);
    const episodeId = insertEpisode(db, showId, { title_fr: 'Cascade' });
    addGuest(db, episodeId, 'Ana Ruiz');
    db.prepare('DELETE FROM shows WHERE id = ?').run(showId);
    expect(db.prepare('SELECT count(*) FROM episode_search').pluck().get()).toBe(0);
  });
});
