// The migration runner: all pending migrations in one transaction, the version in user_version,
// and a library from a newer app refused without a single byte changed.

import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { Library } from '../../../../../src/main/services/library/library.js';
import { applyMigrations, loadMigrations } from '../../../../../src/main/services/library/migrate.js';
import { LATEST_VERSION, MIGRATIONS } from '../../../../../src/main/services/library/migrations.js';
import { findMigrationsDir } from '../../../../../src/main/services/library/migrations-dir.js';
import { tempDir, thrown } from './temp-library.js';

const realDir = findMigrationsDir();

/** A migrations folder with the real files up to `keep`, the later ones replaced by `broken`. */
function migrationsDirWithBroken(keep: number, broken: string): string {
  const dir = tempDir('balado-migrations-');
  for (const m of MIGRATIONS) {
    const sql = m.version <= keep ? fs.readFileSync(path.join(realDir, m.file), 'utf8') : broken;
    fs.writeFileSync(path.join(dir, m.file), sql);
  }
  return dir;
}

function schemaOf(dbPath: string): { version: number; objects: unknown[] } {
  const db = new Database(dbPath, { readonly: true });
  try {
    return {
      version: db.pragma('user_version', { simple: true }) as number,
      objects: db.prepare('SELECT type, name, sql FROM sqlite_master ORDER BY type, name').all(),
    };
  } finally {
    db.close();
  }
}

const sha256 = (file: string) => crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');

describe('migrations', () => {
  it('lists migrations in increasing order, on multiples of 10, matching their file names', () => {
    const versions = MIGRATIONS.map((m) => m.version);
    // A number may stay unused (reserved for work that did not need it); order and the grid may not break.
    expect(versions).toEqual([...versions].sort((a, b) => a - b));
    expect(new Set(versions).size).toBe(versions.length);
    for (const m of MIGRATIONS) {
      expect(m.version % 10).toBe(0);
      expect(m.file.startsWith(String(m.version).padStart(4, '0'))).toBe(true);
    }
    expect(LATEST_VERSION).toBe(MIGRATIONS.at(-1)?.version);
    for (const m of MIGRATIONS) expect(fs.existsSync(path.join(realDir, m.file))).toBe(true);
  });

  it('brings a fresh library to the latest version, and reopening applies nothing', () => {
    const dir = tempDir();
    const library = Library.open(dir);
    expect(library.schemaVersion()).toBe(LATEST_VERSION);
    library.close();
    const before = schemaOf(path.join(dir, 'library.sqlite'));
    Library.open(dir).close();
    expect(schemaOf(path.join(dir, 'library.sqlite'))).toEqual(before);
  });

  it('applies all pending migrations in one transaction: a failure leaves a fresh file empty', () => {
    const dir = tempDir();
    const migrationsDir = migrationsDirWithBroken(10, 'CREATE TABLE half_done (x); SELECT * FROM no_such_table;');
    expect(() => Library.open(dir, { migrationsDir })).toThrow(/0020-search.sql failed/);
    expect(schemaOf(path.join(dir, 'library.sqlite'))).toEqual({ version: 0, objects: [] });
  });

  it('leaves an existing library at its version and schema when a later migration fails', () => {
    const dir = tempDir();
    const dbPath = path.join(dir, 'library.sqlite');
    const db = new Database(dbPath);
    applyMigrations(db, loadMigrations(realDir, MIGRATIONS.slice(0, 1)));
    db.close();
    const before = schemaOf(dbPath);
    expect(before.version).toBe(10);

    const migrationsDir = migrationsDirWithBroken(10, 'ALTER TABLE shows ADD COLUMN extra TEXT; NOT SQL AT ALL;');
    expect(() => Library.open(dir, { migrationsDir })).toThrow(/failed/);
    expect(schemaOf(dbPath)).toEqual(before);
  });

  it('refuses a library written by a newer app and leaves the file byte-identical', () => {
    const dir = tempDir();
    Library.open(dir).close();
    const dbPath = path.join(dir, 'library.sqlite');
    const db = new Database(dbPath);
    db.pragma(`user_version = ${LATEST_VERSION + 10}`);
    db.close();
    const hash = sha256(dbPath);
    const files = fs.readdirSync(dir).sort();

    const error = thrown(() => Library.open(dir));
    expect(error.code).toBe('library_too_new');
    expect(error.details).toEqual({ found: LATEST_VERSION + 10, supported: LATEST_VERSION });
    expect(sha256(dbPath)).toBe(hash);
    expect(fs.readdirSync(dir).sort()).toEqual(files);
  });

  it('refuses a too-new library even when its WAL is still beside it', () => {
    const dir = tempDir();
    Library.open(dir).close();
    const dbPath = path.join(dir, 'library.sqlite');
    const writer = new Database(dbPath);
    writer.pragma('journal_mode = WAL');
    writer.pragma('wal_autocheckpoint = 0');
    writer.pragma(`user_version = ${LATEST_VERSION + 10}`);
    // Kept open: the new version sits in the -wal file only, the main file still says LATEST.
    try {
      expect(fs.existsSync(`${dbPath}-wal`)).toBe(true);
      const hash = sha256(dbPath);
      expect(thrown(() => Library.open(dir)).code).toBe('library_too_new');
      expect(sha256(dbPath)).toBe(hash);
    } finally {
      writer.close();
    }
  });

  it('answers library_locked when another program holds the write lock past the busy timeout', () => {
    const dir = tempDir();
    const dbPath = path.join(dir, 'library.sqlite');
    const other = new Database(dbPath);
    other.pragma('journal_mode = WAL');
    applyMigrations(other, loadMigrations(realDir, MIGRATIONS.slice(0, 1)));
    other.exec('BEGIN IMMEDIATE');
    try {
      const error = thrown(() => Library.open(dir));
      expect(error.code).toBe('library_locked');
      expect(error.details).toEqual({ path: dir });
    } finally {
      other.exec('ROLLBACK');
      other.close();
    }
    const library = Library.open(dir);
    expect(library.schemaVersion()).toBe(LATEST_VERSION);
    library.close();
  });

  it('refuses a migration list that is out of order or misnamed', () => {
    expect(() => loadMigrations(realDir, [...MIGRATIONS].reverse())).toThrow(/out of order/);
    expect(() => loadMigrations(realDir, [{ version: 10, file: '0020-search.sql' }])).toThrow(/misnamed/);
  });
});
