// A first look at a whole episode in a fraction of a second: decode a few frames at evenly spread
// points instead of the whole file. Each point stands for its stretch until the full pass lands.

import { closeSync, openSync, readSync } from 'node:fs';
import { findMpegFrames, readMpegFrameHeader } from '../audio/mpeg-frame.js';
import type { Mp3Range } from './decode-mp3.js';
import { deinterleave } from './decode-wav.js';
import { Mpg123Stream } from './mpg123-stream.js';
import type { WavLayout } from './wav-layout.js';

export interface SparseOverview {
  /** Mono mix extremes, one per point, as floats in [-1, 1] (0 where nothing could be read). */
  min: Float32Array;
  max: Float32Array;
}

const MP3_PROBE_BYTES = 8192;
/**
 * Frames decoded and thrown away before the measured one: a frame borrows up to 511 bytes from
 * the frames before it (bit reservoir) and overlaps the previous frame's output, so the first
 * frames after a jump decode to noise, sometimes loud.
 */
const PRIMING_FRAMES = 3;

/** Every FIRST_STRIDE-th point is read first, so a look at the whole file is ready 8× sooner. */
const FIRST_STRIDE = 8;

/**
 * Points sit at equal byte steps, which is equal time for CBR and close to it for VBR. `stream`
 * may be a decoder the caller reuses afterwards: only for a part that primes itself (starts with
 * frames whose output it drops), since these jumps leave the decoder's memory scrambled.
 * `onFirstPass` gets the overview once every 8th point is read (the others copied from them).
 */
export async function mp3Overview(
  range: Mp3Range, points: number, stream?: Mpg123Stream, onFirstPass?: (overview: SparseOverview) => void,
): Promise<SparseOverview> {
  const result = { min: new Float32Array(points), max: new Float32Array(points) };
  const decoder = stream ?? (await Mpg123Stream.open());
  // Synchronous reads, as in the decoders: 1 000 thread-pool round trips would double the time.
  const fd = openSync(range.file, 'r');
  try {
    const buffer = new Uint8Array(MP3_PROBE_BYTES);
    const span = range.end - range.start;
    const firstPass = Math.ceil(points / FIRST_STRIDE);
    const order = [...Array(points).keys()].sort((a, b) => Number(a % FIRST_STRIDE !== 0) - Number(b % FIRST_STRIDE !== 0) || a - b);
    for (let k = 0; k < points; k++) {
      if (k === firstPass && onFirstPass) onFirstPass(spread(result, FIRST_STRIDE));
      const j = order[k] as number;
      const at = range.start + Math.floor(((j + 0.5) * span) / points);
      const bytesRead = readSync(fd, buffer, 0, Math.min(buffer.length, range.end - at), at);
      const bytes = buffer.subarray(0, bytesRead);
      const found = findMpegFrames(bytes, 0, PRIMING_FRAMES + 1, at + bytesRead >= range.end);
      if (!found) continue;
      // Walk the chain of frames findMpegFrames vouched for: primers, then the measured frame.
      let end = found.offset;
      let measuredLength = found.header.samplesPerFrame;
      for (let k = 0; k <= PRIMING_FRAMES; k++) {
        const header = readMpegFrameHeader(bytes, end);
        if (!header) break;
        end += header.frameLength;
        measuredLength = header.samplesPerFrame;
      }
      if (end > bytes.length) continue;
      let mn = 0;
      let mx = 0;
      let seen = 0;
      const skip = found.header.samplesPerFrame * PRIMING_FRAMES;
      decoder.decode(bytes.subarray(found.offset, end), (left, right, n) => {
        for (let i = Math.max(0, skip - seen); i < n && seen + i < skip + measuredLength; i++) {
          const m = range.channels === 2 ? ((left[i] as number) + (right[i] as number)) / 2 : (left[i] as number);
          if (m < mn) mn = m;
          if (m > mx) mx = m;
        }
        seen += n;
      });
      result.min[j] = mn;
      result.max[j] = mx;
    }
  } finally {
    closeSync(fd);
    if (!stream) decoder.free();
  }
  return result;
}

/** A copy where each point not read yet takes the value of the read point before it. */
function spread(o: SparseOverview, stride: number): SparseOverview {
  const min = o.min.slice();
  const max = o.max.slice();
  for (let j = 0; j < min.length; j++) {
    const from = j - (j % stride);
    min[j] = min[from] as number;
    max[j] = max[from] as number;
  }
  return { min, max };
}

export async function wavOverview(file: string, layout: WavLayout, points: number): Promise<SparseOverview> {
  const result = { min: new Float32Array(points), max: new Float32Array(points) };
  const window = Math.max(1, Math.round(layout.sampleRate / 50));
  const raw = new ArrayBuffer(Math.ceil((window * layout.blockAlign) / 8) * 8);
  const data = Array.from({ length: layout.channels }, () => new Float32Array(window));
  const fd = openSync(file, 'r');
  try {
    for (let j = 0; j < points; j++) {
      const frame = Math.min(Math.max(0, layout.frames - window), Math.floor(((j + 0.5) * layout.frames) / points));
      const bytesRead = readSync(fd, new Uint8Array(raw), 0, window * layout.blockAlign, layout.dataStart + frame * layout.blockAlign);
      const frames = Math.floor(bytesRead / layout.blockAlign);
      deinterleave(raw, layout.encoding, layout.channels, frames, data);
      extremes(data, 0, frames, result, j);
    }
  } finally {
    closeSync(fd);
  }
  return result;
}

function extremes(data: Float32Array[], from: number, to: number, into: SparseOverview, j: number): void {
  let mn = 0;
  let mx = 0;
  const n = data.length;
  for (let i = from; i < to; i++) {
    let sum = 0;
    for (let c = 0; c < n; c++) sum += (data[c] as Float32Array)[i] as number;
    const m = sum / n;
    if (m < mn) mn = m;
    if (m > mx) mx = m;
  }
  into.min[j] = mn;
  into.max[j] = mx;
}
