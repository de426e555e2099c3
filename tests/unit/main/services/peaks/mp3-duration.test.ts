// Exact MP3 length, so chapter markers line up with playback: the samples ffmpeg's decoder (the
// one in Chromium) outputs, gapless trimming included, for CBR, VBR and tag-less files.

import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { computePeaks } from '../../../../../src/main/services/peaks/compute-peaks.js';
import { makeAudio } from '../../../../helpers/make-audio.js';
import { ffmpegSampleCount, makeSignal } from './signals.js';

const run = promisify(execFile);

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'balado-peaks-mp3-'));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

async function ffprobeSeconds(file: string): Promise<{ duration: number; start: number }> {
  const { stdout } = await run('ffprobe', ['-v', 'error', '-show_entries', 'stream=duration,start_time', '-of', 'json', file]);
  const stream = (JSON.parse(stdout) as { streams: { duration: string; start_time: string }[] }).streams[0]!;
  return { duration: Number(stream.duration), start: Number(stream.start_time) };
}

describe('exact MP3 duration', () => {
  it.each([
    ['CBR 128 kbps, Info tag', 'mp3', 'sine=f=440:r=44100:d=7.3'],
    ['VBR, Xing tag', 'mp3-vbr', 'anoisesrc=c=pink:r=44100:a=0.3:d=31.7'],
    ['no Xing tag at all', 'mp3-noxing', 'sine=f=440:r=44100:d=5'],
    ['48 kHz stereo', 'mp3', 'anoisesrc=c=white:r=48000:a=0.2:d=21.05,aformat=channel_layouts=stereo'],
    ['22.05 kHz (MPEG-2, 576-sample frames)', 'mp3', 'sine=f=300:r=22050:d=25.5'],
  ] as const)('%s: as many samples as ffmpeg decodes', async (_label, codec, graph) => {
    const file = await makeSignal(dir, `len-${codec}-${graph.length}`, graph, codec);
    const [peaks, ffmpeg] = await Promise.all([computePeaks(file), ffmpegSampleCount(file)]);
    expect(peaks.samples).toBe(ffmpeg);
    expect(peaks.vbr).toBe(codec === 'mp3-vbr');
  });

  it('matches ffprobe once its start offset and the encoder padding are taken off', async () => {
    const file = await makeAudio(dir, { name: 'probe', format: 'mp3', seconds: 12 });
    const [peaks, probe] = await Promise.all([computePeaks(file), ffprobeSeconds(file)]);
    // ffprobe reports the undecoded length (all frames) starting at the encoder delay; the
    // playable audio is exactly what was encoded.
    expect(peaks.samples / peaks.sampleRate).toBe(12);
    expect(probe.duration - probe.start).toBeGreaterThan(12);
    expect(probe.duration - probe.start - 12).toBeLessThan(1152 / 44_100);
  });
});
