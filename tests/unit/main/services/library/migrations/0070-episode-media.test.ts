// 0070-episode-media: an episode's artwork (one per episode, an image asset with its pixel facts)
// and transcripts (one per language), checked by the schema and going with their episode.

import { describe, expect, it } from 'vitest';
import { applyMigrations } from '../../../../../../src/main/services/library/migrate.js';
import { columnsOf, insertEpisode, insertShow, migrationsUpTo, rawDb } from './raw-db.js';

const sha = 'c'.repeat(64);

function insertImage(db: ReturnType<typeof rawDb>): number {
  return Number(db.prepare("INSERT INTO assets (kind, path, size, mtime_ms, sha256, mime) VALUES ('image', '/a.png', 10, 0, ?, 'image/png')")
    .run(sha).lastInsertRowid);
}

const transcript = (db: ReturnType<typeof rawDb>, episodeId: number, fields: Record<string, unknown> = {}) =>
  db.prepare(`INSERT INTO episode_transcripts (episode_id, lang, path, file_name, format, mime, size, sha256, cues, end_ms)
    VALUES (@episode_id, @lang, @path, @file_name, @format, @mime, @size, @sha256, @cues, @end_ms)`).run({
    episode_id: episodeId, lang: 'fr', path: '/lib/assets/x.vtt', file_name: 'ep1.fr.vtt', format: 'vtt', mime: 'text/vtt',
    size: 120, sha256: sha, cues: 3, end_ms: 9000, ...fields,
  });

describe('0070-episode-media', () => {
  it('brings a version-60 library with episodes to version 70 with the two new tables, empty', () => {
    const db = rawDb(60);
    const episodeId = insertEpisode(db, insertShow(db));
    applyMigrations(db, migrationsUpTo(70));
    expect(db.pragma('user_version', { simple: true })).toBe(70);
    expect(columnsOf(db, 'episode_artwork')).toEqual(['episode_id', 'asset_id', 'width', 'height', 'color_model']);
    expect(columnsOf(db, 'episode_transcripts')).toEqual([
      'episode_id', 'lang', 'path', 'file_name', 'format', 'mime', 'size', 'sha256', 'cues', 'end_ms', 'created_at',
    ]);
    expect(db.prepare('SELECT count(*) FROM episodes WHERE id = ?').pluck().get(episodeId)).toBe(1);
    expect(db.prepare('SELECT count(*) FROM episode_artwork').pluck().get()).toBe(0);
  });

  it('keeps one artwork per episode with positive pixel sizes and a known colour model', () => {
    const db = rawDb(70);
    const episodeId = insertEpisode(db, insertShow(db));
    const assetId = insertImage(db);
    const artwork = db.prepare('INSERT INTO episode_artwork (episode_id, asset_id, width, height, color_model) VALUES (?, ?, ?, ?, ?)');
    expect(() => artwork.run(episodeId, assetId, 0, 1400, 'rgb')).toThrow(/CHECK/);
    expect(() => artwork.run(episodeId, assetId, 1400, 1400, 'hsl')).toThrow(/CHECK/);
    expect(() => artwork.run(episodeId, 999, 1400, 1400, 'rgb')).toThrow(/FOREIGN KEY/);
    artwork.run(episodeId, assetId, 1400, 1400, 'rgb');
    expect(() => artwork.run(episodeId, assetId, 1500, 1500, 'rgb')).toThrow(/UNIQUE|PRIMARY KEY/);
  });

  it('keeps one transcript per language and refuses unknown languages, formats, empty files and bad hashes', () => {
    const db = rawDb(70);
    const episodeId = insertEpisode(db, insertShow(db));
    transcript(db, episodeId);
    transcript(db, episodeId, { lang: 'en', format: 'srt', mime: 'application/x-subrip' });
    expect(() => transcript(db, episodeId)).toThrow(/UNIQUE|PRIMARY KEY/);
    expect(() => transcript(db, episodeId, { lang: 'de' })).toThrow(/CHECK/);
    const other = insertEpisode(db, insertShow(db, 'autre'));
    expect(() => transcript(db, other, { format: 'txt' })).toThrow(/CHECK/);
    expect(() => transcript(db, other, { size: 0 })).toThrow(/CHECK/);
    expect(() => transcript(db, other, { cues: 0 })).toThrow(/CHECK/);
    expect(() => transcript(db, other, { sha256: 'short' })).toThrow(/CHECK/);
    expect(db.prepare('SELECT lang FROM episode_transcripts ORDER BY lang').pluck().all()).toEqual(['en', 'fr']);
  });

  it('deletes an episode’s artwork row and transcripts with it, and leaves the image asset', () => {
    const db = rawDb(70);
    const episodeId = insertEpisode(db, insertShow(db));
    const assetId = insertImage(db);
    db.prepare("INSERT INTO episode_artwork (episode_id, asset_id, width, height, color_model) VALUES (?, ?, 1400, 1400, 'rgb')").run(episodeId, assetId);
    transcript(db, episodeId);
    db.prepare('DELETE FROM episodes WHERE id = ?').run(episodeId);
    expect(db.prepare('SELECT count(*) FROM episode_artwork').pluck().get()).toBe(0);
    expect(db.prepare('SELECT count(*) FROM episode_transcripts').pluck().get()).toBe(0);
    expect(db.prepare('SELECT count(*) FROM assets WHERE id = ?').pluck().get(assetId)).toBe(1);
  });
});
