// The `balado` command as a user runs it: a real process, a real library folder, real audio.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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

describe('balado chapters', () => {
  let lib: string;
  let dir: string;
  const run = (args: string[], env: Record<string, string> = {}) => balado(['--library', lib, ...args], env);
  const ok = async (args: string[]) => {
    const res = await run(['--json', ...args]);
    expect(res.stderr, args.join(' ')).toBe('');
    expect(res.code, args.join(' ')).toBe(0);
    return JSON.parse(res.stdout);
  };
  const file = (name: string, text: string) => {
    const target = path.join(dir, name);
    writeFileSync(target, text, 'utf8');
    return target;
  };
  const starts = async () => (await ok(['chapters', 'list', 'balado/1'])).chapters.map((c: { startMs: number }) => c.startMs);

  beforeAll(async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'balado-cli-chapters-'));
    lib = path.join(dir, 'library');
    const audio = await makeAudio(dir, {
      name: 'ep1.mp3', format: 'mp3', seconds: 20,
      chapters: [{ startMs: 0, endMs: 8000, title: 'Début' }, { startMs: 8000, endMs: 20_000, title: 'Fin' }],
    });
    await ok(['show', 'create', '--slug', 'balado', '--title-fr', 'Balado', '--title-en', 'Podcast']);
    await ok(['episode', 'add', '--show', 'balado', '--audio', audio, '--number', '1', '--spoken', 'bilingual']);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('lists no chapters at first, imports a French file and lists it', async () => {
    expect(await ok(['chapters', 'list', 'balado/1'])).toEqual({ chapters: [], findings: [] });
    const vtt = file('fr.vtt', 'WEBVTT\n\nintro\n00:00.000 --> 00:05.000\nOuverture\n\n00:05.000 --> 00:12.000\nLe marché\n\n00:12.000 --> 00:20.000\nEntrevue\n');
    const result = await ok(['chapters', 'import', 'balado/1', vtt]);
    expect(result).toMatchObject({ format: 'vtt', lang: 'fr', mode: 'created', imported: 3 });
    const human = await run(['chapters', 'list', 'balado/1']);
    expect(human.code).toBe(0);
    expect(human.stdout).toContain('Le marché');
    expect(human.stdout).toContain('warning: chapter 1 has no English title');
  });

  it('merges English titles by time and reports what did not match', async () => {
    const notes = file('notes.txt', 'Show notes\n00:00 Opening\n00:05 The market\n00:17 Something else\n');
    const human = await run(['chapters', 'import', 'balado/1', notes, '--lang', 'en']);
    expect(human.code).toBe(0);
    expect(human.stdout).toContain('Matched 2 of 3 chapters');
    expect(human.stdout).toContain('not matched, from the file: 0:17 Something else');
    expect(human.stdout).toContain('not matched, already here: 0:12 Entrevue');
    const list = await ok(['chapters', 'list', 'balado/1']);
    expect(list.chapters.map((c: { title: { en: string } }) => c.title.en)).toEqual(['Opening', 'The market', '']);
  });

  it('refuses a malformed file with exit 1 and the line, changing nothing', async () => {
    const before = await starts();
    const bad = file('bad.txt', '00:00 Ouverture\n00:05 Suite\n\n1:75 Cassé\n');
    const res = await run(['chapters', 'import', 'balado/1', bad, '--format', 'timestamps']);
    expect(res.code).toBe(1);
    expect(res.stderr.trim().split('\n')).toHaveLength(1);
    expect(res.stderr).toContain('line 4: timestamp 1:75 is not a time');
    const fr = await run(['chapters', 'import', 'balado/1', bad], { LANG: 'fr_CA.UTF-8' });
    expect(fr.code).toBe(1);
    expect(fr.stderr).toContain('ligne 4');
    expect(await starts()).toEqual(before);
    const missing = await run(['chapters', 'import', 'balado/1', path.join(dir, 'nope.vtt')]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('nope.vtt');
  });

  it('treats a mistyped command as a usage error (2)', async () => {
    expect((await run(['chapters', 'import', 'balado/1', path.join(dir, 'fr.vtt'), '--format', 'docx'])).code).toBe(2);
    expect((await run(['chapters', 'export', 'balado/1'])).code).toBe(2);
    expect((await run(['chapters', 'add', 'balado/1', '--at', 'soon', '--title-fr', 'x'])).code).toBe(2);
    expect((await run(['chapters', 'frobnicate'])).code).toBe(2);
  });

  it('exports to stdout, and to a file written atomically', async () => {
    const stdout = await run(['chapters', 'export', 'balado/1', '--format', 'psc', '--lang', 'en']);
    expect(stdout.code).toBe(0);
    expect(stdout.stdout).toContain('<psc:chapter start="00:00:05.000" title="The market"/>');
    const out = path.join(dir, 'out', 'chapters.json');
    const missingDir = await run(['chapters', 'export', 'balado/1', '--format', 'json', '--out', out]);
    expect(missingDir.code).toBe(1);
    mkdirSync(path.dirname(out));
    writeFileSync(out, 'old');
    const written = await ok(['chapters', 'export', 'balado/1', '--format', 'json', '--out', out]);
    expect(written).toMatchObject({ path: out, fileName: 'balado-ep-1.chapters.fr.json', mime: 'application/json+chapters' });
    const json = JSON.parse(readFileSync(out, 'utf8'));
    expect(json.chapters.map((c: { title: string }) => c.title)).toEqual(['Ouverture', 'Le marché', 'Entrevue']);
    expect(readdirSync(path.dirname(out))).toEqual(['chapters.json']);
  });

  it('adds a chapter at a time in seconds, refusing a taken time or one after the audio', async () => {
    const added = await ok(['chapters', 'add', 'balado/1', '--at', '7,5', '--title-fr', 'Pause', '--title-en', 'Break']);
    expect(added).toMatchObject({ startMs: 7500, title: { fr: 'Pause', en: 'Break' } });
    expect(await starts()).toEqual([0, 5000, 7500, 12_000]);
    const taken = await run(['chapters', 'add', 'balado/1', '--at', '5', '--title-fr', 'Doublon']);
    expect(taken.code).toBe(1);
    expect(taken.stderr).toContain('startMs');
    expect((await run(['chapters', 'add', 'balado/1', '--at', '25', '--title-fr', 'Trop tard'])).code).toBe(1);
    expect(await starts()).toEqual([0, 5000, 7500, 12_000]);
  });
});
