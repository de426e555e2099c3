// Auto-scroll while dragging past the detail view's edges: how fast the view moves for a pointer
// at `x`, growing with the distance past the edge (a nudge near it, a fast run far beyond).

/** The zone inside each edge where scrolling starts, so it also works when the view meets the window's edge. */
export const EDGE_ZONE_PX = 16;
const BASE_PX_PER_SEC = 120;
const GAIN_PER_SEC = 14;
const MAX_PX_PER_SEC = 4000;

/** Track pixels per second: negative towards the start, positive towards the end, 0 inside. */
export function edgeScrollSpeed(x: number, left: number, right: number): number {
  const past = x < left + EDGE_ZONE_PX ? x - (left + EDGE_ZONE_PX) : x > right - EDGE_ZONE_PX ? x - (right - EDGE_ZONE_PX) : 0;
  if (past === 0) return 0;
  return Math.sign(past) * Math.min(MAX_PX_PER_SEC, BASE_PX_PER_SEC + GAIN_PER_SEC * Math.abs(past));
}
