// Writes the planned files into the staging folder, hashing each while it is written, reporting
// bytes and stopping at the next chunk when cancelled. The originals are only ever read.

import { createHash } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { AppError } from '../../../shared/api/errors.js';
import type { ReleaseFile } from '../../../shared/domain/types.js';
import type { PlanEntry } from './bundle-plan.js';
import { throwIfCancelled } from './cancel.js';

export interface WriteOptions {
  signal?: AbortSignal;
  onBytes?: (bytes: number) => void;
}

/** Streams `source[start, end)` after `head` into `target`, returning its size and SHA-256. */
async function streamInto(target: string, head: Buffer, source: string, range: { start: number; end: number } | null, o: WriteOptions) {
  const hash = createHash('sha256').update(head);
  let size = head.length;
  const tee = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      hash.update(chunk);
      size += chunk.length;
      o.onBytes?.(chunk.length);
      done(null, chunk);
    },
  });
  const out = createWriteStream(target, { flags: 'wx' });
  out.write(head);
  const input = range && range.end > range.start
    ? createReadStream(source, { start: range.start, end: range.end - 1, highWaterMark: 1 << 20 })
    : range ? null : createReadStream(source, { highWaterMark: 1 << 20 });
  if (input) await pipeline(input, tee, out, { signal: o.signal });
  else await new Promise<void>((resolve, reject) => out.end((error?: Error | null) => (error ? reject(error) : resolve())));
  return { size, sha256: hash.digest('hex') };
}

export async function writeEntry(dir: string, entry: PlanEntry, options: WriteOptions): Promise<ReleaseFile> {
  throwIfCancelled(options.signal);
  const target = path.join(dir, ...entry.path.split('/'));
  await mkdir(path.dirname(target), { recursive: true });
  let written: { size: number; sha256: string };
  try {
    if (entry.kind === 'text') {
      await writeFile(target, entry.bytes, { flag: 'wx' });
      options.onBytes?.(entry.size);
      written = { size: entry.size, sha256: createHash('sha256').update(entry.bytes).digest('hex') };
    } else if (entry.kind === 'copy') {
      written = await streamInto(target, Buffer.alloc(0), entry.source, null, options);
    } else {
      written = await streamInto(target, entry.makeTag(), entry.source, { start: entry.start, end: entry.end }, options);
    }
  } catch (error) {
    if (options.signal?.aborted) throw new AppError('cancelled');
    throw error;
  }
  if (written.size !== entry.size) {
    // The original changed between planning and copying: the feed's enclosure length would lie.
    throw new AppError('release_failed', {
      problem: `${entry.path}: ${written.size} bytes written, ${entry.size} planned (the source changed during the export)`,
      problemFr: `${entry.path} : ${written.size} octets écrits, ${entry.size} prévus (la source a changé pendant l'export)`,
    });
  }
  return { path: entry.path, ...written };
}
