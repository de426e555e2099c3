// What an RSS feed says, read completely before anything is written: the show, its hosts and the
// episodes, already adapted to the library's limits, with notes saying what was adapted.

import type { Bilingual, ChapterFields, EpisodeType, ItunesType, UiLanguage } from '../../../shared/domain/types.js';
import type { PersonInput } from '../../../shared/domain/schemas.js';

export interface PlannedEpisode {
  guid: string;
  title: string;
  /** The notes in the Markdown subset. */
  summary: string;
  publishedAt: string | null;
  number: number | null;
  season: number | null;
  type: EpisodeType;
  explicit: boolean | null;
  enclosure: { url: string; length: number; mime: string } | null;
  durationMs: number | null;
  persons: PersonInput[];
  chapters: ChapterFields[];
  /** podcast:chapters: a JSON chapters file the importer may read when it is on this computer. */
  chaptersUrl: string | null;
}

export interface FeedPlan {
  /** Which side of the bilingual show the feed fills. */
  lang: UiLanguage;
  languageCode: string | null;
  title: string;
  subtitle: string;
  description: string;
  author: string;
  ownerName: string;
  ownerEmail: string;
  website: string;
  copyright: string;
  categories: string[];
  explicit: boolean;
  itunesType: ItunesType;
  locked: boolean | null;
  podcastGuid: string | null;
  baseUrl: string;
  artworkUrl: string;
  hosts: PersonInput[];
  episodes: PlannedEpisode[];
  notes: Bilingual[];
}
