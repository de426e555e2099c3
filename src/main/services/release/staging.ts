// Where a release is built and how it arrives: a hidden staging folder beside the final one (same
// file system, so the last step is one rename), a `<date>-<n>` name never used before, and a
// move that refuses to replace anything that is already there.

import { mkdir, mkdtemp, readdir, rename, rm, rmdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { AppError } from '../../../shared/api/errors.js';
import type { Library } from '../library/library.js';

export const STAGING_PREFIX = '.balado-staging-';

/** `2026-03-04-3`: the release clock's local date and the first number neither the library nor the folder has. */
export async function nextReleaseKey(library: Library, parent: string, now: Date): Promise<string> {
  // The producer's calendar day (this machine's time zone), as the Release tab's history shows it:
  // an evening export in Montréal must not be named after tomorrow's UTC date.
  const pad = (n: number) => String(n).padStart(2, '0');
  const date = `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
  const taken = new Set(library.releases.keysStartingWith(`${date}-`));
  try {
    for (const name of await readdir(parent)) taken.add(name.replace(/\.zip$/, ''));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  let n = 1;
  while (taken.has(`${date}-${n}`)) n += 1;
  return `${date}-${n}`;
}

export async function makeStaging(parent: string): Promise<string> {
  await mkdir(parent, { recursive: true });
  return mkdtemp(path.join(parent, STAGING_PREFIX));
}

async function exists(p: string): Promise<boolean> {
  try {
    await stat(p);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
    throw error;
  }
}

/**
 * Renames `from` to `to`. An existing empty folder may be replaced (a freshly made --out DIR);
 * anything else already at `to` is refused with release_exists and left as it was.
 */
export async function moveIntoPlace(from: string, to: string): Promise<void> {
  if (await exists(to)) {
    const info = await stat(to);
    if (!info.isDirectory() || (await readdir(to)).length > 0) throw new AppError('release_exists', { path: to });
    await rmdir(to);
  }
  try {
    await rename(from, to);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    // Someone made `to` between the check and the rename: still never overwritten.
    if (code === 'ENOTEMPTY' || code === 'EEXIST' || code === 'EISDIR' || code === 'ENOTDIR') {
      throw new AppError('release_exists', { path: to });
    }
    throw error;
  }
}

/** Moves a single file, refusing to replace one (link + unlink would race less, but not on every FS). */
export async function moveFileIntoPlace(from: string, to: string): Promise<void> {
  if (await exists(to)) throw new AppError('release_exists', { path: to });
  await rename(from, to);
}

export async function removeQuietly(p: string | null): Promise<void> {
  if (p) await rm(p, { recursive: true, force: true }).catch(() => undefined);
}
