// The waveform's data in the renderer: the finest min/max bins of the whole episode, filled first
// from the coarse overview and then, stretch by stretch, from full-resolution detail; plus
// halved levels so each zoom draws about one bin per device pixel, even on a 3-hour episode.

export interface PeakArrays {
  min: Float32Array;
  max: Float32Array;
  /** Bins per second of these arrays. */
  perSecond: number;
}

/** Sources of min/max pairs with their resolution: an overview spans the whole episode. */
export interface PeakStretch {
  startSec: number;
  perSecond: number;
  min: ArrayLike<number>;
  max: ArrayLike<number>;
}

export class PeakBuffer {
  readonly bins: number;
  private readonly fine: PeakArrays;
  private levels: PeakArrays[] = [];
  /** Bumped on every change so views know to redraw. */
  version = 0;

  constructor(readonly duration: number, readonly perSecond: number) {
    this.bins = Math.max(1, Math.ceil(duration * perSecond));
    this.fine = { min: new Float32Array(this.bins), max: new Float32Array(this.bins), perSecond };
  }

  /** Spreads a whole-episode overview over every bin (detail received later is overwritten). */
  setOverview(min: ArrayLike<number>, max: ArrayLike<number>, keep?: (bin: number) => boolean): void {
    const n = min.length;
    if (n === 0) return;
    for (let b = 0; b < this.bins; b++) {
      if (keep?.(b)) continue;
      const j = Math.min(n - 1, Math.floor((b * n) / this.bins));
      this.fine.min[b] = min[j] as number;
      this.fine.max[b] = max[j] as number;
    }
    this.changed();
  }

  /** Writes a full-resolution stretch; returns the bins it covered. */
  setStretch(stretch: PeakStretch): [number, number] {
    const ratio = this.perSecond / stretch.perSecond;
    const first = Math.round(stretch.startSec * this.perSecond);
    const count = Math.min(this.bins - first, Math.round(stretch.min.length * ratio));
    for (let i = 0; i < count; i++) {
      const j = Math.min(stretch.min.length - 1, Math.floor(i / ratio));
      this.fine.min[first + i] = stretch.min[j] as number;
      this.fine.max[first + i] = stretch.max[j] as number;
    }
    this.changed();
    return [first, first + Math.max(0, count)];
  }

  /** The coarsest level that still has `binsPerSecond` (never coarser than ~2 000 bins overall). */
  level(binsPerSecond: number): PeakArrays {
    let level = this.fine;
    let k = 0;
    while (level.perSecond / 2 >= binsPerSecond && level.min.length > 2000) {
      level = this.halved(k++);
    }
    return level;
  }

  /** `points` min/max pairs over [startSec, endSec), for the overview strip. */
  sample(points: number, startSec = 0, endSec = this.duration): { min: Float32Array; max: Float32Array } {
    const source = this.level(points / Math.max(1e-6, endSec - startSec));
    const min = new Float32Array(points);
    const max = new Float32Array(points);
    const per = source.perSecond;
    for (let p = 0; p < points; p++) {
      const a = Math.floor((startSec + ((endSec - startSec) * p) / points) * per);
      const b = Math.max(a + 1, Math.floor((startSec + ((endSec - startSec) * (p + 1)) / points) * per));
      let lo = 0;
      let hi = 0;
      for (let i = a; i < b && i < source.min.length; i++) {
        lo = Math.min(lo, source.min[i] as number);
        hi = Math.max(hi, source.max[i] as number);
      }
      min[p] = lo;
      max[p] = hi;
    }
    return { min, max };
  }

  private changed(): void {
    this.levels = [];
    this.version++;
  }

  private halved(k: number): PeakArrays {
    const cached = this.levels[k];
    if (cached) return cached;
    const from = k === 0 ? this.fine : this.halved(k - 1);
    const n = Math.ceil(from.min.length / 2);
    const next: PeakArrays = { min: new Float32Array(n), max: new Float32Array(n), perSecond: from.perSecond / 2 };
    for (let i = 0; i < n; i++) {
      const a = 2 * i;
      const b = Math.min(a + 1, from.min.length - 1);
      next.min[i] = Math.min(from.min[a] as number, from.min[b] as number);
      next.max[i] = Math.max(from.max[a] as number, from.max[b] as number);
    }
    this.levels[k] = next;
    return next;
  }
}
