// Worker thread entry: decodes one part of a file and analyses it, posting bins as they fill.
// Bundled builds must emit this file as its own entry (see start-worker.ts).

import path from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import { isAppError } from '../../../shared/api/errors.js';
import { audioUnreadable } from '../audio/audio-errors.js';
import { Analyzer } from './analyzer.js';
import { decodeFfmpeg } from './decode-ffmpeg.js';
import { decodeMp3 } from './decode-mp3.js';
import { decodeWasm } from './decode-wasm.js';
import { decodeWav } from './decode-wav.js';
import type { PcmSink } from './pcm-chunk.js';
import { Mpg123Stream } from './mpg123-stream.js';
import { mp3Overview, wavOverview } from './sparse-overview.js';
import { transferables, type PartJob, type PartSource, type WorkerMessage } from './worker-protocol.js';

const POST_EVERY_MS = 150;

function post(message: WorkerMessage): void {
  parentPort?.postMessage(message, transferables(message));
}

function decode(source: PartSource, sink: PcmSink, stream: Mpg123Stream | null): Promise<void> {
  switch (source.format) {
    case 'mp3':
      return decodeMp3(source.range, sink, stream ?? undefined);
    case 'wav':
      return decodeWav(source.file, source.layout, source.fromFrame, source.toFrame, sink);
    case 'wasm':
      return decodeWasm(source.file, source.codec, source.start, source.end, sink);
    case 'ffmpeg':
      return decodeFfmpeg(source.source, sink);
  }
}

function fileOf(source: PartSource): string {
  return source.format === 'mp3' ? source.range.file : source.format === 'ffmpeg' ? source.source.file : source.file;
}

async function run(job: PartJob): Promise<void> {
  // A part that drops its priming frames may share its decoder with the overview (one WebAssembly
  // instance less: ~20 MB of RSS); the priming flushes whatever the overview's jumps left in it.
  const source = job.source;
  const primed = source.format === 'mp3' && source.range.dropBefore > source.range.firstRaw;
  const stream = primed && job.overview?.format === 'mp3' ? await Mpg123Stream.open() : null;
  if (job.overview) {
    const o = job.overview;
    const overview = o.format === 'mp3'
      ? await mp3Overview(o.range, o.points, stream ?? undefined, (first) => post({ type: 'overview', ...first }))
      : await wavOverview(o.file, o.layout, o.points);
    post({ type: 'overview', ...overview });
  }
  // A holder rather than a `let`: TypeScript does not see assignments made inside the callback.
  const state: { analyzer: Analyzer | null; posted: number } = { analyzer: null, posted: Date.now() };
  await decode(source, (chunk) => {
    let analyzer = state.analyzer;
    if (!analyzer) {
      analyzer = state.analyzer = new Analyzer({
        sampleRate: chunk.sampleRate, channels: chunk.data.length, perSecond: job.perSecond,
        keepFrom: job.keepFrom, keepTo: job.keepTo,
      });
      post({ type: 'format', sampleRate: chunk.sampleRate, channels: chunk.data.length });
    }
    analyzer.push(chunk.data, chunk.from, chunk.length, chunk.first);
    if (Date.now() - state.posted >= POST_EVERY_MS) {
      state.posted = Date.now();
      const batch = analyzer.takeBins();
      if (batch) post({ type: 'bins', batch, fraction: chunk.fraction });
    }
    return !analyzer.full;
  }, stream);
  if (!state.analyzer) {
    throw audioUnreadable(path.basename(fileOf(job.source)), { en: 'no audio could be decoded from it', fr: "aucun son n'a pu en être décodé" });
  }
  const { bins, tail } = state.analyzer.finish();
  post({ type: 'done', batch: bins, tail });
}

run(workerData as PartJob).catch((error: unknown) => {
  const message = error instanceof Error ? error.message : String(error);
  post({
    type: 'error',
    error: isAppError(error) ? error.toWire() : null,
    message,
    stack: error instanceof Error ? error.stack : undefined,
  });
});
