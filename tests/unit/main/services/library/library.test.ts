// Opening a library folder: what is created on first run, the pragmas, and transactions.

import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Library } from '../../../../../src/main/services/library/library.js';
import { makeShow, tempDir, useLibrary } from './temp-library.js';

describe('Library.open', () => {
  it('creates the folder, library.sqlite and the cache, assets, backups and imports subfolders', () => {
    const dir = path.join(tempDir(), 'nested', 'library');
    const library = Library.open(dir);
    try {
      expect(library.dir).toBe(dir);
      expect(library.dbPath).toBe(path.join(dir, 'library.sqlite'));
      expect(fs.existsSync(library.dbPath)).toBe(true);
      for (const sub of ['cache', 'assets', 'backups', 'imports']) {
        expect(fs.statSync(path.join(dir, sub)).isDirectory()).toBe(true);
      }
    } finally {
      library.close();
    }
  });

  it('uses WAL with foreign keys enforced, and keeps data across reopening', () => {
    const dir = tempDir();
    const library = Library.open(dir);
    makeShow(library);
    expect(fs.existsSync(`${library.dbPath}-wal`)).toBe(true);
    expect(() => library.episodes.create({ showId: 999 })).toThrow(/show/);
    library.close();
    library.close();
    const again = Library.open(dir);
    expect(again.shows.list().map((s) => s.slug)).toEqual(['raccords']);
    again.close();
  });
});

describe('Library.transaction', () => {
  const lib = useLibrary();

  it('rolls every write back when the function throws', () => {
    expect(() =>
      lib().transaction(() => {
        makeShow(lib(), { slug: 'une' });
        makeShow(lib(), { slug: 'deux' });
        throw new Error('stop');
      }),
    ).toThrow('stop');
    expect(lib().shows.list()).toEqual([]);
  });

  it('nests: an inner failure caught inside keeps the outer writes', () => {
    const result = lib().transaction(() => {
      makeShow(lib(), { slug: 'une' });
      try {
        lib().transaction(() => {
          makeShow(lib(), { slug: 'deux' });
          throw new Error('inner');
        });
      } catch {
        // The inner savepoint is rolled back; the outer transaction goes on.
      }
      return lib().shows.list().length;
    });
    expect(result).toBe(1);
    expect(lib().shows.list().map((s) => s.slug)).toEqual(['une']);
  });
});
