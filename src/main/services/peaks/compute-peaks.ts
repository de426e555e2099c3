// Computes a file's peaks, pauses and loudness off the calling thread: plans the parts, runs one
// worker per part (peaks-job.ts), and refuses a file that ends before its announced length.

import path from 'node:path';
import { AppError } from '../../../shared/api/errors.js';
import { audioUnreadable } from '../audio/audio-errors.js';
import { DEFAULT_PER_SECOND, type PeaksData } from './peaks-data.js';
import { PeaksJob } from './peaks-job.js';
import { planPeaks, type PeaksPlan } from './plan-peaks.js';

export interface PeaksProgressReport {
  phase: 'overview' | 'refining' | 'done';
  fraction: number;
  /** Mono mix of the whole file so far, `overviewPoints` bins as floats in [-1, 1]. */
  overview: { min: Float32Array; max: Float32Array } | null;
}

export interface ComputeOptions {
  perSecond?: number;
  signal?: AbortSignal;
  onProgress?: (progress: PeaksProgressReport) => void;
  /** Least time between two 'refining' reports (default 200 ms). */
  progressEveryMs?: number;
  /** Parts decoded in parallel for MP3 and WAV (default 2: both cores). */
  parts?: number;
  /** Bins of the coarse overview and of the overview in progress reports (default 1000). */
  overviewPoints?: number;
  /** ffmpeg executable for AAC/M4A (default $BALADO_FFMPEG, else "ffmpeg" on PATH). */
  ffmpeg?: string;
}

export async function computePeaks(file: string, options: ComputeOptions = {}): Promise<PeaksData> {
  const { signal } = options;
  const perSecond = options.perSecond ?? DEFAULT_PER_SECOND;
  const overviewPoints = options.overviewPoints ?? 1000;
  if (signal?.aborted) throw new AppError('cancelled');
  const plan = await planPeaks(file, {
    perSecond,
    parts: options.parts ?? 2,
    overviewPoints,
    ffmpeg: options.ffmpeg ?? process.env.BALADO_FFMPEG ?? 'ffmpeg',
  });
  if (signal?.aborted) throw new AppError('cancelled');
  const job = new PeaksJob(plan, { perSecond, overviewPoints, progressEveryMs: options.progressEveryMs ?? 200, onProgress: options.onProgress });
  const result = await job.run(signal);
  checkComplete(file, plan, result.samples);
  job.reportDone();
  return result;
}

// Like the import, a file that stops well before the length its header announces is refused.
function checkComplete(file: string, plan: PeaksPlan, samples: number): void {
  if (plan.exactSamples === null || samples >= plan.exactSamples - 2 * plan.samplesPerFrame) return;
  const s = (n: number, locale: string) => (n / (plan.sampleRate ?? 1)).toLocaleString(locale, { maximumFractionDigits: 1 });
  throw audioUnreadable(path.basename(file), {
    en: `the file is cut short: its header announces ${s(plan.exactSamples, 'en-CA')} s of audio but only ${s(samples, 'en-CA')} s are present`,
    fr: `le fichier est tronqué : son en-tête annonce ${s(plan.exactSamples, 'fr-CA')} s de son, mais seules ${s(samples, 'fr-CA')} s sont présentes`,
  });
}
