// Peaks cached per audio asset under <library>/cache/peaks/, named by the asset's sha256 and the
// settings that shaped them, so a changed setting or a new analysis version never reads stale
// peaks. Written atomically: a crash leaves either the old file or none, never half of one.

import { randomBytes } from 'node:crypto';
import { mkdir, open, readFile, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { decodePeaks, encodePeakParts } from './peaks-file.js';
import { PEAKS_VERSION, type PeaksData, type PeaksSettings } from './peaks-data.js';

export function peaksCacheDir(libraryDir: string): string {
  return path.join(libraryDir, 'cache', 'peaks');
}

export function peaksCacheFile(libraryDir: string, sha256: string, settings: PeaksSettings): string {
  if (!/^[0-9a-f]{64}$/.test(sha256)) throw new Error(`not a sha256: ${sha256}`);
  return path.join(peaksCacheDir(libraryDir), `${sha256}-${settings.perSecond}ps-v${PEAKS_VERSION}.bpk`);
}

/** The cached peaks, or null when absent, unreadable or made for other audio. */
export async function readPeaksFile(file: string, sha256?: string): Promise<PeaksData | null> {
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
  const decoded = decodePeaks(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  if (!decoded || (sha256 && decoded.sha256 !== sha256)) return null;
  return decoded.data;
}

/** Writes next to the target, then renames over it (atomic on one file system). */
export async function writePeaksFile(file: string, data: PeaksData, sha256 = ''): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  const temp = `${file}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`;
  try {
    const handle = await open(temp, 'w');
    try {
      // writeFile on a handle writes at the current position and loops over short writes.
      for (const part of encodePeakParts(data, sha256)) await handle.writeFile(part);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, file);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}
