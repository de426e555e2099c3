// Which file paths a UI may ask main to read. Electron passes paths the user dropped or picked
// (webUtils.getPathForFile); the browser host may only name files it received by upload.

import { realpathSync } from 'node:fs';
import path from 'node:path';
import { AppError } from '../../shared/api/errors.js';

export interface ImportPolicy {
  /** Throws path_forbidden when the UI may not read `candidate`; returns the path to use. */
  check(candidate: string): string;
}

export const anyUserPath: ImportPolicy = { check: (candidate) => path.resolve(candidate) };

export function onlyInside(folder: string): ImportPolicy {
  return {
    check(candidate) {
      let real: string;
      try {
        real = realpathSync(path.resolve(candidate));
      } catch {
        throw new AppError('file_missing', { path: candidate });
      }
      const root = realpathSync(folder);
      const relative = path.relative(root, real);
      if (relative === '' || relative.startsWith('..') || path.isAbsolute(relative)) {
        throw new AppError('path_forbidden', { path: candidate });
      }
      return real;
    },
  };
}
