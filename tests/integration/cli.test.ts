// The `balado` command as a user runs it: a real process, a real library folder, real audio.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { makeAudio } from '../helpers/make-audio.js';

const BIN = path.resolve(import.meta.dirname, '../../src/main/cli/bin.mjs');
let tmp: string;
let library: string;
let mp3: string;

function balado(args: string[], env: Record<string, string> = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [BIN, ...args], { env: { ...process.env, LANG: 'en_CA.UTF-8', ...env } }, (error, stdout, stderr) => {
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr });
    });
  });
}
const json = async (args: string[]) => {
  const res = await balado(['--library', library, '--json', ...args]);
  expect(res.stderr, args.join(' ')).toBe('');
  expect(res.code, args.join(' ')).toBe(0);
  return JSON.parse(res.stdout);
};

beforeAll(async () => {
  tmp = mkdtempSync(path.join(os.tmpdir(), 'balado-cli-'));
  library = path.join(tmp, 'library');
  mp3 = await makeAudio(tmp, { name: 'ep5.mp3', format: 'mp3', seconds: 4, tags: { title: 'Reconnaître la capacité d’innover', artist: 'Raccords' } });
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('balado CLI', () => {
  it('prints help and exits 0; no command is a usage error (2)', async () => {
    const help = await balado(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('episode add --show S --audio FILE');
    expect((await balado([])).code).toBe(2);
    const unknown = await balado(['--library', library, 'frobnicate']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('unknown command: frobnicate');
  });

  it('creates the library on first run and a show', async () => {
    const show = await json(['show', 'create', '--slug', 'raccords', '--title-fr', 'Raccords', '--title-en', 'Raccords',
      '--owner-email', 'equipe@example.org', '--base-url', 'https://example.org/raccords/', '--language-fr', 'fr-CA']);
    expect(show.slug).toBe('raccords');
    expect(existsSync(path.join(library, 'library.sqlite'))).toBe(true);
    const list = await json(['show', 'list']);
    expect(list).toHaveLength(1);
  });

  it('refuses bad input with exit 1 and one line naming the problem', async () => {
    const res = await balado(['--library', library, 'show', 'create', '--slug', 'x', '--title-fr', 'X', '--owner-email', 'not-an-email']);
    expect(res.code).toBe(1);
    expect(res.stderr.trim().split('\n')).toHaveLength(1);
    expect(res.stderr).toContain('ownerEmail');
    const fr = await balado(['--library', library, 'episode', 'get', 'raccords/99'], { LANG: 'fr_CA.UTF-8' });
    expect(fr.code).toBe(1);
    expect(fr.stderr).toContain('Introuvable');
  });

  it('adds an episode from audio, prefilled from its tags, and lists it', async () => {
    const episode = await json(['episode', 'add', '--show', 'raccords', '--audio', mp3, '--number', '5', '--spoken', 'bilingual',
      '--title-en', 'Recognising the capacity to innovate', '--published', '2026-03-04T06:00:00-05:00']);
    expect(episode.number).toBe(5);
    expect(episode.title.en).toBe('Recognising the capacity to innovate');
    expect(episode.guid).toMatch(/^[0-9a-f-]{36}$/);
    expect(episode.durationMs).toBeGreaterThan(3500);
    const listed = await json(['episode', 'list', '--show', 'raccords']);
    expect(listed.map((e: { number: number }) => e.number)).toEqual([5]);
  });

  it('gets and sets by show-slug/number without changing the GUID', async () => {
    const before = await json(['episode', 'get', 'raccords/5']);
    const after = await json(['episode', 'set', 'raccords/5', '--status', 'translating', '--title-fr', 'Les élus et l’innovation']);
    expect(after.status).toBe('translating');
    expect(after.title.fr).toBe('Les élus et l’innovation');
    expect(after.title.en).toBe(before.title.en);
    expect(after.guid).toBe(before.guid);
    const byId = await json(['episode', 'get', String(before.id)]);
    expect(byId.status).toBe('translating');
  });

  it('searches without accents', async () => {
    const hits = await json(['search', 'elus']);
    expect(hits.map((h: { episode: { number: number } }) => h.episode.number)).toEqual([5]);
    const human = await balado(['--library', library, 'search', 'innov']);
    expect(human.stdout).toContain('raccords');
  });

  it('refuses a duplicate number, a corrupt MP3 and a missing file, writing nothing', async () => {
    const corrupt = path.join(tmp, 'corrupt.mp3');
    writeFileSync(corrupt, Buffer.alloc(4096, 7));
    const dup = await balado(['--library', library, 'episode', 'add', '--show', 'raccords', '--audio', mp3, '--number', '5']);
    expect(dup.code).toBe(1);
    const bad = await balado(['--library', library, 'episode', 'add', '--show', 'raccords', '--audio', corrupt]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('corrupt.mp3');
    const missing = await balado(['--library', library, 'episode', 'add', '--show', 'raccords', '--audio', path.join(tmp, 'nope.mp3')]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('nope.mp3');
    expect(await json(['episode', 'list'])).toHaveLength(1);
    const bogus = await balado(['--library', library, 'episode', 'set', 'raccords/5', '--status', 'done']);
    expect(bogus.code).toBe(2);
  });

  it('backs the library up with SQLite online backup', async () => {
    const out = path.join(tmp, 'backup.sqlite');
    const res = await json(['library', 'backup', '--out', out]);
    expect(res.backup).toBe(out);
    const db = new Database(out, { readonly: true });
    expect((db.prepare('SELECT count(*) AS n FROM episodes').get() as { n: number }).n).toBe(1);
    db.close();
  });

  it('uses BALADO_LIBRARY when --library is absent', async () => {
    const res = await balado(['--json', 'show', 'list'], { BALADO_LIBRARY: library });
    expect(res.code).toBe(0);
    expect(JSON.parse(res.stdout)).toHaveLength(1);
  });
});
