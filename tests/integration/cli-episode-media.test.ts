// `balado episode artwork` and `balado episode transcript` as a user runs them: a real process on
// a real library, images and audio made at test time, messages in the user's language.

import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeAudio } from '../helpers/make-audio.js';
import { makeImage } from '../helpers/make-image.js';

const BIN = path.resolve(import.meta.dirname, '../../src/main/cli/bin.mjs');
let tmp: string;
let library: string;
let files: { small: string; vtt: string; bad: string };

function balado(args: string[], lang = 'en_CA.UTF-8'): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [BIN, '--library', library, ...args], { env: { ...process.env, LANG: lang } }, (error, stdout, stderr) => {
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr });
    });
  });
}

beforeAll(async () => {
  tmp = mkdtempSync(path.join(os.tmpdir(), 'balado-cli-media-'));
  library = path.join(tmp, 'library');
  const mp3 = await makeAudio(tmp, { name: 'ep1.mp3', format: 'mp3', seconds: 3 });
  files = {
    small: await makeImage(tmp, 'small.png', '800x800'),
    vtt: path.join(tmp, 'ep1.fr.vtt'),
    bad: path.join(tmp, 'bad.vtt'),
  };
  writeFileSync(files.vtt, 'WEBVTT\n\n00:00.000 --> 00:02.500\nBonjour.\n');
  writeFileSync(files.bad, 'WEBVTT\n\n00:00.000 --> 00:02.500\nBonjour.\n\n00:03.000 --> 00:02.000\nFin.\n');
  expect((await balado(['show', 'create', '--slug', 'raccords', '--title-fr', 'Raccords', '--title-en', 'Connections'])).code).toBe(0);
  expect((await balado(['episode', 'add', '--show', 'raccords', '--audio', mp3, '--number', '1'])).code).toBe(0);
}, 60_000);
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('balado episode artwork | transcript', () => {
  it('sets artwork, warning when Apple Podcasts would refuse it, and removes it', async () => {
    const set = await balado(['episode', 'artwork', 'raccords/1', files.small]);
    expect(set.code).toBe(0);
    expect(set.stdout).toContain('artwork     800 × 800 px image/png (rgb)');
    expect(set.stdout).toContain('warning: Apple Podcasts will refuse this artwork (outside 1400–3000 px)');
    const removed = await balado(['--json', 'episode', 'artwork', 'raccords/1', '--remove']);
    expect(JSON.parse(removed.stdout).artwork).toBeNull();
  });

  it('sets a transcript per language and removes it; --json prints the episode', async () => {
    const set = await balado(['--json', 'episode', 'transcript', 'raccords/1', '--lang', 'fr', files.vtt]);
    expect(set.code).toBe(0);
    expect(JSON.parse(set.stdout).transcripts).toMatchObject([{ lang: 'fr', format: 'vtt', mime: 'text/vtt', cues: 1, endMs: 2500 }]);
    const removed = await balado(['--json', 'episode', 'transcript', 'raccords/1', '--lang', 'fr', '--remove']);
    expect(JSON.parse(removed.stdout).transcripts).toEqual([]);
  });

  it('refuses a malformed transcript with exit 1 and the line, in French when LANG is French', async () => {
    const bad = await balado(['episode', 'transcript', 'raccords/1', '--lang', 'en', files.bad], 'fr_CA.UTF-8');
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('Transcription illisible « bad.vtt » (WebVTT), ligne 6');
    const get = await balado(['--json', 'episode', 'get', 'raccords/1']);
    expect(JSON.parse(get.stdout).transcripts).toEqual([]);
  });

  it('is a usage error (2) without --lang, or with both FILE and --remove', async () => {
    expect((await balado(['episode', 'transcript', 'raccords/1', files.vtt])).code).toBe(2);
    expect((await balado(['episode', 'artwork', 'raccords/1', files.small, '--remove'])).code).toBe(2);
    expect((await balado(['episode', 'artwork', 'raccords/1'])).code).toBe(2);
  });
});
