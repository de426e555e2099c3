// The one API contract: every call the UI can make and every event main pushes.
// Electron IPC, the preload, the browser host and the renderer client are all derived from it.

import { z } from 'zod';
import type {
  AssetIntegrity, Episode, EpisodeArtwork, EpisodeSummary, ImportProgress, LibraryInfo, SearchHit, Settings, Show,
} from '../domain/types.js';
import {
  absolutePathSchema, episodeCreateSchema, episodeListQuerySchema, episodePatchSchema, id,
  personInputSchema, settingsPatchSchema, showCreateSchema, showPatchSchema,
} from '../domain/schemas.js';
import { chapterInputSchema, MAX_CHAPTERS } from '../domain/schemas.js';
import { CHAPTER_FORMATS, UI_LANGUAGES, type ChapterExport, type ChapterImportResult, type ChapterList } from '../domain/types.js';
import type { PeaksProgress, PeaksView } from '../domain/types.js';
import type {
  FeedImportResult, Release, ReleaseChanges, ReleaseExportResult, ReleaseProgress, ReleaseReport, ReleaseSettings,
} from '../domain/types.js';
import { releaseSettingsPatchSchema, slugSchema } from '../domain/schemas.js';
import type { MenuCommand } from '../../shared/api/menu-commands.js';
import { notesContract } from '../notes/contract.js';
import { CALL_NAMES, EVENT_NAMES, channelOf, type CallName, type EventName } from './names.js';

interface CallSpec<S extends z.ZodType, R> {
  args: S;
  /** Phantom: carries the result type, never read at run time. */
  result?: R;
}

/** `call<Result>()(argsSchema)`: the result type is given, the argument type is inferred. */
function call<R>() {
  return <S extends z.ZodType>(args: S): CallSpec<S, R> => ({ args });
}

const none = z.object({}).strict();
const byId = z.object({ id }).strict();
const jobId = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/);
/** 4 MB of chapter text is far beyond any real chapter file. */
const CHAPTER_TEXT_MAX = 4_000_000;
const chapterTolerance = z.number().int().min(0).max(60_000);
/** 20 MB: the largest real feeds (thousands of items with full notes) stay well under it. */
const FEED_TEXT_MAX = 20_000_000;
const transcriptLang = z.enum(UI_LANGUAGES, { message: 'one_of' });

export const contract = {
  ...notesContract,
  'library.info': call<LibraryInfo>()(none),
  /**
   * SQLite online backup of the library. The desktop app asks where with its own save dialog (no
   * path comes from the UI); the browser host writes into <library>/backups/. `path: null` = cancelled.
   */
  'library.backup': call<{ path: string | null }>()(none),
  'settings.get': call<Settings>()(none),
  'settings.set': call<Settings>()(settingsPatchSchema.strict()),

  'shows.list': call<Show[]>()(none),
  'shows.get': call<Show>()(byId),
  'shows.create': call<Show>()(showCreateSchema.strict()),
  'shows.update': call<Show>()(z.object({ id, patch: showPatchSchema.strict() }).strict()),
  'shows.createSample': call<Show>()(none),
  /** The show's artwork from a PNG or JPEG, by path as for episodes.setArtwork; Apple's rules are the preflight's. */
  'shows.setArtwork': call<Show>()(z.object({ id, path: absolutePathSchema }).strict()),
  'shows.removeArtwork': call<Show>()(byId),
  /** What the show's artwork is (pixels, colour model, type), read from the library's copy; null = none. */
  'shows.artwork': call<{ artwork: EpisodeArtwork | null }>()(byId),

  'episodes.list': call<EpisodeSummary[]>()(episodeListQuerySchema.strict()),
  'episodes.get': call<Episode>()(byId),
  'episodes.create': call<Episode>()(episodeCreateSchema.strict()),
  'episodes.update': call<Episode>()(z.object({ id, patch: episodePatchSchema.strict() }).strict()),
  'episodes.delete': call<{ deleted: number }>()(byId),
  'episodes.numberAvailable': call<boolean>()(
    z.object({
      showId: id,
      season: z.number().int().min(0).nullable(),
      number: z.number().int().min(0),
      excludeId: id.nullable(),
    }).strict(),
  ),
  'episodes.setPersons': call<Episode>()(
    z.object({ id, persons: z.array(personInputSchema.strict()).max(50) }).strict(),
  ),
  /** Import audio: into `episodeId` when given, otherwise as a new episode of `showId`. */
  'episodes.importAudio': call<Episode>()(
    z.object({
      showId: id,
      episodeId: id.nullable(),
      path: absolutePathSchema,
      jobId,
    }).strict(),
  ),
  'episodes.checkAudio': call<AssetIntegrity>()(byId),
  'episodes.relinkAudio': call<Episode>()(z.object({ id, path: absolutePathSchema, jobId }).strict()),
  /**
   * The episode's own artwork from a PNG or JPEG (Electron: the picked file's path; browser host: the
   * path `POST /api/upload` answered). Copied into the library; Apple's size rules are warned, not refused.
   */
  'episodes.setArtwork': call<Episode>()(z.object({ id, path: absolutePathSchema }).strict()),
  'episodes.removeArtwork': call<Episode>()(byId),
  /** One language's transcript (WebVTT, SubRip or Podcasting 2.0 JSON), from a path as above; a malformed file stores nothing. */
  'episodes.setTranscript': call<Episode>()(z.object({ id, lang: transcriptLang, path: absolutePathSchema }).strict()),
  'episodes.removeTranscript': call<Episode>()(z.object({ id, lang: transcriptLang }).strict()),

  'search.query': call<SearchHit[]>()(
    z.object({ query: z.string().max(200), showId: id.optional(), limit: z.number().int().min(1).max(200).optional() })
      .strict(),
  ),

  'chapters.list': call<ChapterList>()(z.object({ episodeId: id }).strict()),
  /** The editor's autosave: the whole list in one transaction; findings say what still needs fixing. */
  'chapters.replace': call<ChapterList>()(
    z.object({ episodeId: id, chapters: z.array(chapterInputSchema).max(MAX_CHAPTERS) }).strict(),
  ),
  /** The renderer reads the file and sends its text: no path crosses the boundary. */
  'chapters.importText': call<ChapterImportResult>()(
    z.object({
      episodeId: id,
      text: z.string().max(CHAPTER_TEXT_MAX),
      format: z.enum(['auto', ...CHAPTER_FORMATS]),
      lang: z.enum(UI_LANGUAGES),
      fileName: z.string().max(255).optional(),
      toleranceMs: chapterTolerance.optional(),
    }).strict(),
  ),
  'chapters.exportText': call<ChapterExport>()(
    z.object({ episodeId: id, format: z.enum(CHAPTER_FORMATS), lang: z.enum(UI_LANGUAGES) }).strict(),
  ),
  /** Chapters embedded in the episode's audio (ID3 CHAP/CTOC, MP4); `lang` defaults to the episode's. */
  'chapters.importEmbedded': call<ChapterImportResult>()(
    z.object({ episodeId: id, lang: z.enum(UI_LANGUAGES).optional(), toleranceMs: chapterTolerance.optional() }).strict(),
  ),

  /**
   * The episode's waveform: cached, or computed off the UI thread with 'peaks.progress' events
   * under `jobId` (cancel with 'peaks.cancel'). `detail` asks for a stretch at full resolution.
   */
  'peaks.get': call<PeaksView>()(
    z.object({
      episodeId: id,
      jobId,
      perSecond: z.number().int().min(10).max(1000).optional(),
      overviewBins: z.number().int().min(1).max(20_000).optional(),
      detail: z.object({
        startSec: z.number().min(0).max(86_400),
        endSec: z.number().min(0).max(86_400),
        channels: z.boolean().optional(),
      }).strict().refine((d) => d.endSec > d.startSec, { message: 'invalid', path: ['endSec'] }).optional(),
    }).strict(),
  ),
  'peaks.cancel': call<{ cancelled: boolean }>()(z.object({ jobId }).strict()),

  'release.settings': call<ReleaseSettings>()(z.object({ showId: id }).strict()),
  'release.updateSettings': call<ReleaseSettings>()(
    z.object({ showId: id, patch: releaseSettingsPatchSchema.strict() }).strict(),
  ),
  /** Preflight of the show's next release, without writing anything: findings with "go to" targets. */
  'release.validate': call<ReleaseReport>()(z.object({ showId: id }).strict()),
  /**
   * Builds the bundle in a staging folder, validates it and renames it into <library>/releases/<date>-<n>/,
   * with 'release.progress' events under `jobId` (cancel with 'release.cancel'). Errors, or warnings
   * without `allowWarnings`, give `{ status: 'blocked', report }` and write nothing.
   */
  'release.export': call<ReleaseExportResult>()(
    z.object({ showId: id, zip: z.boolean(), allowWarnings: z.boolean(), jobId }).strict(),
  ),
  'release.cancel': call<{ cancelled: boolean }>()(z.object({ jobId }).strict()),
  /** Shows a recorded release's folder (or its zip) in the system's file manager: the desktop app only (`revealed: false` elsewhere). */
  'release.reveal': call<{ revealed: boolean }>()(z.object({ releaseId: id, zip: z.boolean().optional() }).strict()),
  /** Newest first, with files, episode versions and the warnings recorded. */
  'release.list': call<Release[]>()(z.object({ showId: id }).strict()),
  /** What the next release would change since the last one: new, changed (which parts), removed episodes. */
  'release.changes': call<ReleaseChanges>()(z.object({ showId: id }).strict()),
  /** An RSS feed's text into a new show (the renderer reads the file); malformed: nothing is created. */
  'feed.importText': call<FeedImportResult>()(
    z.object({ text: z.string().min(1).max(FEED_TEXT_MAX), slug: slugSchema.optional() }).strict(),
  ),
} as const satisfies Record<CallName, CallSpec<z.ZodType, unknown>>;

// `satisfies` makes names.ts and this object agree both ways: a missing spec or an unlisted one fails to compile.

export type Contract = typeof contract;
export { CALL_NAMES, EVENT_NAMES, channelOf, type CallName, type EventName };

export type CallArgs<K extends CallName> = z.input<Contract[K]['args']>;
export type ParsedArgs<K extends CallName> = z.output<Contract[K]['args']>;
export type CallResult<K extends CallName> = NonNullable<Contract[K]['result']>;

/** Events main pushes to every window, with their payloads. */
export interface EventMap {
  'import.progress': ImportProgress;
  'peaks.progress': PeaksProgress;
  'release.progress': ReleaseProgress;
}
// Every event name has a payload type and every payload type is named.
type _EveryEventTyped = EventName extends keyof EventMap ? (keyof EventMap extends EventName ? true : never) : never;
const _eventsMatch: _EveryEventTyped = true;
void _eventsMatch;

/** What `window.balado` (Electron) and the browser client both provide. */
export interface BaladoApi {
  invoke<K extends CallName>(name: K, args: CallArgs<K>): Promise<CallResult<K>>;
  on<E extends EventName>(event: E, listener: (payload: EventMap[E]) => void): () => void;
  /** Electron: the real path of a dropped/picked file; the browser host uploads instead. */
  pathForFile?: (file: File) => string;
  /** Electron: commands from the native menu (File ▸ Import audio…). */
  onMenuCommand?: (listener: (command: MenuCommand) => void) => () => void;
}
