// Decides what a file really is from its first bytes, whatever its extension says: music-metadata
// trusts the extension and "parses" a PNG or random bytes named .mp3 as MPEG audio.

import { open } from 'node:fs/promises';
import path from 'node:path';
import type { Bilingual } from '../../../shared/domain/types.js';
import { audioUnreadable, audioUnsupported } from './audio-errors.js';
import { readMp3InfoTag, type Mp3InfoTag } from './mp3-info-tag.js';
import { findMpegFrames, type MpegFrameHeader } from './mpeg-frame.js';

export type AudioKind = 'mp3' | 'adts' | 'mp4' | 'wav' | 'flac' | 'ogg';

export interface SniffedAudio {
  kind: AudioKind;
  /** Where the audio stream starts, after any ID3v2 tag. */
  audioOffset: number;
  /** MP3 only: the first real frame and the Xing/Info/VBRI tag it may carry. */
  mp3: { frameOffset: number; header: MpegFrameHeader; infoTag: Mp3InfoTag | null } | null;
}

const HEAD_BYTES = 64 * 1024;

const fmt = (en: string, fr: string): Bilingual => ({ en, fr });

/** Containers we recognise and refuse, by the magic bytes at the start of the audio. */
const REFUSED: { magic: string | number[]; format: Bilingual }[] = [
  { magic: [0x89, 0x50, 0x4e, 0x47], format: fmt('PNG image', 'image PNG') },
  { magic: [0xff, 0xd8, 0xff], format: fmt('JPEG image', 'image JPEG') },
  { magic: 'GIF8', format: fmt('GIF image', 'image GIF') },
  { magic: '%PDF', format: fmt('PDF document', 'document PDF') },
  { magic: [0x50, 0x4b, 0x03, 0x04], format: fmt('ZIP archive', 'archive ZIP') },
  { magic: [0x1a, 0x45, 0xdf, 0xa3], format: fmt('Matroska/WebM', 'Matroska/WebM') },
  { magic: [0x30, 0x26, 0xb2, 0x75, 0x8e, 0x66, 0xcf, 0x11], format: fmt('WMA/ASF', 'WMA/ASF') },
  { magic: 'MAC ', format: fmt("Monkey's Audio (APE)", "Monkey's Audio (APE)") },
  { magic: 'wvpk', format: fmt('WavPack', 'WavPack') },
  { magic: 'MPCK', format: fmt('Musepack', 'Musepack') },
  { magic: 'MP+', format: fmt('Musepack', 'Musepack') },
  { magic: 'caff', format: fmt('Core Audio (CAF)', 'Core Audio (CAF)') },
  { magic: '.snd', format: fmt('Sun/NeXT audio (AU)', 'audio Sun/NeXT (AU)') },
  { magic: '#!AMR', format: fmt('AMR', 'AMR') },
  { magic: 'DSD ', format: fmt('DSF (DSD audio)', 'DSF (audio DSD)') },
  { magic: 'FRM8', format: fmt('DSDIFF (DSD audio)', 'DSDIFF (audio DSD)') },
  { magic: 'MThd', format: fmt('MIDI', 'MIDI') },
  { magic: 'RF64', format: fmt('RF64 WAV (over 4 GB)', 'WAV RF64 (plus de 4 Go)') },
  { magic: 'BW64', format: fmt('RF64 WAV (over 4 GB)', 'WAV RF64 (plus de 4 Go)') },
];

const startsWith = (head: Uint8Array, magic: string | number[], at = 0): boolean => {
  const bytes = typeof magic === 'string' ? [...magic].map((c) => c.charCodeAt(0)) : magic;
  return bytes.every((b, i) => head[at + i] === b);
};

/** Reads the head of `file` (size already known, > 0) and names its audio kind, or throws. */
export async function sniffAudioFile(file: string, size: number): Promise<SniffedAudio> {
  const name = path.basename(file);
  if (size === 0) throw audioUnreadable(name, fmt('the file is empty', 'le fichier est vide'));
  const handle = await open(file, 'r').catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'EACCES' || error.code === 'EPERM') {
      throw audioUnreadable(name, fmt('permission denied: this account may not read it', 'accès refusé : ce compte ne peut pas le lire'));
    }
    throw error;
  });
  try {
    const audioOffset = await skipId3v2(handle, size);
    if (audioOffset >= size) {
      throw audioUnreadable(name, fmt(
        'it holds an ID3 tag but no audio after it (file cut short?)',
        'il contient une étiquette ID3 mais aucun son après (fichier tronqué ?)',
      ));
    }
    const head = new Uint8Array(Math.min(HEAD_BYTES, size - audioOffset));
    await handle.read(head, 0, head.length, audioOffset);
    const reachesEof = audioOffset + head.length === size;
    return identify(name, head, audioOffset, reachesEof);
  } finally {
    await handle.close();
  }
}

// ID3v2 (and sometimes several of them) precede MP3s and, from some taggers, FLAC files too.
async function skipId3v2(handle: Awaited<ReturnType<typeof open>>, size: number): Promise<number> {
  let offset = 0;
  const header = new Uint8Array(10);
  for (let guard = 0; guard < 8 && offset + 10 <= size; guard++) {
    await handle.read(header, 0, 10, offset);
    const synchsafe = header.subarray(6, 10);
    if (!startsWith(header, 'ID3') || (header[3] ?? 0xff) > 4 || synchsafe.some((b) => b >= 0x80)) break;
    const body = synchsafe.reduce((n, b) => (n << 7) | b, 0);
    offset += 10 + body + ((header[5] ?? 0) & 0x10 ? 10 : 0);
  }
  return offset;
}

function identify(name: string, head: Uint8Array, audioOffset: number, reachesEof: boolean): SniffedAudio {
  const plain = (kind: AudioKind): SniffedAudio => ({ kind, audioOffset, mp3: null });
  if (startsWith(head, 'fLaC')) return plain('flac');
  if (startsWith(head, 'OggS')) return plain('ogg');
  if (startsWith(head, 'ftyp', 4)) return plain('mp4');
  if (startsWith(head, 'RIFF')) {
    if (startsWith(head, 'WAVE', 8)) return plain('wav');
    if (startsWith(head, 'AVI ', 8)) throw audioUnsupported(name, fmt('AVI video', 'vidéo AVI'));
    if (startsWith(head, 'WEBP', 8)) throw audioUnsupported(name, fmt('WebP image', 'image WebP'));
    throw audioUnsupported(name, fmt('RIFF file (not WAV)', 'fichier RIFF (pas WAV)'));
  }
  if (startsWith(head, 'FORM') && (startsWith(head, 'AIFF', 8) || startsWith(head, 'AIFC', 8))) {
    throw audioUnsupported(name, fmt('AIFF', 'AIFF'));
  }
  const refused = REFUSED.find((r) => startsWith(head, r.magic));
  if (refused) throw audioUnsupported(name, refused.format);

  const mpeg = findMpegFrames(head, 0, 3, reachesEof);
  if (mpeg) {
    if (mpeg.header.layer !== 3) {
      throw audioUnsupported(name, fmt(`MPEG Layer ${mpeg.header.layer === 1 ? 'I' : 'II'} (MP${mpeg.header.layer})`,
        `MPEG couche ${mpeg.header.layer === 1 ? 'I' : 'II'} (MP${mpeg.header.layer})`));
    }
    return {
      kind: 'mp3',
      audioOffset,
      mp3: { frameOffset: audioOffset + mpeg.offset, header: mpeg.header, infoTag: readMp3InfoTag(head, mpeg.offset, mpeg.header) },
    };
  }
  if (isAdts(head)) return plain('adts');
  if (looksLikeText(head)) {
    throw audioUnreadable(name, fmt('it contains text, not audio', 'il contient du texte, pas du son'));
  }
  throw audioUnreadable(name, fmt(
    'no MPEG audio frames found, nor an M4A, WAV, FLAC or Ogg header',
    'aucune trame audio MPEG trouvée, ni en-tête M4A, WAV, FLAC ou Ogg',
  ));
}

// Raw AAC (.aac): ADTS frames carry a 12-bit sync and their own length; two in a row is convincing.
function isAdts(head: Uint8Array): boolean {
  const frameAt = (at: number): number => {
    if (head[at] !== 0xff || ((head[at + 1] ?? 0) & 0xf6) !== 0xf0) return 0;
    return (((head[at + 3] ?? 0) & 0x03) << 11) | ((head[at + 4] ?? 0) << 3) | ((head[at + 5] ?? 0) >> 5);
  };
  const first = frameAt(0);
  return first > 7 && frameAt(first) > 7;
}

function looksLikeText(head: Uint8Array): boolean {
  const sample = head.subarray(0, 4096);
  const text = new TextDecoder('utf-8', { fatal: false }).decode(sample);
  // Cutting the sample may split one multi-byte character: allow a single replacement at the end.
  const body = text.endsWith('\uFFFD') ? text.slice(0, -1) : text;
  // eslint-disable-next-line no-control-regex -- looking for control bytes is the point
  return body.length > 0 && !body.includes('\uFFFD') && !/[\u0000-\u0008\u000e-\u001f]/.test(body);
}
