// The read-only half of an import or a relink: stat, hash, probe, with progress by phase. Nothing
// here writes anywhere, so whatever fails leaves the library exactly as it was.

import path from 'node:path';
import { AppError } from '../../../shared/api/errors.js';
import type { ImportProgress } from '../../../shared/domain/types.js';
import { hashFile } from './hash-file.js';
import { probeAudio, type AudioProbe } from './probe-audio.js';
import { statFile } from './stat-file.js';

export type ProgressReport = Omit<ImportProgress, 'jobId'>;

export interface ReadOptions {
  /** Hashing reports bytes as it goes; the later phases have no byte count and report the whole file. */
  onProgress?: (progress: ProgressReport) => void;
  signal?: AbortSignal;
}

export interface AudioFileFacts {
  path: string;
  size: number;
  mtimeMs: number;
  sha256: string;
  probe: AudioProbe;
}

export async function readAudioFile(file: string, options: ReadOptions = {}): Promise<AudioFileFacts> {
  const { onProgress, signal } = options;
  const absolute = path.resolve(file);
  const before = await statFile(absolute);
  const { sha256, size } = await hashFile(absolute, {
    signal,
    onProgress: (p) => onProgress?.({ phase: 'hashing', ...p }),
  });
  if (signal?.aborted) throw new AppError('cancelled');
  onProgress?.({ phase: 'probing', bytesDone: size, bytesTotal: size });
  const probe = await probeAudio(absolute, { signal });
  // Hash and probe must describe the same bytes: a file still being written or copied is refused.
  const after = await statFile(absolute);
  if (after.size !== before.size || after.size !== size) throw changedWhileRead(absolute, 'size');
  if (after.mtimeMs !== before.mtimeMs) throw changedWhileRead(absolute, 'mtime');
  return { path: absolute, size, mtimeMs: after.mtimeMs, sha256, probe };
}

// The catalog's file_changed sentence speaks of a change since import; this one happened during it.
function changedWhileRead(file: string, reason: 'size' | 'mtime'): AppError {
  return new AppError('file_changed', { path: file, reason }, {
    fr: `Le fichier a changé pendant sa lecture (${reason}) : ${file}. Attendez la fin de la copie ou de l'enregistrement, puis réessayez.`,
    en: `The file changed while it was being read (${reason}): ${file}. Wait until it is fully copied or saved, then try again.`,
  });
}
