// Copies a show's artwork into the library's assets/ folder (named by content hash, so the
// user's original can move or change freely) and records it, all or nothing.

import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Show } from '../../../shared/domain/types.js';
import type { Library } from '../library/library.js';
import { readImage } from './read-image.js';

export async function importArtwork(library: Library, showId: number, file: string): Promise<Show> {
  library.shows.get(showId); // not_found before any write
  const image = await readImage(file);
  const sha256 = createHash('sha256').update(image.bytes).digest('hex');
  const target = path.join(library.dir, 'assets', `${sha256}${image.mime === 'image/png' ? '.png' : '.jpg'}`);
  const created = !existsSync(target);
  if (created) await writeFile(target, image.bytes, { flag: 'wx' });
  try {
    const info = await stat(target);
    return library.transaction(() => {
      const asset = library.assets.insert({
        kind: 'image', path: target, size: info.size, mtimeMs: Math.round(info.mtimeMs), sha256, mime: image.mime,
        codec: null, container: null, durationMs: null, sampleRate: null, channels: null, bitrate: null, vbr: false,
        tags: null, embeddedChapters: [],
      });
      return library.shows.setArtwork(showId, asset.id);
    });
  } catch (error) {
    if (created) await rm(target, { force: true });
    throw error;
  }
}
