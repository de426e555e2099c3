// Bilingual audio errors: the shared catalog inserts one `problem` into both languages, so the
// French message is rendered from the French problem and the English one from the English.

import { AppError } from '../../../shared/api/errors.js';
import type { Bilingual } from '../../../shared/domain/types.js';

/** The file is not audio we can read (damaged, empty, text, cut short). */
export function audioUnreadable(file: string, problem: Bilingual): AppError {
  const fr = new AppError('audio_unreadable', { file, problem: problem.fr }).messages.fr;
  return new AppError('audio_unreadable', { file, problem: problem.en, problemFr: problem.fr }, {
    fr, en: new AppError('audio_unreadable', { file, problem: problem.en }).messages.en,
  });
}

/** The file is recognised, but it is not one of the formats a podcast episode can use here. */
export function audioUnsupported(file: string, format: Bilingual): AppError {
  const fr = new AppError('audio_unsupported', { file, format: format.fr }).messages.fr;
  return new AppError('audio_unsupported', { file, format: format.en, formatFr: format.fr }, {
    fr, en: new AppError('audio_unsupported', { file, format: format.en }).messages.en,
  });
}
