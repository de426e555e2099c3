// The Xing/Info (LAME, ffmpeg) or VBRI (Fraunhofer) tag in an MP3's first frame: exact frame
// count, stream size and encoder gap, so duration is exact and a cut-short file is noticed.

import type { MpegFrameHeader } from './mpeg-frame.js';

export interface Mp3InfoTag {
  kind: 'Xing' | 'Info' | 'VBRI';
  /** Audio frames after the tag frame (the tag frame itself decodes to nothing). */
  frames: number | null;
  /** Bytes of the whole MPEG stream, tag frame included, as written by the encoder. */
  bytes: number | null;
  /** Encoder delay and end padding in samples (LAME tag), null when absent. */
  encoderDelay: number | null;
  encoderPadding: number | null;
}

const ascii = (bytes: Uint8Array, at: number, length: number) =>
  String.fromCharCode(...bytes.subarray(at, at + length));

const u32 = (bytes: Uint8Array, at: number) =>
  (((bytes[at] ?? 0) << 24) >>> 0) + ((bytes[at + 1] ?? 0) << 16) + ((bytes[at + 2] ?? 0) << 8) + (bytes[at + 3] ?? 0);

/** Reads the tag from the frame at `frameOffset` of `bytes` (which must hold the whole frame). */
export function readMp3InfoTag(bytes: Uint8Array, frameOffset: number, header: MpegFrameHeader): Mp3InfoTag | null {
  if (header.layer !== 3 || frameOffset + header.frameLength > bytes.length) return null;
  const xingAt = frameOffset + 4 + (header.hasCrc ? 2 : 0) + header.sideInfoLength;
  const xingId = ascii(bytes, xingAt, 4);
  if (xingId === 'Xing' || xingId === 'Info') return readXing(bytes, xingAt, xingId);
  // VBRI sits at a fixed 32 bytes after the header, whatever the channel mode.
  const vbriAt = frameOffset + 4 + 32;
  if (ascii(bytes, vbriAt, 4) === 'VBRI') {
    return { kind: 'VBRI', bytes: u32(bytes, vbriAt + 10), frames: u32(bytes, vbriAt + 14), encoderDelay: null, encoderPadding: null };
  }
  return null;
}

function readXing(bytes: Uint8Array, at: number, kind: 'Xing' | 'Info'): Mp3InfoTag {
  const flags = u32(bytes, at + 4);
  let cursor = at + 8;
  let frames: number | null = null;
  let size: number | null = null;
  if (flags & 0x1) {
    frames = u32(bytes, cursor);
    cursor += 4;
  }
  if (flags & 0x2) {
    size = u32(bytes, cursor);
    cursor += 4;
  }
  if (flags & 0x4) cursor += 100; // seek table
  if (flags & 0x8) cursor += 4; // quality
  // LAME extension: 9 bytes of encoder name, then at +21 a 12-bit delay and a 12-bit padding.
  // ffmpeg writes the same layout under its own name (Lavc/Lavf), so the name only has to be text.
  let encoderDelay: number | null = null;
  let encoderPadding: number | null = null;
  const name = ascii(bytes, cursor, 4);
  if (cursor + 24 <= bytes.length && /^[A-Za-z]{4}$/.test(name)) {
    const b0 = bytes[cursor + 21] ?? 0;
    const b1 = bytes[cursor + 22] ?? 0;
    const b2 = bytes[cursor + 23] ?? 0;
    encoderDelay = (b0 << 4) | (b1 >> 4);
    encoderPadding = ((b1 & 0x0f) << 8) | b2;
  }
  return { kind, frames, bytes: size, encoderDelay, encoderPadding };
}

/** Exact decoded length in samples, when the tag gives the frame count. */
export function exactSampleCount(tag: Mp3InfoTag, header: MpegFrameHeader): number | null {
  if (tag.frames === null || tag.frames === 0) return null;
  const raw = tag.frames * header.samplesPerFrame;
  const gap = (tag.encoderDelay ?? 0) + (tag.encoderPadding ?? 0);
  return gap < raw ? raw - gap : raw;
}
