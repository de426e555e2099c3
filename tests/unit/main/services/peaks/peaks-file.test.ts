// The binary peaks file and its cache: round trips exactly, refuses what is not one, is named by
// hash and settings, and is written atomically.

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { peaksCacheFile, readPeaksFile, writePeaksFile } from '../../../../../src/main/services/peaks/peaks-cache.js';
import { PEAKS_VERSION, type PeaksData } from '../../../../../src/main/services/peaks/peaks-data.js';
import { decodePeaks, encodePeaks } from '../../../../../src/main/services/peaks/peaks-file.js';
import { downsample, peaksView } from '../../../../../src/main/services/peaks/peaks-view.js';

const SHA = 'ab'.repeat(32);

function sample(channels: number, bins = 1000): PeaksData {
  const wave = (phase: number) => Int16Array.from({ length: bins }, (_, i) => Math.round(Math.sin(i / 10 + phase) * 20_000));
  return {
    perSecond: 100, sampleRate: 44_100, channels, samples: bins * 441 - 17, codec: 'mp3', vbr: true,
    min: wave(0).map((v) => -Math.abs(v)), max: wave(0).map((v) => Math.abs(v)),
    channelMin: channels > 1 ? [wave(1).map((v) => -Math.abs(v)), wave(2).map((v) => -Math.abs(v))] : [],
    channelMax: channels > 1 ? [wave(1).map((v) => Math.abs(v)), wave(2).map((v) => Math.abs(v))] : [],
    silences: [{ startMs: 1200, endMs: 3400 }, { startMs: 7000, endMs: 9990 }],
    loudness: { integratedLufs: -16.37, truePeakDbtp: -1.02, samplePeakDbfs: -1.3 },
  };
}

const plain = (d: PeaksData) => ({
  ...d, min: Array.from(d.min), max: Array.from(d.max),
  channelMin: d.channelMin.map((a) => Array.from(a)), channelMax: d.channelMax.map((a) => Array.from(a)),
});

describe('peaks file', () => {
  it.each([1, 2])('round-trips %i-channel peaks exactly, with the source hash', (channels) => {
    const data = sample(channels);
    const decoded = decodePeaks(encodePeaks(data, SHA));
    expect(decoded?.sha256).toBe(SHA);
    expect(plain(decoded!.data)).toEqual(plain(data));
  });

  it('keeps silence (no loudness) as null', () => {
    const data = { ...sample(1), loudness: { integratedLufs: null, truePeakDbtp: null, samplePeakDbfs: null } };
    expect(decodePeaks(encodePeaks(data))?.data.loudness).toEqual(data.loudness);
  });

  it('is compact: a 16-bit min and max per bin and channel, plus a small header', () => {
    expect(encodePeaks(sample(2, 1000)).length).toBe(88 + 2 * 8 + 6 * 1000 * 2);
  });

  it('reads from an odd byte offset (pooled buffers)', () => {
    const bytes = encodePeaks(sample(2));
    const shifted = new Uint8Array(bytes.length + 1);
    shifted.set(bytes, 1);
    expect(plain(decodePeaks(shifted.subarray(1))!.data)).toEqual(plain(sample(2)));
  });

  it('refuses other files, other format versions and cut files', () => {
    const bytes = encodePeaks(sample(2));
    expect(decodePeaks(new TextEncoder().encode('not peaks at all, clearly not'.repeat(5)))).toBeNull();
    const other = bytes.slice();
    other[4] = 99;
    expect(decodePeaks(other)).toBeNull();
    expect(decodePeaks(bytes.subarray(0, bytes.length - 2))).toBeNull();
  });
});

describe('peaks cache', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'balado-peaks-cache-'));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('names the file by hash, bins per second and analysis version, under cache/peaks', () => {
    const a = peaksCacheFile(dir, SHA, { perSecond: 100 });
    expect(a).toBe(path.join(dir, 'cache', 'peaks', `${SHA}-100ps-v${PEAKS_VERSION}.bpk`));
    expect(peaksCacheFile(dir, SHA, { perSecond: 200 })).not.toBe(a);
    expect(peaksCacheFile(dir, 'cd'.repeat(32), { perSecond: 100 })).not.toBe(a);
    expect(() => peaksCacheFile(dir, '../../etc', { perSecond: 100 })).toThrow();
  });

  it('writes atomically and reads back what was written; a missing or foreign file reads as null', async () => {
    const file = peaksCacheFile(dir, SHA, { perSecond: 100 });
    expect(await readPeaksFile(file, SHA)).toBeNull();
    await writePeaksFile(file, sample(2), SHA);
    expect(fs.readdirSync(path.dirname(file))).toEqual([path.basename(file)]);
    expect(plain((await readPeaksFile(file, SHA))!)).toEqual(plain(sample(2)));
    expect(await readPeaksFile(file, 'cd'.repeat(32))).toBeNull();
    await writePeaksFile(file, sample(1), SHA);
    expect((await readPeaksFile(file, SHA))!.channels).toBe(1);
  });
});

describe('peaks view', () => {
  it('downsamples with the min of mins and max of maxes, as floats in [-1, 1]', () => {
    const min = Int16Array.from([-100, -32767, 0, -50]);
    const max = Int16Array.from([100, 200, 32767, 50]);
    expect(downsample(min, max, 2)).toEqual({ min: [-1, -0.0015], max: [0.0061, 1] });
  });

  it('gives an overview of the requested width and a detail stretch at full resolution', () => {
    const data = sample(2, 1000);
    const view = peaksView(7, data, { overviewBins: 250, detail: { startSec: 2, endSec: 3.5, channels: true } });
    expect(view).toMatchObject({ assetId: 7, duration: data.samples / 44_100, perSecond: 100, vbr: true, channels: 2 });
    expect(view.overview.min).toHaveLength(250);
    expect(view.detail).toMatchObject({ startSec: 2, endSec: 3.5, perSecond: 100 });
    expect(view.detail!.max).toHaveLength(150);
    expect(view.detail!.max[0]).toBeCloseTo(data.max[200]! / 32767, 4);
    expect(view.detail!.channels).toHaveLength(2);
    expect(peaksView(7, data, { overviewBins: 5000 }).overview.bins).toBe(1000);
  });
});
