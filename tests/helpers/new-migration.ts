// `npm run new:migration -- name`: creates the next db/NNNN-name.sql (steps of 10), appends it to
// the hand-written list in src/main/services/library/migrations.ts, and adds a test stub.

import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const LIST_FILE = 'src/main/services/library/migrations.ts';
const TEST_DIR = 'tests/unit/main/services/library/migrations';
const ENTRY = /\{\s*version:\s*(\d+),\s*file:\s*'([^']+)'\s*\}/g;

export interface CreatedMigration {
  version: number;
  sqlFile: string;
  testFile: string;
}

export function newMigration(root: string, name: string): CreatedMigration {
  if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(name)) {
    throw new Error(`Migration name must be kebab-case (e.g. add-releases), got "${name}"`);
  }
  const listPath = path.join(root, LIST_FILE);
  const list = fs.readFileSync(listPath, 'utf8');
  const versions = [...list.matchAll(ENTRY)].map((m) => Number(m[1]));
  const version = (Math.floor(Math.max(0, ...versions) / 10) + 1) * 10;
  const base = `${String(version).padStart(4, '0')}-${name}`;
  const sqlFile = path.join(root, 'db', `${base}.sql`);
  const testFile = path.join(root, TEST_DIR, `${base}.test.ts`);
  for (const file of [sqlFile, testFile]) {
    if (fs.existsSync(file)) throw new Error(`${path.relative(root, file)} already exists`);
  }

  const start = list.indexOf('export const MIGRATIONS');
  const end = list.indexOf('\n];', start);
  if (start < 0 || end < 0) throw new Error(`Cannot find the MIGRATIONS array in ${LIST_FILE}`);
  const entry = `\n  { version: ${version}, file: '${base}.sql' },`;

  fs.writeFileSync(
    sqlFile,
    `-- ${base}: <what this migration changes, and why>.\n` +
      '-- Runs inside the runner\'s single transaction: no BEGIN/COMMIT here. Never edit once shipped.\n\n',
  );
  fs.mkdirSync(path.dirname(testFile), { recursive: true });
  fs.writeFileSync(
    testFile,
    `// ${base}: <what the test checks about this migration>.

import { describe, expect, it } from 'vitest';
import { rawDb } from './raw-db.js';

describe('${base}', () => {
  it('brings the schema to version ${version}', () => {
    const db = rawDb(${version});
    expect(db.pragma('user_version', { simple: true })).toBe(${version});
  });

  it.todo('checks what ${base} changes (tables, columns, constraints, data moved)');
});
`,
  );
  fs.writeFileSync(listPath, `${list.slice(0, end)}${entry}${list.slice(end)}`);
  return { version, sqlFile, testFile };
}

const invokedDirectly = process.argv[1] !== undefined && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href;
if (invokedDirectly) {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
  const name = process.argv[2];
  if (!name) {
    console.error('usage: npm run new:migration -- <kebab-case-name>');
    process.exit(2);
  }
  try {
    const created = newMigration(root, name);
    console.log(`created ${path.relative(root, created.sqlFile)} (version ${created.version})`);
    console.log(`created ${path.relative(root, created.testFile)}`);
    console.log(`listed in ${LIST_FILE}`);
  } catch (error) {
    console.error((error as Error).message);
    process.exit(1);
  }
}
