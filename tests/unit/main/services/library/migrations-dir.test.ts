// Locating db/ at run time by walking up from a module, and the override for packaged apps.

import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { Library } from '../../../../../src/main/services/library/library.js';
import { findMigrationsDir } from '../../../../../src/main/services/library/migrations-dir.js';
import { tempDir } from './temp-library.js';

const repoDb = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../../../db');

describe('findMigrationsDir', () => {
  it('finds the repository db/ from the library module and from any folder below the repository', () => {
    expect(findMigrationsDir()).toBe(repoDb);
    expect(findMigrationsDir(path.join(repoDb, '..', 'out', 'electron'))).toBe(repoDb);
  });

  it('says what to do when there is no db/ above the start folder', () => {
    expect(() => findMigrationsDir(tempDir())).toThrow(/migrationsDir/);
  });

  it('lets Library.open use another folder (e.g. Electron resources)', () => {
    const migrationsDir = path.join(tempDir(), 'db');
    fs.cpSync(repoDb, migrationsDir, { recursive: true });
    const library = Library.open(tempDir(), { migrationsDir });
    expect(library.schemaVersion()).toBeGreaterThan(0);
    library.close();
  });
});
