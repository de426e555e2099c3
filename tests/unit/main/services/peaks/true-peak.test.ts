// The true-peak meter skips blocks that cannot beat the peak so far; these tests hold it to the
// same answer as filtering every sample, bit for bit, on random and real (decoded MP3) signals cut
// into stretches the way the analyzer cuts them (bins, decoder runs, stretches of one sample).

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Mpg123Stream } from '../../../../../src/main/services/peaks/mpg123-stream.js';
import { oversampledPeak, TruePeakMeter } from '../../../../../src/main/services/peaks/true-peak.js';
import { makeSignal } from './signals.js';
import { seededRandom } from '../../../../../src/shared/seeded-random.js';

const HISTORY = 11;
const BIN = 441;

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'balado-true-peak-'));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));


const loudestSample = (x: Float32Array) => x.reduce((m, v) => Math.max(m, Math.abs(v)), 0);

/** Every output filtered, through the meter's own kernel: what skipping must reproduce exactly. */
function filterEverything(x: Float32Array): number {
  const padded = new Float32Array(HISTORY + x.length);
  padded.set(x, HISTORY);
  return Math.max(loudestSample(x), oversampledPeak(padded, HISTORY, padded.length));
}

/** The textbook form: 4× zero-stuffing through the 49-tap Hann-windowed sinc, every tap. */
function textbook(x: Float32Array): number {
  const taps = Array.from({ length: 49 }, (_, j) => {
    const m = j - 24;
    if (m === 0) return 1;
    if (m % 4 === 0) return 0;
    return (Math.sin((m * Math.PI) / 4) / ((m * Math.PI) / 4)) * 0.5 * (1 - Math.cos((2 * Math.PI * j) / 48));
  });
  let peak = loudestSample(x);
  for (let out = 0; out < 4 * x.length; out++) {
    if (out % 4 === 0) continue;
    let y = 0;
    for (let j = out % 4; j < 49 && j <= out; j += 4) y += (taps[j] as number) * (x[(out - j) / 4] as number);
    peak = Math.max(peak, Math.abs(y));
  }
  return peak;
}

/**
 * Feeds channels to a meter as the analyzer does: stretches end at bin ends and at decoder-run
 * ends (random lengths here, down to one sample), each with the bin's extremes so far.
 */
function meterInStretches(channels: Float32Array[], next: () => number, longestRun: number): number {
  const meter = new TruePeakMeter(channels.length);
  const n = (channels[0] as Float32Array).length;
  const low = new Float64Array(channels.length);
  const high = new Float64Array(channels.length);
  let runEnd = 0;
  for (let from = 0; from < n;) {
    if (from % BIN === 0) {
      low.fill(Infinity);
      high.fill(-Infinity);
    }
    if (from >= runEnd) runEnd = from + 1 + Math.floor(next() * longestRun);
    const to = Math.min(n, runEnd, (Math.floor(from / BIN) + 1) * BIN);
    channels.forEach((x, c) => {
      for (let i = from; i < to; i++) {
        low[c] = Math.min(low[c] as number, x[i] as number);
        high[c] = Math.max(high[c] as number, x[i] as number);
      }
    });
    meter.push(channels, from, to, low, high);
    from = to;
  }
  return meter.peak;
}

describe('TruePeakMeter', () => {
  it('gives bit for bit what filtering every sample gives, on random signals cut at random', () => {
    for (let seed = 1; seed <= 40; seed++) {
      const next = seededRandom(seed);
      const n = 2_000 + Math.floor(next() * 20_000);
      const level = 0.01 + next() * 0.9;
      const x = new Float32Array(n);
      // Quiet noise with loud bursts and isolated clicks: the peak rises several times.
      for (let i = 0; i < n; i++) x[i] = (next() - 0.5) * level * (next() < 0.002 ? 8 : next() < 0.05 ? 3 : 1);
      const skipped = meterInStretches([x], next, 1 + Math.floor(next() * 3000));
      expect(skipped, `seed ${seed}`).toBe(filterEverything(x));
    }
  });

  it('matches the textbook 49-tap oversampler', () => {
    const next = seededRandom(99);
    const x = new Float32Array(5_000);
    for (let i = 0; i < x.length; i++) x[i] = Math.sin(i * 1.3) * 0.4 + (next() - 0.5) * 0.3;
    expect(filterEverything(x)).toBeCloseTo(textbook(x), 12);
  });

  it('sees a peak between two loud samples just before a bin ends, after a one-sample stretch', () => {
    // The over between samples 438 and 439 is only computed by outputs of the next bin; the
    // stretch before those is a quiet sample or three, which must not hide the samples behind it.
    const x = new Float32Array(3 * BIN).fill(0.001);
    x[BIN - 3] = 0.9;
    x[BIN - 2] = 0.9;
    const whole = filterEverything(x);
    expect(whole).toBeGreaterThan(1);
    const meter = new TruePeakMeter(1);
    const push = (from: number, to: number) => {
      const part = x.subarray(from, to);
      meter.push([x], from, to, Float64Array.of(Math.min(...part)), Float64Array.of(Math.max(...part)));
    };
    push(0, BIN);
    push(BIN, BIN + 1);
    push(BIN + 1, 2 * BIN);
    push(2 * BIN, 3 * BIN);
    expect(meter.peak).toBe(whole);
  });

  it('gives bit for bit what filtering every sample gives, on a decoded stereo MP3', async () => {
    // Left: a quarter-rate sine sampled at ±45° (overs of 3 dB), swelling; right: a 3 kHz tone.
    const file = await makeSignal(dir, 'overs',
      "aevalsrc='(0.3+0.3*sin(2*PI*t))*sin(PI*t*22050+PI/4)|0.4*sin(2*PI*3000*t)':s=44100:d=8", 'mp3');
    const stream = await Mpg123Stream.open();
    const left: number[] = [];
    const right: number[] = [];
    try {
      stream.decode(new Uint8Array(fs.readFileSync(file)), (l, r, n) => {
        for (let i = 0; i < n; i++) {
          left.push(l[i] as number);
          right.push(r[i] as number);
        }
      });
    } finally {
      stream.free();
    }
    const channels = [Float32Array.from(left), Float32Array.from(right)];
    const everything = Math.max(...channels.map(filterEverything));
    for (let seed = 1; seed <= 4; seed++) {
      expect(meterInStretches(channels, seededRandom(seed), 1152 * seed)).toBe(everything);
    }
    // The decoded sine is loud enough for overs: the oversampling really ran.
    expect(everything).toBeGreaterThan(Math.max(...channels.map(loudestSample)));
  });
});
