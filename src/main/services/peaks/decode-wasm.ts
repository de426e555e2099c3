// FLAC, Ogg Vorbis and Ogg Opus through their WebAssembly decoders, fed the file in slices so
// only one slice's samples exist at a time. Sample positions are counted from the first output.

import { closeSync, openSync, readSync } from 'node:fs';
import type { PcmSink } from './pcm-chunk.js';

export type WasmCodec = 'flac' | 'vorbis' | 'opus';

interface Decoded {
  channelData: Float32Array[];
  samplesDecoded: number;
  sampleRate: number;
}

interface StreamDecoder {
  ready: Promise<void>;
  decode(data: Uint8Array): Decoded | Promise<Decoded>;
  flush?: () => Promise<Decoded>;
  free(): void;
}

const READ = 64 * 1024;

// Imported on demand: the Opus package alone brings 4 MB of code (its ML speech enhancer), which
// every MP3 worker would otherwise parse and keep.
async function decoderFor(codec: WasmCodec): Promise<StreamDecoder> {
  switch (codec) {
    case 'flac':
      return new (await import('@wasm-audio-decoders/flac')).FLACDecoder();
    case 'vorbis':
      return new (await import('@wasm-audio-decoders/ogg-vorbis')).OggVorbisDecoder();
    case 'opus':
      // Without forceStereo a mono file stays mono; more than two channels are mixed to stereo.
      return new (await import('ogg-opus-decoder')).OggOpusDecoder();
  }
}

export async function decodeWasm(file: string, codec: WasmCodec, start: number, end: number, sink: PcmSink): Promise<void> {
  const decoder = await decoderFor(codec);
  await decoder.ready;
  // Synchronous reads: a worker thread has nothing else to do meanwhile (see decode-mp3.ts).
  const fd = openSync(file, 'r');
  try {
    const buffer = new Uint8Array(READ);
    let first = 0;
    const emit = (out: Decoded, fraction: number): boolean => {
      if (out.samplesDecoded === 0) return true;
      const more = sink({ data: out.channelData, from: 0, length: out.samplesDecoded, first, sampleRate: out.sampleRate, fraction });
      first += out.samplesDecoded;
      return more;
    };
    let more = true;
    for (let at = start; at < end && more;) {
      const bytesRead = readSync(fd, buffer, 0, Math.min(READ, end - at), at);
      if (bytesRead === 0) break;
      at += bytesRead;
      // The decoders keep what they are given until a frame or page is complete: pass a copy.
      more = emit(await decoder.decode(buffer.slice(0, bytesRead)), (at - start) / (end - start));
    }
    if (more && decoder.flush) emit(await decoder.flush(), 1);
  } finally {
    closeSync(fd);
    decoder.free();
  }
}
