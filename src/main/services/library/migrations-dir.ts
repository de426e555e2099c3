// Finds the db/ folder of SQL migrations at run time, from wherever this module was loaded:
// src/ under tsx, or a bundle in out/electron/ (both sit below the folder that holds db/).

import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { findUp } from '../find-up.js';

const MARKER = path.join('db', '0010-initial.sql');

/** Walks up from `start` (default: this module's folder) to the first folder holding db/0010-initial.sql. */
export function findMigrationsDir(start: string = path.dirname(fileURLToPath(import.meta.url))): string {
  try {
    return path.dirname(findUp(MARKER, start));
  } catch {
    throw new Error(`No db/ folder with 0010-initial.sql above ${start}; pass options.migrationsDir`);
  }
}
