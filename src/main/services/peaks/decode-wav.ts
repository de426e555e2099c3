// Streams a WAV file's PCM as float samples per channel: 8/16/24/32-bit integers and 32/64-bit
// floats, converted from aligned reads (no DataView per sample). Typed views read little-endian
// like WAV itself: true of every platform Electron ships on (x64, arm64).

import { closeSync, openSync, readSync } from 'node:fs';
import type { PcmSink } from './pcm-chunk.js';
import type { WavEncoding, WavLayout } from './wav-layout.js';

const FRAMES_PER_READ = 16384;

/** Sample frames [fromFrame, toFrame) of the file. */
export async function decodeWav(file: string, layout: WavLayout, fromFrame: number, toFrame: number, sink: PcmSink): Promise<void> {
  const { channels, blockAlign, encoding } = layout;
  // Synchronous reads: a worker thread has nothing else to do meanwhile (see decode-mp3.ts).
  const fd = openSync(file, 'r');
  // Own ArrayBuffer at offset 0, sized in 8-byte steps, so typed views over it are aligned.
  const raw = new ArrayBuffer(Math.ceil((FRAMES_PER_READ * blockAlign) / 8) * 8);
  const bytes = new Uint8Array(raw);
  const data = Array.from({ length: channels }, () => new Float32Array(FRAMES_PER_READ));
  try {
    for (let frame = fromFrame; frame < toFrame;) {
      const want = Math.min(FRAMES_PER_READ, toFrame - frame);
      const bytesRead = readSync(fd, bytes, 0, want * blockAlign, layout.dataStart + frame * blockAlign);
      const got = Math.floor(bytesRead / blockAlign);
      if (got === 0) break;
      deinterleave(raw, encoding, channels, got, data);
      const more = sink({ data, from: 0, length: got, first: frame, sampleRate: layout.sampleRate, fraction: (frame + got - fromFrame) / (toFrame - fromFrame) });
      frame += got;
      if (!more) break;
    }
  } finally {
    closeSync(fd);
  }
}

/** Reads `frames` interleaved frames from `raw` into one float array per channel. */
export function deinterleave(raw: ArrayBuffer, encoding: WavEncoding, channels: number, frames: number, out: Float32Array[]): void {
  const n = frames * channels;
  for (let c = 0; c < channels; c++) {
    const dest = out[c] as Float32Array;
    switch (encoding) {
      case 'u8': {
        const src = new Uint8Array(raw, 0, n);
        for (let i = 0, j = c; i < frames; i++, j += channels) dest[i] = ((src[j] as number) - 128) / 128;
        break;
      }
      case 's16': {
        const src = new Int16Array(raw, 0, n);
        for (let i = 0, j = c; i < frames; i++, j += channels) dest[i] = (src[j] as number) / 32768;
        break;
      }
      case 's24': {
        const src = new Uint8Array(raw, 0, n * 3);
        for (let i = 0, j = c * 3; i < frames; i++, j += channels * 3) {
          const v = (src[j] as number) | ((src[j + 1] as number) << 8) | ((src[j + 2] as number) << 16);
          dest[i] = ((v << 8) >> 8) / 8388608;
        }
        break;
      }
      case 's32': {
        const src = new Int32Array(raw, 0, n);
        for (let i = 0, j = c; i < frames; i++, j += channels) dest[i] = (src[j] as number) / 2147483648;
        break;
      }
      case 'f32': {
        const src = new Float32Array(raw, 0, n);
        for (let i = 0, j = c; i < frames; i++, j += channels) dest[i] = src[j] as number;
        break;
      }
      case 'f64': {
        const src = new Float64Array(raw, 0, n);
        for (let i = 0, j = c; i < frames; i++, j += channels) dest[i] = src[j] as number;
        break;
      }
    }
  }
}
