// The show's artwork as the show settings show it: the facts of the image the library holds
// (read from the copy itself, so what is shown is what the feed will carry).

import path from 'node:path';
import type { EpisodeArtwork } from '../../../shared/domain/types.js';
import type { Library } from '../library/library.js';
import { readImage } from './read-image.js';

/** Null when the show has no artwork; the copy's own error (missing, unreadable) when it is damaged. */
export async function showArtworkFacts(library: Library, showId: number): Promise<EpisodeArtwork | null> {
  const { artworkAssetId } = library.shows.get(showId);
  if (artworkAssetId === null) return null;
  const asset = library.assets.get(artworkAssetId);
  const info = await readImage(asset.path);
  return {
    assetId: asset.id, fileName: path.basename(asset.path), mime: info.mime, size: asset.size, sha256: asset.sha256,
    width: info.width, height: info.height, colorModel: info.colorModel,
  };
}
