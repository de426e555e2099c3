// One way to run a write: a better-sqlite3 transaction started IMMEDIATE, so a read-then-write
// inside it cannot lose a race with another connection. Nested calls become savepoints.

import type { Database } from 'better-sqlite3';

export type Transact = <T>(fn: () => T) => T;

export function makeTransact(db: Database): Transact {
  return <T>(fn: () => T): T => db.transaction(fn).immediate();
}
