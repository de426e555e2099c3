// The length-based aligner on its own: beads, priors, anchors, confidences, and the property
// the whole feature rests on: no segment is ever lost or duplicated, order kept.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { beadCost, BEAD_TYPES, logTwoSidedTail, type AlignItem } from '../../../../../src/main/services/notes/bead-cost.js';
import { alignStreams } from '../../../../../src/main/services/notes/gale-church.js';

const item = (length: number, kind: AlignItem['kind'] = 'paragraph', anchors: string[] = []): AlignItem =>
  ({ length, kind, anchors: new Set(anchors) });

const itemArb = fc.record({
  length: fc.integer({ min: 1, max: 800 }),
  kind: fc.constantFrom('paragraph', 'heading', 'list_item', 'link') as fc.Arbitrary<AlignItem['kind']>,
  anchors: fc.array(fc.constantFrom('w:raccords', 'n:5', 'w:mis', 'url:a.org'), { maxLength: 3 }).map((a) => new Set(a)),
});

describe('alignStreams', () => {
  it('pairs streams of matching lengths one to one', () => {
    const beads = alignStreams([item(400), item(120), item(300)], [item(370), item(110), item(280)]);
    expect(beads.map((b) => [b.fr, b.en])).toEqual([[[0], [0]], [[1], [1]], [[2], [2]]]);
    for (const b of beads) expect(b.confidence).toBeGreaterThan(0.9);
  });

  it('leaves a segment with no counterpart on its own (0-1 and 1-0 beads)', () => {
    const beads = alignStreams([item(400), item(300)], [item(15, 'heading'), item(370), item(280)]);
    expect(beads.map((b) => [b.fr, b.en])).toEqual([[[], [0]], [[0], [1]], [[1], [2]]]);
    const other = alignStreams([item(400), item(200), item(300)], [item(370), item(280)]);
    expect(other.map((b) => [b.fr, b.en])).toEqual([[[0], [0]], [[1], []], [[2], [1]]]);
  });

  it('joins two short segments translated as one (2-1 and 1-2 beads)', () => {
    expect(alignStreams([item(200), item(220)], [item(390)]).map((b) => [b.fr, b.en])).toEqual([[[0, 1], [0]]]);
    expect(alignStreams([item(420)], [item(180), item(200)]).map((b) => [b.fr, b.en])).toEqual([[[0], [0, 1]]]);
  });

  it('lets shared anchors decide between two segments of similar length', () => {
    const fr = [item(300, 'paragraph', ['w:raccords', 'w:mis'])];
    const en = [item(280, 'paragraph', ['w:nesta', 'w:ucl']), item(290, 'paragraph', ['w:raccords', 'w:mis'])];
    expect(alignStreams(fr, en).map((b) => [b.fr, b.en])).toEqual([[[], [0]], [[0], [1]]]);
  });

  it('handles empty streams', () => {
    expect(alignStreams([], [])).toEqual([]);
    expect(alignStreams([item(10)], []).map((b) => [b.fr, b.en])).toEqual([[[0], []]]);
    expect(alignStreams([], [item(10), item(20)]).map((b) => [b.fr, b.en])).toEqual([[[], [0]], [[], [1]]]);
  });

  it('never loses or duplicates a segment, keeps order, and gives confidences in 0–1 (property)', () => {
    fc.assert(fc.property(fc.array(itemArb, { maxLength: 25 }), fc.array(itemArb, { maxLength: 25 }), (fr, en) => {
      const beads = alignStreams(fr, en);
      expect(beads.flatMap((b) => b.fr)).toEqual(fr.map((_, i) => i));
      expect(beads.flatMap((b) => b.en)).toEqual(en.map((_, i) => i));
      for (const b of beads) {
        expect(b.fr.length + b.en.length).toBeGreaterThan(0);
        expect(b.fr.length).toBeLessThanOrEqual(2);
        expect(b.en.length).toBeLessThanOrEqual(2);
        expect(b.confidence).toBeGreaterThanOrEqual(0);
        expect(b.confidence).toBeLessThanOrEqual(1);
      }
    }), { numRuns: 300 });
  });
});

describe('bead costs', () => {
  it('uses the two-sided normal tail of Gale & Church: 0 at δ = 0, ≈ ln 0.05 at δ = 1.96', () => {
    expect(logTwoSidedTail(0)).toBeCloseTo(0, 5);
    expect(logTwoSidedTail(1.96)).toBeCloseTo(Math.log(0.05), 2);
    expect(logTwoSidedTail(-1.96)).toBeCloseTo(Math.log(0.05), 2);
    // Far in the tail it stays finite and keeps falling (the asymptotic branch).
    expect(logTwoSidedTail(8)).toBeLessThan(logTwoSidedTail(6));
    expect(Number.isFinite(logTwoSidedTail(40))).toBe(true);
  });

  it('makes a heading a poor match for a paragraph of the same length', () => {
    const oneToOne = BEAD_TYPES[0] as (typeof BEAD_TYPES)[number];
    expect(beadCost(oneToOne, [item(40, 'heading')], [item(40, 'paragraph')]))
      .toBeGreaterThan(beadCost(oneToOne, [item(40, 'heading')], [item(40, 'heading')]) + 2);
  });
});
