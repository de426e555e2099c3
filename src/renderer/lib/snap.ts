// Suggested chapter boundaries from the pauses the peaks pass found, and snapping a dragged
// marker to the nearest one within a few pixels (the caller skips this while Alt is held).
import type { Silence } from '../../shared/domain/types';

/** Half a second before speech resumes (or the middle of a shorter pause): where a chapter should start. */
export function suggestedBoundaries(silences: readonly Silence[]): number[] {
  return silences.map((s) => s.endMs - Math.min(500, Math.round((s.endMs - s.startMs) / 2)));
}

export interface Snap {
  ms: number;
  /** Index of the suggestion it snapped to, -1 when free. */
  index: number;
}

/** Snaps `ms` to the nearest suggestion closer than `radiusPx` on screen at `pxPerSec`. */
export function snapTo(ms: number, suggestions: readonly number[], pxPerSec: number, radiusPx = 10): Snap {
  const radiusMs = (radiusPx / Math.max(1e-9, pxPerSec)) * 1000;
  let best = -1;
  let bestDistance = radiusMs;
  suggestions.forEach((s, i) => {
    const d = Math.abs(s - ms);
    if (d <= bestDistance) {
      best = i;
      bestDistance = d;
    }
  });
  return best === -1 ? { ms, index: -1 } : { ms: suggestions[best] as number, index: best };
}
