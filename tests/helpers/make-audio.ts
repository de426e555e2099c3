// Real audio for tests, made at test time with ffmpeg (no committed binaries): tones and silences,
// tags and cover art, ID3/MP4 chapters, in every format the app imports, plus files that only
// pretend to be audio. Needs `ffmpeg` on PATH.
//
//   const mp3 = await makeAudio(dir, { name: 'ep1.mp3', format: 'mp3', seconds: 3, tags: { title: 'Épisode 1' } });
//   const talk = await makeAudio(dir, { name: 'talk', format: 'wav', pattern: [{ tone: 220, seconds: 4 }, { silence: 2 }] });
//   const bad = await makeBadFile(dir, { name: 'broken.mp3', kind: 'random-bytes' });

import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { seededRandom } from '../../src/shared/seeded-random.js';

const run = promisify(execFile);

/** `aac` is raw ADTS AAC (.aac); `m4a` is AAC in an MP4 container. */
export type AudioFormat = 'mp3' | 'm4a' | 'aac' | 'wav' | 'flac' | 'ogg' | 'opus';

/** One piece of the signal: a sine tone (Hz) or digital silence. */
export type Segment = { tone: number; seconds: number } | { silence: number };

export interface AudioTags {
  title?: string;
  artist?: string;
  album?: string;
  comment?: string;
  /** Written as the date tag (ID3 TYER, MP4 ©day, Vorbis DATE, WAV ICRD). */
  year?: number | string;
  /** Embed a 64×64 PNG as front cover (mp3, m4a, flac only). */
  cover?: boolean;
}

export interface ChapterSpec {
  startMs: number;
  endMs: number;
  title: string;
}

export interface MakeAudioOptions {
  /** File name; when it has no extension the format's own is added. A lying one is kept. */
  name: string;
  format: AudioFormat;
  /** Length of a single 440 Hz tone (default 3). Ignored when `pattern` is given. */
  seconds?: number;
  pattern?: Segment[];
  /** Default 44 100 Hz (Opus is always encoded at 48 000). */
  sampleRate?: number;
  channels?: 1 | 2;
  /** Constant bitrate for mp3 (default 128), m4a and aac (96), opus (64). */
  bitrateKbps?: number;
  /** Variable bitrate instead: LAME `-q:a` 0–9 for mp3, Vorbis quality for ogg. */
  vbrQuality?: number;
  tags?: AudioTags;
  /** Chapters through an ffmetadata file: ID3 CTOC+CHAP in mp3 (titles only), chapter track in m4a. */
  chapters?: ChapterSpec[];
  /** ID3v2 version for mp3 (default 3, the most widely read). */
  id3Version?: 3 | 4;
}

const EXTENSION: Record<AudioFormat, string> = { mp3: '.mp3', m4a: '.m4a', aac: '.aac', wav: '.wav', flac: '.flac', ogg: '.ogg', opus: '.opus' };
const MUXER: Record<AudioFormat, string> = { mp3: 'mp3', m4a: 'ipod', aac: 'adts', wav: 'wav', flac: 'flac', ogg: 'ogg', opus: 'ogg' };

async function ffmpeg(args: string[]): Promise<void> {
  try {
    await run('ffmpeg', ['-nostdin', '-hide_banner', '-loglevel', 'error', '-y', ...args]);
  } catch (error) {
    const e = error as NodeJS.ErrnoException & { stderr?: string };
    if (e.code === 'ENOENT') throw new Error('make-audio: ffmpeg is not installed (apt-get install ffmpeg)');
    throw new Error(`make-audio: ffmpeg failed: ${e.stderr ?? e.message}\nargs: ${args.join(' ')}`);
  }
}

const withExtension = (name: string, ext: string) => (path.extname(name) ? name : `${name}${ext}`);

/** Makes an audio file in `dir` and resolves with its absolute path. */
export async function makeAudio(dir: string, options: MakeAudioOptions): Promise<string> {
  const { format, tags = {}, chapters = [], channels = 1 } = options;
  const out = path.resolve(dir, withExtension(options.name, EXTENSION[format]));
  const rate = format === 'opus' ? 48_000 : (options.sampleRate ?? 44_100);
  const pattern = options.pattern ?? [{ tone: 440, seconds: options.seconds ?? 3 }];
  if (pattern.length === 0) throw new Error('make-audio: empty pattern');
  if (tags.cover && !['mp3', 'm4a', 'flac'].includes(format)) throw new Error(`make-audio: no cover art in ${format}`);

  const sources = pattern.map((s, i) =>
    'tone' in s
      ? `sine=frequency=${s.tone}:sample_rate=${rate}:duration=${s.seconds}[s${i}]`
      : `aevalsrc=exprs=0:sample_rate=${rate}:duration=${s.silence}[s${i}]`);
  const joined = pattern.length === 1
    ? sources[0]!.replace(/\[s0\]$/, '[a]')
    : `${sources.join(';')};${pattern.map((_, i) => `[s${i}]`).join('')}concat=n=${pattern.length}:v=0:a=1[a]`;

  const args: string[] = ['-filter_complex', joined];
  const inputs: string[] = [];
  const temp: string[] = [];
  try {
    if (chapters.length > 0) {
      const meta = `${out}.ffmeta`;
      await writeFile(meta, ffmetadata(chapters), 'utf8');
      temp.push(meta);
      inputs.push('-i', meta);
    }
    const coverInput = tags.cover ? inputs.length / 2 : -1;
    if (tags.cover) {
      const png = `${out}.cover.png`;
      await ffmpeg(['-f', 'lavfi', '-i', 'color=c=0x2a6f97:s=64x64', '-frames:v', '1', png]);
      temp.push(png);
      inputs.push('-i', png);
    }
    args.unshift(...inputs);
    args.push('-map', '[a]');
    if (chapters.length > 0) args.push('-map_chapters', '0');
    if (coverInput >= 0) {
      args.push('-map', `${coverInput}:v`, '-c:v', 'png', '-disposition:v:0', 'attached_pic',
        '-metadata:s:v', 'title=Album cover', '-metadata:s:v', 'comment=Cover (front)');
    }
    args.push('-ac', String(channels), ...codecArgs(options), ...tagArgs(tags), '-f', MUXER[format], out);
    await ffmpeg(args);
  } finally {
    await Promise.all(temp.map((f) => rm(f, { force: true })));
  }
  return out;
}

function codecArgs(o: MakeAudioOptions): string[] {
  const vbr = o.vbrQuality;
  switch (o.format) {
    case 'mp3':
      return ['-c:a', 'libmp3lame', ...(vbr !== undefined ? ['-q:a', String(vbr)] : ['-b:a', `${o.bitrateKbps ?? 128}k`]),
        '-id3v2_version', String(o.id3Version ?? 3)];
    case 'm4a':
    case 'aac':
      return ['-c:a', 'aac', '-b:a', `${o.bitrateKbps ?? 96}k`];
    case 'wav':
      return ['-c:a', 'pcm_s16le'];
    case 'flac':
      return ['-c:a', 'flac'];
    case 'ogg':
      return ['-c:a', 'libvorbis', '-q:a', String(vbr ?? 4)];
    case 'opus':
      return ['-c:a', 'libopus', '-b:a', `${o.bitrateKbps ?? 64}k`];
  }
}

function tagArgs(tags: AudioTags): string[] {
  const pairs: [string, string | number | undefined][] = [
    ['title', tags.title], ['artist', tags.artist], ['album', tags.album], ['comment', tags.comment], ['date', tags.year],
  ];
  return pairs.flatMap(([key, value]) => (value === undefined ? [] : ['-metadata', `${key}=${value}`]));
}

// ffmetadata escapes '=', ';', '#', '\' and newlines with a backslash.
const escapeMeta = (text: string) => text.replace(/[=;#\\\n]/g, (c) => `\\${c}`);

function ffmetadata(chapters: ChapterSpec[]): string {
  const blocks = chapters.map((c) =>
    `[CHAPTER]\nTIMEBASE=1/1000\nSTART=${Math.round(c.startMs)}\nEND=${Math.round(c.endMs)}\ntitle=${escapeMeta(c.title)}\n`);
  return `;FFMETADATA1\n${blocks.join('')}`;
}

export type BadFileKind =
  /** 32 KiB of (seeded) noise: no audio frames anywhere. */
  | 'random-bytes'
  /** A real tagged MP3 cut inside its ID3 header: the tag announces more bytes than exist. */
  | 'truncated-header'
  /** A real 10 s CBR MP3 cut at 40 %: its Info header announces audio that is missing. */
  | 'truncated-audio'
  /** A UTF-8 text file. */
  | 'text'
  /** Zero bytes. */
  | 'empty'
  /** A 64×64 PNG image. */
  | 'png'
  /** A 1 s MPEG-4 video without any audio track. */
  | 'video-only'
  /** A 1 s AIFF: real audio in a container the app does not accept. */
  | 'aiff';

const BAD_EXTENSION: Record<BadFileKind, string> = {
  'random-bytes': '.mp3', 'truncated-header': '.mp3', 'truncated-audio': '.mp3', text: '.mp3', empty: '.mp3',
  png: '.png', 'video-only': '.mp4', aiff: '.aiff',
};

/** Makes a file that is not (importable) audio; `name` without extension gets the kind's usual one. */
export async function makeBadFile(dir: string, options: { name: string; kind: BadFileKind }): Promise<string> {
  const out = path.resolve(dir, withExtension(options.name, BAD_EXTENSION[options.kind]));
  switch (options.kind) {
    case 'random-bytes':
      await writeFile(out, seededBytes(32 * 1024, 0x5eed));
      break;
    case 'truncated-header': {
      const whole = await makeAudio(dir, { name: `.whole-${randomBytes(4).toString('hex')}.mp3`, format: 'mp3', seconds: 1, tags: { title: 'Coupé', cover: true } });
      const bytes = await readFile(whole);
      await rm(whole);
      const tagSize = ((bytes[6]! & 0x7f) << 21) | ((bytes[7]! & 0x7f) << 14) | ((bytes[8]! & 0x7f) << 7) | (bytes[9]! & 0x7f);
      await writeFile(out, bytes.subarray(0, 10 + Math.floor(tagSize / 2)));
      break;
    }
    case 'truncated-audio': {
      const whole = await makeAudio(dir, { name: `.whole-${randomBytes(4).toString('hex')}.mp3`, format: 'mp3', seconds: 10 });
      const bytes = await readFile(whole);
      await rm(whole);
      await writeFile(out, bytes.subarray(0, Math.floor(bytes.length * 0.4)));
      break;
    }
    case 'text':
      await writeFile(out, 'Ceci n’est pas un fichier audio.\nThis is not an audio file.\n'.repeat(20), 'utf8');
      break;
    case 'empty':
      await writeFile(out, new Uint8Array(0));
      break;
    case 'png':
      await ffmpeg(['-f', 'lavfi', '-i', 'color=c=red:s=64x64', '-frames:v', '1', '-update', '1', '-f', 'image2', '-c:v', 'png', out]);
      break;
    case 'video-only':
      await ffmpeg(['-f', 'lavfi', '-i', 'testsrc=size=64x64:duration=1', '-an', '-c:v', 'mpeg4', '-f', 'mp4', out]);
      break;
    case 'aiff':
      await ffmpeg(['-f', 'lavfi', '-i', 'sine=frequency=440:duration=1', '-f', 'aiff', out]);
      break;
  }
  return out;
}

// Deterministic noise, so a "random" file can never turn into valid frames by chance on one run
// and not another.
function seededBytes(length: number, seed: number): Uint8Array {
  const next = seededRandom(seed);
  // The generator's 32-bit output, low byte: the same bytes as before it was shared.
  return Uint8Array.from({ length }, () => (next() * 4294967296) & 0xff);
}
