// Peaks of real audio made at test time: tone bursts land in the right bins and silences are
// found where they were made, in every format; an MP3 decoded in two parallel parts matches one
// pass; progress comes coarse-first; cancel and damaged files fail with clear errors.

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../../../../../src/shared/api/errors.js';
import { FULL_SCALE } from '../../../../../src/main/services/peaks/bin-grid.js';
import { computePeaks, type PeaksProgressReport } from '../../../../../src/main/services/peaks/compute-peaks.js';
import { durationSeconds, type PeaksData } from '../../../../../src/main/services/peaks/peaks-data.js';
import { makeAudio, makeBadFile, type AudioFormat, type Segment } from '../../../../helpers/make-audio.js';
import { makeSignal } from './signals.js';

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'balado-peaks-'));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

// Bursts of tone (1/8 full scale, ffmpeg's sine) between digital silences.
const BURSTS: Segment[] = [
  { silence: 2 }, { tone: 440, seconds: 1.5 }, { silence: 3 }, { tone: 880, seconds: 2 }, { silence: 2 }, { tone: 330, seconds: 1 },
];
const SILENCES = [{ startMs: 0, endMs: 2000 }, { startMs: 3500, endMs: 6500 }, { startMs: 8500, endMs: 10_500 }];
const TONES = [[2, 3.5], [6.5, 8.5], [10.5, 11.5]] as const;

const loudest = (d: PeaksData, fromSec: number, toSec: number) =>
  Math.max(...d.max.subarray(Math.round(fromSec * d.perSecond), Math.round(toSec * d.perSecond))) / FULL_SCALE;

function expectBursts(d: PeaksData, toleranceMs = 50): void {
  // 1/8 full scale, or 3 dB less per channel when upmixed to stereo.
  for (const [from, to] of TONES) expect(loudest(d, from + 0.05, to - 0.05)).toBeGreaterThan(0.08);
  for (const s of SILENCES) expect(loudest(d, s.startMs / 1000 + 0.05, s.endMs / 1000 - 0.05)).toBeLessThan(0.01);
  expect(d.silences).toHaveLength(SILENCES.length);
  d.silences.forEach((s, i) => {
    expect(Math.abs(s.startMs - SILENCES[i]!.startMs)).toBeLessThanOrEqual(toleranceMs);
    expect(Math.abs(s.endMs - SILENCES[i]!.endMs)).toBeLessThanOrEqual(toleranceMs);
  });
}

describe('computePeaks on tone bursts', () => {
  it.each<[AudioFormat, 1 | 2]>([['wav', 1], ['wav', 2], ['mp3', 2], ['flac', 1], ['ogg', 2], ['opus', 1], ['m4a', 2], ['aac', 1]])(
    '%s (%i ch): bursts in their bins, silences where they were made (±50 ms)',
    async (format, channels) => {
      const file = await makeAudio(dir, { name: `bursts-${format}-${channels}`, format, pattern: BURSTS, channels });
      const d = await computePeaks(file);
      expect(d.channels).toBe(channels);
      expect(durationSeconds(d)).toBeCloseTo(11.5, format === 'aac' || format === 'm4a' ? 1 : 2);
      expect(d.min.length).toBe(Math.ceil(durationSeconds(d) * 100));
      expect(d.channelMin).toHaveLength(channels > 1 ? channels : 0);
      expectBursts(d);
    },
  );

  it('honours the bins per second setting', async () => {
    const file = await makeAudio(dir, { name: 'bursts-250', format: 'wav', pattern: BURSTS });
    const d = await computePeaks(file, { perSecond: 250 });
    expect(d.min.length).toBe(2875);
    expectBursts(d);
  });
});

describe('computePeaks on every WAV encoding', () => {
  it.each(['wav-u8', 'wav-s24', 'wav-s32', 'wav-f32', 'wav-f64'] as const)('%s', async (codec) => {
    const file = await makeSignal(dir, `tone-${codec}`, 'sine=f=1000:r=48000:d=3,volume=0.5', codec);
    const d = await computePeaks(file);
    expect(d.sampleRate).toBe(48_000);
    expect(d.samples).toBe(144_000);
    expect(loudest(d, 0.1, 2.9)).toBeCloseTo(0.0625, 2); // ffmpeg's sine is 1/8 full scale
  });
});

describe('computePeaks on MP3 in two parts', () => {
  const same = (a: PeaksData, b: PeaksData) => {
    expect(b.samples).toBe(a.samples);
    expect(b.min.length).toBe(a.min.length);
    let worst = 0;
    for (let i = 0; i < a.min.length; i++) worst = Math.max(worst, Math.abs(a.min[i]! - b.min[i]!), Math.abs(a.max[i]! - b.max[i]!));
    a.channelMin.forEach((m, c) => {
      for (let i = 0; i < m.length; i++) worst = Math.max(worst, Math.abs(m[i]! - b.channelMin[c]![i]!));
    });
    // Float rounding in the decoder may move a value across a 16-bit step: at most one step.
    expect(worst).toBeLessThanOrEqual(1);
    expect(b.loudness.integratedLufs).toBeCloseTo(a.loudness.integratedLufs!, 1);
    expect(b.loudness.truePeakDbtp).toBeCloseTo(a.loudness.truePeakDbtp!, 1);
    expect(b.silences).toEqual(a.silences);
  };
  const speechy = "anoisesrc=c=pink:r=44100:a=0.4:d=45:seed=3,volume='(0.3+0.7*abs(sin(2*PI*t*2.3)))*gt(mod(t\\,11)\\,2)':eval=frame";

  it.each(['mp3', 'mp3-vbr', 'mp3-noxing'] as const)('%s: two workers give what one pass gives', async (codec) => {
    const file = await makeSignal(dir, `speechy-${codec}`, `${speechy},aformat=channel_layouts=stereo`, codec);
    const [one, two] = await Promise.all([computePeaks(file, { parts: 1 }), computePeaks(file, { parts: 2 })]);
    expect(two.vbr).toBe(codec === 'mp3-vbr');
    same(one, two);
    expect(two.silences.length).toBeGreaterThanOrEqual(3);
  });

  it('WAV splits at a sample too, with the same result', async () => {
    const file = await makeSignal(dir, 'speechy-wav', `${speechy},aformat=channel_layouts=stereo`, 'wav');
    const [one, two] = await Promise.all([computePeaks(file, { parts: 1 }), computePeaks(file, { parts: 2 })]);
    same(one, two);
  });

  it('mono MP3 too', async () => {
    const file = await makeSignal(dir, 'speechy-mono', `${speechy},aformat=channel_layouts=mono`, 'mp3');
    const [one, two] = await Promise.all([computePeaks(file, { parts: 1 }), computePeaks(file, { parts: 2 })]);
    expect(two.channels).toBe(1);
    same(one, two);
  });
});

describe('progress and cancel', () => {
  it('reports a coarse overview first, then refines to done', async () => {
    const file = await makeSignal(dir, 'progress', 'anoisesrc=c=pink:r=44100:a=0.3:d=60,aformat=channel_layouts=stereo', 'mp3');
    const reports: PeaksProgressReport[] = [];
    const d = await computePeaks(file, { onProgress: (p) => reports.push(p), progressEveryMs: 0, overviewPoints: 200 });
    expect(reports[0]!.phase).toBe('overview');
    expect(reports[0]!.overview!.max.some((v) => v > 0.05)).toBe(true);
    expect(reports.at(-1)).toMatchObject({ phase: 'done', fraction: 1 });
    const final = reports.at(-1)!.overview!;
    expect(final.max).toHaveLength(200);
    expect(Math.max(...final.max)).toBeCloseTo(Math.max(...d.max) / FULL_SCALE, 3);
    // The sparse look is close to the finished overview: the same signal, sampled.
    const coarse = reports[0]!.overview!;
    const mean = (a: Float32Array) => a.reduce((s, v) => s + v, 0) / a.length;
    expect(Math.abs(mean(coarse.max) - mean(final.max))).toBeLessThan(0.5 * mean(final.max));
    // Primed decoding: no loud garbage from the jumps between points.
    expect(Math.max(...coarse.max)).toBeLessThanOrEqual(Math.max(...final.max) * 1.05);
  });

  it('stops with a cancelled error when aborted, before or during the work', async () => {
    const file = await makeSignal(dir, 'cancel', 'anoisesrc=c=pink:r=44100:a=0.3:d=120', 'mp3');
    const before = new AbortController();
    before.abort();
    await expect(computePeaks(file, { signal: before.signal })).rejects.toMatchObject({ code: 'cancelled' });
    const during = new AbortController();
    const run = computePeaks(file, { signal: during.signal, onProgress: () => during.abort() });
    await expect(run).rejects.toBeInstanceOf(AppError);
    await expect(run).rejects.toMatchObject({ code: 'cancelled' });
  });
});

describe('damaged files and missing tools', () => {
  it.each(['random-bytes', 'text', 'empty', 'truncated-audio', 'png'] as const)('%s: a clear error in both languages', async (kind) => {
    const file = await makeBadFile(dir, { name: `bad-${kind}`, kind });
    const error = await computePeaks(file).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    const e = error as AppError;
    expect(['audio_unreadable', 'audio_unsupported']).toContain(e.code);
    expect(e.messages.fr).toContain(path.basename(file));
    expect(e.messages.en).toContain(path.basename(file));
  });

  it('a damaged FLAC says so', async () => {
    const good = await makeAudio(dir, { name: 'to-damage', format: 'flac', seconds: 2 });
    const bytes = fs.readFileSync(good);
    const file = path.join(dir, 'damaged.flac');
    fs.writeFileSync(file, Buffer.concat([bytes.subarray(0, 200), Buffer.alloc(4000, 0x55)]));
    await expect(computePeaks(file)).rejects.toMatchObject({ code: 'audio_unreadable' });
  });

  it('AAC without ffmpeg names the missing tool in both languages', async () => {
    const file = await makeAudio(dir, { name: 'needs-ffmpeg', format: 'm4a', seconds: 1 });
    const error = (await computePeaks(file, { ffmpeg: path.join(dir, 'no-such-ffmpeg') }).catch((e: unknown) => e)) as AppError;
    expect(error).toBeInstanceOf(AppError);
    expect(error.code).toBe('audio_unsupported');
    expect(error.messages.en).toMatch(/needs ffmpeg/);
    expect(error.messages.fr).toMatch(/besoin de ffmpeg/);
  });

  it('a missing file is file_missing', async () => {
    await expect(computePeaks(path.join(dir, 'gone.mp3'))).rejects.toMatchObject({ code: 'file_missing' });
  });
});
