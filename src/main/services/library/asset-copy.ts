// Copies a file's bytes into the library's assets/ folder under their SHA-256, so the user's
// original can move or change freely and identical content is stored once; a copy made for a
// record that then fails is removed again (all or nothing).

import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';

export interface AssetCopy {
  path: string;
  size: number;
  mtimeMs: number;
  sha256: string;
}

/** Copies `bytes` as assets/<sha256>.<ext> (kept when already there) and runs `record` with it. */
export async function withAssetCopy<T>(libraryDir: string, bytes: Uint8Array, ext: string, record: (copy: AssetCopy) => T): Promise<T> {
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const target = path.join(libraryDir, 'assets', `${sha256}.${ext}`);
  const created = !existsSync(target);
  if (created) await writeFile(target, bytes, { flag: 'wx' });
  try {
    const info = await stat(target);
    return record({ path: target, size: info.size, mtimeMs: Math.round(info.mtimeMs), sha256 });
  } catch (error) {
    if (created) await rm(target, { force: true });
    throw error;
  }
}
