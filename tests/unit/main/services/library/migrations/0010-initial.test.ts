// 0010-initial: the tables, columns, defaults and constraints the library code relies on.

import { describe, expect, it } from 'vitest';
import { columnsOf, insertEpisode, insertShow, rawDb } from './raw-db.js';

describe('0010-initial', () => {
  it('creates every table with its columns and sets user_version to 10', () => {
    const db = rawDb(10);
    expect(db.pragma('user_version', { simple: true })).toBe(10);
    expect(columnsOf(db, 'shows')).toEqual([
      'id', 'slug', 'title_fr', 'title_en', 'subtitle_fr', 'subtitle_en', 'description_fr', 'description_en',
      'author', 'owner_name', 'owner_email', 'website', 'copyright', 'language_fr', 'language_en', 'categories',
      'explicit', 'base_url', 'artwork_asset_id', 'created_at', 'updated_at',
    ]);
    expect(columnsOf(db, 'episodes')).toEqual([
      'id', 'show_id', 'guid', 'number', 'season', 'type', 'slug', 'spoken', 'title_fr', 'title_en', 'summary_fr',
      'summary_en', 'published_at', 'time_zone', 'explicit', 'status', 'audio_asset_id', 'created_at', 'updated_at',
    ]);
    expect(columnsOf(db, 'assets')).toEqual([
      'id', 'kind', 'path', 'size', 'mtime_ms', 'sha256', 'mime', 'codec', 'container', 'duration_ms',
      'sample_rate', 'channels', 'bitrate', 'vbr', 'tags', 'embedded_chapters', 'created_at',
    ]);
    expect(columnsOf(db, 'persons')).toEqual(['id', 'name', 'img', 'href']);
    expect(columnsOf(db, 'show_persons')).toEqual(['show_id', 'person_id', 'role', 'grp', 'position']);
    expect(columnsOf(db, 'episode_persons')).toEqual(['episode_id', 'person_id', 'role', 'grp', 'position']);
    expect(columnsOf(db, 'settings')).toEqual(['key', 'value']);
  });

  it('fills defaults: feed languages, empty categories, draft full bilingual episode, ISO timestamps', () => {
    const db = rawDb(10);
    const showId = insertShow(db);
    const show = db.prepare('SELECT * FROM shows WHERE id = ?').get(showId) as Record<string, unknown>;
    expect(show).toMatchObject({ language_fr: 'fr-CA', language_en: 'en-CA', categories: '[]', explicit: 0 });
    expect(show.created_at).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    const episode = db.prepare('SELECT * FROM episodes WHERE id = ?').get(insertEpisode(db, showId));
    expect(episode).toMatchObject({ type: 'full', spoken: 'bilingual', status: 'draft', explicit: 0 });
  });

  it('refuses values outside the CHECK lists', () => {
    const db = rawDb(10);
    const showId = insertShow(db);
    const episodeId = insertEpisode(db, showId);
    for (const [column, value] of [['type', 'movie'], ['spoken', 'de'], ['status', 'gone'], ['explicit', 2]] as const) {
      expect(() => db.prepare(`UPDATE episodes SET ${column} = ? WHERE id = ?`).run(value, episodeId)).toThrow(/CHECK/);
    }
    expect(() => db.prepare("UPDATE shows SET categories = '{}' WHERE id = ?").run(showId)).toThrow(/CHECK/);
    expect(() =>
      db.prepare("INSERT INTO assets (kind, path, size, mtime_ms, sha256) VALUES ('video', '/a', 1, 1, 'x')").run(),
    ).toThrow(/CHECK/);
  });

  it('blocks any change of an episode guid with a trigger, but allows other updates', () => {
    const db = rawDb(10);
    const episodeId = insertEpisode(db, insertShow(db), { guid: 'fixed-guid' });
    expect(() => db.prepare("UPDATE episodes SET guid = 'other' WHERE id = ?").run(episodeId)).toThrow(
      /guid is immutable/,
    );
    db.prepare("UPDATE episodes SET guid = 'fixed-guid', title_fr = 'Nouveau' WHERE id = ?").run(episodeId);
    expect(db.prepare('SELECT guid FROM episodes WHERE id = ?').pluck().get(episodeId)).toBe('fixed-guid');
  });

  it('keeps guids unique across the library', () => {
    const db = rawDb(10);
    const showId = insertShow(db);
    insertEpisode(db, showId, { guid: 'g' });
    expect(() => insertEpisode(db, showId, { guid: 'g' })).toThrow(/UNIQUE constraint failed: episodes.guid/);
  });

  it('makes numbers unique per show and season, with no season and season 0 sharing one numbering', () => {
    const db = rawDb(10);
    const showId = insertShow(db);
    const otherShow = insertShow(db, 'autre');
    insertEpisode(db, showId, { number: 1 });
    expect(() => insertEpisode(db, showId, { number: 1 })).toThrow(/episodes_number_unique/);
    expect(() => insertEpisode(db, showId, { number: 1, season: 0 })).toThrow(/episodes_number_unique/);
    insertEpisode(db, showId, { number: 1, season: 2 });
    expect(() => insertEpisode(db, showId, { number: 1, season: 2 })).toThrow(/episodes_number_unique/);
    insertEpisode(db, otherShow, { number: 1 });
    insertEpisode(db, showId, { number: null });
    insertEpisode(db, showId, { number: null });
  });

  it('makes slugs unique per show only', () => {
    const db = rawDb(10);
    const showId = insertShow(db);
    insertEpisode(db, showId, { slug: 'ep-1' });
    expect(() => insertEpisode(db, showId, { slug: 'ep-1' })).toThrow(/episodes.show_id, episodes.slug/);
    insertEpisode(db, insertShow(db, 'autre'), { slug: 'ep-1' });
    expect(() => insertShow(db)).toThrow(/UNIQUE constraint failed: shows.slug/);
  });

  it('cascades a show deletion to episodes and credits, and nulls references to a deleted asset', () => {
    const db = rawDb(10);
    const showId = insertShow(db);
    const episodeId = insertEpisode(db, showId);
    const personId = Number(db.prepare("INSERT INTO persons (name) VALUES ('Ana')").run().lastInsertRowid);
    db.prepare("INSERT INTO episode_persons VALUES (?, ?, 'guest', 'cast', 0)").run(episodeId, personId);
    db.prepare("INSERT INTO show_persons VALUES (?, ?, 'host', 'cast', 0)").run(showId, personId);
    const assetId = Number(
      db.prepare("INSERT INTO assets (kind, path, size, mtime_ms, sha256) VALUES ('audio', '/a.mp3', 1, 1, 'x')")
        .run().lastInsertRowid,
    );
    db.prepare('UPDATE episodes SET audio_asset_id = ? WHERE id = ?').run(assetId, episodeId);
    db.prepare('UPDATE shows SET artwork_asset_id = ? WHERE id = ?').run(assetId, showId);

    db.prepare('DELETE FROM assets WHERE id = ?').run(assetId);
    expect(db.prepare('SELECT audio_asset_id FROM episodes').pluck().get()).toBeNull();
    expect(db.prepare('SELECT artwork_asset_id FROM shows').pluck().get()).toBeNull();

    db.prepare('DELETE FROM shows WHERE id = ?').run(showId);
    expect(db.prepare('SELECT count(*) FROM episodes').pluck().get()).toBe(0);
    expect(db.prepare('SELECT count(*) FROM episode_persons').pluck().get()).toBe(0);
    expect(db.prepare('SELECT count(*) FROM show_persons').pluck().get()).toBe(0);
  });

  it('refuses a person credit outside the Podcast Taxonomy groups and a person name used twice', () => {
    const db = rawDb(10);
    const showId = insertShow(db);
    const personId = Number(db.prepare("INSERT INTO persons (name) VALUES ('Ana')").run().lastInsertRowid);
    expect(() => db.prepare("INSERT INTO show_persons VALUES (?, ?, 'host', 'band', 0)").run(showId, personId)).toThrow(
      /CHECK/,
    );
    expect(() => db.prepare("INSERT INTO persons (name) VALUES ('ANA')").run()).toThrow(/UNIQUE/);
  });
});
