// Small SQL building blocks shared by the repositories. Column names only ever come from the
// fixed maps in the *-rows.ts files; values are always bound as named parameters.

/** ISO-8601 UTC with milliseconds, the format of every created_at/updated_at column. */
export const NOW_SQL = "strftime('%Y-%m-%dT%H:%M:%fZ', 'now')";

export type SqlValue = string | number | bigint | Buffer | null;
export type SqlRecord = Record<string, SqlValue>;

/** `a = @a, b = @b` for an UPDATE; the keys are trusted column names, never user text. */
export function assignments(columns: SqlRecord): string {
  return Object.keys(columns)
    .map((column) => `${column} = @${column}`)
    .join(', ');
}

/** `(a, b) VALUES (@a, @b)` for an INSERT; an empty record inserts the defaults. */
export function insertValues(columns: SqlRecord): string {
  const names = Object.keys(columns);
  if (names.length === 0) return 'DEFAULT VALUES';
  return `(${names.join(', ')}) VALUES (${names.map((n) => `@${n}`).join(', ')})`;
}

export const bool = (value: boolean): number => (value ? 1 : 0);
