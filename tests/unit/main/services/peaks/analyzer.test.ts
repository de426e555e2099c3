// The one-pass analysis on synthetic samples: bins land where the samples are, a file analysed
// in two parts (with a lead-in) merges into exactly what one pass gives, and pauses are found.

import { describe, expect, it } from 'vitest';
import { Analyzer } from '../../../../../src/main/services/peaks/analyzer.js';
import { BinGrid, FULL_SCALE, levelByte } from '../../../../../src/main/services/peaks/bin-grid.js';
import { BinStore, finishBins } from '../../../../../src/main/services/peaks/bin-store.js';
import { findSilences } from '../../../../../src/main/services/peaks/silences.js';

const RATE = 44_100;

/** Stereo: a 1 kHz burst at 0.8 in [2 s, 3 s) on the left, 0.4 on the right, quiet noise elsewhere. */
function burst(seconds: number): Float32Array[] {
  const n = seconds * RATE;
  const l = new Float32Array(n);
  const r = new Float32Array(n);
  let seed = 7;
  for (let i = 0; i < n; i++) {
    seed = (seed * 16807) % 2147483647;
    const noise = (seed / 2147483647 - 0.5) * 0.002;
    const on = i >= 2 * RATE && i < 3 * RATE;
    const tone = Math.sin((2 * Math.PI * 1000 * i) / RATE);
    l[i] = on ? 0.8 * tone : noise;
    r[i] = on ? 0.4 * tone : noise;
  }
  return [l, r];
}

function analyse(data: Float32Array[], perSecond: number, parts: { keepFrom: number; keepTo: number; lead: number }[], chunk = 1000) {
  const grid = new BinGrid(RATE, perSecond);
  const store = new BinStore(grid.countFor(data[0]!.length), 2);
  const tails = parts.map(({ keepFrom, keepTo, lead }) => {
    const a = new Analyzer({ sampleRate: RATE, channels: 2, perSecond, keepFrom, keepTo });
    for (let from = keepFrom - lead; from < Math.min(keepTo, data[0]!.length); from += chunk) {
      a.push(data, from, Math.min(chunk, data[0]!.length - from), from);
      const b = a.takeBins();
      if (b) store.merge(b);
    }
    const { bins, tail } = a.finish();
    if (bins) store.merge(bins);
    return tail;
  });
  return { grid, store, tails };
}

describe('Analyzer', () => {
  it('puts the burst in the bins of 2–3 s, per channel and mixed', () => {
    const { store } = analyse(burst(5), 100, [{ keepFrom: 0, keepTo: Infinity, lead: 0 }]);
    expect(store.count).toBe(500);
    const peakOf = (max: Int16Array, from: number, to: number) => Math.max(...max.subarray(from, to)) / FULL_SCALE;
    expect(peakOf(store.channelMax[0]!, 200, 300)).toBeCloseTo(0.8, 2);
    expect(peakOf(store.channelMax[1]!, 200, 300)).toBeCloseTo(0.4, 2);
    expect(peakOf(store.max, 200, 300)).toBeCloseTo(0.6, 2);
    expect(peakOf(store.max, 0, 200)).toBeLessThan(0.002);
    expect(peakOf(store.max, 300, 500)).toBeLessThan(0.002);
    expect(Math.min(...store.min.subarray(200, 300)) / FULL_SCALE).toBeCloseTo(-0.6, 2);
  });

  it.each([100, 150, 441, 1000])('gives the same bins, loudness and peaks in two parts as in one (%i bins/s)', (perSecond) => {
    const data = burst(6);
    const one = analyse(data, perSecond, [{ keepFrom: 0, keepTo: Infinity, lead: 0 }], 1152);
    const split = 2 * RATE + 12_345; // inside the burst, inside a bin
    const two = analyse(data, perSecond, [{ keepFrom: 0, keepTo: split, lead: 0 }, { keepFrom: split, keepTo: Infinity, lead: 4096 }], 1152);
    const count = one.grid.countFor(data[0]!.length);
    expect(Array.from(finishBins(two.store.min, two.store.max, count).max)).toEqual(Array.from(finishBins(one.store.min, one.store.max, count).max));
    expect(Array.from(two.store.channelMin[1]!.subarray(0, count))).toEqual(Array.from(one.store.channelMin[1]!.subarray(0, count)));
    // Pause levels agree, except in the bin the split cuts: each part measured half of it.
    const cut = one.grid.binOf(split);
    for (let b = 0; b < count; b++) {
      if (b === cut) expect(Math.abs(two.store.level[b]! - one.store.level[b]!)).toBeLessThanOrEqual(6);
      else expect(two.store.level[b]).toBe(one.store.level[b]);
    }
    const loud = (t: typeof one.tails) => {
      const e = new Float64Array(60);
      for (const { loudness } of t) loudness.energy.forEach((v, i) => (e[loudness.first + i]! += v));
      return e;
    };
    const e1 = loud(one.tails);
    const e2 = loud(two.tails);
    for (let i = 0; i < 60; i++) expect(e2[i]).toBeCloseTo(e1[i]!, 2);
    expect(Math.max(...two.tails.map((t) => t.truePeak))).toBeCloseTo(one.tails[0]!.truePeak, 6);
    expect(two.tails[1]!.end).toBe(data[0]!.length);
  });
});

describe('findSilences', () => {
  const grid = new BinGrid(RATE, 100);
  const energyOf = (meanSquares: number[]) => Uint8Array.from(meanSquares, levelByte);

  it('finds runs well below the median level, at least 1.5 s long, to the bin', () => {
    // 3 s loud, 2 s quiet (−50 dB below), 1 s loud, 1 s quiet (too short), 2 s loud.
    const levels = [...Array(300).fill(0.01), ...Array(200).fill(1e-7), ...Array(100).fill(0.01), ...Array(100).fill(1e-7), ...Array(200).fill(0.01)];
    expect(findSilences(energyOf(levels), grid, levels.length * 441)).toEqual([{ startMs: 3000, endMs: 5000 }]);
  });

  it('is relative: a quiet episode still has pauses', () => {
    const levels = [...Array(300).fill(1e-5), ...Array(200).fill(1e-9), ...Array(300).fill(1e-5)];
    expect(findSilences(energyOf(levels), grid, levels.length * 441)).toEqual([{ startMs: 3000, endMs: 5000 }]);
  });

  it('does not let a click break a pause', () => {
    const levels = [...Array(300).fill(0.01), ...Array(100).fill(0), 0.01, 0.01, ...Array(100).fill(0), ...Array(300).fill(0.01)];
    expect(findSilences(energyOf(levels), grid, levels.length * 441)).toEqual([{ startMs: 3000, endMs: 5020 }]);
  });

  it('reports a whole silent file as one pause', () => {
    expect(findSilences(new Uint8Array(300), grid, 300 * 441)).toEqual([{ startMs: 0, endMs: 3000 }]);
  });
});
