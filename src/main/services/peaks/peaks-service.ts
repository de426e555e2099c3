// Peaks for an episode's audio, the way the app asks for them: from the cache when it has them,
// otherwise computed once (callers asking meanwhile share the run and its progress) and cached.
// Each caller holds a job id; the run is cancelled when every caller has cancelled.

import { AppError } from '../../../shared/api/errors.js';
import type { Asset } from '../../../shared/domain/types.js';
import { checkAssetFile } from '../audio/file-integrity.js';
import type { Library } from '../library/library.js';
import { computePeaks, type ComputeOptions, type PeaksProgressReport } from './compute-peaks.js';
import { peaksCacheFile, readPeaksFile, writePeaksFile } from './peaks-cache.js';
import type { PeaksData, PeaksSettings } from './peaks-data.js';

type Listener = (progress: PeaksProgressReport) => void;

interface Run {
  promise: Promise<PeaksData>;
  controller: AbortController;
  listeners: Map<string, Listener>;
}

export interface PeaksRequest {
  jobId: string;
  onProgress?: Listener;
}

export class PeaksService {
  private readonly runs = new Map<string, Run>();
  /** Callers still reading the cache, by job id. */
  private readonly waiting = new Map<string, { cancelled: boolean }>();
  /** The last peaks read or computed: the editor asks for many detail views of one episode. */
  private recent: { file: string; data: PeaksData } | null = null;

  constructor(private readonly library: Library, private readonly options: Omit<ComputeOptions, 'signal' | 'onProgress'> = {}) {}

  async forEpisode(episodeId: number, settings: PeaksSettings, request: PeaksRequest): Promise<{ asset: Asset; data: PeaksData }> {
    const asset = this.library.episodes.get(episodeId).audio;
    if (!asset) {
      throw new AppError('not_found', { what: 'audio', ref: episodeId }, {
        fr: "Cet épisode n'a pas encore de fichier audio.",
        en: 'This episode has no audio file yet.',
      });
    }
    return { asset, data: await this.forAsset(asset, settings, request) };
  }

  async forAsset(asset: Pick<Asset, 'path' | 'size' | 'mtimeMs' | 'sha256'>, settings: PeaksSettings, request: PeaksRequest): Promise<PeaksData> {
    // Known from the first moment, so a cancel that comes before the cache is read still counts.
    const waiting = { cancelled: false };
    this.waiting.set(request.jobId, waiting);
    try {
      const file = peaksCacheFile(this.library.dir, asset.sha256, settings);
      if (this.recent?.file === file) return this.recent.data;
      const cached = await readPeaksFile(file, asset.sha256);
      if (cached) return this.remember(file, cached);
      if (waiting.cancelled) throw new AppError('cancelled');
      const run = this.runs.get(file) ?? this.start(file, asset, settings);
      run.listeners.set(request.jobId, request.onProgress ?? (() => undefined));
      this.waiting.delete(request.jobId);
      return await run.promise;
    } finally {
      if (this.waiting.get(request.jobId) === waiting) this.waiting.delete(request.jobId);
    }
  }

  /** Withdraws one caller; the computation stops when no caller is left. */
  cancel(jobId: string): boolean {
    const waiting = this.waiting.get(jobId);
    if (waiting) {
      waiting.cancelled = true;
      this.waiting.delete(jobId);
      return true;
    }
    for (const run of this.runs.values()) {
      if (!run.listeners.delete(jobId)) continue;
      if (run.listeners.size === 0) run.controller.abort();
      return true;
    }
    return false;
  }

  /** Stops every computation (shutdown). */
  cancelAll(): void {
    for (const run of this.runs.values()) run.controller.abort();
  }

  private start(file: string, asset: Pick<Asset, 'path' | 'size' | 'mtimeMs' | 'sha256'>, settings: PeaksSettings): Run {
    const controller = new AbortController();
    const listeners = new Map<string, Listener>();
    const promise = (async () => {
      // Quick check (size, mtime): peaks of a file that changed would be cached under the old hash.
      const check = await checkAssetFile(asset, { quick: true, signal: controller.signal });
      if (check.state === 'missing') throw new AppError('file_missing', { path: check.path });
      if (check.state === 'changed') throw new AppError('file_changed', { path: check.path, reason: check.reason });
      const data = await computePeaks(asset.path, {
        ...this.options,
        perSecond: settings.perSecond,
        signal: controller.signal,
        onProgress: (progress) => listeners.forEach((listener) => listener(progress)),
      });
      await writePeaksFile(file, data, asset.sha256);
      return this.remember(file, data);
    })();
    const run = { promise, controller, listeners };
    this.runs.set(file, run);
    const forget = () => this.runs.delete(file);
    promise.then(forget, forget);
    return run;
  }

  private remember(file: string, data: PeaksData): PeaksData {
    this.recent = { file, data };
    return data;
  }
}
