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
