// The result of a peaks pass over one audio file, as computed and as cached: peaks per bin,
// exact length, pauses and loudness. Plain typed arrays, so it travels and stores compactly.

import type { Silence } from '../../../shared/domain/types.js';

/**
 * Bump when the analysis changes what it stores: old cache files are then recomputed.
 * 2: the true-peak meter no longer misses an over just behind a stretch of a few samples; the
 * K-weighting adds its terms in another order (last-bit differences in loudness and pause levels).
 */
export const PEAKS_VERSION = 2;
export const DEFAULT_PER_SECOND = 100;
export const MIN_PER_SECOND = 10;
export const MAX_PER_SECOND = 1000;

export interface PeaksSettings {
  /** Time bins per second (at least 100 for the editor's detail view). */
  perSecond: number;
}

export interface Loudness {
  /** BS.1770-4 integrated loudness; null for silence (no block passes the gates). */
  integratedLufs: number | null;
  truePeakDbtp: number | null;
  samplePeakDbfs: number | null;
}

export interface PeaksData {
  perSecond: number;
  sampleRate: number;
  channels: number;
  /** Exact length in samples (MP3: gapless, as ffmpeg and Chromium play it). */
  samples: number;
  codec: string;
  /** MP3 with a varying bitrate: browsers may seek it inexactly. */
  vbr: boolean;
  /** Mono mix per bin, ±32767 full scale. */
  min: Int16Array;
  max: Int16Array;
  /** Per channel, empty for mono files. */
  channelMin: Int16Array[];
  channelMax: Int16Array[];
  silences: Silence[];
  loudness: Loudness;
}

export function durationSeconds(data: Pick<PeaksData, 'samples' | 'sampleRate'>): number {
  return data.samples / data.sampleRate;
}
