// Reads an audio file's technical facts, tags and embedded chapters (never writes to it).
// Strict on purpose: content decides the format, and a file is audio only with a known codec
// and a measurable, positive length.

import { createReadStream } from 'node:fs';
import path from 'node:path';
import { parseStream, type IAudioMetadata } from 'music-metadata';
import { AppError } from '../../../shared/api/errors.js';
import type { Asset } from '../../../shared/domain/types.js';
import { codecOf, KIND_LABEL } from './audio-codec.js';
import { audioUnreadable, audioUnsupported } from './audio-errors.js';
import { exactSampleCount } from './mp3-info-tag.js';
import { embeddedChapters, probedTags } from './probe-tags.js';
import { sniffAudioFile, type AudioKind, type SniffedAudio } from './sniff-format.js';
import { statFile } from './stat-file.js';

export type AudioProbe = Pick<
  Asset,
  'mime' | 'codec' | 'container' | 'durationMs' | 'sampleRate' | 'channels' | 'bitrate' | 'vbr' | 'tags' | 'embeddedChapters'
>;

const MIME_HINT: Record<AudioKind, string> = {
  mp3: 'audio/mpeg', adts: 'audio/aac', mp4: 'audio/mp4', wav: 'audio/wav', flac: 'audio/flac', ogg: 'audio/ogg',
};

export async function probeAudio(file: string, options: { signal?: AbortSignal } = {}): Promise<AudioProbe> {
  const name = path.basename(file);
  const info = await statFile(file);
  if (!info.isFile()) throw audioUnreadable(name, { en: 'it is a folder, not a file', fr: "c'est un dossier, pas un fichier" });
  const sniffed = await sniffAudioFile(file, info.size);
  const metadata = await parse(file, info.size, sniffed.kind, options.signal);

  const verdict = codecOf(sniffed.kind, metadata.format);
  if (!verdict.ok) {
    throw 'unsupported' in verdict ? audioUnsupported(name, verdict.unsupported) : audioUnreadable(name, verdict.unreadable);
  }
  const durationMs = measureDuration(name, info.size, sniffed, metadata);
  return {
    ...verdict.info,
    durationMs,
    sampleRate: metadata.format.sampleRate ?? null,
    channels: metadata.format.numberOfChannels ?? null,
    bitrate: metadata.format.bitrate ? Math.round(metadata.format.bitrate) : null,
    vbr: isVbrMp3(sniffed, metadata),
    tags: probedTags(metadata),
    embeddedChapters: embeddedChapters(metadata, durationMs),
  };
}

async function parse(file: string, size: number, kind: AudioKind, signal?: AbortSignal): Promise<IAudioMetadata> {
  if (signal?.aborted) throw new AppError('cancelled');
  const stream = createReadStream(file, { flags: 'r', highWaterMark: 1024 * 1024 });
  const abort = () => stream.destroy();
  signal?.addEventListener('abort', abort, { once: true });
  try {
    // A stream (rather than parseFile) so the sniffed type, not the extension, picks the parser.
    return await parseStream(stream, { mimeType: MIME_HINT[kind], size, path: file }, { duration: true, includeChapters: true });
  } catch (error) {
    if (signal?.aborted) throw new AppError('cancelled');
    const reason = error instanceof Error ? error.message : String(error);
    throw audioUnreadable(path.basename(file), {
      en: `its ${KIND_LABEL[kind]} data is damaged (${reason})`,
      fr: `ses données ${KIND_LABEL[kind]} sont endommagées (${reason})`,
    });
  } finally {
    signal?.removeEventListener('abort', abort);
    stream.destroy();
  }
}

const seconds = (ms: number, locale: 'en' | 'fr') =>
  (ms / 1000).toLocaleString(locale === 'fr' ? 'fr-CA' : 'en-CA', { minimumFractionDigits: 1, maximumFractionDigits: 1 });

function measureDuration(name: string, size: number, sniffed: SniffedAudio, metadata: IAudioMetadata): number {
  const { format } = metadata;
  let durationMs = format.duration && Number.isFinite(format.duration) ? format.duration * 1000 : 0;
  const mp3 = sniffed.mp3;
  if (mp3?.infoTag) {
    // The Xing/LAME tag gives the exact sample count, encoder delay and padding removed.
    const samples = exactSampleCount(mp3.infoTag, mp3.header);
    if (samples !== null) durationMs = (samples * 1000) / mp3.header.sampleRate;
    const announced = mp3.infoTag.bytes;
    const present = size - mp3.frameOffset - (metadata.native.ID3v1 ? 128 : 0);
    if (announced && announced - present > Math.max(2 * mp3.header.frameLength, announced * 0.01)) {
      throw cutShort(name, (durationMs * present) / announced, durationMs);
    }
  }
  // Parsers stop early on a cut file and say so only in a warning; what they measured is what's left.
  const warnings = metadata.quality.warnings.map((w) => w.message);
  if (warnings.some((w) => /data chunk length exceeding file length|End-of-stream reached before reaching last page/i.test(w))) {
    throw cutShort(name, durationMs, null);
  }
  if (!(durationMs > 0)) {
    throw audioUnreadable(name, {
      en: 'its length cannot be measured (no complete audio frames)',
      fr: 'sa durée est impossible à mesurer (aucune trame audio complète)',
    });
  }
  return Math.round(durationMs);
}

function cutShort(name: string, presentMs: number, announcedMs: number | null) {
  const en = announcedMs === null
    ? `the file is cut short: the audio stops at ${seconds(presentMs, 'en')} s, before the end its header announces`
    : `the file is cut short: its header announces ${seconds(announcedMs, 'en')} s of audio but only ${seconds(presentMs, 'en')} s are present`;
  const fr = announcedMs === null
    ? `le fichier est tronqué : le son s'arrête à ${seconds(presentMs, 'fr')} s, avant la fin annoncée par son en-tête`
    : `le fichier est tronqué : son en-tête annonce ${seconds(announcedMs, 'fr')} s de son, mais seules ${seconds(presentMs, 'fr')} s sont présentes`;
  return audioUnreadable(name, { en, fr });
}

// `vbr` flags MP3s whose bitrate varies, because browsers seek those inexactly (no seek index).
// Other containers carry exact timing, so their bitrate mode does not matter here: false.
function isVbrMp3(sniffed: SniffedAudio, metadata: IAudioMetadata): boolean {
  if (!sniffed.mp3) return false;
  const tag = sniffed.mp3.infoTag?.kind;
  if (tag === 'Xing' || tag === 'VBRI') return true;
  if (tag === 'Info') return false;
  return metadata.format.codecProfile !== 'CBR';
}
