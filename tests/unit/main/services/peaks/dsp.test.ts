// The BS.1770 building blocks on synthetic signals: K-weighting coefficients at any rate, the
// gating, and the true-peak meter's inter-sample overs.

import { describe, expect, it } from 'vitest';
import { kWeighting, type Biquad } from '../../../../../src/main/services/peaks/k-weighting.js';
import { integratedLoudness } from '../../../../../src/main/services/peaks/loudness-gate.js';
import { TruePeakMeter } from '../../../../../src/main/services/peaks/true-peak.js';

/** |H(e^jω)| of a biquad at `hz`, in dB. */
function gainDb(f: Biquad, hz: number, rate: number): number {
  const w = (2 * Math.PI * hz) / rate;
  const re = (a: number, b: number, c: number) => a + b * Math.cos(w) + c * Math.cos(2 * w);
  const im = (b: number, c: number) => -(b * Math.sin(w) + c * Math.sin(2 * w));
  const num = Math.hypot(re(f.b0, f.b1, f.b2), im(f.b1, f.b2));
  const den = Math.hypot(re(1, f.a1, f.a2), im(f.a1, f.a2));
  return 20 * Math.log10(num / den);
}

const kGain = (hz: number, rate: number) => {
  const { shelf, highpass } = kWeighting(rate);
  return gainDb(shelf, hz, rate) + gainDb(highpass, hz, rate);
};

describe('kWeighting', () => {
  it('gives the coefficients BS.1770-4 lists for 48 kHz', () => {
    const { shelf, highpass } = kWeighting(48_000);
    expect(shelf.b0).toBeCloseTo(1.53512485958697, 10);
    expect(shelf.b1).toBeCloseTo(-2.69169618940638, 10);
    expect(shelf.b2).toBeCloseTo(1.19839281085285, 10);
    expect(shelf.a1).toBeCloseTo(-1.69065929318241, 10);
    expect(shelf.a2).toBeCloseTo(0.73248077421585, 10);
    expect(highpass.a1).toBeCloseTo(-1.99004745483398, 10);
    expect(highpass.a2).toBeCloseTo(0.99007225036621, 10);
  });

  // The bilinear transform bends frequencies near Nyquist, so low rates only agree well below it.
  it.each([16_000, 22_050, 44_100, 96_000])('has the same response at %i Hz as at 48 kHz', (rate) => {
    for (const hz of [20, 50, 100, 500, 997, 2_000, 3_500]) {
      expect(Math.abs(kGain(hz, rate) - kGain(hz, 48_000))).toBeLessThan(hz >= rate / 10 ? 1 : 0.1);
    }
  });

  it('lifts 1 kHz by the 0.691 dB that the −0.691 in the loudness formula cancels', () => {
    expect(kGain(997, 48_000)).toBeCloseTo(0.691, 1);
  });
});

describe('integratedLoudness', () => {
  const rate = 48_000;
  const sub = rate / 10;
  /** Sub-block energies of a signal with mean square `ms` for `seconds`. */
  const steady = (ms: number, seconds: number) => new Float64Array(seconds * 10).fill(ms * sub);

  it('reads a steady signal as −0.691 + 10·log10(mean square)', () => {
    expect(integratedLoudness(steady(0.01, 5), sub)).toBeCloseTo(-0.691 - 20, 6);
  });

  it('is −∞ for silence and for anything shorter than one 400 ms block', () => {
    expect(integratedLoudness(new Float64Array(50), sub)).toBe(-Infinity);
    expect(integratedLoudness(steady(0.01, 1).subarray(0, 3), sub)).toBe(-Infinity);
  });

  it('ignores quiet passages more than 10 LU below the rest (relative gate)', () => {
    const loud = steady(0.01, 10);
    const mixed = new Float64Array(200);
    mixed.set(loud, 0);
    mixed.set(steady(0.00001, 10), 100); // −30 dB: gated out
    // Only the three blocks straddling the change mix both levels.
    expect(Math.abs(integratedLoudness(mixed, sub) - integratedLoudness(loud, sub))).toBeLessThan(0.1);
  });
});

describe('TruePeakMeter', () => {
  it('finds the peak between samples of a quarter-rate sine sampled at ±45°', () => {
    const n = 4_800;
    const x = new Float32Array(n);
    for (let i = 0; i < n; i++) x[i] = 0.5 * Math.sin((Math.PI / 2) * i + Math.PI / 4);
    const meter = new TruePeakMeter(1);
    const sampleExtreme = Math.max(...x);
    meter.push([x], 0, n, Float64Array.of(-sampleExtreme), Float64Array.of(sampleExtreme));
    // Samples never exceed 0.354; the waveform reaches 0.5 between them.
    expect(sampleExtreme).toBeLessThan(0.36);
    expect(20 * Math.log10(meter.peak)).toBeGreaterThan(20 * Math.log10(0.5) - 0.3);
    expect(meter.peak).toBeLessThan(0.52);
  });
});
