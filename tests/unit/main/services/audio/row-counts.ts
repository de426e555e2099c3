// Counts rows straight from a library's SQLite file (a second, read-only connection), so the
// "nothing was written" tests do not depend on the Library API they are checking.

import path from 'node:path';
import Database from 'better-sqlite3';
import type { Library } from '../../../../../src/main/services/library/library.js';

export interface RowCounts {
  assets: number;
  episodes: number;
  shows: number;
}

export function rowCounts(library: Library): RowCounts {
  const db = new Database(path.join(library.dir, 'library.sqlite'), { readonly: true, fileMustExist: true });
  try {
    const count = (table: string) => (db.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get() as { n: number }).n;
    return { assets: count('assets'), episodes: count('episodes'), shows: count('shows') };
  } finally {
    db.close();
  }
}
