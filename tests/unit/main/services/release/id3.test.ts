// ID3v2.4 written by hand: synchsafe sizes, CTOC limits, the audio range of an original that
// already carries stacked ID3v2 tags and an ID3v1 trailer, and a tag read back by music-metadata.

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseBuffer } from 'music-metadata';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  chapterFrame, commentFrame, id3v24Tag, linkedPictureFrame, readSynchsafe, synchsafe, textFrame, tocFrame, userUrlFrame,
} from '../../../../../src/main/services/release/id3-frames.js';
import { audioRange, tagLanguage } from '../../../../../src/main/services/release/id3-tagger.js';
import type { ReleaseEpisode } from '../../../../../src/main/services/release/release-model.js';
import { makeAudio } from '../../../../helpers/make-audio.js';

let dir: string;
let mp3: string;
beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'balado-id3-'));
  mp3 = await makeAudio(dir, { name: 'tagged.mp3', format: 'mp3', seconds: 2, tags: { title: 'Ancien', cover: true } });
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('ID3v2.4 frames', () => {
  it('sizes are synchsafe (7 bits per byte), up to 2^28 − 1', () => {
    for (const n of [0, 127, 128, 16_383, 2_000_000, 2 ** 28 - 1]) {
      const bytes = synchsafe(n);
      expect([...bytes].every((b) => b < 0x80)).toBe(true);
      expect(readSynchsafe(bytes, 0)).toBe(n);
    }
    expect(() => synchsafe(2 ** 28)).toThrow(RangeError);
  });

  it('a CTOC lists 1 to 255 children', () => {
    expect(() => tocFrame('toc', [], [])).toThrow(RangeError);
    expect(() => tocFrame('toc', Array.from({ length: 256 }, (_, i) => `c${i}`), [])).toThrow(RangeError);
    const toc = tocFrame('toc', ['a', 'b'], []);
    // header (10) + "toc\0" + flags + count + "a\0b\0"
    expect([...toc.subarray(10)]).toEqual([0x74, 0x6f, 0x63, 0, 0x03, 2, 0x61, 0, 0x62, 0]);
  });

  it('a whole tag reads back with music-metadata: UTF-8 text, comment, chapters with URL and linked image', async () => {
    const audio = fs.readFileSync(mp3);
    const range = await audioRange(mp3, audio.length);
    const tag = id3v24Tag([
      textFrame('TIT2', 'Élus 🎙️ שלום & <co>'),
      commentFrame('fra', 'Notes ]]> fin'),
      tocFrame('toc', ['c0', 'c1'], [textFrame('TIT2', 'Table')]),
      chapterFrame('c0', 0, 1000, [textFrame('TIT2', 'Un'), userUrlFrame('https://example.org/é')]),
      chapterFrame('c1', 1000, 2000, [textFrame('TIT2', 'Deux'), linkedPictureFrame('https://example.org/c.jpg')]),
    ]);
    const meta = await parseBuffer(Buffer.concat([tag, audio.subarray(range.start, range.end)]), { mimeType: 'audio/mpeg' });
    expect(meta.format.tagTypes).toContain('ID3v2.4');
    expect(meta.common.title).toBe('Élus 🎙️ שלום & <co>');
    expect(meta.common.comment?.[0]?.text).toBe('Notes ]]> fin');
    const frames = meta.native['ID3v2.4'] ?? [];
    const chaps = frames.filter((f) => f.id === 'CHAP').map((f) => f.value as { frames: Map<string, unknown> });
    expect(JSON.stringify([...chaps[0]!.frames.values()])).toContain('https://example.org/%C3%A9');
    const picture = chaps[1]!.frames.get('APIC') as { format: string; data: Uint8Array };
    expect(picture.format).toBe('-->');
    expect(Buffer.from(picture.data).toString('latin1')).toBe('https://example.org/c.jpg');
  });
});

describe('the audio inside an original', () => {
  it('skips stacked ID3v2 tags (the original ffmpeg one included) and an ID3v1 trailer', async () => {
    const original = fs.readFileSync(mp3);
    expect(original.subarray(0, 3).toString('latin1')).toBe('ID3');
    const first = await audioRange(mp3, original.length);
    expect(first.start).toBeGreaterThan(10);
    expect(original[first.start]).toBe(0xff);

    const stacked = path.join(dir, 'stacked.mp3');
    const extra = id3v24Tag([textFrame('TIT2', 'prepended')]);
    const trailer = Buffer.concat([Buffer.from('TAG', 'latin1'), Buffer.alloc(125, 0x20)]);
    fs.writeFileSync(stacked, Buffer.concat([extra, original, trailer]));
    const range = await audioRange(stacked, extra.length + original.length + trailer.length);
    expect(range).toEqual({ start: extra.length + first.start, end: extra.length + original.length });
  });

  it('writes tags in the audio’s spoken language, French for bilingual episodes', () => {
    const of = (spoken: string) => tagLanguage({ episode: { spoken } } as unknown as ReleaseEpisode);
    expect([of('fr'), of('en'), of('bilingual')]).toEqual(['fr', 'en', 'fr']);
  });
});
