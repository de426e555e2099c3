// The 'peaks.get' call of the API contract on top of PeaksService: settings and view defaults,
// and progress reports turned into 'peaks.progress' event payloads.

import type { ParsedArgs } from '../../../shared/api/contract.js';
import type { PeaksProgress, PeaksView } from '../../../shared/domain/types.js';
import type { PeaksProgressReport } from './compute-peaks.js';
import { DEFAULT_PER_SECOND } from './peaks-data.js';
import type { PeaksService } from './peaks-service.js';
import { peaksView } from './peaks-view.js';

const DEFAULT_OVERVIEW_BINS = 2000;

const rounded = (values: Float32Array) => Array.from(values, (v) => Math.round(v * 1e4) / 1e4);

export function progressPayload(jobId: string, episodeId: number, report: PeaksProgressReport): PeaksProgress {
  return {
    jobId,
    episodeId,
    phase: report.phase,
    fraction: Math.round(report.fraction * 1000) / 1000,
    overview: report.overview ? { min: rounded(report.overview.min), max: rounded(report.overview.max) } : null,
  };
}

export async function getEpisodePeaks(
  service: PeaksService, args: ParsedArgs<'peaks.get'>, emit: (progress: PeaksProgress) => void,
): Promise<PeaksView> {
  const { episodeId, jobId } = args;
  const { asset, data } = await service.forEpisode(episodeId, { perSecond: args.perSecond ?? DEFAULT_PER_SECOND }, {
    jobId,
    onProgress: (report) => emit(progressPayload(jobId, episodeId, report)),
  });
  return peaksView(asset.id, data, { overviewBins: args.overviewBins ?? DEFAULT_OVERVIEW_BINS, detail: args.detail ?? null });
}
