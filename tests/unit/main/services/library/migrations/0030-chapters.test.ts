// 0030-chapters: the chapters table, its constraints (integer ms, end after start, hidden as a
// flag), its index, and that chapters go when their episode does.

import { describe, expect, it } from 'vitest';
import { applyMigrations } from '../../../../../../src/main/services/library/migrate.js';
import { columnsOf, insertEpisode, insertShow, migrationsUpTo, rawDb } from './raw-db.js';

describe('0030-chapters', () => {
  it('brings a version-20 library with episodes to version 30 with an empty chapters table', () => {
    const db = rawDb(20);
    insertEpisode(db, insertShow(db));
    applyMigrations(db, migrationsUpTo(30));
    expect(db.pragma('user_version', { simple: true })).toBe(30);
    expect(columnsOf(db, 'chapters')).toEqual([
      'id', 'episode_id', 'start_ms', 'end_ms', 'title_fr', 'title_en', 'url', 'img', 'hidden', 'created_at', 'updated_at',
    ]);
    expect(db.prepare('SELECT count(*) FROM chapters').pluck().get()).toBe(0);
    const indexes = db.prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'chapters'").pluck().all();
    expect(indexes).toContain('chapters_episode_start');
  });

  it('fills defaults and ISO timestamps', () => {
    const db = rawDb(30);
    const episodeId = insertEpisode(db, insertShow(db));
    db.prepare('INSERT INTO chapters (episode_id, start_ms) VALUES (?, 0)').run(episodeId);
    const row = db.prepare('SELECT * FROM chapters').get() as Record<string, unknown>;
    expect(row).toMatchObject({ end_ms: null, title_fr: '', title_en: '', url: '', img: '', hidden: 0 });
    expect(row.created_at).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
  });

  it('refuses fractional or negative starts, ends not after the start, a non-flag hidden, a missing episode', () => {
    const db = rawDb(30);
    const episodeId = insertEpisode(db, insertShow(db));
    const insert = (start: unknown, end: unknown = null, hidden: unknown = 0, episode: number = episodeId) => () =>
      db.prepare('INSERT INTO chapters (episode_id, start_ms, end_ms, hidden) VALUES (?, ?, ?, ?)').run(episode, start, end, hidden);
    expect(insert(1.5)).toThrow(/CHECK/);
    expect(insert(-1)).toThrow(/CHECK/);
    expect(insert(1000, 1000)).toThrow(/CHECK/);
    expect(insert(1000, 2000.5)).toThrow(/CHECK/);
    expect(insert(0, null, 2)).toThrow(/CHECK/);
    expect(insert(0, null, 0, 999)).toThrow(/FOREIGN KEY/);
    insert(1000, 2000)();
    // Two chapters at one time are allowed at this level: the editor saves lists still being fixed.
    insert(1000)();
    expect(db.prepare('SELECT count(*) FROM chapters').pluck().get()).toBe(2);
  });

  it('deletes the chapters of a deleted episode, and of every episode of a deleted show', () => {
    const db = rawDb(30);
    const showId = insertShow(db);
    const first = insertEpisode(db, showId);
    const second = insertEpisode(db, showId);
    for (const episodeId of [first, first, second]) db.prepare('INSERT INTO chapters (episode_id, start_ms) VALUES (?, 0)').run(episodeId);
    db.prepare('DELETE FROM episodes WHERE id = ?').run(first);
    expect(db.prepare('SELECT episode_id FROM chapters').pluck().all()).toEqual([second]);
    db.prepare('DELETE FROM shows WHERE id = ?').run(showId);
    expect(db.prepare('SELECT count(*) FROM chapters').pluck().get()).toBe(0);
  });
});
