// An episode's own artwork: the image copied into the library like the show's, recorded with
// the pixel facts its header gives (the Details tab warns from them before any preflight).
// Apple's rule is not enforced here: the producer may fix it later, the preflight blocks it.

import type { Episode } from '../../../shared/domain/types.js';
import type { Library } from '../library/library.js';
import { withImageAsset } from './image-asset.js';

export async function importEpisodeArtwork(library: Library, episodeId: number, file: string): Promise<Episode> {
  library.episodes.get(episodeId); // not_found before any read or write
  return withImageAsset(library, file, ({ asset, info }) => library.episodeMedia.setArtwork(episodeId, {
    assetId: asset.id, width: info.width, height: info.height, colorModel: info.colorModel,
  }));
}
