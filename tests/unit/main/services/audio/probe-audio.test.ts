// probeAudio on real files made by ffmpeg: every supported format, tags and artwork, ID3
// chapters, VBR vs CBR, and the files that only look like audio.

import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../../../../../src/shared/api/errors.js';
import { probeAudio } from '../../../../../src/main/services/audio/probe-audio.js';
import { makeAudio, makeBadFile, type AudioFormat, type BadFileKind } from '../../../../helpers/make-audio.js';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'balado-probe-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function failure(file: string): Promise<AppError> {
  try {
    await probeAudio(file);
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error(`expected ${file} to be refused`);
}

describe('supported formats', () => {
  const cases: { format: AudioFormat; codec: string; container: string; mime: string; rate: number; channels: 1 | 2 }[] = [
    { format: 'mp3', codec: 'mp3', container: 'mpeg', mime: 'audio/mpeg', rate: 44_100, channels: 2 },
    { format: 'm4a', codec: 'aac', container: 'mp4', mime: 'audio/mp4', rate: 48_000, channels: 2 },
    { format: 'aac', codec: 'aac', container: 'adts', mime: 'audio/aac', rate: 44_100, channels: 1 },
    { format: 'wav', codec: 'pcm', container: 'wav', mime: 'audio/wav', rate: 22_050, channels: 1 },
    { format: 'flac', codec: 'flac', container: 'flac', mime: 'audio/flac', rate: 48_000, channels: 1 },
    { format: 'ogg', codec: 'vorbis', container: 'ogg', mime: 'audio/ogg', rate: 44_100, channels: 2 },
    { format: 'opus', codec: 'opus', container: 'ogg', mime: 'audio/opus', rate: 48_000, channels: 1 },
  ];
  it.each(cases)('$format: duration, codec, channels and rate', async (c) => {
    const file = await makeAudio(dir, {
      name: `fmt-${c.format}`, format: c.format, sampleRate: c.rate, channels: c.channels,
      pattern: [{ tone: 440, seconds: 2 }, { silence: 1 }, { tone: 660, seconds: 1.5 }],
    });
    const probe = await probeAudio(file);
    expect(Math.abs((probe.durationMs ?? 0) - 4500)).toBeLessThanOrEqual(50);
    expect(probe).toMatchObject({ codec: c.codec, container: c.container, mime: c.mime, sampleRate: c.rate, channels: c.channels });
    expect(probe.bitrate).toBeGreaterThan(0);
  });

  it('measures an MP3 exactly from its LAME tag, encoder delay and padding removed', async () => {
    const file = await makeAudio(dir, { name: 'exact.mp3', format: 'mp3', seconds: 7.25 });
    expect((await probeAudio(file)).durationMs).toBe(7250);
  });

  it('reads the constant bitrate of a CBR MP3 and flags neither it nor a lossless file as VBR', async () => {
    const cbr = await probeAudio(await makeAudio(dir, { name: 'cbr.mp3', format: 'mp3', seconds: 3, bitrateKbps: 96 }));
    expect(cbr).toMatchObject({ bitrate: 96_000, vbr: false });
    const flac = await probeAudio(await makeAudio(dir, { name: 'lossless.flac', format: 'flac', seconds: 1 }));
    expect(flac.vbr).toBe(false);
  });

  it('flags a -q:a MP3 as VBR', async () => {
    const vbr = await probeAudio(await makeAudio(dir, { name: 'vbr.mp3', format: 'mp3', seconds: 3, vbrQuality: 2 }));
    expect(vbr.vbr).toBe(true);
    expect(Math.abs((vbr.durationMs ?? 0) - 3000)).toBeLessThanOrEqual(50);
  });

  it('goes by content, not by extension: an M4A named .mp3 is probed as M4A', async () => {
    const file = await makeAudio(dir, { name: 'disguised.mp3', format: 'm4a', seconds: 2 });
    expect(await probeAudio(file)).toMatchObject({ codec: 'aac', container: 'mp4', mime: 'audio/mp4' });
  });
});

describe('tags and chapters', () => {
  const tags = { title: 'Épisode 4 : « Là-haut »', artist: 'Les Ondes', album: 'Saison 1', comment: 'Un résumé, déjà.', year: 2024 };

  it.each(['mp3', 'm4a', 'flac'] as const)('%s: title, artist, album, comment, year and artwork', async (format) => {
    const file = await makeAudio(dir, { name: `tags-${format}`, format, seconds: 1, tags: { ...tags, cover: true } });
    expect((await probeAudio(file)).tags).toEqual({ ...tags, hasArtwork: true });
  });

  it.each(['wav', 'ogg', 'opus'] as const)('%s: text tags, no artwork', async (format) => {
    const file = await makeAudio(dir, { name: `tags-${format}`, format, seconds: 1, tags: { title: tags.title, artist: tags.artist } });
    expect((await probeAudio(file)).tags).toMatchObject({ title: tags.title, artist: tags.artist, hasArtwork: false });
  });

  it('reports no tags as nulls', async () => {
    const file = await makeAudio(dir, { name: 'bare.mp3', format: 'mp3', seconds: 1 });
    expect((await probeAudio(file)).tags).toEqual({ title: null, artist: null, album: null, comment: null, year: null, hasArtwork: false });
  });

  it('reads ID3 CTOC/CHAP chapters written from an ffmetadata file, in order, titles intact', async () => {
    const chapters = [
      { startMs: 0, endMs: 1200, title: 'Ouverture' },
      { startMs: 1200, endMs: 2500, title: 'Entrevue = « partie 1 »; #2' },
      { startMs: 2500, endMs: 4000, title: 'Closing' },
    ];
    const file = await makeAudio(dir, { name: 'chapters.mp3', format: 'mp3', seconds: 4, chapters });
    const probe = await probeAudio(file);
    expect(probe.embeddedChapters).toEqual(chapters.map((c) => ({ ...c, url: null })));
  });

  it('reads chapters from an ID3v2.4 tag too', async () => {
    const file = await makeAudio(dir, {
      name: 'chapters24.mp3', format: 'mp3', seconds: 2, id3Version: 4,
      chapters: [{ startMs: 0, endMs: 1000, title: 'Un' }, { startMs: 1000, endMs: 2000, title: 'Deux' }],
    });
    expect((await probeAudio(file)).embeddedChapters.map((c) => c.title)).toEqual(['Un', 'Deux']);
  });
});

describe('refusals', () => {
  const unreadable: [BadFileKind, RegExp][] = [
    ['random-bytes', /no MPEG audio frames found/],
    ['truncated-header', /ID3 tag but no audio/],
    ['truncated-audio', /cut short: its header announces 10\.0 s of audio but only 4\.0 s/],
    ['text', /contains text, not audio/],
    ['empty', /the file is empty/],
  ];
  it.each(unreadable)('%s → audio_unreadable with the reason, in both languages', async (kind, reason) => {
    const file = await makeBadFile(dir, { name: `bad-${kind}.mp3`, kind });
    const error = await failure(file);
    expect(error.code).toBe('audio_unreadable');
    expect(error.details.file).toBe(`bad-${kind}.mp3`);
    expect(error.messages.en).toMatch(reason);
    expect(error.messages.en).toContain(`"bad-${kind}.mp3"`);
    expect(error.messages.fr).toContain(`« bad-${kind}.mp3 »`);
    expect(error.messages.fr).not.toMatch(reason); // the French message has the French reason
    expect(typeof error.details.problemFr).toBe('string');
  });

  const unsupported: [BadFileKind, string, string][] = [
    ['png', 'cover.png', 'PNG image'],
    ['png', 'cover-named.mp3', 'PNG image'],
    ['video-only', 'clip.mp4', 'MPEG-4 video'],
    ['aiff', 'master.aiff', 'AIFF'],
  ];
  it.each(unsupported)('%s (%s) → audio_unsupported naming the format', async (kind, name, format) => {
    const error = await failure(await makeBadFile(dir, { name, kind }));
    expect(error.code).toBe('audio_unsupported');
    expect(error.details).toMatchObject({ file: name, format });
    expect(error.messages.en).toContain('Accepted: MP3, M4A/AAC, WAV, FLAC, Ogg/Opus');
  });

  it('a missing file → file_missing with its path', async () => {
    const file = path.join(dir, 'nowhere.mp3');
    const error = await failure(file);
    expect(error.code).toBe('file_missing');
    expect(error.details.path).toBe(file);
  });

  it('a folder → audio_unreadable', async () => {
    expect((await failure(dir)).code).toBe('audio_unreadable');
  });
});
