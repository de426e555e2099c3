// Decides how a file is read: which decoder, how many parts (MP3 and WAV split in two at a frame
// or sample boundary to use both cores), what each part keeps, and what is known in advance.

import path from 'node:path';
import { audioUnreadable, audioUnsupported } from '../audio/audio-errors.js';
import { sniffAudioFile } from '../audio/sniff-format.js';
import { statFile } from '../audio/stat-file.js';
import { findSplit, mp3Layout, primingFor, type Mp3Layout } from './mp3-layout.js';
import type { Mp3Range } from './decode-mp3.js';
import { flacInfo, oggInfo } from './stream-info.js';
import { wavLayout } from './wav-layout.js';
import type { PartJob } from './worker-protocol.js';

export interface PlanOptions {
  perSecond: number;
  /** Parts decoded in parallel for MP3 and WAV (1 or 2). */
  parts: number;
  overviewPoints: number;
  ffmpeg: string;
}

export interface PeaksPlan {
  codec: string;
  /** From the headers; final when `formatKnown` (MP3, WAV), else the decoder's first output decides. */
  sampleRate: number | null;
  channels: number | null;
  formatKnown: boolean;
  /** Exact length when the headers give it. */
  exactSamples: number | null;
  /** For sizing and progress when the length is not exact. */
  estimatedSamples: number;
  vbr: boolean;
  /** Decoding granularity: a stream may end this much short of its announced length. */
  samplesPerFrame: number;
  jobs: PartJob[];
}

/** Frames decoded before a split whose output only settles the loudness filters (≈ 100 ms). */
const LEAD_IN_FRAMES = 4;
const WAV_LEAD_IN = 4096;
const MIN_SPLIT_SECONDS = 20;

export async function planPeaks(file: string, options: PlanOptions): Promise<PeaksPlan> {
  const info = await statFile(file);
  if (!info.isFile()) throw audioUnreadable(path.basename(file), { en: 'it is a folder, not a file', fr: "c'est un dossier, pas un fichier" });
  const sniffed = await sniffAudioFile(file, info.size);
  const base = { perSecond: options.perSecond, overview: null };
  switch (sniffed.kind) {
    case 'mp3':
      return planMp3(file, await mp3Layout(file, info.size, sniffed), options);
    case 'wav': {
      const layout = await wavLayout(file, info.size);
      const overview = { format: 'wav' as const, file, layout, points: options.overviewPoints };
      const split = options.parts > 1 && layout.frames > MIN_SPLIT_SECONDS * layout.sampleRate ? Math.floor(layout.frames / 2) : layout.frames;
      const jobs: PartJob[] = [{ ...base, source: { format: 'wav', file, layout, fromFrame: 0, toFrame: split }, keepFrom: 0, keepTo: split, overview }];
      if (split < layout.frames) {
        jobs.push({ ...base, source: { format: 'wav', file, layout, fromFrame: split - WAV_LEAD_IN, toFrame: layout.frames }, keepFrom: split, keepTo: layout.frames });
      }
      return {
        codec: layout.encoding.startsWith('f') ? 'pcm_float' : 'pcm', sampleRate: layout.sampleRate, channels: layout.channels, formatKnown: true,
        exactSamples: layout.frames, estimatedSamples: layout.frames, vbr: false, samplesPerFrame: 1, jobs,
      };
    }
    case 'flac':
    case 'ogg': {
      const stream = sniffed.kind === 'flac' ? await flacInfo(file, sniffed.audioOffset) : await oggInfo(file, info.size);
      if (!stream) throw audioUnsupported(path.basename(file), { en: 'Ogg without Vorbis or Opus audio', fr: 'Ogg sans audio Vorbis ni Opus' });
      const start = sniffed.kind === 'flac' ? sniffed.audioOffset : 0;
      return {
        codec: stream.codec, sampleRate: stream.sampleRate, channels: stream.channels, formatKnown: false, exactSamples: null,
        estimatedSamples: stream.samples ?? Math.round((info.size / 16_000) * (stream.sampleRate ?? 44_100)),
        vbr: false, samplesPerFrame: 1,
        jobs: [{ ...base, source: { format: 'wasm', file, codec: stream.codec, start, end: info.size }, keepFrom: 0, keepTo: Infinity }],
      };
    }
    case 'mp4':
    case 'adts': {
      // Loaded only here: music-metadata is large, and AAC is the one format that needs it.
      const { parseFile } = await import('music-metadata');
      const { format } = await parseFile(file, { duration: false, skipCovers: true });
      const sampleRate = format.sampleRate ?? 44_100;
      const channels = Math.min(2, format.numberOfChannels ?? 2);
      const seconds = format.duration ?? (format.bitrate ? (info.size * 8) / format.bitrate : info.size / 12_000);
      const estimatedSamples = Math.round(seconds * sampleRate);
      const source = { file, ffmpeg: options.ffmpeg, sampleRate, channels, estimatedSamples };
      return {
        codec: 'aac', sampleRate, channels, formatKnown: false, exactSamples: null, estimatedSamples, vbr: false, samplesPerFrame: 1,
        jobs: [{ ...base, source: { format: 'ffmpeg', source }, keepFrom: 0, keepTo: Infinity }],
      };
    }
  }
}

async function planMp3(file: string, layout: Mp3Layout, options: PlanOptions): Promise<PeaksPlan> {
  const spf = layout.samplesPerFrame;
  const bytes = layout.end - layout.firstFrame;
  const whole: Mp3Range = {
    file, start: layout.firstFrame, end: layout.end, firstRaw: 0, dropBefore: 0, skip: layout.skip,
    channels: layout.channels, sampleRate: layout.sampleRate,
  };
  const estimatedSamples = layout.exactSamples ?? Math.round((bytes / 417.96) * spf * (layout.sampleRate / 44_100));
  const end = layout.exactSamples ?? Infinity;
  const overview = { format: 'mp3' as const, range: whole, points: options.overviewPoints };
  const base = { perSecond: options.perSecond };
  const plan = {
    codec: 'mp3', sampleRate: layout.sampleRate, channels: layout.channels, formatKnown: true, exactSamples: layout.exactSamples,
    estimatedSamples, vbr: layout.vbr, samplesPerFrame: spf,
  };
  const split = options.parts > 1 && estimatedSamples > MIN_SPLIT_SECONDS * layout.sampleRate
    ? await findSplit(file, layout, layout.firstFrame + Math.floor(bytes * firstShare(options.overviewPoints, estimatedSamples / spf)))
    : null;
  if (!split) return { ...plan, jobs: [{ ...base, source: { format: 'mp3', range: whole }, keepFrom: 0, keepTo: end, overview }] };

  const at = split.frame * spf - layout.skip;
  const priming = primingFor(split, LEAD_IN_FRAMES);
  const second: Mp3Range = {
    ...whole, start: priming.byte, firstRaw: (split.frame - priming.frames) * spf, dropBefore: (split.frame - priming.exactFrames) * spf,
  };
  return {
    ...plan,
    vbr: layout.vbr || split.bitrateVaries,
    jobs: [
      { ...base, source: { format: 'mp3', range: { ...whole, end: split.byte } }, keepFrom: 0, keepTo: at, overview: null },
      { ...base, source: { format: 'mp3', range: second }, keepFrom: at, keepTo: end, overview },
    ],
  };
}

/** The second part also decodes the sparse overview (4 frames a point): it gets less of the file. */
function firstShare(points: number, frames: number): number {
  return Math.min(0.7, 0.5 + (2 * points) / Math.max(1, frames));
}
