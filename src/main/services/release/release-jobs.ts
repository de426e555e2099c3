// Running exports by job id, so the UI can cancel one ('release.cancel') while it runs.

import { AppError } from '../../../shared/api/errors.js';

export class ReleaseJobs {
  private readonly running = new Map<string, AbortController>();
  private readonly finishing = new Set<Promise<unknown>>();

  async run<T>(jobId: string, work: (signal: AbortSignal) => Promise<T>): Promise<T> {
    if (this.running.has(jobId)) throw new AppError('release_busy', { jobId });
    const controller = new AbortController();
    this.running.set(jobId, controller);
    const job = work(controller.signal);
    const tracked = job.catch(() => undefined).finally(() => {
      this.running.delete(jobId);
      this.finishing.delete(tracked);
    });
    this.finishing.add(tracked);
    return job;
  }

  cancel(jobId: string): boolean {
    const controller = this.running.get(jobId);
    controller?.abort();
    return controller !== undefined;
  }

  /** Cancels every job and waits until each has removed what it staged. */
  async stopAll(): Promise<void> {
    for (const controller of this.running.values()) controller.abort();
    await Promise.all(this.finishing);
  }
}
