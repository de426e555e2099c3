// AAC (M4A or raw ADTS) has no WebAssembly decoder that installs without a download, so ffmpeg
// decodes it when installed. Float output, not s16: AAC often decodes above full scale, and
// clipping it to 16 bits would hide exactly the overs a true-peak reading must report.

import { spawn } from 'node:child_process';
import path from 'node:path';
import { AppError } from '../../../shared/api/errors.js';
import { audioUnreadable } from '../audio/audio-errors.js';
import type { PcmSink } from './pcm-chunk.js';

export interface FfmpegSource {
  file: string;
  ffmpeg: string;
  sampleRate: number;
  channels: number;
  /** For progress only. */
  estimatedSamples: number;
}

export function ffmpegMissing(file: string, ffmpeg: string): AppError {
  const name = path.basename(file);
  return new AppError('audio_unsupported', { file: name, format: 'AAC', needs: ffmpeg }, {
    fr: `Pour tracer la forme d'onde de « ${name} » (AAC), Balado Studio a besoin de ffmpeg, introuvable sur cet ordinateur (« ${ffmpeg} »). Installez ffmpeg (https://ffmpeg.org) puis réessayez, ou importez l'épisode en MP3, WAV, FLAC ou Ogg.`,
    en: `Drawing the waveform of "${name}" (AAC) needs ffmpeg, which was not found on this computer ("${ffmpeg}"). Install ffmpeg (https://ffmpeg.org) and try again, or import the episode as MP3, WAV, FLAC or Ogg.`,
  });
}

export async function decodeFfmpeg(source: FfmpegSource, sink: PcmSink): Promise<void> {
  const { channels, sampleRate } = source;
  const child = spawn(source.ffmpeg, [
    '-nostdin', '-v', 'error', '-i', source.file, '-vn', '-map', '0:a:0',
    '-f', 'f32le', '-acodec', 'pcm_f32le', '-ac', String(channels), '-ar', String(sampleRate), '-',
  ], { stdio: ['ignore', 'pipe', 'pipe'] });
  let spawnError: NodeJS.ErrnoException | null = null;
  const finished = new Promise<number | null>((resolve) => {
    child.once('error', (error: NodeJS.ErrnoException) => {
      spawnError = error;
      resolve(null);
    });
    child.once('close', (code) => resolve(code));
  });
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (text: string) => {
    stderr = (stderr + text).slice(-2000);
  });

  const frameBytes = 4 * channels;
  let carry = new Uint8Array(0);
  let first = 0;
  let data = Array.from({ length: channels }, () => new Float32Array(0));
  try {
    for await (const piece of child.stdout as AsyncIterable<Buffer>) {
      const bytes = carry.length ? concat(carry, piece) : new Uint8Array(piece.buffer, piece.byteOffset, piece.length);
      const frames = Math.floor(bytes.length / frameBytes);
      // Copy into an aligned buffer: pipe chunks may start at any byte offset.
      const floats = new Float32Array(bytes.slice(0, frames * frameBytes).buffer);
      carry = bytes.slice(frames * frameBytes);
      if ((data[0] as Float32Array).length < frames) data = Array.from({ length: channels }, () => new Float32Array(frames));
      for (let c = 0; c < channels; c++) {
        const dest = data[c] as Float32Array;
        for (let i = 0, j = c; i < frames; i++, j += channels) dest[i] = floats[j] as number;
      }
      const fraction = Math.min(0.99, (first + frames) / Math.max(1, source.estimatedSamples));
      const more = sink({ data, from: 0, length: frames, first, sampleRate, fraction });
      first += frames;
      if (!more) return;
    }
    const code = await finished;
    const failure = spawnError as NodeJS.ErrnoException | null;
    if (failure) throw failure.code === 'ENOENT' ? ffmpegMissing(source.file, source.ffmpeg) : failure;
    if (code !== 0) {
      const problem = stderr.trim().split('\n').at(-1) || `ffmpeg exit ${code}`;
      throw audioUnreadable(path.basename(source.file), { en: `ffmpeg could not decode it (${problem})`, fr: `ffmpeg n'a pas pu le décoder (${problem})` });
    }
  } finally {
    if (child.exitCode === null) child.kill();
  }
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}
