// Decodes a byte range of MP3 frames and places the samples on the file's timeline. Gapless
// trimming is done here, not by mpg123, because a part that starts mid-file never sees the LAME
// tag; counting raw samples keeps every part on the same clock.

import { closeSync, openSync, readSync } from 'node:fs';
import { Mpg123Stream } from './mpg123-stream.js';
import type { PcmChunk, PcmSink } from './pcm-chunk.js';

export interface Mp3Range {
  file: string;
  /** Bytes [start, end): whole frames. */
  start: number;
  end: number;
  /** Raw sample index (from the first audio frame) of the first frame at `start`. */
  firstRaw: number;
  /** Raw samples before this one are priming noise and are dropped. */
  dropBefore: number;
  /** Raw index minus skip = file sample index (see Mp3Layout.skip). */
  skip: number;
  channels: 1 | 2;
  sampleRate: number;
}

const READ = 16 * 1024;

/** `stream`: a decoder to use (and free) instead of a new one. */
export async function decodeMp3(range: Mp3Range, sink: PcmSink, stream?: Mpg123Stream): Promise<void> {
  stream ??= await Mpg123Stream.open();
  // Synchronous reads: this runs in a worker thread with nothing else to do, and an async read
  // per slice costs a thread-pool round trip that leaves the worker idle (~15 % of the time).
  const fd = openSync(range.file, 'r');
  try {
    const buffer = new Uint8Array(READ);
    const data: Float32Array[] = [];
    const chunk: PcmChunk = { data, from: 0, length: 0, first: 0, sampleRate: range.sampleRate, fraction: 0 };
    let raw = range.firstRaw;
    let more = true;
    for (let at = range.start; at < range.end && more;) {
      const bytesRead = readSync(fd, buffer, 0, Math.min(READ, range.end - at), at);
      if (bytesRead === 0) break;
      at += bytesRead;
      chunk.fraction = (at - range.start) / (range.end - range.start);
      stream.decode(buffer.subarray(0, bytesRead), (left, right, n) => {
        const from = raw < range.dropBefore ? Math.min(n, range.dropBefore - raw) : 0;
        if (from < n && more) {
          data[0] = left;
          if (range.channels === 2) data[1] = right;
          chunk.from = from;
          chunk.length = n - from;
          chunk.first = raw + from - range.skip;
          more = sink(chunk);
        }
        raw += n;
      });
    }
  } finally {
    closeSync(fd);
    stream.free();
  }
}
