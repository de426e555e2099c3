// Signals make-audio.ts does not make (noise, stereo with different channels, set levels), made
// with ffmpeg at test time, and readings taken with ffmpeg to compare against: its ebur128
// loudness and true peak, and the number of samples its MP3 decoder outputs (what Chromium plays).

import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

export type Codec = 'wav' | 'wav-u8' | 'wav-s24' | 'wav-s32' | 'wav-f32' | 'wav-f64' | 'mp3' | 'mp3-vbr' | 'mp3-noxing' | 'flac';

const CODEC_ARGS: Record<Codec, string[]> = {
  wav: ['-c:a', 'pcm_s16le'],
  'wav-u8': ['-c:a', 'pcm_u8'],
  'wav-s24': ['-c:a', 'pcm_s24le'],
  'wav-s32': ['-c:a', 'pcm_s32le'],
  'wav-f32': ['-c:a', 'pcm_f32le'],
  'wav-f64': ['-c:a', 'pcm_f64le'],
  mp3: ['-c:a', 'libmp3lame', '-b:a', '128k'],
  'mp3-vbr': ['-c:a', 'libmp3lame', '-q:a', '4'],
  'mp3-noxing': ['-c:a', 'libmp3lame', '-b:a', '128k', '-write_xing', '0'],
  flac: ['-c:a', 'flac'],
};

/** Renders an ffmpeg filter graph (ending in one audio stream) to a file in `dir`. */
export async function makeSignal(dir: string, name: string, graph: string, codec: Codec): Promise<string> {
  const out = path.join(dir, `${name}.${codec.split('-')[0]}`);
  await run('ffmpeg', ['-nostdin', '-hide_banner', '-loglevel', 'error', '-y', '-filter_complex', `${graph}[out]`, '-map', '[out]', ...CODEC_ARGS[codec], out]);
  return out;
}

/** ffmpeg's own BS.1770 reading: integrated loudness (LUFS) and true peak (dBTP). */
export async function ffmpegLoudness(file: string): Promise<{ integrated: number; truePeak: number }> {
  const { stderr } = await run('ffmpeg', ['-nostdin', '-hide_banner', '-nostats', '-i', file, '-af', 'ebur128=peak=true:framelog=verbose', '-f', 'null', '-'], { maxBuffer: 64 * 1024 * 1024 });
  const summary = stderr.slice(stderr.lastIndexOf('Summary:'));
  const integrated = /I:\s+(-?[\d.]+|-inf) LUFS/.exec(summary)?.[1];
  const truePeak = /True peak:\s+Peak:\s+(-?[\d.]+|-inf) dBFS/.exec(summary)?.[1];
  if (integrated === undefined || truePeak === undefined) throw new Error(`no ebur128 summary in:\n${summary}`);
  return { integrated: Number(integrated.replace('inf', 'Infinity')), truePeak: Number(truePeak.replace('inf', 'Infinity')) };
}

/** Samples per channel ffmpeg decodes from the file (gapless MP3 trimming applied). */
export async function ffmpegSampleCount(file: string): Promise<number> {
  const { stdout } = await run('ffmpeg', ['-nostdin', '-v', 'error', '-i', file, '-ac', '1', '-f', 's16le', '-'], {
    encoding: 'buffer', maxBuffer: 1024 * 1024 * 1024,
  });
  return stdout.length / 2;
}
