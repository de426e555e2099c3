// One running peaks computation: a worker per part, their bins merged as they arrive, a coarse
// overview reported first and then the refining pass. Cancelling terminates the workers at once.

import { AppError } from '../../../shared/api/errors.js';
import type { AnalysisTail } from './analyzer.js';
import type { BinBatch } from './bin-batches.js';
import { assemblePeaks } from './assemble-peaks.js';
import { BinGrid } from './bin-grid.js';
import { BinStore } from './bin-store.js';
import type { PeaksProgressReport } from './compute-peaks.js';
import { OverviewTracker } from './overview-tracker.js';
import type { PeaksData } from './peaks-data.js';
import type { PeaksPlan } from './plan-peaks.js';
import { startPeaksWorker } from './start-worker.js';
import type { PartJob, WorkerMessage } from './worker-protocol.js';
import type { Worker } from 'node:worker_threads';

interface JobOptions {
  perSecond: number;
  overviewPoints: number;
  progressEveryMs: number;
  onProgress?: (progress: PeaksProgressReport) => void;
}

interface Part {
  job: PartJob;
  worker: Worker | null;
  fraction: number;
  tail: AnalysisTail | null;
}

export class PeaksJob {
  private readonly parts: Part[];
  private store: BinStore | null = null;
  private grid: BinGrid | null = null;
  private overview: OverviewTracker | null = null;
  private lastReport = 0;
  private awaitingSparse: boolean;

  constructor(private readonly plan: PeaksPlan, private readonly options: JobOptions) {
    this.parts = plan.jobs.map((job) => ({ job, worker: null, fraction: 0, tail: null }));
    this.awaitingSparse = plan.jobs.some((job) => job.overview !== null);
    // MP3 and WAV are read by our own parsers, so their format is final before any worker runs
    // (and the sparse overview may arrive before the first decoded chunk).
    if (plan.formatKnown && plan.sampleRate && plan.channels) this.setFormat(plan.sampleRate, plan.channels);
  }

  async run(signal?: AbortSignal): Promise<PeaksData> {
    const cancelled = new Promise<never>((_, reject) => {
      if (signal?.aborted) reject(new AppError('cancelled'));
      signal?.addEventListener('abort', () => reject(new AppError('cancelled')), { once: true });
    });
    cancelled.catch(() => undefined);
    try {
      await Promise.race([Promise.all(this.parts.map((part, i) => this.runPart(part, i))), cancelled]);
    } finally {
      // Wait for the threads to end: their heaps and decoders are freed before assembly allocates.
      await Promise.all(this.parts.map((part) => part.worker?.terminate()));
    }
    if (!this.store || !this.grid) throw new Error('peaks: no part reported its format');
    return assemblePeaks(this.plan, this.store, this.grid, this.parts.map((p) => p.tail as AnalysisTail));
  }

  reportDone(): void {
    this.options.onProgress?.({ phase: 'done', fraction: 1, overview: this.composeOverview() });
  }

  private setFormat(sampleRate: number, channels: number): void {
    if (this.store) return;
    this.grid = new BinGrid(sampleRate, this.options.perSecond);
    const bins = this.grid.countFor(this.plan.estimatedSamples);
    this.store = new BinStore(bins + 1, channels > 1 ? channels : 0);
    this.overview = new OverviewTracker(this.options.overviewPoints, bins, this.parts.length);
  }

  private composeOverview(): PeaksProgressReport['overview'] {
    return this.store && this.overview ? this.overview.compose(this.store) : null;
  }

  private report(phase: PeaksProgressReport['phase'], force: boolean): void {
    const { onProgress, progressEveryMs } = this.options;
    if (!onProgress || (!force && Date.now() - this.lastReport < progressEveryMs)) return;
    // The coarse look goes out first; refining reports before it would show a mostly empty strip.
    if (phase === 'refining' && this.awaitingSparse) return;
    this.lastReport = Date.now();
    const fraction = this.parts.reduce((sum, p) => sum + p.fraction, 0) / this.parts.length;
    onProgress({ phase, fraction: Math.min(1, fraction), overview: this.composeOverview() });
  }

  private runPart(part: Part, index: number): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      const worker = startPeaksWorker(part.job);
      part.worker = worker;
      worker.on('message', (message: WorkerMessage) => {
        try {
          this.receive(part, index, message);
          if (message.type === 'done') resolve();
          if (message.type === 'error') {
            reject(message.error
              ? AppError.fromWire(message.error)
              : Object.assign(new Error(`peaks worker: ${message.message}`), { stack: message.stack }));
          }
        } catch (error) {
          reject(error);
        }
      });
      worker.once('error', reject);
      worker.once('exit', (code) => {
        if (!part.tail) reject(new Error(`peaks worker exited (${code}) before finishing`));
      });
    });
  }

  private take(part: number, batch: BinBatch): void {
    this.store?.merge(batch);
    this.overview?.covered(part, batch.firstBin, batch.firstBin + batch.count);
  }

  private receive(part: Part, index: number, message: WorkerMessage): void {
    switch (message.type) {
      case 'overview':
        this.awaitingSparse = false;
        this.overview?.setSparse(message.min, message.max);
        this.report('overview', true);
        break;
      case 'format':
        this.setFormat(message.sampleRate, message.channels);
        break;
      case 'bins':
        this.take(index, message.batch);
        part.fraction = message.fraction;
        this.report('refining', false);
        break;
      case 'done':
        if (message.batch) this.take(index, message.batch);
        part.fraction = 1;
        part.tail = message.tail;
        break;
      case 'error':
        break;
    }
  }
}
