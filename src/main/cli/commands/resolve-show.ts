// A show named on the command line by slug or numeric id.

import type { Show } from '../../../shared/domain/types.js';
import type { Library } from '../../services/library/library.js';

export function resolveShow(library: Library, ref: string): Show {
  return /^\d+$/.test(ref) ? library.shows.get(Number(ref)) : library.shows.getBySlug(ref);
}
