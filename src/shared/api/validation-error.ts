// Turns schema issues into the bilingual validation error that names the field, the same way
// at every boundary (IPC, browser host, CLI, services).

import type { z } from 'zod';
import { problemText } from '../domain/problems.js';
import { AppError } from './errors.js';

export function validationError(issues: readonly z.core.$ZodIssue[]): AppError {
  const issue = issues[0];
  const field = issue && issue.path.length > 0 ? issue.path.join('.') : 'arguments';
  const text = problemText(issue?.message ?? 'invalid');
  return new AppError('validation', { field, problem: text.en, problemFr: text.fr });
}
