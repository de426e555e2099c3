// What the editor asks for: the whole episode in as many bins as its overview strip is wide, and
// a stretch at full resolution for the zoomed view. Values become floats in [-1, 1].

import type { PeakSeries, PeaksView } from '../../../shared/domain/types.js';
import { BinGrid, FULL_SCALE } from './bin-grid.js';
import { durationSeconds, type PeaksData } from './peaks-data.js';

export interface ViewRequest {
  overviewBins: number;
  detail?: { startSec: number; endSec: number; channels?: boolean } | null;
}

const unit = (v: number) => Math.round((v / FULL_SCALE) * 1e4) / 1e4;

/** Min of mins and max of maxes over `bins` equal stretches of [from, to). */
export function downsample(min: Int16Array, max: Int16Array, bins: number, from = 0, to = min.length): PeakSeries {
  const out: PeakSeries = { min: new Array<number>(bins), max: new Array<number>(bins) };
  const span = to - from;
  for (let j = 0; j < bins; j++) {
    const a = from + Math.floor((j * span) / bins);
    const b = Math.max(a + 1, from + Math.floor(((j + 1) * span) / bins));
    let lo = 0;
    let hi = 0;
    for (let k = a; k < b && k < to; k++) {
      if ((min[k] as number) < lo) lo = min[k] as number;
      if ((max[k] as number) > hi) hi = max[k] as number;
    }
    out.min[j] = unit(lo);
    out.max[j] = unit(hi);
  }
  return out;
}

export function peaksView(assetId: number, data: PeaksData, request: ViewRequest): PeaksView {
  const bins = data.min.length;
  const overviewBins = Math.max(1, Math.min(request.overviewBins, bins || 1));
  return {
    assetId,
    duration: durationSeconds(data),
    sampleRate: data.sampleRate,
    channels: data.channels,
    vbr: data.vbr,
    perSecond: data.perSecond,
    overview: { bins: overviewBins, ...downsample(data.min, data.max, overviewBins) },
    detail: request.detail ? detailOf(data, request.detail) : null,
    silences: data.silences,
    loudness: data.loudness,
  };
}

function detailOf(data: PeaksData, detail: NonNullable<ViewRequest['detail']>): PeaksView['detail'] {
  const grid = new BinGrid(data.sampleRate, data.perSecond);
  const bins = data.min.length;
  const from = Math.min(bins, Math.max(0, grid.binOf(Math.floor(detail.startSec * data.sampleRate))));
  const to = Math.min(bins, Math.max(from, grid.binOf(Math.ceil(detail.endSec * data.sampleRate) - 1) + 1));
  const series = (min: Int16Array, max: Int16Array): PeakSeries => {
    const out: PeakSeries = { min: new Array<number>(to - from), max: new Array<number>(to - from) };
    for (let b = from; b < to; b++) {
      out.min[b - from] = unit(min[b] as number);
      out.max[b - from] = unit(max[b] as number);
    }
    return out;
  };
  const seconds = (bin: number) => Math.min(data.samples, grid.startOf(bin)) / data.sampleRate;
  return {
    startSec: seconds(from),
    endSec: seconds(to),
    perSecond: data.perSecond,
    ...series(data.min, data.max),
    channels: detail.channels ? data.channelMin.map((min, c) => series(min, data.channelMax[c] as Int16Array)) : [],
  };
}
