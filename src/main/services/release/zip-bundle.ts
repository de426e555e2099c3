// The optional .zip of a bundle (yazl): the folder's files under one top folder named after the
// release, dated with the release clock so two zips of the same bundle are the same bytes.

import { createWriteStream } from 'node:fs';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { Transform } from 'node:stream';
import yazl from 'yazl';

export interface ZipOptions {
  mtime: Date;
  /** The folder name inside the zip (the release's, not the staging folder's). */
  topFolder: string;
  signal?: AbortSignal;
  onBytes?: (bytes: number) => void;
}

/** Audio is already compressed: stored as is, which also keeps zipping fast. */
const STORED = /\.(mp3|m4a|aac|ogg|opus|flac|png|jpe?g)$/i;

export async function zipFolder(dir: string, files: readonly string[], out: string, options: ZipOptions): Promise<void> {
  const zip = new yazl.ZipFile();
  const top = options.topFolder;
  for (const file of files) {
    zip.addFile(path.join(dir, ...file.split('/')), `${top}/${file}`, {
      mtime: options.mtime, mode: 0o100644, compress: !STORED.test(file),
    });
  }
  zip.end();
  const count = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      options.onBytes?.(chunk.length);
      done(null, chunk);
    },
  });
  await pipeline(zip.outputStream, count, createWriteStream(out, { flags: 'wx' }), { signal: options.signal });
}
