// The overview shown while peaks are computed: bins the parts have finished where they have,
// the sparse first look elsewhere. Each part fills one contiguous stretch from its start.

import { FULL_SCALE } from './bin-grid.js';
import type { BinStore } from './bin-store.js';

export class OverviewTracker {
  private sparse: { min: Float32Array; max: Float32Array } | null = null;
  private readonly covers: { from: number; to: number }[];

  constructor(private readonly points: number, private readonly estimatedBins: number, parts: number) {
    this.covers = Array.from({ length: parts }, () => ({ from: Infinity, to: -Infinity }));
  }

  setSparse(min: Float32Array, max: Float32Array): void {
    if (min.length === this.points) this.sparse = { min, max };
  }

  /** Part `part` has delivered bins [from, to). */
  covered(part: number, from: number, to: number): void {
    const cover = this.covers[part];
    if (!cover) return;
    cover.from = Math.min(cover.from, from);
    cover.to = Math.max(cover.to, to);
  }

  compose(store: BinStore): { min: Float32Array; max: Float32Array } {
    const min = new Float32Array(this.points);
    const max = new Float32Array(this.points);
    const bins = Math.max(this.estimatedBins, store.count);
    for (let j = 0; j < this.points; j++) {
      const a = Math.floor((j * bins) / this.points);
      const b = Math.max(a + 1, Math.floor(((j + 1) * bins) / this.points));
      if (this.covers.some((c) => c.from <= a && b <= c.to)) {
        let lo = FULL_SCALE;
        let hi = -FULL_SCALE;
        for (let k = a; k < b; k++) {
          if ((store.min[k] as number) < lo) lo = store.min[k] as number;
          if ((store.max[k] as number) > hi) hi = store.max[k] as number;
        }
        min[j] = hi >= lo ? lo / FULL_SCALE : 0;
        max[j] = hi >= lo ? hi / FULL_SCALE : 0;
      } else if (this.sparse) {
        min[j] = this.sparse.min[j] as number;
        max[j] = this.sparse.max[j] as number;
      }
    }
    return { min, max };
  }
}
