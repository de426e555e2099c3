// The schema migrations, listed by hand in order (Signal-style): a file in db/ that is not listed
// here never runs. `npm run new:migration -- name` appends to this list; never edit a shipped file.

export interface MigrationEntry {
  /** Becomes PRAGMA user_version once applied; steps of 10 leave room for a hotfix in between. */
  version: number;
  file: string;
}

export const MIGRATIONS: readonly MigrationEntry[] = [
  { version: 10, file: '0010-initial.sql' },
  { version: 20, file: '0020-search.sql' },
  { version: 30, file: '0030-chapters.sql' },
  // 0040 was reserved for the peaks cache, which stayed in files (cache/peaks/).
  { version: 50, file: '0050-notes.sql' },
  { version: 60, file: '0060-releases.sql' },
  { version: 70, file: '0070-episode-media.sql' },
];

export const LATEST_VERSION = MIGRATIONS.at(-1)?.version ?? 0;
