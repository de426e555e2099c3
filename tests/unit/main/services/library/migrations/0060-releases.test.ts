// 0060-releases: release settings and feed guids on shows (a guid set once never changes), remote
// media on assets, and the release tables (files, episode versions) going with their show.

import { describe, expect, it } from 'vitest';
import { applyMigrations } from '../../../../../../src/main/services/library/migrate.js';
import { columnsOf, insertEpisode, insertShow, migrationsUpTo, rawDb } from './raw-db.js';

const sha = 'a'.repeat(64);

describe('0060-releases', () => {
  it('brings a version-30 library with shows and assets to version 60 with defaults filled', () => {
    const db = rawDb(30);
    const showId = insertShow(db);
    db.prepare("INSERT INTO assets (kind, path, size, mtime_ms, sha256) VALUES ('audio', '/a.mp3', 1, 0, ?)").run(sha);
    applyMigrations(db, migrationsUpTo(60));
    expect(db.pragma('user_version', { simple: true })).toBe(60);
    expect(db.prepare('SELECT itunes_type, description_timestamps, feed_label_fr, feed_label_en, feed_locked, podcast_guid_fr, guid_feed FROM shows WHERE id = ?').get(showId))
      .toEqual({ itunes_type: 'episodic', description_timestamps: 0, feed_label_fr: '(en anglais)', feed_label_en: '(in French)', feed_locked: 1, podcast_guid_fr: null, guid_feed: 'fr' });
    expect(db.prepare('SELECT remote_url FROM assets').pluck().get()).toBe('');
    expect(columnsOf(db, 'releases')).toEqual([
      'id', 'show_id', 'key', 'folder', 'zip_path', 'released_at', 'app_version', 'feed_url_fr', 'feed_url_en', 'errors', 'warnings', 'infos',
      'findings', 'created_at',
    ]);
    expect(columnsOf(db, 'release_files')).toEqual(['release_id', 'path', 'size', 'sha256']);
    expect(columnsOf(db, 'release_episodes')).toEqual([
      'release_id', 'episode_id', 'slug', 'title_fr', 'title_en', 'guid_fr', 'guid_en', 'version', 'metadata_hash', 'notes_hash',
      'chapters_hash', 'audio_sha256',
    ]);
  });

  it('sets a podcast guid once: filling it is allowed, changing or clearing it is refused', () => {
    const db = rawDb(60);
    const showId = insertShow(db);
    db.prepare("UPDATE shows SET podcast_guid_fr = 'g-fr' WHERE id = ?").run(showId);
    expect(() => db.prepare("UPDATE shows SET podcast_guid_fr = 'other' WHERE id = ?").run(showId)).toThrow(/set once/);
    expect(() => db.prepare('UPDATE shows SET podcast_guid_fr = NULL WHERE id = ?').run(showId)).toThrow(/set once/);
    db.prepare("UPDATE shows SET podcast_guid_en = 'g-en', title_fr = 'Autre' WHERE id = ?").run(showId);
    expect(db.prepare('SELECT podcast_guid_fr, podcast_guid_en FROM shows').get()).toEqual({ podcast_guid_fr: 'g-fr', podcast_guid_en: 'g-en' });
  });

  it('refuses bad settings, keys and hashes', () => {
    const db = rawDb(60);
    const showId = insertShow(db);
    expect(() => db.prepare("UPDATE shows SET itunes_type = 'weekly'").run()).toThrow(/CHECK/);
    expect(() => db.prepare("UPDATE shows SET guid_feed = 'de'").run()).toThrow(/CHECK/);
    const release = (key: string) => db.prepare("INSERT INTO releases (show_id, key, folder, released_at, app_version) VALUES (?, ?, '/r', 'now', '0.1.0')").run(showId, key);
    expect(() => release('latest')).toThrow(/CHECK/);
    release('2026-03-05-1');
    expect(() => release('2026-03-05-1')).toThrow(/UNIQUE/);
    expect(() => db.prepare("INSERT INTO release_files VALUES (1, 'a', 1, 'short')").run()).toThrow(/CHECK/);
    expect(() => db.prepare("UPDATE releases SET findings = '{}'").run()).toThrow(/CHECK/);
  });

  it('deletes a show’s releases with it, and keeps released episodes after their episode is deleted', () => {
    const db = rawDb(60);
    const showId = insertShow(db);
    const episodeId = insertEpisode(db, showId);
    const id = Number(db.prepare("INSERT INTO releases (show_id, key, folder, released_at, app_version) VALUES (?, '2026-03-05-1', '/r', 'now', '0.1.0')").run(showId).lastInsertRowid);
    db.prepare("INSERT INTO release_files VALUES (?, 'feed.fr.xml', 10, ?)").run(id, sha);
    db.prepare(`INSERT INTO release_episodes (release_id, episode_id, slug, guid_fr, guid_en, version, metadata_hash, notes_hash, chapters_hash, audio_sha256)
      VALUES (?, ?, 'ep-1', 'g', 'h', 'v', 'm', 'n', 'c', 'a')`).run(id, episodeId);
    db.prepare('DELETE FROM episodes WHERE id = ?').run(episodeId);
    expect(db.prepare('SELECT count(*) FROM release_episodes').pluck().get()).toBe(1);
    db.prepare('DELETE FROM shows WHERE id = ?').run(showId);
    for (const table of ['releases', 'release_files', 'release_episodes']) expect(db.prepare(`SELECT count(*) FROM ${table}`).pluck().get()).toBe(0);
  });
});
