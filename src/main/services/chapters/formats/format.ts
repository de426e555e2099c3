// What every chapter format module provides: parse (text → checked, sorted chapters in one
// language) and serialize (chapters → text in one language), plus how it travels as a file.

import type { ChapterFields, UiLanguage } from '../../../../shared/domain/types.js';

export interface ParseOptions {
  /** The language of the file's titles. */
  lang: UiLanguage;
  /** The audio's length, so an end written as "the end of the audio" reads back as implied. */
  durationMs?: number | null;
}

export interface SerializeOptions {
  lang: UiLanguage;
  durationMs?: number | null;
  /** Written where the format has a place for them (JSON, CUE, FFmetadata). */
  episodeTitle?: string;
  showTitle?: string;
  audioFileName?: string;
}

/** What survives a trip through the format; the round-trip tests and the README follow this. */
export interface FormatCarries {
  /** `exact`: null stays null; `implied`: always written, "until the next" reads back as null; `none`: lost. */
  end: 'exact' | 'implied' | 'none';
  url: boolean;
  img: boolean;
  /** Without a `toc` flag, hidden chapters are left out of the file. */
  hidden: boolean;
  /** Start times are kept to this many milliseconds (rounded, or rounded down for `timestamps`). */
  precisionMs: number;
}

export interface ChapterFormatModule {
  label: string;
  /** File name ending after `.chapters.fr` (e.g. `json`, `psc.xml`). */
  extension: string;
  mime: string;
  carries: FormatCarries;
  parse(text: string, options: ParseOptions): ChapterFields[];
  serialize(chapters: readonly ChapterFields[], options: SerializeOptions): string;
}
