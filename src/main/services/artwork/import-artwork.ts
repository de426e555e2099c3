// Copies a show's artwork into the library's assets/ folder (named by content hash, so the
// user's original can move or change freely) and records it, all or nothing.

import type { Show } from '../../../shared/domain/types.js';
import type { Library } from '../library/library.js';
import { withImageAsset } from './image-asset.js';

export async function importArtwork(library: Library, showId: number, file: string): Promise<Show> {
  library.shows.get(showId); // not_found before any write
  return withImageAsset(library, file, ({ asset }) => library.shows.setArtwork(showId, asset.id));
}
