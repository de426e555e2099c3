// Turns the merged bins and the parts' tails into the final PeaksData: exact length, loudness
// gated over the whole file, true and sample peak, and the pauses.

import type { AnalysisTail } from './analyzer.js';
import type { BinGrid } from './bin-grid.js';
import { finishBins, type BinStore } from './bin-store.js';
import { integratedLoudness } from './loudness-gate.js';
import type { PeaksData } from './peaks-data.js';
import type { PeaksPlan } from './plan-peaks.js';
import { findSilences } from './silences.js';

const dB = (linear: number) => (linear > 0 ? 20 * Math.log10(linear) : null);

export function assemblePeaks(plan: PeaksPlan, store: BinStore, grid: BinGrid, tails: AnalysisTail[]): PeaksData {
  const samples = Math.max(0, ...tails.map((t) => t.end));
  const count = grid.countFor(samples);
  const mono = finishBins(store.min, store.max, count);
  const perChannel = Array.from({ length: store.perChannel }, (_, c) =>
    finishBins(store.channelMin[c] as Int16Array, store.channelMax[c] as Int16Array, count));

  const blocks = Math.max(0, ...tails.map((t) => t.loudness.first + t.loudness.energy.length));
  const energy = new Float64Array(blocks);
  for (const { loudness } of tails) {
    loudness.energy.forEach((e, i) => {
      energy[loudness.first + i] = (energy[loudness.first + i] as number) + e;
    });
  }
  const integrated = integratedLoudness(energy, grid.sampleRate / 10);
  return {
    perSecond: grid.perSecond,
    sampleRate: grid.sampleRate,
    channels: Math.max(1, store.perChannel),
    samples,
    codec: plan.codec,
    vbr: plan.vbr,
    min: mono.min,
    max: mono.max,
    channelMin: perChannel.map((p) => p.min),
    channelMax: perChannel.map((p) => p.max),
    silences: findSilences(store.level, grid, samples),
    loudness: {
      integratedLufs: Number.isFinite(integrated) ? round(integrated, 2) : null,
      truePeakDbtp: roundOrNull(dB(Math.max(...tails.map((t) => t.truePeak)))),
      samplePeakDbfs: roundOrNull(dB(Math.max(...tails.map((t) => t.samplePeak)))),
    },
  };
}

const round = (n: number, digits: number) => Math.round(n * 10 ** digits) / 10 ** digits;
const roundOrNull = (n: number | null) => (n === null ? null : round(n, 2));
