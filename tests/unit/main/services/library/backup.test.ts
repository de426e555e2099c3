// Online backups: a complete, openable copy while the library stays open in WAL mode; never
// over an existing file.

import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Library } from '../../../../../src/main/services/library/library.js';
import { makeShow, tempDir, useLibrary } from './temp-library.js';

describe('Library.backup', () => {
  const lib = useLibrary();

  it('writes a copy with the same rows and version while the library stays open', async () => {
    const show = makeShow(lib());
    for (let n = 1; n <= 20; n += 1) {
      lib().episodes.create({ showId: show.id, number: n, title: { fr: `Épisode ${n}`, en: `Episode ${n}` } });
    }
    lib().settings.set({ theme: 'dark' });
    // Uncheckpointed writes live in the -wal file: the backup must include them.
    expect(fs.statSync(`${lib().dbPath}-wal`).size).toBeGreaterThan(0);

    const out = path.join(tempDir(), 'copies', 'library-backup.sqlite');
    await lib().backup(out);
    makeShow(lib(), { slug: 'apres' });

    const copyDir = tempDir();
    fs.copyFileSync(out, path.join(copyDir, 'library.sqlite'));
    const copy = Library.open(copyDir);
    try {
      expect(copy.schemaVersion()).toBe(lib().schemaVersion());
      expect(copy.shows.list().map((s) => s.slug)).toEqual(['raccords']);
      expect(copy.episodes.list({})).toEqual(lib().episodes.list({ showId: show.id }));
      expect(copy.search('episode 7').map((h) => h.episode.number)).toEqual([7]);
      expect(copy.settings.get().theme).toBe('dark');
    } finally {
      copy.close();
    }
    expect(fs.readdirSync(path.dirname(out))).toEqual(['library-backup.sqlite']);
  });

  it('refuses to overwrite an existing file and leaves it untouched', async () => {
    const out = path.join(tempDir(), 'existing.sqlite');
    fs.writeFileSync(out, 'keep me');
    await expect(lib().backup(out)).rejects.toMatchObject({ code: 'validation', details: { field: 'outFile' } });
    expect(fs.readFileSync(out, 'utf8')).toBe('keep me');
    expect(fs.readdirSync(path.dirname(out))).toEqual(['existing.sqlite']);
  });
});
