// Loudness of an episode's audio as the peaks engine measured it (BS.1770 integrated loudness
// and true peak, stored with the cached peaks). Nothing is measured here: no cache, no figures.

import type { Asset, LoudnessSummary } from '../../../shared/domain/types.js';
import { peaksCacheFile, readPeaksFile } from '../peaks/peaks-cache.js';
import { DEFAULT_PER_SECOND } from '../peaks/peaks-data.js';

export type LoudnessOf = (asset: Pick<Asset, 'sha256'>) => Promise<LoudnessSummary | null>;

/** The figures the editor's waveform pass stored for these bytes, or null when not measured yet. */
export function cachedLoudness(libraryDir: string): LoudnessOf {
  return async (asset) => {
    if (!/^[0-9a-f]{64}$/.test(asset.sha256)) return null;
    try {
      const data = await readPeaksFile(peaksCacheFile(libraryDir, asset.sha256, { perSecond: DEFAULT_PER_SECOND }), asset.sha256);
      return data ? { ...data.loudness } : null;
    } catch {
      // A damaged cache file is the peaks engine's to rebuild; here it only means "not measured".
      return null;
    }
  };
}
