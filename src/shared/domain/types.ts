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
  /** The episode's own artwork (item itunes:image, the MP3 copy's APIC); null = the show's is used. */
  artwork: EpisodeArtwork | null;
  /** Transcript files, at most one per language, French first. */
  transcripts: EpisodeTranscript[];
  createdAt: string;
  updatedAt: string;
}

/** How an image stores colour: Apple Podcasts wants RGB (`rgb`, `rgba`; a palette PNG is a risk). */
export const IMAGE_COLOR_MODELS = ['rgb', 'rgba', 'palette', 'gray', 'cmyk', 'unknown'] as const;
export type ImageColorModel = (typeof IMAGE_COLOR_MODELS)[number];

/** An episode's artwork: an image copied into the library's assets/, with what its header says. */
export interface EpisodeArtwork {
  assetId: number;
  fileName: string;
  mime: 'image/png' | 'image/jpeg';
  size: number;
  sha256: string;
  width: number;
  height: number;
  colorModel: ImageColorModel;
}

/** Transcript files read and published: WebVTT, SubRip and Podcasting 2.0 JSON transcripts. */
export const TRANSCRIPT_FORMATS = ['vtt', 'srt', 'json'] as const;
export type TranscriptFormat = (typeof TRANSCRIPT_FORMATS)[number];

/** One language's transcript of an episode: a validated file copied into the library. */
export interface EpisodeTranscript {
  lang: UiLanguage;
  format: TranscriptFormat;
  /** The type the feed announces: text/vtt, application/x-subrip, application/json. */
  mime: string;
  /** The name the file had when it was chosen. */
  fileName: string;
  /** The copy in the library's assets/ folder, named by its SHA-256. */
  path: string;
  size: number;
  sha256: string;
  /** Cues (segments) the file holds, and where the last one ends. */
  cues: number;
  endMs: number;
  createdAt: string;
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

// ── Releases (issue 5): feed-ready bundles, their preflight findings and history ──

export const ITUNES_TYPES = ['episodic', 'serial'] as const;
export type ItunesType = (typeof ITUNES_TYPES)[number];

/** How a show is released: stored on the show, edited from the Release tab (release.updateSettings). */
export interface ReleaseSettings {
  showId: number;
  itunesType: ItunesType;
  /** Append "00:00 Title" lines to the notes (Apple and Spotify read chapters from them). */
  descriptionTimestamps: boolean;
  /** Added to an item's title in the `fr`/`en` feed when the episode is spoken in the other language. */
  otherLanguageLabel: Bilingual;
  /** podcast:locked yes/no (owner = the show's owner email). */
  locked: boolean;
  /** podcast:guid of each feed: assigned at the first export (or kept from an imported feed), never changed. */
  podcastGuid: { fr: string | null; en: string | null };
  /** The feed whose item guids are the episodes' own guids; the other feed's are derived from them. */
  guidFeed: UiLanguage;
}

export const FINDING_SEVERITIES = ['error', 'warning', 'info'] as const;
export type FindingSeverity = (typeof FINDING_SEVERITIES)[number];

export const RELEASE_FINDING_CODES = [
  // the bundle and its feeds
  'feed_missing', 'feed_not_xml', 'file_missing', 'manifest_missing', 'manifest_mismatch', 'no_episodes',
  // channel
  'channel_title_missing', 'channel_description_missing', 'description_too_long', 'language_invalid',
  'category_missing', 'category_unknown', 'explicit_invalid', 'author_missing', 'owner_missing', 'link_missing',
  'url_not_absolute', 'text_too_long', 'text_untrimmed',
  'artwork_missing', 'artwork_unreadable', 'artwork_size', 'artwork_not_square', 'artwork_not_rgb',
  // items
  'item_title_missing', 'enclosure_missing', 'enclosure_type', 'enclosure_length', 'guid_missing', 'guid_duplicate',
  'pubdate_invalid', 'duration_invalid', 'episode_number_invalid', 'episode_type_invalid',
  'chapters_unreadable', 'chapters_unsorted', 'chapters_outside_duration',
  // library data behind the items
  'ready_without_audio', 'ready_without_notes', 'audio_needs_relink', 'audio_changed', 'pubdate_missing',
  'title_missing_translation', 'notes_missing_translation', 'title_has_number', 'chapters_missing_translation',
  'timestamps_too_few', 'chapters_not_embedded', 'id3_chapter_limit',
  'loudness_out_of_range', 'true_peak_too_high', 'loudness_not_measured',
  'guid_changed', 'guid_reused', 'episode_removed', 'feed_url_changed',
  // episode artwork and transcripts
  'transcript_missing', 'transcript_outside_duration',
] as const;
export type ReleaseFindingCode = (typeof RELEASE_FINDING_CODES)[number];

/** Where a finding points, so the Release tab can offer "go to": the show, an episode, a chapter, a bundle file. */
export interface FindingWhere {
  scope: 'show' | 'episode' | 'chapter' | 'bundle';
  episodeId?: number;
  /** The field to focus, named as in Show/Episode (`title`, `description`, `artwork`, `baseUrl`, `notes`, `audio`, `chapters`…). */
  field?: string;
  lang?: UiLanguage;
  /** 0-based, in the episode's chapters sorted by start. */
  chapterIndex?: number;
  /** A file of the bundle, relative to its folder (`feed.fr.xml`, `media/ep-1.mp3`). */
  file?: string;
}

export interface ReleaseFinding {
  severity: FindingSeverity;
  code: ReleaseFindingCode;
  message: Bilingual;
  where: FindingWhere;
  fix: Bilingual;
}

export interface FindingCounts {
  error: number;
  warning: number;
  info: number;
}

/** A preflight: what is wrong with a show's next release (or with a bundle folder). */
export interface ReleaseReport {
  showId: number | null;
  /** The release clock: ISO-8601 UTC. */
  checkedAt: string;
  /** Episodes the feeds carry. */
  episodes: number;
  findings: ReleaseFinding[];
  counts: FindingCounts;
}

export interface ReleaseFile {
  /** Relative to the bundle folder, with `/`. */
  path: string;
  size: number;
  sha256: string;
}

/** Hashes of what makes an episode's release: a changed part is what "changed since" names. */
export interface EpisodeVersionParts {
  metadata: string;
  notes: string;
  chapters: string;
  audio: string;
}
export type EpisodePart = keyof EpisodeVersionParts;

export interface ReleasedEpisode {
  episodeId: number;
  slug: string;
  title: Bilingual;
  /** The item guid each feed carried. */
  guids: { fr: string; en: string };
  version: string;
  parts: EpisodeVersionParts;
}

export interface Release {
  id: number;
  showId: number;
  /** `2026-03-04-1`: the folder's name and the id written in manifest.json. */
  key: string;
  folder: string;
  zipPath: string | null;
  releasedAt: string;
  appVersion: string;
  /** The feed URL of each language at the time (base URL + feed.<lang>.xml). */
  feedUrls: { fr: string; en: string };
  counts: FindingCounts;
  /** Warnings and infos recorded with the release (errors never reach a release). */
  findings: ReleaseFinding[];
  files: ReleaseFile[];
  episodes: ReleasedEpisode[];
}

export interface ReleaseChange {
  episodeId: number;
  slug: string;
  title: Bilingual;
  kind: 'new' | 'changed' | 'removed' | 'unchanged';
  /** For `changed`: which parts differ from the last release. */
  parts: EpisodePart[];
}

export interface ReleaseChanges {
  showId: number;
  /** The last release, or null when the show was never released. */
  since: { key: string; releasedAt: string } | null;
  changes: ReleaseChange[];
}

export interface ReleaseProgress {
  jobId: string;
  /** `writing`/`verifying`/`zipping` count bytes; `planning` and `finishing` count steps. */
  phase: 'planning' | 'writing' | 'verifying' | 'zipping' | 'finishing' | 'done';
  done: number;
  total: number;
}

export type ReleaseExportResult =
  | { status: 'exported'; release: Release; report: ReleaseReport }
  /** Nothing was written: errors (or warnings without allowWarnings) stopped the export. */
  | { status: 'blocked'; report: ReleaseReport };

export interface FeedImportResult {
  show: Show;
  episodes: number;
  chapters: number;
  /** Audio known only by its URL: recorded as remote, to relink before a release. */
  remoteMedia: number;
  /** What was adapted or left out on the way in (too long, not fetched, duplicates…). */
  notes: Bilingual[];
}
