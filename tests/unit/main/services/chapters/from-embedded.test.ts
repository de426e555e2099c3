// Chapters embedded in real audio made with ffmpeg: ID3 CHAP/CTOC in an MP3 converted to the
// model, and our own FFmetadata export fed to ffmpeg and read back from the file it wrote.

import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { probeAudio } from '../../../../../src/main/services/audio/probe-audio.js';
import { FORMATS } from '../../../../../src/main/services/chapters/formats/index.js';
import { fromEmbedded } from '../../../../../src/main/services/chapters/from-embedded.js';
import { makeAudio } from '../../../../helpers/make-audio.js';
import { ch } from './chapter-fixtures.js';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'balado-chap-embedded-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('fromEmbedded', () => {
  it('converts the ID3 CHAP/CTOC chapters ffmpeg writes into an MP3', async () => {
    const mp3 = await makeAudio(dir, {
      name: 'id3.mp3', format: 'mp3', seconds: 6,
      chapters: [
        { startMs: 0, endMs: 2000, title: 'Ouverture' },
        { startMs: 2000, endMs: 4500, title: 'Le marché « public »' },
        { startMs: 4500, endMs: 6000, title: 'Fin & suite' },
      ],
    });
    const probe = await probeAudio(mp3);
    const chapters = fromEmbedded(probe.embeddedChapters, 'fr', probe.durationMs);
    expect(chapters).toEqual([ch(0, 'Ouverture'), ch(2000, 'Le marché « public »'), ch(4500, 'Fin & suite')]);
    expect(fromEmbedded(probe.embeddedChapters, 'en', probe.durationMs)[1]?.title).toEqual({ fr: '', en: 'Le marché « public »' });
  });

  it('keeps a real end, drops impossible ends and links that are not web addresses', () => {
    const chapters = fromEmbedded([
      { startMs: 1000.4, endMs: 500, title: '  B\n', url: 'javascript:x' },
      { startMs: 0, endMs: 700, title: 'A', url: ' https://example.org/a ' },
    ], 'fr', 3000);
    expect(chapters).toEqual([ch(0, 'A', { endMs: 700, url: 'https://example.org/a' }), ch(1000, 'B')]);
  });

  it('exports FFmetadata that ffmpeg embeds as ID3 chapters with the same titles (escapes included)', async () => {
    const audio = await makeAudio(dir, { name: 'plain.mp3', format: 'mp3', seconds: 5 });
    const titles = ['Ouverture = début', 'Q; R #1 \\ fin', 'Émoji 😀 & <b>'];
    const meta = path.join(dir, 'chapters.ffmeta');
    writeFileSync(meta, FORMATS.ffmetadata.serialize([ch(0, titles[0]), ch(1500, titles[1]), ch(3000, titles[2])], { lang: 'fr', durationMs: 5000 }));
    const out = path.join(dir, 'with-chapters.mp3');
    await promisify(execFile)('ffmpeg', ['-nostdin', '-loglevel', 'error', '-y', '-i', audio, '-i', meta, '-map', '0:a', '-map_chapters', '1', '-c', 'copy', out]);
    const probe = await probeAudio(out);
    const back = fromEmbedded(probe.embeddedChapters, 'fr', probe.durationMs);
    expect(back.map((c) => [c.startMs, c.title.fr])).toEqual([[0, titles[0]], [1500, titles[1]], [3000, titles[2]]]);
  });
});
