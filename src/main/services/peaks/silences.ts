// Pauses, measured against the episode's own level rather than a fixed threshold: a bin is quiet
// when its K-weighted energy (so DC offset and rumble do not count as sound) sits well below the
// median of the bins that carry sound. Quiet runs of at least 1.5 s become suggested chapter
// boundaries and snap points.

import type { Silence } from '../../../shared/domain/types.js';
import { levelDb, type BinGrid } from './bin-grid.js';

export interface SilenceOptions {
  /** Shortest pause reported, in ms. */
  minMs?: number;
  /** How far below the median active level a bin must be to count as quiet, in dB. */
  belowMedianDb?: number;
  /** Louder blips shorter than this (clicks, a breath's edge) do not break a pause, in ms. */
  bridgeMs?: number;
}

/** Bins below this carry no sound at all (dBFS); they never set the reference level. */
const FLOOR_DB = -70;

/** `levels`: one levelByte per bin (K-weighted mean square, channels summed). */
export function findSilences(levels: Uint8Array, grid: BinGrid, samples: number, options: SilenceOptions = {}): Silence[] {
  const { minMs = 1500, belowMedianDb = 30, bridgeMs = 60 } = options;
  const count = Math.min(levels.length, grid.countFor(samples));
  const level = new Float32Array(count);
  for (let b = 0; b < count; b++) level[b] = levelDb(levels[b] as number);
  const reference = medianAbove(level, FLOOR_DB) ?? FLOOR_DB;
  const threshold = Math.max(FLOOR_DB, reference - belowMedianDb);

  const msOf = (bin: number) => (Math.min(samples, grid.startOf(bin)) * 1000) / grid.sampleRate;
  const bridgeBins = Math.round((bridgeMs * grid.perSecond) / 1000);
  const runs: { from: number; to: number }[] = [];
  for (let b = 0; b < count;) {
    if (!((level[b] as number) < threshold)) {
      b++;
      continue;
    }
    let end = b;
    while (end < count && (level[end] as number) < threshold) end++;
    const last = runs.at(-1);
    if (last && b - last.to <= bridgeBins) last.to = end;
    else runs.push({ from: b, to: end });
    b = end;
  }
  return runs
    .map((r) => ({ startMs: Math.round(msOf(r.from)), endMs: Math.round(msOf(r.to)) }))
    .filter((s) => s.endMs - s.startMs >= minMs);
}

// A typed copy sorted in place: filter() or Array.from() would box a million levels (tens of MB).
function medianAbove(values: Float32Array, floor: number): number | null {
  let count = 0;
  for (const v of values) if (v > floor) count++;
  if (count === 0) return null;
  const kept = new Float32Array(count);
  let k = 0;
  for (const v of values) if (v > floor) kept[k++] = v;
  return kept.sort()[Math.floor(count / 2)] as number;
}
