// Raw SQLite databases migrated up to a chosen version, for the per-migration tests: they look
// at the schema itself (tables, triggers, constraints) rather than through the Library API.

import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach } from 'vitest';
import { applyMigrations, loadMigrations } from '../../../../../../src/main/services/library/migrate.js';
import { MIGRATIONS } from '../../../../../../src/main/services/library/migrations.js';
import { findMigrationsDir } from '../../../../../../src/main/services/library/migrations-dir.js';
import { tempDir } from '../temp-library.js';

const open: Database.Database[] = [];
afterEach(() => {
  for (const db of open.splice(0)) db.close();
});

export function migrationsUpTo(version: number) {
  return loadMigrations(findMigrationsDir(), MIGRATIONS.filter((m) => m.version <= version));
}

export function rawDb(version: number): Database.Database {
  const db = new Database(path.join(tempDir(), 'library.sqlite'));
  open.push(db);
  db.pragma('foreign_keys = ON');
  applyMigrations(db, migrationsUpTo(version));
  return db;
}

export function columnsOf(db: Database.Database, table: string): string[] {
  return db.prepare<[string], { name: string }>('SELECT name FROM pragma_table_info(?)').all(table).map((c) => c.name);
}

export function insertShow(db: Database.Database, slug = 'raccords'): number {
  return Number(db.prepare('INSERT INTO shows (slug, title_fr) VALUES (?, ?)').run(slug, 'Raccords').lastInsertRowid);
}

export function insertEpisode(
  db: Database.Database,
  showId: number,
  fields: { guid?: string; slug?: string; number?: number | null; season?: number | null; title_fr?: string; summary_en?: string } = {},
): number {
  const row = {
    guid: fields.guid ?? `guid-${Math.random()}`,
    slug: fields.slug ?? `ep-${Math.random().toString(36).slice(2)}`,
    number: fields.number ?? null,
    season: fields.season ?? null,
    title_fr: fields.title_fr ?? '',
    summary_en: fields.summary_en ?? '',
  };
  return Number(
    db.prepare(
      `INSERT INTO episodes (show_id, guid, slug, number, season, title_fr, summary_en)
       VALUES (@show_id, @guid, @slug, @number, @season, @title_fr, @summary_en)`,
    ).run({ show_id: showId, ...row }).lastInsertRowid,
  );
}
