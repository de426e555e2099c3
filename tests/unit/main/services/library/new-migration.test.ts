// The migration scaffold (tests/helpers/new-migration.ts), run on a copy of the repository's
// migration list so the real tree is never touched.

import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { newMigration } from '../../../../helpers/new-migration.js';
import { tempDir } from './temp-library.js';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../../..');
const LIST = 'src/main/services/library/migrations.ts';

function fakeRepo(): string {
  const root = tempDir('balado-scaffold-');
  fs.mkdirSync(path.join(root, 'db'));
  fs.mkdirSync(path.dirname(path.join(root, LIST)), { recursive: true });
  fs.copyFileSync(path.join(repo, LIST), path.join(root, LIST));
  return root;
}

describe('new-migration scaffold', () => {
  it('creates the next file in steps of 10, lists it last, and writes a test stub', () => {
    const root = fakeRepo();
    const before = fs.readFileSync(path.join(root, LIST), 'utf8');
    const last = Math.max(...[...before.matchAll(/version: (\d+)/g)].map((m) => Number(m[1])));

    const created = newMigration(root, 'add-releases');
    const base = `${String(last + 10).padStart(4, '0')}-add-releases`;
    expect(created.version).toBe(last + 10);
    expect(path.basename(created.sqlFile)).toBe(`${base}.sql`);
    expect(fs.readFileSync(created.sqlFile, 'utf8')).toContain('no BEGIN/COMMIT');
    expect(fs.readFileSync(created.testFile, 'utf8')).toContain(`rawDb(${last + 10})`);

    const after = fs.readFileSync(path.join(root, LIST), 'utf8');
    expect(after).toContain(`{ version: ${last + 10}, file: '${base}.sql' },\n];`);
    expect(after.replace(`\n  { version: ${last + 10}, file: '${base}.sql' },`, '')).toBe(before);

    expect(newMigration(root, 'second').version).toBe(last + 20);
  });

  it('refuses a name that is not kebab-case', () => {
    expect(() => newMigration(fakeRepo(), 'Add Releases')).toThrow(/kebab-case/);
  });
});
