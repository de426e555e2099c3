// The tag written into an episode's MP3 copy (title, artist, album, year, comment, artwork, CHAP +
// CTOC in the audio's spoken language), and where the audio itself sits in the original, so the
// copy is: new tag + the original's bytes without its own ID3v2 tag(s) and ID3v1 trailer.

import { open } from 'node:fs/promises';
import type { Chapter, Show, UiLanguage } from '../../../shared/domain/types.js';
import { effectiveEnd, listed } from '../chapters/model.js';
import { chaptersIn, notesPlainText } from './episode-notes.js';
import {
  chapterFrame, commentFrame, id3v24Tag, linkedPictureFrame, pictureFrame, readSynchsafe, textFrame, tocFrame, userUrlFrame,
} from './id3-frames.js';
import type { ReleaseEpisode } from './release-model.js';

/** CTOC holds one byte of entries: more listed chapters than this are left out of the table. */
export const ID3_TOC_LIMIT = 255;
const ISO_639_2: Record<UiLanguage, string> = { fr: 'fra', en: 'eng' };

/** The language the copy's tags speak: the audio's own, the show's primary (French) when bilingual. */
export const tagLanguage = (e: ReleaseEpisode): UiLanguage => (e.episode.spoken === 'en' ? 'en' : 'fr');

export interface TagInput {
  show: Show;
  episode: ReleaseEpisode;
  artwork: { mime: string; bytes: Buffer } | null;
}

function chapterFrames(chapters: readonly Chapter[], lang: UiLanguage, durationMs: number | null): Buffer[] {
  const sorted = chaptersIn(chapters, lang);
  const ids = sorted.map((_, i) => `chp${i}`);
  const chaps = sorted.map((c, i) => {
    const sub = [textFrame('TIT2', c.title[lang])];
    if (c.url) sub.push(userUrlFrame(c.url));
    if (c.img) sub.push(linkedPictureFrame(c.img));
    return chapterFrame(ids[i] as string, c.startMs, effectiveEnd(sorted, i, durationMs), sub);
  });
  // Hidden chapters (toc: false) keep their CHAP frame but stay out of the table of contents.
  const visible = new Set(listed(sorted));
  const tocIds = ids.filter((_, i) => visible.has(sorted[i] as Chapter)).slice(0, ID3_TOC_LIMIT);
  return tocIds.length > 0 ? [tocFrame('toc', tocIds, []), ...chaps] : chaps;
}

export function buildTag({ show, episode: e, artwork }: TagInput): Buffer {
  const lang = tagLanguage(e);
  const other: UiLanguage = lang === 'fr' ? 'en' : 'fr';
  const { episode } = e;
  const frames = [
    textFrame('TIT2', episode.title[lang].trim() || episode.title[other].trim()),
    textFrame('TPE1', show.author.trim() || show.title[lang].trim() || show.title[other].trim()),
    textFrame('TALB', show.title[lang].trim() || show.title[other].trim()),
    textFrame('TCON', 'Podcast'),
    textFrame('TLAN', ISO_639_2[lang]),
  ];
  if (episode.publishedAt) frames.push(textFrame('TDRC', episode.publishedAt.slice(0, 4)));
  if (episode.number !== null) frames.push(textFrame('TRCK', String(episode.number)));
  const notes = notesPlainText(e, lang);
  if (notes !== '') frames.push(commentFrame(ISO_639_2[lang], notes));
  if (artwork) frames.push(pictureFrame(artwork.mime, artwork.bytes));
  if (e.chapters.length > 0) frames.push(...chapterFrames(e.chapters, lang, episode.durationMs));
  return id3v24Tag(frames);
}

/** Where the MPEG audio sits in `file`: after any leading ID3v2 tags, before an ID3v1 trailer. */
export async function audioRange(file: string, size: number): Promise<{ start: number; end: number }> {
  const handle = await open(file, 'r');
  try {
    let start = 0;
    const header = Buffer.alloc(10);
    // Some taggers stack tags; each announces its own size (+10 with a footer).
    for (;;) {
      const { bytesRead } = await handle.read(header, 0, 10, start);
      if (bytesRead < 10 || header.toString('latin1', 0, 3) !== 'ID3') break;
      const footer = ((header[5] ?? 0) & 0x10) !== 0 ? 10 : 0;
      start += 10 + readSynchsafe(header, 6) + footer;
    }
    let end = size;
    if (size - start >= 128) {
      const trailer = Buffer.alloc(3);
      await handle.read(trailer, 0, 3, size - 128);
      if (trailer.toString('latin1') === 'TAG') end = size - 128;
    }
    return { start: Math.min(start, end), end };
  } finally {
    await handle.close();
  }
}
