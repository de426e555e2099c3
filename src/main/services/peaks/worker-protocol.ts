// Messages between the peaks coordinator and its worker threads: one part job in, bins batches,
// an optional coarse overview, and a final tail (loudness, peaks) or an error out.

import type { WireError } from '../../../shared/api/errors.js';
import type { AnalysisTail } from './analyzer.js';
import type { BinBatch } from './bin-batches.js';
import type { Mp3Range } from './decode-mp3.js';
import type { WasmCodec } from './decode-wasm.js';
import type { FfmpegSource } from './decode-ffmpeg.js';
import type { WavLayout } from './wav-layout.js';

export type PartSource =
  | { format: 'mp3'; range: Mp3Range }
  | { format: 'wav'; file: string; layout: WavLayout; fromFrame: number; toFrame: number }
  | { format: 'wasm'; file: string; codec: WasmCodec; start: number; end: number }
  | { format: 'ffmpeg'; source: FfmpegSource };

/** A sparse look at the whole file, decoded before the part itself. */
export type OverviewJob =
  | { format: 'mp3'; range: Mp3Range; points: number }
  | { format: 'wav'; file: string; layout: WavLayout; points: number };

export interface PartJob {
  source: PartSource;
  perSecond: number;
  /** File samples this part keeps: [keepFrom, keepTo). */
  keepFrom: number;
  keepTo: number;
  overview: OverviewJob | null;
}

export type WorkerMessage =
  | { type: 'overview'; min: Float32Array; max: Float32Array }
  | { type: 'format'; sampleRate: number; channels: number }
  | { type: 'bins'; batch: BinBatch; fraction: number }
  | { type: 'done'; batch: BinBatch | null; tail: AnalysisTail }
  | { type: 'error'; error: WireError | null; message: string; stack?: string };

/** Buffers a message's typed arrays own, to transfer instead of copying. */
export function transferables(message: WorkerMessage): ArrayBuffer[] {
  const batch = message.type === 'bins' || message.type === 'done' ? message.batch : null;
  const arrays: ArrayBufferView[] = [];
  if (batch) arrays.push(batch.min, batch.max, batch.level, ...batch.channelMin, ...batch.channelMax);
  if (message.type === 'overview') arrays.push(message.min, message.max);
  if (message.type === 'done') arrays.push(message.tail.loudness.energy);
  return arrays.map((a) => a.buffer as ArrayBuffer);
}
