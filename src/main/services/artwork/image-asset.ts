// An image the user chose, read (PNG or JPEG by its bytes), copied into the library's assets/
// and recorded as an image asset; the caller names it from a show or an episode in the same
// transaction, so a failure leaves neither a row nor a stray copy.

import type { Asset } from '../../../shared/domain/types.js';
import { withAssetCopy } from '../library/asset-copy.js';
import type { Library } from '../library/library.js';
import { readImage, type ImageInfo } from './read-image.js';

export async function withImageAsset<T>(library: Library, file: string, use: (image: { asset: Asset; info: ImageInfo }) => T): Promise<T> {
  const info = await readImage(file);
  return withAssetCopy(library.dir, info.bytes, info.mime === 'image/png' ? 'png' : 'jpg', (copy) => library.transaction(() => {
    const asset = library.assets.insert({
      kind: 'image', path: copy.path, size: copy.size, mtimeMs: copy.mtimeMs, sha256: copy.sha256, mime: info.mime,
      codec: null, container: null, durationMs: null, sampleRate: null, channels: null, bitrate: null, vbr: false,
      tags: null, embeddedChapters: [],
    });
    return use({ asset, info });
  }));
}
