// stat() that turns "no such file" into the user-facing file_missing error, so every audio
// step reports a moved or deleted file the same way.

import { stat } from 'node:fs/promises';
import type { Stats } from 'node:fs';
import { AppError } from '../../../shared/api/errors.js';

export async function statFile(file: string): Promise<Stats> {
  try {
    return await stat(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') throw new AppError('file_missing', { path: file });
    throw error;
  }
}
