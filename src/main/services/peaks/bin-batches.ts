// Finished time bins, gathered into batches a worker can post (and transfer) as they fill.

import { levelByte, quantize } from './bin-grid.js';

export interface BinBatch {
  firstBin: number;
  count: number;
  /** Mono mix (mean of the channels), 16-bit. */
  min: Int16Array;
  max: Int16Array;
  /** Per channel, 16-bit; empty for mono files (the mix is the channel). */
  channelMin: Int16Array[];
  channelMax: Int16Array[];
  /** K-weighted mean square of the bin, channels summed, as a levelByte (pause detection). */
  level: Uint8Array;
}

const BATCH = 8192;

export function emptyBatch(firstBin: number, perChannel: number, size: number): BinBatch {
  return {
    firstBin,
    count: 0,
    min: new Int16Array(size),
    max: new Int16Array(size),
    channelMin: Array.from({ length: perChannel }, () => new Int16Array(size)),
    channelMax: Array.from({ length: perChannel }, () => new Int16Array(size)),
    level: new Uint8Array(size),
  };
}

export class BinBatchWriter {
  private batch: BinBatch | null = null;
  private readonly done: BinBatch[] = [];
  private readonly perChannel: number;

  constructor(channels: number) {
    this.perChannel = channels > 1 ? channels : 0;
  }

  /** Appends bin `bin` (always one after the previous). Channel extremes are ignored for mono. */
  append(bin: number, min: number, max: number, meanSquare: number, channelMin: Float64Array, channelMax: Float64Array): void {
    let batch = this.batch;
    if (!batch || batch.count === BATCH) {
      if (batch) this.done.push(batch);
      batch = this.batch = emptyBatch(bin, this.perChannel, BATCH);
    }
    const k = batch.count++;
    batch.min[k] = quantize(min);
    batch.max[k] = quantize(max);
    batch.level[k] = levelByte(meanSquare);
    for (let c = 0; c < this.perChannel; c++) {
      (batch.channelMin[c] as Int16Array)[k] = quantize(channelMin[c] as number);
      (batch.channelMax[c] as Int16Array)[k] = quantize(channelMax[c] as number);
    }
  }

  /** Bins appended since the last call, as one batch, or null. */
  take(): BinBatch | null {
    if (this.batch && this.batch.count > 0) this.done.push(this.batch);
    this.batch = null;
    if (this.done.length === 0) return null;
    const all = this.done.splice(0);
    const count = all.reduce((n, b) => n + b.count, 0);
    const out = emptyBatch((all[0] as BinBatch).firstBin, this.perChannel, count);
    for (const b of all) {
      const at = out.count;
      out.min.set(b.min.subarray(0, b.count), at);
      out.max.set(b.max.subarray(0, b.count), at);
      out.level.set(b.level.subarray(0, b.count), at);
      b.channelMin.forEach((a, c) => (out.channelMin[c] as Int16Array).set(a.subarray(0, b.count), at));
      b.channelMax.forEach((a, c) => (out.channelMax[c] as Int16Array).set(a.subarray(0, b.count), at));
      out.count += b.count;
    }
    return out;
  }
}
