// Copies the open library to a new file with SQLite's online backup (consistent even while the
// app writes, WAL included). Never overwrites: the copy lands under a temporary name first.

import fs from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import type { Database } from 'better-sqlite3';
import { invalid } from '../../../shared/api/errors.js';

function refuseExisting(outFile: string): never {
  throw invalid('outFile', `file already exists: ${outFile}`, `le fichier existe déjà : ${outFile}`);
}

/** `balado-2026-03-05-1430.sqlite`: the local time, to the minute, so backups sort by date. */
export function backupFileName(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `balado-${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}-${pad(now.getHours())}${pad(now.getMinutes())}.sqlite`;
}

export async function backupTo(db: Database, outFile: string): Promise<void> {
  const target = path.resolve(outFile);
  if (fs.existsSync(target)) refuseExisting(target);
  fs.mkdirSync(path.dirname(target), { recursive: true });
  const temp = `${target}.${randomBytes(6).toString('hex')}.partial`;
  try {
    await db.backup(temp);
    publish(temp, target);
  } finally {
    fs.rmSync(temp, { force: true });
  }
}

/**
 * Gives `temp` its final name without clobbering a file that appeared meanwhile: a hard link
 * fails if the target exists; where links are unsupported, fall back to check-then-rename.
 */
function publish(temp: string, target: string): void {
  try {
    fs.linkSync(temp, target);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') refuseExisting(target);
    if (fs.existsSync(target)) refuseExisting(target);
    fs.renameSync(temp, target);
  }
}
