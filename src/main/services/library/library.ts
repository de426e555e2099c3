// The library: one folder holding library.sqlite (+ WAL) and the cache/, assets/, backups/ and
// imports/ folders. The only module that opens SQLite; everything else goes through this class.

import fs from 'node:fs';
import path from 'node:path';
import type BetterSqlite3 from 'better-sqlite3';
import { AppError } from '../../../shared/api/errors.js';
import type { SearchHit } from '../../../shared/domain/types.js';
import { createAssets, type AssetsApi } from './assets.js';
import { createChapters, type ChaptersApi } from './chapters.js';
import { backupTo } from './backup.js';
import { createEpisodes, type EpisodesApi } from './episodes.js';
import { createEpisodeMedia, type EpisodeMediaApi } from './episode-media.js';
import { createNotes, type NotesApi } from './notes.js';
import { createSnippets, type SnippetsApi } from './snippets.js';
import { createTranslationMemory, type TranslationMemoryApi } from './translation-memory.js';
import { isBusy } from './library-errors.js';
import { applyMigrations, loadMigrations, readUserVersion } from './migrate.js';
import { findMigrationsDir } from './migrations-dir.js';
import { openDatabase, peekUserVersion } from './open-database.js';
import { createSearch, type SearchOptions } from './search.js';
import { createSettings, type SettingsApi } from './settings.js';
import { createShows, type ShowsApi } from './shows.js';
import { createReleases, type ReleasesApi } from './releases.js';
import { createFeedRows, type FeedRowsApi } from './releases-feed-rows.js';
import { makeTransact, type Transact } from './transact.js';

export interface LibraryOptions {
  /** Folder of the NNNN-name.sql files; found by walking up from this module when absent. */
  migrationsDir?: string;
}

export const LIBRARY_FILE = 'library.sqlite';
export const LIBRARY_SUBFOLDERS = ['cache', 'assets', 'backups', 'imports'] as const;

export class Library {
  readonly shows: ShowsApi;
  readonly episodes: EpisodesApi;
  /** An episode's own artwork and its transcripts (the rows; the services copy the files). */
  readonly episodeMedia: EpisodeMediaApi;
  readonly assets: AssetsApi;
  readonly chapters: ChaptersApi;
  readonly settings: SettingsApi;
  /** Show notes rows (episodes' and snippets'), snippets of a show, the translation memory. */
  readonly notes: NotesApi;
  readonly snippets: SnippetsApi;
  readonly tm: TranslationMemoryApi;
  readonly releases: ReleasesApi;
  /** Episodes keeping their feed's guid and remote media: only feed import writes these. */
  readonly feedRows: FeedRowsApi;
  private readonly transact: Transact;
  private readonly searchEpisodes: (query: string, options?: SearchOptions) => SearchHit[];

  private constructor(
    readonly dir: string,
    readonly dbPath: string,
    private readonly db: BetterSqlite3.Database,
  ) {
    this.transact = makeTransact(db);
    this.assets = createAssets(db, this.transact);
    this.chapters = createChapters(db, this.transact);
    this.shows = createShows(db, this.transact);
    this.episodes = createEpisodes(db, this.transact, this.assets);
    this.episodeMedia = createEpisodeMedia(db, this.transact, this.episodes);
    this.settings = createSettings(db, this.transact);
    this.tm = createTranslationMemory(db);
    this.snippets = createSnippets(db, this.transact);
    this.notes = createNotes(db, this.transact, this.tm, this.snippets);
    this.releases = createReleases(db, this.transact);
    this.feedRows = createFeedRows(db, this.transact, this.assets, this.episodes);
    this.searchEpisodes = createSearch(db);
  }

  /** Opens (creating on first run) and migrates the library in `dir`. */
  static open(dir: string, options: LibraryOptions = {}): Library {
    const root = path.resolve(dir);
    const dbPath = path.join(root, LIBRARY_FILE);
    const migrations = loadMigrations(options.migrationsDir ?? findMigrationsDir());
    const supported = migrations.at(-1)?.version ?? 0;

    // Before any write, including the folders: a newer app's library is left exactly as it was.
    const found = peekUserVersion(dbPath);
    if (found !== null && found > supported) throw new AppError('library_too_new', { found, supported });

    for (const sub of LIBRARY_SUBFOLDERS) fs.mkdirSync(path.join(root, sub), { recursive: true });
    let db: BetterSqlite3.Database | null = null;
    try {
      db = openDatabase(dbPath);
      applyMigrations(db, migrations);
      return new Library(root, dbPath, db);
    } catch (error) {
      db?.close();
      if (isBusy(error)) throw new AppError('library_locked', { path: root });
      throw error;
    }
  }

  schemaVersion(): number {
    return readUserVersion(this.db);
  }

  close(): void {
    if (this.db.open) this.db.close();
  }

  /** Runs `fn` in one transaction (IMMEDIATE; nested calls become savepoints). */
  transaction<T>(fn: () => T): T {
    return this.transact(fn);
  }

  search(query: string, options?: SearchOptions): SearchHit[] {
    return this.searchEpisodes(query, options);
  }

  /** SQLite online backup to a new file; refuses to overwrite and never leaves a partial file. */
  backup(outFile: string): Promise<void> {
    return backupTo(this.db, outFile);
  }
}
