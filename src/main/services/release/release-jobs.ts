// Running exports by job id, so the UI can cancel one ('release.cancel') while it runs.

import { AppError } from '../../../shared/api/errors.js';

export class ReleaseJobs {
  private readonly running = new Map<string, AbortController>();

  async run<T>(jobId: string, work: (signal: AbortSignal) => Promise<T>): Promise<T> {
    if (this.running.has(jobId)) throw new AppError('release_busy', { jobId });
    const controller = new AbortController();
    this.running.set(jobId, controller);
    try {
      return await work(controller.signal);
    } finally {
      this.running.delete(jobId);
    }
  }

  cancel(jobId: string): boolean {
    const controller = this.running.get(jobId);
    controller?.abort();
    return controller !== undefined;
  }

  cancelAll(): void {
    for (const controller of this.running.values()) controller.abort();
  }
}
