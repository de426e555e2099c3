// Apple Podcasts' artwork rule in one place, so the release preflight and the forms that warn
// early judge an image alike: JPEG or PNG, square, 1400–3000 px a side, RGB colour.

import type { ImageColorModel } from './types.js';

export const ARTWORK_MIN_PX = 1400;
export const ARTWORK_MAX_PX = 3000;

/** `palette` is a warning (some apps refuse indexed colour); the others are errors. */
export type ArtworkProblem = 'not_square' | 'size' | 'not_rgb' | 'palette';

export interface ArtworkIssue {
  severity: 'error' | 'warning';
  problem: ArtworkProblem;
}

export interface ArtworkFacts {
  width: number;
  height: number;
  colorModel: ImageColorModel;
}

export function artworkIssues({ width, height, colorModel }: ArtworkFacts): ArtworkIssue[] {
  const out: ArtworkIssue[] = [];
  if (width !== height) out.push({ severity: 'error', problem: 'not_square' });
  if (Math.min(width, height) < ARTWORK_MIN_PX || Math.max(width, height) > ARTWORK_MAX_PX) {
    out.push({ severity: 'error', problem: 'size' });
  }
  if (colorModel === 'gray' || colorModel === 'cmyk' || colorModel === 'unknown') out.push({ severity: 'error', problem: 'not_rgb' });
  else if (colorModel === 'palette') out.push({ severity: 'warning', problem: 'palette' });
  return out;
}
