// Turns music-metadata's tags into the library's ProbedTags and EmbeddedChapters. ID3 chapters
// are read from the native CHAP/CTOC frames because the common view drops untitled chapters.

import type { IAudioMetadata, ITag } from 'music-metadata';
import type { EmbeddedChapter, ProbedTags } from '../../../shared/domain/types.js';

const clean = (value: string | undefined | null): string | null => {
  const trimmed = value?.replace(/\0+$/, '').trim();
  return trimmed ? trimmed : null;
};

// RIFF INFO chunks are specified as Latin-1, but ffmpeg and many other tools write UTF-8 in
// them: music-metadata then shows "Ã©" for "é". Latin-1 text that is also valid UTF-8 is that case.
function repairUtf8(text: string | undefined): string | undefined {
  if (text === undefined || !/[\u0080-\u00ff]/.test(text) || /[\u0100-\uffff]/.test(text)) return text;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(Buffer.from(text, 'latin1'));
  } catch {
    return text;
  }
}

export function probedTags(metadata: IAudioMetadata): ProbedTags {
  const riffInfo = metadata.format.tagTypes.includes('exif');
  const fix = (text: string | undefined) => (riffInfo ? repairUtf8(text) : text);
  const { common } = metadata;
  const year = common.year && common.year >= 1000 && common.year <= 9999 ? common.year : null;
  return {
    title: clean(fix(common.title)),
    artist: clean(fix(common.artist)),
    album: clean(fix(common.album)),
    comment: clean(fix(common.comment?.[0]?.text)) ?? clean(id3UserText(metadata, 'comment'))
      ?? clean(common.description?.[0]),
    year,
    hasArtwork: (common.picture?.length ?? 0) > 0,
  };
}

function id3Frames(metadata: IAudioMetadata): ITag[] {
  return Object.entries(metadata.native).filter(([type]) => type.startsWith('ID3v2')).flatMap(([, tags]) => tags);
}

// ffmpeg writes `-metadata comment=…` into MP3s as TXXX:comment rather than COMM.
function id3UserText(metadata: IAudioMetadata, description: string): string | undefined {
  const wanted = `TXXX:${description}`.toLowerCase();
  const frame = id3Frames(metadata).find((t) => t.id.toLowerCase() === wanted);
  return typeof frame?.value === 'string' ? frame.value : undefined;
}

interface ChapFrame {
  label: string;
  info: { startTime: number; endTime: number };
  frames: Map<string, unknown>;
}
interface CtocFrame {
  label: string;
  flags: { topLevel: boolean; ordered: boolean };
  childElementIds: string[];
}

const isChap = (v: unknown): v is ChapFrame =>
  typeof v === 'object' && v !== null && 'info' in v && 'frames' in v && (v as ChapFrame).frames instanceof Map;
const isCtoc = (v: unknown): v is CtocFrame =>
  typeof v === 'object' && v !== null && 'childElementIds' in v && Array.isArray((v as CtocFrame).childElementIds);

export function embeddedChapters(metadata: IAudioMetadata, durationMs: number): EmbeddedChapter[] {
  const frames = id3Frames(metadata);
  const chaps = frames.map((t) => (t.id === 'CHAP' ? t.value : null)).filter(isChap);
  if (chaps.length > 0) return id3Chapters(chaps, frames.map((t) => (t.id === 'CTOC' ? t.value : null)).filter(isCtoc));
  return genericChapters(metadata, durationMs);
}

function id3Chapters(chaps: ChapFrame[], tocs: CtocFrame[]): EmbeddedChapter[] {
  const toc = tocs.find((t) => t.flags.topLevel && t.flags.ordered);
  const byLabel = new Map(chaps.map((c) => [c.label, c]));
  const ordered = toc
    ? toc.childElementIds.map((id) => byLabel.get(id)).filter((c): c is ChapFrame => c !== undefined)
    : [...chaps].sort((a, b) => a.info.startTime - b.info.startTime);
  return ordered.map((chap) => {
    const title = chap.frames.get('TIT2');
    const link = chap.frames.get('WXXX') as { url?: unknown } | undefined;
    const end = chap.info.endTime;
    return {
      startMs: chap.info.startTime,
      // 0xFFFFFFFF would mean "unknown"; an end before the start is as good as unknown.
      endMs: end >= chap.info.startTime && end !== 0xffffffff ? end : null,
      title: typeof title === 'string' ? title.trim() : '',
      url: typeof link?.url === 'string' && link.url.trim() !== '' ? link.url.trim() : null,
    };
  });
}

// MP4 chapter tracks: times are in the track's timescale and have no end of their own.
function genericChapters(metadata: IAudioMetadata, durationMs: number): EmbeddedChapter[] {
  const chapters = metadata.format.chapters ?? [];
  const starts = chapters.map((c) => {
    const seconds = c.timeScale ? c.start / c.timeScale : c.start;
    return Math.round(seconds * 1000);
  });
  return chapters.map((c, i) => ({
    startMs: starts[i] ?? 0,
    endMs: c.end !== undefined && !c.timeScale ? Math.round(c.end * 1000) : (starts[i + 1] ?? durationMs),
    title: c.title.trim(),
    url: c.url?.url ?? null,
  }));
}
