// Where an MP3's audio frames are and how decoded samples map to the file's timeline: the first
// audio frame after any Xing/Info frame, the start and end gap a gapless player removes, the
// exact length when the header gives it, and a frame boundary near the middle for a second part.

import { open } from 'node:fs/promises';
import { exactSampleCount } from '../audio/mp3-info-tag.js';
import { readMpegFrameHeader } from '../audio/mpeg-frame.js';
import type { SniffedAudio } from '../audio/sniff-format.js';

export interface Mp3Layout {
  sampleRate: number;
  channels: 1 | 2;
  samplesPerFrame: number;
  /** Byte of the first audio frame (after the Xing/Info frame, which holds no audio). */
  firstFrame: number;
  /** Byte after the last frame (before an ID3v1 tag). */
  end: number;
  /**
   * Decoded sample r (counted from the first audio frame) is sample r - skip of the file. LAME's
   * encoder delay plus the decoder's 529, as ffmpeg and Chromium remove it; 0 without a LAME tag.
   */
  skip: number;
  /** Exact length in samples from the Xing/Info/VBRI frame count, else null. */
  exactSamples: number | null;
  /** Announced as VBR (Xing/VBRI), or bitrates seen to vary. */
  vbr: boolean;
}

/** 529 samples: the delay of the MP3 synthesis filterbank, removed with the encoder delay. */
const DECODER_DELAY = 529;

export async function mp3Layout(file: string, size: number, sniffed: SniffedAudio): Promise<Mp3Layout> {
  const mp3 = sniffed.mp3;
  if (!mp3) throw new Error('mp3Layout needs a sniffed MP3');
  const { header, infoTag } = mp3;
  const hasTagFrame = infoTag !== null;
  const gapless = infoTag?.encoderDelay !== null && infoTag?.encoderDelay !== undefined;
  return {
    sampleRate: header.sampleRate,
    channels: header.mono ? 1 : 2,
    samplesPerFrame: header.samplesPerFrame,
    firstFrame: mp3.frameOffset + (hasTagFrame ? header.frameLength : 0),
    end: size - ((await hasId3v1(file, size)) ? 128 : 0),
    skip: gapless ? (infoTag?.encoderDelay ?? 0) + DECODER_DELAY : 0,
    exactSamples: infoTag ? exactSampleCount(infoTag, header) : null,
    vbr: infoTag ? infoTag.kind !== 'Info' : false,
  };
}

async function hasId3v1(file: string, size: number): Promise<boolean> {
  if (size < 128) return false;
  const handle = await open(file, 'r');
  try {
    const tag = new Uint8Array(3);
    await handle.read(tag, 0, 3, size - 128);
    return tag[0] === 0x54 && tag[1] === 0x41 && tag[2] === 0x47; // "TAG"
  } finally {
    await handle.close();
  }
}

export interface Mp3Split {
  /** Frame index (from the first audio frame) and byte where the second part starts. */
  frame: number;
  byte: number;
  /** Frames counted before it: their byte offsets, newest last, for priming the decoder. */
  before: number[];
  /** Bitrate changed between frames: the file is VBR even without a Xing tag. */
  bitrateVaries: boolean;
}

const READ = 1 << 20;
const KEEP_BEFORE = 64;

/**
 * Walks frame headers from the first audio frame up to `target` bytes and returns the next frame
 * boundary, or null when the headers stop chaining (damaged or unusual stream: decode in one part).
 */
export async function findSplit(file: string, layout: Mp3Layout, target: number): Promise<Mp3Split | null> {
  const handle = await open(file, 'r');
  try {
    const buffer = new Uint8Array(READ + 4);
    const before: number[] = [];
    let offset = layout.firstFrame;
    let frame = 0;
    let bitrate = 0;
    let bitrateVaries = false;
    let bufferStart = -1;
    let bufferLength = 0;
    while (offset < target) {
      if (offset + 4 > bufferStart + bufferLength) {
        bufferStart = offset;
        bufferLength = (await handle.read(buffer, 0, buffer.length, offset)).bytesRead;
      }
      const header = readMpegFrameHeader(buffer.subarray(0, bufferLength), offset - bufferStart);
      if (!header || header.sampleRate !== layout.sampleRate || header.samplesPerFrame !== layout.samplesPerFrame) return null;
      if (bitrate !== 0 && header.bitrateKbps !== bitrate) bitrateVaries = true;
      bitrate = header.bitrateKbps;
      before.push(offset);
      if (before.length > KEEP_BEFORE) before.shift();
      offset += header.frameLength;
      frame++;
    }
    return offset + 4 <= layout.end ? { frame, byte: offset, before, bitrateVaries } : null;
  } finally {
    await handle.close();
  }
}

/**
 * Frames to decode before `split` so the frames just before it come out right: MP3 frames borrow
 * up to 511 bytes from earlier frames (the bit reservoir) and overlap the previous frame's output.
 * Returns the priming start byte and how many of the frames before `split` are exact (lead-in).
 */
export function primingFor(split: Mp3Split, leadInFrames: number): { byte: number; frames: number; exactFrames: number } {
  const offsets = split.before;
  const lead = Math.min(leadInFrames, offsets.length);
  // From the first lead-in frame, step back until 1 KiB (2 reservoirs) and 3 frames lie behind it.
  let index = offsets.length - lead;
  const leadStart = offsets[index] ?? split.byte;
  let back = 0;
  while (index > 0 && (back < 3 || leadStart - (offsets[index] ?? 0) < 1024)) {
    index--;
    back++;
  }
  return { byte: offsets[index] ?? split.byte, frames: offsets.length - index, exactFrames: lead };
}
