// Streaming SHA-256 of a file (hour-long WAVs are gigabytes: never read whole), with throttled
// progress and cancellation. Opens the file read-only.

import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { AppError } from '../../../shared/api/errors.js';
import { statFile } from './stat-file.js';

export interface HashProgress {
  bytesDone: number;
  bytesTotal: number;
}

export interface HashOptions {
  onProgress?: (progress: HashProgress) => void;
  signal?: AbortSignal;
  /** Least time between two progress reports; the first (0) and last (bytesTotal) always go out. */
  intervalMs?: number;
}

const CHUNK = 4 * 1024 * 1024;

export async function hashFile(file: string, options: HashOptions = {}): Promise<{ sha256: string; size: number }> {
  const { onProgress, signal, intervalMs = 100 } = options;
  if (signal?.aborted) throw new AppError('cancelled');
  const bytesTotal = (await statFile(file)).size;
  const hash = createHash('sha256');
  let bytesDone = 0;
  let lastReport = Date.now();
  onProgress?.({ bytesDone, bytesTotal });
  try {
    for await (const chunk of createReadStream(file, { flags: 'r', highWaterMark: CHUNK, signal })) {
      hash.update(chunk as Buffer);
      bytesDone += (chunk as Buffer).length;
      const now = Date.now();
      if (onProgress && now - lastReport >= intervalMs && bytesDone < bytesTotal) {
        lastReport = now;
        onProgress({ bytesDone, bytesTotal });
      }
    }
  } catch (error) {
    if (signal?.aborted) throw new AppError('cancelled');
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new AppError('file_missing', { path: file });
    throw error;
  }
  // The file may have grown or shrunk while being read: report what was actually hashed.
  onProgress?.({ bytesDone, bytesTotal: bytesDone });
  return { sha256: hash.digest('hex'), size: bytesDone };
}
