// Is an asset's file still the one that was imported? And relinking, when the user points at
// the moved or re-exported file. Size is checked first (free), the hash only when mtime moved.

import type { Asset, AssetIntegrity, Episode } from '../../../shared/domain/types.js';
import type { Library } from '../library/library.js';
import { hashFile } from './hash-file.js';
import { importAudio } from './import-audio.js';
import { readAudioFile, type ReadOptions } from './read-audio-file.js';
import { statFile } from './stat-file.js';

/**
 * `ok` may carry `touchedMtimeMs`: the file was touched (mtime moved) but its bytes are the same,
 * so the caller can record the new mtime and skip the re-hash next time.
 */
export type AssetCheck = Exclude<AssetIntegrity, { state: 'ok' }> | { state: 'ok'; touchedMtimeMs?: number };

export interface CheckOptions {
  signal?: AbortSignal;
  /** Report a moved mtime as changed 'mtime' instead of re-hashing (for checking many files fast). */
  quick?: boolean;
}

// Copy tools and some file systems round times to the millisecond; below that, the time is the same.
const sameTime = (a: number, b: number) => Math.abs(a - b) < 1;

export async function checkAssetFile(
  asset: Pick<Asset, 'path' | 'size' | 'mtimeMs' | 'sha256'>, options: CheckOptions = {},
): Promise<AssetCheck> {
  let info;
  try {
    info = await statFile(asset.path);
  } catch (error) {
    if ((error as { code?: string }).code === 'file_missing') return { state: 'missing', path: asset.path };
    throw error;
  }
  if (!info.isFile()) return { state: 'missing', path: asset.path };
  if (info.size !== asset.size) return { state: 'changed', path: asset.path, reason: 'size' };
  if (sameTime(info.mtimeMs, asset.mtimeMs)) return { state: 'ok' };
  if (options.quick) return { state: 'changed', path: asset.path, reason: 'mtime' };
  const { sha256 } = await hashFile(asset.path, { signal: options.signal });
  return sha256 === asset.sha256
    ? { state: 'ok', touchedMtimeMs: info.mtimeMs }
    : { state: 'changed', path: asset.path, reason: 'hash' };
}

/** Checks an episode's audio and records a touched-but-identical file's new mtime. */
export async function checkEpisodeAudio(library: Library, episodeId: number, options: CheckOptions = {}): Promise<AssetIntegrity> {
  const asset = library.episodes.get(episodeId).audio;
  if (!asset) return { state: 'ok' };
  const check = await checkAssetFile(asset, options);
  if (check.state !== 'ok') return check;
  if (check.touchedMtimeMs !== undefined) {
    library.assets.updateFile(asset.id, { path: asset.path, size: asset.size, mtimeMs: check.touchedMtimeMs, sha256: asset.sha256 });
  }
  return { state: 'ok' };
}

export interface RelinkOptions extends ReadOptions {
  episodeId: number;
  path: string;
}

/**
 * Points an episode's audio at `path`. Same bytes: only the location is updated. Other bytes:
 * the asset takes the new file and its probe (a new version of the audio). Not audio: an error,
 * and nothing changes. An episode without audio simply imports the file.
 */
export async function relinkAudio(library: Library, options: RelinkOptions): Promise<Episode> {
  const episode = library.episodes.get(options.episodeId);
  if (!episode.audio) return importAudio(library, { ...options, showId: episode.showId });
  const assetId = episode.audio.id;
  const facts = await readAudioFile(options.path, options);
  options.onProgress?.({ phase: 'saving', bytesDone: facts.size, bytesTotal: facts.size });
  const relinked = library.transaction(() => {
    const current = library.assets.get(assetId);
    library.assets.updateFile(assetId, { path: facts.path, size: facts.size, mtimeMs: facts.mtimeMs, sha256: facts.sha256 });
    if (facts.sha256 !== current.sha256) library.assets.updateProbe(assetId, facts.probe);
    return library.episodes.get(options.episodeId);
  });
  options.onProgress?.({ phase: 'done', bytesDone: facts.size, bytesTotal: facts.size });
  return relinked;
}
