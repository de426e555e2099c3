// Applies every pending migration in one transaction and records the version in PRAGMA
// user_version; a library written by a newer app is refused before anything is written.

import fs from 'node:fs';
import path from 'node:path';
import type { Database } from 'better-sqlite3';
import { AppError } from '../../../shared/api/errors.js';
import { MIGRATIONS, type MigrationEntry } from './migrations.js';

export interface Migration extends MigrationEntry {
  sql: string;
}

/** Reads the listed files from `dir`; the list must be in increasing order, file names matching. */
export function loadMigrations(dir: string, entries: readonly MigrationEntry[] = MIGRATIONS): Migration[] {
  let previous = 0;
  return entries.map((entry) => {
    const prefix = `${String(entry.version).padStart(4, '0')}-`;
    if (!Number.isInteger(entry.version) || entry.version <= previous || !entry.file.startsWith(prefix)) {
      throw new Error(`Migration list out of order or misnamed at ${entry.file} (version ${entry.version})`);
    }
    previous = entry.version;
    return { ...entry, sql: fs.readFileSync(path.join(dir, entry.file), 'utf8') };
  });
}

export function readUserVersion(db: Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/** Returns the schema version after applying what was pending (all of it, or nothing). */
export function applyMigrations(db: Database, migrations: readonly Migration[]): number {
  const supported = migrations.at(-1)?.version ?? 0;
  const current = readUserVersion(db);
  if (current > supported) throw new AppError('library_too_new', { found: current, supported });
  if (current === supported) return current;

  const run = db.transaction(() => {
    // Read again under the write lock: another process may have migrated since the first read.
    const found = readUserVersion(db);
    if (found > supported) throw new AppError('library_too_new', { found, supported });
    for (const migration of migrations.filter((m) => m.version > found)) {
      try {
        db.exec(migration.sql);
      } catch (error) {
        throw new Error(`Migration ${migration.file} failed: ${(error as Error).message}`, { cause: error });
      }
    }
    // PRAGMA takes no bound parameters; `supported` is an integer from the hand-written list.
    db.pragma(`user_version = ${Math.trunc(supported)}`);
    return supported;
  });
  return run.immediate();
}
