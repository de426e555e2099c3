// Person credits of a show (hosts) or an episode (guests and anyone credited on it). A person is
// one row per name, shared by every credit, so a guest's image and link are written once.

import type { Database } from 'better-sqlite3';
import type { PersonCredit, PersonGroup } from '../../../shared/domain/types.js';
import type { PersonInput } from '../../../shared/domain/schemas.js';
import { fail } from './library-errors.js';

/** Fixed table/column pairs: the only identifiers ever spliced into these statements. */
const OWNERS = {
  show: { table: 'show_persons', column: 'show_id' },
  episode: { table: 'episode_persons', column: 'episode_id' },
} as const;
export type CreditOwner = keyof typeof OWNERS;

interface CreditRow {
  person_id: number;
  name: string;
  role: string;
  grp: PersonGroup;
  img: string;
  href: string;
}

export function listCredits(db: Database, owner: CreditOwner, ownerId: number): PersonCredit[] {
  const { table, column } = OWNERS[owner];
  const rows = db
    .prepare<[number], CreditRow>(
      `SELECT c.person_id, p.name, c.role, c.grp, p.img, p.href
       FROM ${table} c JOIN persons p ON p.id = c.person_id
       WHERE c.${column} = ? ORDER BY c.position`,
    )
    .all(ownerId);
  return rows.map((r) => ({
    personId: r.person_id,
    name: r.name,
    role: r.role,
    group: r.grp,
    img: r.img,
    href: r.href,
  }));
}

/**
 * Replaces the credits in the given order. A known name (case-insensitive) reuses its person;
 * a non-empty img/href given here updates that person, an empty one keeps what was known.
 * Persons left without any credit are removed. Call inside a transaction.
 */
export function replaceCredits(db: Database, owner: CreditOwner, ownerId: number, persons: PersonInput[]): void {
  const { table, column } = OWNERS[owner];
  const upsertPerson = db.prepare<[string, string, string], { id: number }>(
    `INSERT INTO persons (name, img, href) VALUES (?, ?, ?)
     ON CONFLICT (name) DO UPDATE SET
       name = excluded.name,
       img = CASE WHEN excluded.img <> '' THEN excluded.img ELSE persons.img END,
       href = CASE WHEN excluded.href <> '' THEN excluded.href ELSE persons.href END
     RETURNING id`,
  );
  const insertCredit = db.prepare<[number, number, string, string, number]>(
    `INSERT INTO ${table} (${column}, person_id, role, grp, position) VALUES (?, ?, ?, ?, ?)`,
  );

  db.prepare<[number]>(`DELETE FROM ${table} WHERE ${column} = ?`).run(ownerId);
  persons.forEach((person, index) => {
    const name = person.name.trim();
    if (name === '') fail(`persons.${index}.name`, 'required');
    const row = upsertPerson.get(name, person.img, person.href);
    if (!row) throw new Error(`persons upsert returned no id for ${name}`);
    insertCredit.run(ownerId, row.id, person.role.trim().toLowerCase(), person.group, index);
  });
  db.prepare(
    `DELETE FROM persons
     WHERE NOT EXISTS (SELECT 1 FROM show_persons WHERE person_id = persons.id)
       AND NOT EXISTS (SELECT 1 FROM episode_persons WHERE person_id = persons.id)`,
  ).run();
}
