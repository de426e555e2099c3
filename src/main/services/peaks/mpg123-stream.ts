// Feeds MP3 bytes to mpg123 (WebAssembly) and hands each decoded run to a callback as views on
// the decoder's own output buffer. The package's public decode() copies every run twice (slice,
// then concat): for an hour of audio that is gigabytes of short-lived ArrayBuffers and tens of
// MB of RSS per worker. The fields used here are mpg123-decoder 1.x internals; when they are
// missing (another version), the public decode() takes over, slower but correct.

import { MPEGDecoder } from 'mpg123-decoder';

interface Block<T> {
  ptr: number;
  len: number;
  buf: T;
}

/** The private fields of mpg123-decoder 1.x's MPEGDecoder this module relies on. */
interface Internals {
  _common: {
    wasm: {
      mpeg_decoder_feed(decoder: number, input: number, length: number): number;
      mpeg_decoder_read(decoder: number, output: number, length: number, samples: number, rate: number, error: number): number;
    };
  };
  _decoder: number;
  _input: Block<Uint8Array>;
  _output: Block<Float32Array>;
  _samplesDecodedPtr: Block<Uint32Array>;
  _sampleRatePtr: Block<Uint32Array>;
  _errorStringPtr: Block<Uint32Array>;
}

/** Receives `n` samples per channel; the arrays are only valid during the call. */
export type Mp3Sink = (left: Float32Array, right: Float32Array, n: number) => void;

const MPG123_NEED_MORE = -10;
const MPG123_NEW_FORMAT = -11;
const MAX_ERRORS_IN_A_ROW = 64;

function internals(decoder: MPEGDecoder): Internals | null {
  const d = decoder as unknown as Partial<Internals>;
  const ok = typeof d._common?.wasm?.mpeg_decoder_feed === 'function' && typeof d._common.wasm.mpeg_decoder_read === 'function'
    && typeof d._decoder === 'number' && d._input?.buf instanceof Uint8Array && d._output?.buf instanceof Float32Array
    && d._samplesDecodedPtr?.buf instanceof Uint32Array && d._sampleRatePtr !== undefined && d._errorStringPtr !== undefined;
  return ok ? (d as Internals) : null;
}

export class Mpg123Stream {
  /** Decode errors mpg123 reported (damaged frames are skipped, like players do). */
  errors = 0;

  private constructor(private readonly decoder: MPEGDecoder, private readonly direct: Internals | null) {}

  /** Raw output: no gapless trimming, so every frame yields exactly one frame of samples. */
  static async open(options: { forcePublicApi?: boolean } = {}): Promise<Mpg123Stream> {
    const decoder = new MPEGDecoder({ enableGapless: false });
    await decoder.ready;
    return new Mpg123Stream(decoder, options.forcePublicApi ? null : internals(decoder));
  }

  decode(bytes: Uint8Array, sink: Mp3Sink): void {
    if (!this.direct) {
      const out = this.decoder.decode(bytes);
      this.errors += out.errors.length;
      const [left, right] = out.channelData as [Float32Array, Float32Array];
      if (out.samplesDecoded > 0) sink(left, right, out.samplesDecoded);
      return;
    }
    const { _common: { wasm }, _decoder: d, _input: input, _output: output } = this.direct;
    const samples = this.direct._samplesDecodedPtr;
    for (let offset = 0; offset < bytes.length; offset += input.len) {
      const chunk = bytes.subarray(offset, offset + input.len);
      input.buf.set(chunk);
      if (wasm.mpeg_decoder_feed(d, input.ptr, chunk.length) === MPG123_NEED_MORE) continue;
      for (let failures = 0; failures < MAX_ERRORS_IN_A_ROW;) {
        samples.buf[0] = 0;
        const status = wasm.mpeg_decoder_read(d, output.ptr, output.len, samples.ptr, this.direct._sampleRatePtr.ptr, this.direct._errorStringPtr.ptr);
        const n = samples.buf[0] as number;
        // Planar output: n samples of the left channel, then n of the right.
        if (n > 0) sink(output.buf.subarray(0, n), output.buf.subarray(n, 2 * n), n);
        if (status === MPG123_NEED_MORE) break;
        if (status === MPG123_NEW_FORMAT) continue;
        if (status !== 0) {
          this.errors++;
          failures++;
        } else {
          failures = 0;
        }
      }
    }
  }

  free(): void {
    this.decoder.free();
  }
}
