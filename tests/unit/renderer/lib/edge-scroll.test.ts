import { describe, expect, it } from 'vitest';
import { EDGE_ZONE_PX, edgeScrollSpeed } from '../../../../src/renderer/lib/edge-scroll.js';

describe('edgeScrollSpeed', () => {
  const left = 100;
  const right = 900;

  it('is still inside the view, away from its edges', () => {
    for (const x of [left + EDGE_ZONE_PX, 500, right - EDGE_ZONE_PX]) expect(edgeScrollSpeed(x, left, right)).toBe(0);
  });

  it('scrolls towards the edge the pointer is past, faster the further out, up to a ceiling', () => {
    const r = [right - 10, right + 20, right + 80, right + 400].map((x) => edgeScrollSpeed(x, left, right));
    expect(r.every((s) => s > 0)).toBe(true);
    expect(r[0]! < r[1]! && r[1]! < r[2]! && r[2]! < r[3]!).toBe(true);
    expect(edgeScrollSpeed(right + 5000, left, right)).toBe(edgeScrollSpeed(right + 10_000, left, right));
    expect(edgeScrollSpeed(left - 20, left, right)).toBe(-edgeScrollSpeed(right + 20, left, right));
  });
});
