// Opening the library file: a read-only peek at its schema version (so a too-new library is
// refused untouched) and the read-write connection with the pragmas the library relies on.

import fs from 'node:fs';
import Database from 'better-sqlite3';
import { readUserVersion } from './migrate.js';

const HEADER = Buffer.from('SQLite format 3\0', 'latin1');
const USER_VERSION_OFFSET = 60;

/**
 * The file's PRAGMA user_version without writing anything, or null when there is no database yet.
 * With no -wal file beside it the header is authoritative and is read directly, because even a
 * read-only SQLite connection leaves -wal/-shm files behind for a WAL database.
 */
export function peekUserVersion(dbPath: string): number | null {
  if (!fs.existsSync(dbPath)) return null;
  if (!fs.existsSync(`${dbPath}-wal`)) {
    const header = Buffer.alloc(100);
    const fd = fs.openSync(dbPath, 'r');
    try {
      const read = fs.readSync(fd, header, 0, header.length, 0);
      if (read < header.length || !header.subarray(0, HEADER.length).equals(HEADER)) return null;
    } finally {
      fs.closeSync(fd);
    }
    return header.readInt32BE(USER_VERSION_OFFSET);
  }
  const db = new Database(dbPath, { readonly: true, fileMustExist: true, ...(nativeBinding && { nativeBinding }) });
  try {
    return readUserVersion(db);
  } finally {
    db.close();
  }
}

let nativeBinding: string | undefined;

/**
 * The Electron shell loads a better-sqlite3 build made for Electron's ABI (out/native/), while
 * Node (tests, CLI, browser host) keeps the one in node_modules: both live in one checkout.
 */
export function useNativeBinding(file: string | undefined): void {
  nativeBinding = file;
}

/** The binding set by useNativeBinding, for worker threads that open the library themselves. */
export function nativeBindingInUse(): string | undefined {
  return nativeBinding;
}

export function openDatabase(dbPath: string): Database.Database {
  const db = new Database(dbPath, nativeBinding ? { nativeBinding } : {});
  try {
    db.pragma('journal_mode = WAL');
    // NORMAL is durable across app crashes in WAL mode; only a power cut may lose the last commit.
    db.pragma('synchronous = NORMAL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}
