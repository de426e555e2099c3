// The coordinator's copy of every bin of the file, filled by the parts' batches as they arrive.
// Bins two parts share (at a split) are merged; the store grows when the length was estimated.

import type { BinBatch } from './bin-batches.js';
import { FULL_SCALE } from './bin-grid.js';

export class BinStore {
  min: Int16Array;
  max: Int16Array;
  channelMin: Int16Array[];
  channelMax: Int16Array[];
  /** Pause-detection level per bin (levelByte); a bin two parts share keeps the louder. */
  level: Uint8Array;
  /** One past the highest bin written. */
  count = 0;

  constructor(capacity: number, readonly perChannel: number) {
    this.min = new Int16Array(0);
    this.max = new Int16Array(0);
    this.channelMin = [];
    this.channelMax = [];
    this.level = new Uint8Array(0);
    this.grow(Math.max(1, capacity));
  }

  merge(batch: BinBatch): void {
    const end = batch.firstBin + batch.count;
    if (end > this.min.length) this.grow(Math.max(end, Math.ceil(this.min.length * 1.25)));
    mergeInto(this.min, this.max, batch.min, batch.max, batch.firstBin, batch.count);
    for (let c = 0; c < this.perChannel; c++) {
      mergeInto(this.channelMin[c] as Int16Array, this.channelMax[c] as Int16Array,
        batch.channelMin[c] as Int16Array, batch.channelMax[c] as Int16Array, batch.firstBin, batch.count);
    }
    const level = this.level;
    for (let k = 0; k < batch.count; k++) {
      const at = batch.firstBin + k;
      if ((batch.level[k] as number) > (level[at] as number)) level[at] = batch.level[k] as number;
    }
    if (end > this.count) this.count = end;
  }

  private grow(capacity: number): void {
    const old = this.min.length;
    const widen = (a: Int16Array, fill: number) => {
      const b = new Int16Array(capacity).fill(fill, old);
      b.set(a);
      return b;
    };
    // Empty bins hold an inverted range, so the first merge simply takes the batch's values.
    this.min = widen(this.min, FULL_SCALE);
    this.max = widen(this.max, -FULL_SCALE);
    this.channelMin = Array.from({ length: this.perChannel }, (_, c) => widen(this.channelMin[c] ?? new Int16Array(0), FULL_SCALE));
    this.channelMax = Array.from({ length: this.perChannel }, (_, c) => widen(this.channelMax[c] ?? new Int16Array(0), -FULL_SCALE));
    const level = new Uint8Array(capacity);
    level.set(this.level);
    this.level = level;
  }
}

function mergeInto(min: Int16Array, max: Int16Array, bmin: Int16Array, bmax: Int16Array, first: number, count: number): void {
  for (let k = 0; k < count; k++) {
    const at = first + k;
    if ((bmin[k] as number) < (min[at] as number)) min[at] = bmin[k] as number;
    if ((bmax[k] as number) > (max[at] as number)) max[at] = bmax[k] as number;
  }
}

/**
 * Bins [0, count) as views on the store's arrays (no copy: the store is done with), with
 * never-written bins (still inverted) turned into silence.
 */
export function finishBins(min: Int16Array, max: Int16Array, count: number): { min: Int16Array; max: Int16Array } {
  for (let b = 0; b < count; b++) {
    if ((min[b] as number) > (max[b] as number)) {
      min[b] = 0;
      max[b] = 0;
    }
  }
  return { min: min.subarray(0, count), max: max.subarray(0, count) };
}
