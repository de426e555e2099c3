// The library's domain records as the UI and the CLI see them. Services return these shapes;
// the API contract (../api/contract.ts) carries them across every boundary unchanged.

export const EPISODE_STATUSES = ['draft', 'editing', 'translating', 'review', 'ready', 'published'] as const;
export type EpisodeStatus = (typeof EPISODE_STATUSES)[number];

export const EPISODE_TYPES = ['full', 'trailer', 'bonus'] as const;
export type EpisodeType = (typeof EPISODE_TYPES)[number];

export const SPOKEN_LANGUAGES = ['fr', 'en', 'bilingual'] as const;
export type SpokenLanguage = (typeof SPOKEN_LANGUAGES)[number];

export const UI_LANGUAGES = ['fr', 'en'] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];

/** A text written once per language. Empty string = not written yet. */
export interface Bilingual {
  fr: string;
  en: string;
}

export interface Show {
  id: number;
  slug: string;
  title: Bilingual;
  subtitle: Bilingual;
  description: Bilingual;
  author: string;
  ownerName: string;
  ownerEmail: string;
  website: string;
  copyright: string;
  /** Feed language codes (BCP 47 / ISO 639 with region), one per feed: e.g. fr-CA, en-CA. */
  languages: { fr: string; en: string };
  /** Apple Podcasts categories, "Category" or "Category > Subcategory". */
  categories: string[];
  explicit: boolean;
  /** Where the release bundle will be hosted, e.g. https://example.org/raccords/ */
  baseUrl: string;
  artworkAssetId: number | null;
  episodeCount: number;
  createdAt: string;
  updatedAt: string;
}

export interface EpisodeSummary {
  id: number;
  showId: number;
  showSlug: string;
  number: number | null;
  season: number | null;
  type: EpisodeType;
  slug: string;
  spoken: SpokenLanguage;
  title: Bilingual;
  status: EpisodeStatus;
  /** ISO-8601 with offset, e.g. 2026-03-04T06:00:00-05:00 */
  publishedAt: string | null;
  durationMs: number | null;
}

export interface Episode extends EpisodeSummary {
  guid: string;
  summary: Bilingual;
  /** IANA zone the publication date was chosen in, e.g. America/Montreal. */
  timeZone: string | null;
  explicit: boolean;
  audioAssetId: number | null;
  audio: Asset | null;
  persons: PersonCredit[];
  createdAt: string;
  updatedAt: string;
}

/** A chapter's content without its identity: what chapter files carry and the editor edits. */
export interface ChapterFields {
  /** Integer milliseconds from the start of the audio. */
  startMs: number;
  /** null = until the next chapter (or the end of the audio). */
  endMs: number | null;
  title: Bilingual;
  /** Web address shown with the chapter; '' = none. */
  url: string;
  /** Chapter image address; '' = none. */
  img: string;
  /** Podcasting 2.0 `toc: false`: metadata only, left out of the table of contents. */
  hidden: boolean;
}

export interface Chapter extends ChapterFields {
  id: number;
  episodeId: number;
}

/** Chapter file formats read and written (`json` is Podcasting 2.0 JSON chapters 1.2). */
export const CHAPTER_FORMATS = ['json', 'psc', 'mp4chaps', 'vtt', 'audacity', 'cue', 'ffmetadata', 'timestamps'] as const;
export type ChapterFormat = (typeof CHAPTER_FORMATS)[number];

export const CHAPTER_PROBLEMS = [
  'same_time', 'outside_duration', 'end_outside_duration', 'overlaps_next', 'first_not_at_zero', 'empty_title', 'bad_url',
] as const;
export type ChapterProblem = (typeof CHAPTER_PROBLEMS)[number];

/** One thing the editor shows inline beside a chapter; `error`s are what apps would reject. */
export interface ChapterFinding {
  severity: 'error' | 'warning';
  problem: ChapterProblem;
  /** Position in the list sorted by start (0-based). */
  index: number;
  chapterId: number | null;
  field: 'startMs' | 'endMs' | 'title.fr' | 'title.en' | 'url' | 'img';
  message: Bilingual;
}

export interface ChapterList {
  chapters: Chapter[];
  findings: ChapterFinding[];
}

/** What importing a chapter file (or the audio's own chapters) did. Nothing unmatched is guessed. */
export interface ChapterImportResult extends ChapterList {
  format: ChapterFormat | 'embedded';
  lang: UiLanguage;
  /** `created`: the episode had no chapters; `merged`: titles filled into existing chapters by time. */
  mode: 'created' | 'merged';
  /** Chapters read from the file. */
  imported: number;
  matched: number;
  unmatchedImported: { startMs: number; title: string }[];
  unmatchedExisting: { id: number; startMs: number; title: Bilingual }[];
}

export interface ChapterExport {
  fileName: string;
  mime: string;
  text: string;
}

export interface EmbeddedChapter {
  startMs: number;
  endMs: number | null;
  title: string;
  url: string | null;
}

export interface ProbedTags {
  title: string | null;
  artist: string | null;
  album: string | null;
  comment: string | null;
  year: number | null;
  hasArtwork: boolean;
}

export interface Asset {
  id: number;
  kind: 'audio' | 'image';
  path: string;
  fileName: string;
  size: number;
  mtimeMs: number;
  sha256: string;
  mime: string;
  codec: string | null;
  container: string | null;
  durationMs: number | null;
  sampleRate: number | null;
  channels: number | null;
  bitrate: number | null;
  vbr: boolean;
  tags: ProbedTags | null;
  embeddedChapters: EmbeddedChapter[];
  createdAt: string;
}

/** Result of checking an asset's file against what was recorded at import. */
export type AssetIntegrity =
  | { state: 'ok' }
  | { state: 'missing'; path: string }
  | { state: 'changed'; path: string; reason: 'size' | 'mtime' | 'hash' };

/** Podcast Taxonomy (podcastindex.org) groups used by podcast:person. */
export const PERSON_GROUPS = [
  'cast', 'writing', 'audio production', 'audio post-production', 'administration',
  'visuals', 'community', 'misc.', 'video production', 'video post-production',
  'creative direction',
] as const;
export type PersonGroup = (typeof PERSON_GROUPS)[number];

export interface PersonCredit {
  personId: number;
  name: string;
  /** Taxonomy role in lower case, e.g. host, guest, translator, producer. */
  role: string;
  group: PersonGroup;
  img: string;
  href: string;
}

export interface SearchHit {
  episode: EpisodeSummary;
  /** bm25 rank: lower is better. */
  rank: number;
  /** Short excerpt with the match wrapped in [ ] (no HTML: the UI styles it). */
  snippet: string;
}

export interface ImportProgress {
  jobId: string;
  phase: 'hashing' | 'probing' | 'saving' | 'done';
  bytesDone: number;
  bytesTotal: number;
}

/** A pause in the audio (≥ ~1.5 s, relative to the episode's own level): a chapter boundary hint. */
export interface Silence {
  startMs: number;
  endMs: number;
}

/** ITU-R BS.1770-4 / EBU R128 figures of a whole episode; null when the audio is silent. */
export interface LoudnessSummary {
  integratedLufs: number | null;
  truePeakDbtp: number | null;
  samplePeakDbfs: number | null;
}

/** Min/max pairs in [-1, 1], one per bin, oldest first. */
export interface PeakSeries {
  min: number[];
  max: number[];
}

/** An episode's waveform and what the same pass measured. Seconds are exact (gapless MP3). */
export interface PeaksView {
  assetId: number;
  duration: number;
  sampleRate: number;
  channels: number;
  /** VBR MP3: Chromium's seeking in it can drift, so the editor warns. */
  vbr: boolean;
  /** Bins per second of the stored peaks (the finest detail available). */
  perSecond: number;
  /** The whole episode in `bins` bins of the mono mix. */
  overview: PeakSeries & { bins: number };
  /** The requested stretch at full resolution; per channel when asked for and not mono. */
  detail: (PeakSeries & { startSec: number; endSec: number; perSecond: number; channels: PeakSeries[] }) | null;
  silences: Silence[];
  loudness: LoudnessSummary;
}

export interface PeaksProgress {
  jobId: string;
  episodeId: number;
  /** `overview`: a coarse look is ready; `refining`: the full pass fills it in; then `done`. */
  phase: 'overview' | 'refining' | 'done';
  fraction: number;
  /** The whole episode so far (mono mix), same bins as every progress event of the job. */
  overview: PeakSeries | null;
}

export interface Settings {
  uiLanguage: UiLanguage | null;
  theme: 'light' | 'dark' | 'system';
}

export interface LibraryInfo {
  path: string;
  schemaVersion: number;
  appVersion: string;
  /** True when the host can import by file path (Electron); the browser host uploads instead. */
  canImportByPath: boolean;
}
