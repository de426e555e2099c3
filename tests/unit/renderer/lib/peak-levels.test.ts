import { describe, expect, it } from 'vitest';
import { PeakBuffer } from '../../../../src/renderer/lib/peak-levels.js';
import { snapTo, suggestedBoundaries } from '../../../../src/renderer/lib/snap.js';
import { rulerSpacing } from '../../../../src/renderer/lib/ruler-ticks.js';

describe('peak levels', () => {
  it('spreads the overview, then keeps detail stretches exactly where they belong', () => {
    const buffer = new PeakBuffer(10, 100);
    buffer.setOverview([-0.1, -0.2], [0.1, 0.2]);
    expect(buffer.level(100).max[0]).toBeCloseTo(0.1);
    expect(buffer.level(100).max[999]).toBeCloseTo(0.2);
    const before = buffer.version;
    expect(buffer.setStretch({ startSec: 2, perSecond: 100, min: [-0.9, -0.8], max: [0.9, 0.8] })).toEqual([200, 202]);
    expect(buffer.version).toBeGreaterThan(before);
    expect(buffer.level(100).max[200]).toBeCloseTo(0.9);
    expect(buffer.level(100).max[199]).toBeCloseTo(0.1);
  });

  it('halves to about one bin per pixel on a 3-hour episode, keeping the extremes', () => {
    const buffer = new PeakBuffer(3 * 3600, 100);
    buffer.setStretch({ startSec: 5000, perSecond: 100, min: [-1], max: [1] });
    const coarse = buffer.level(0.1);
    expect(coarse.min.length).toBeLessThanOrEqual(2000 * 2);
    expect(coarse.perSecond).toBeGreaterThanOrEqual(0.1);
    expect(Math.max(...coarse.max)).toBe(1);
    expect(buffer.level(500)).toBe(buffer.level(100));
  });

  it('samples the strip in as many points as pixels', () => {
    const buffer = new PeakBuffer(60, 100);
    buffer.setStretch({ startSec: 30, perSecond: 100, min: [-0.5], max: [0.5] });
    const { max } = buffer.sample(600);
    expect(max.length).toBe(600);
    expect(max[300]).toBeCloseTo(0.5);
    expect(max[10]).toBe(0);
  });
});

describe('snapping to pauses and ruler spacing', () => {
  it('suggests half a second before speech resumes and snaps within a few pixels', () => {
    const s = suggestedBoundaries([{ startMs: 13_000, endMs: 15_000 }, { startMs: 40_000, endMs: 40_600 }]);
    expect(s).toEqual([14_500, 40_300]);
    expect(snapTo(14_900, s, 20)).toEqual({ ms: 14_500, index: 0 });
    expect(snapTo(16_000, s, 20)).toEqual({ ms: 16_000, index: -1 });
  });

  it('puts labels at least 90 px apart on round values', () => {
    expect(rulerSpacing(12).label).toBe(10);
    expect(rulerSpacing(1000).label).toBe(0.1);
    expect(rulerSpacing(0.07).label).toBe(1800);
  });
});
