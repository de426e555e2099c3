// Where time bins fall on the sample axis. Bin b holds samples [start(b), start(b + 1)), so a
// rate that is not a multiple of the bins per second still tiles the file without drift.

export class BinGrid {
  constructor(readonly sampleRate: number, readonly perSecond: number) {}

  /** The bin holding sample `sample` (sample indexes stay far below 2^53 / perSecond). */
  binOf(sample: number): number {
    return Math.floor((sample * this.perSecond) / this.sampleRate);
  }

  /** First sample of bin `bin`. */
  startOf(bin: number): number {
    return Math.ceil((bin * this.sampleRate) / this.perSecond);
  }

  /** Bins needed to cover `samples` samples. */
  countFor(samples: number): number {
    return samples <= 0 ? 0 : this.binOf(samples - 1) + 1;
  }
}

/**
 * A bin's level for pause detection, one byte: 0.5 dB steps from −120 dB (0 = nothing) up to
 * +7.5 dB (K-weighted stereo can exceed full scale). Pauses need no finer, and it is 4× smaller.
 */
export function levelByte(meanSquare: number): number {
  if (!(meanSquare > 0)) return 0;
  const step = Math.round((10 * Math.log10(meanSquare) + 120) * 2);
  return step < 0 ? 0 : step > 255 ? 255 : step;
}

export function levelDb(byte: number): number {
  return byte === 0 ? -Infinity : byte / 2 - 120;
}

/** Peaks are stored as 16-bit integers: full scale is ±32767. */
export const FULL_SCALE = 32767;

export function quantize(value: number): number {
  const q = Math.round(value * FULL_SCALE);
  return q > FULL_SCALE ? FULL_SCALE : q < -FULL_SCALE ? -FULL_SCALE : q;
}
