// Turns what the library meets into expected errors: zod issues into `validation`, SQLite
// constraint failures into `duplicate`, so callers never see a raw driver error for user input.

import Database from 'better-sqlite3';
import type { z } from 'zod';
import { AppError } from '../../../shared/api/errors.js';
import { problemText } from '../../../shared/domain/problems.js';

/**
 * Parses with a shared schema; the first issue becomes AppError('validation') in both languages.
 * `prefix` names where the value sits in a larger input, e.g. `persons.2`.
 */
export function parseInput<S extends z.ZodType>(schema: S, value: unknown, prefix?: string): z.output<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const field = [prefix, ...(issue?.path.map(String) ?? [])].filter(Boolean).join('.') || 'input';
  return fail(field, issue?.message ?? 'invalid');
}

/** A validation error from a problem key of problems.ts. */
export function fail(field: string, problemKey: string): never {
  const text = problemText(problemKey);
  throw new AppError('validation', { field, problem: text.en, problemFr: text.fr });
}

/**
 * What a UNIQUE constraint failure names, e.g. `shows.slug`, `episodes.show_id, episodes.slug`
 * or `index 'episodes_number_unique'`; null when `error` is anything else.
 */
export function uniqueViolation(error: unknown): string | null {
  if (error instanceof Database.SqliteError && error.code === 'SQLITE_CONSTRAINT_UNIQUE') {
    return error.message.replace(/^UNIQUE constraint failed:\s*/, '');
  }
  return null;
}

export function isBusy(error: unknown): boolean {
  return error instanceof Database.SqliteError && error.code.startsWith('SQLITE_BUSY');
}
