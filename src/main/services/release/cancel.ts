// Cancellation of a release job: one check used between every step, so a cancelled export stops
// at the next file (and its staging folder is removed by whoever owns it).

import { AppError } from '../../../shared/api/errors.js';

export function throwIfCancelled(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw new AppError('cancelled');
}
