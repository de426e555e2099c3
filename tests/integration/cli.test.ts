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
/** `run` on one library folder, and `ok`: --json, must succeed silently, parsed result. */
function onLibrary(folder: () => string) {
  const run = (args: string[], env: Record<string, string> = {}) => balado(['--library', folder(), ...args], env);
  const ok = async (args: string[]) => {
    const res = await run(['--json', ...args]);
    expect(res.stderr, args.join(' ')).toBe('');
    expect(res.code, args.join(' ')).toBe(0);
    return JSON.parse(res.stdout);
  };
  return { run, ok };
}
const json = onLibrary(() => library).ok;

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
  const { run, ok } = onLibrary(() => lib);
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

describe('balado release and feed', () => {
  let lib: string;
  let dir: string;
  const { run, ok } = onLibrary(() => lib);
  /** What the CLI cannot set yet (description, categories), written as the app would. */
  const patchShow = async () => {
    const { Library } = await import('../../src/main/services/library/library.js');
    const library = Library.open(lib);
    try {
      const show = library.shows.getBySlug('ondes');
      library.shows.update(show.id, {
        description: { fr: 'Une émission de quartier.', en: 'A neighbourhood show.' }, categories: ['Society & Culture'], author: 'Équipe',
      });
      const [episode] = library.episodes.list({ showId: show.id });
      library.episodes.update(episode?.id as number, { summary: { fr: 'Des notes.', en: 'Some notes.' } });
    } finally {
      library.close();
    }
  };

  beforeAll(async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'balado-cli-release-'));
    lib = path.join(dir, 'library');
    const art = path.join(dir, 'art.png');
    await new Promise<void>((resolve, reject) => execFile('ffmpeg', ['-nostdin', '-loglevel', 'error', '-y', '-f', 'lavfi', '-i', 'color=c=blue:s=1400x1400',
      '-frames:v', '1', art], (error) => (error ? reject(error) : resolve())));
    const audio = await makeAudio(dir, { name: 'ondes1.mp3', format: 'mp3', seconds: 6 });
    await ok(['show', 'create', '--slug', 'ondes', '--title-fr', 'Les Ondes', '--title-en', 'The Waves', '--owner-email', 'a@example.org',
      '--base-url', 'https://example.org/ondes/', '--artwork', art]);
    await ok(['episode', 'add', '--show', 'ondes', '--audio', audio, '--number', '1', '--spoken', 'fr', '--title-fr', 'Le marché',
      '--title-en', 'The market', '--published', '2026-03-04T06:00:00-05:00']);
    await ok(['episode', 'set', 'ondes/1', '--status', 'ready']);
  }, 60_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('exits 1 when validation finds errors, printing each with its fix, and writes nothing', async () => {
    const out = path.join(dir, 'bundle');
    const res = await run(['release', 'export', '--show', 'ondes', '--out', out]);
    expect(res.code).toBe(1);
    expect(res.stderr).toContain('error [category_missing] No Apple Podcasts category.');
    expect(res.stderr).toContain('error [ready_without_notes]');
    expect(res.stderr).toContain('→ ');
    expect(res.stderr.trim().split('\n').at(-1)).toMatch(/^balado: Nothing was exported: validation found \d+ error\(s\)/);
    expect(existsSync(out)).toBe(false);
    const fr = await run(['release', 'validate', '--show', 'ondes'], { LANG: 'fr_CA.UTF-8' });
    expect(fr.code).toBe(1);
    expect(fr.stderr).toContain('erreur [category_missing] Aucune catégorie Apple Podcasts.');
  });

  it('exports, lists, says what changed, and validates the folder (exit 1 once tampered)', async () => {
    await patchShow();
    const out = path.join(dir, 'bundle');
    const result = await ok(['release', 'export', '--show', 'ondes', '--out', out, '--zip']);
    expect(result.status).toBe('exported');
    expect(result.release.folder).toBe(out);
    expect(existsSync(`${out}.zip`)).toBe(true);
    expect(readdirSync(out).sort()).toEqual(['artwork.png', 'feed.en.xml', 'feed.fr.xml', 'manifest.json', 'media', 'notes', 'report.html', 'report.json']);
    expect(result.report.counts.error).toBe(0);
    const human = await run(['release', 'list', '--show', 'ondes']);
    expect(human.code).toBe(0);
    expect(human.stdout).toContain(result.release.key);
    const changes = await ok(['release', 'changes', '--show', 'ondes']);
    expect(changes.changes.map((c: { kind: string }) => c.kind)).toEqual(['unchanged']);
    const valid = await run(['release', 'validate', out]);
    expect(valid.code).toBe(0);
    writeFileSync(path.join(out, 'feed.fr.xml'), readFileSync(path.join(out, 'feed.fr.xml'), 'utf8').replace('<title>', '<title> '));
    const tampered = await run(['release', 'validate', out]);
    expect(tampered.code).toBe(1);
    expect(tampered.stderr).toContain('[manifest_mismatch]');
    const again = await run(['release', 'export', '--show', 'ondes', '--out', out]);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('a release never overwrites');
  });

  it('imports a real feed into a new show; a malformed one exits 1 naming the line and creates nothing', async () => {
    const feeds = path.resolve(import.meta.dirname, '..', '..', '..', 'shared', 'samples', 'feeds');
    const imported = await ok(['feed', 'import', path.join(feeds, 'changing-the-tide.xml'), '--slug', 'tide']);
    expect(imported).toMatchObject({ show: { slug: 'tide' }, episodes: 15, remoteMedia: 15 });
    const bad = path.join(dir, 'bad.xml');
    writeFileSync(bad, '<rss version="2.0"><channel><title>x</title>\n<item></channel></rss>');
    const res = await run(['feed', 'import', bad]);
    expect(res.code).toBe(1);
    expect(res.stderr).toContain('RSS feed not readable (line 2)');
    expect((await ok(['show', 'list'])).map((s: { slug: string }) => s.slug).sort()).toEqual(['ondes', 'tide']);
  });

  it('treats mistyped release and feed commands as usage errors (2)', async () => {
    expect((await run(['release', 'export'])).code).toBe(2);
    expect((await run(['release', 'validate'])).code).toBe(2);
    expect((await run(['release', 'frobnicate'])).code).toBe(2);
    expect((await run(['feed', 'import'])).code).toBe(2);
    expect((await run(['feed', 'import', 'x.xml', '--slug', 'Not A Slug'])).code).toBe(2);
  });
});

// Each test runs the CLI up to ten times: room for a loaded machine running every suite at once.
describe('balado notes and tm', { timeout: 120_000 }, () => {
  const SAMPLE = path.resolve(import.meta.dirname, '../../..', 'shared', 'samples', 'raccords-ep05-show-notes.txt');
  let lib: string;
  let dir: string;
  const { run, ok } = onLibrary(() => lib);
  const file = (name: string, text: string | Buffer) => {
    const target = path.join(dir, name);
    writeFileSync(target, text);
    return target;
  };

  beforeAll(async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'balado-cli-notes-'));
    lib = path.join(dir, 'library');
    await ok(['show', 'create', '--slug', 'raccords', '--title-fr', 'Raccords', '--title-en', 'Raccords']);
    for (const number of ['4', '5']) {
      const audio = await makeAudio(dir, { name: `ep${number}.wav`, format: 'wav', seconds: 1 + Number(number) / 10 });
      await ok(['episode', 'add', '--show', 'raccords', '--audio', audio, '--number', number, '--spoken', 'fr', '--title-fr', `Épisode ${number}`]);
    }
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('aligns the sample as JSON rows in reading order, without opening a library', async () => {
    const nowhere = path.join(dir, 'never-created');
    const res = await balado(['--json', 'notes', 'align', SAMPLE], { BALADO_LIBRARY: nowhere });
    expect(res.stderr).toBe('');
    expect(res.code).toBe(0);
    const { rows } = JSON.parse(res.stdout) as { rows: { fr: string | null; en: string | null; confidence: number }[] };
    expect(Object.keys(rows[0]!)).toEqual(['fr', 'en', 'confidence']);
    expect(rows.map((r) => [r.fr === null ? null : r.fr.slice(0, 10), r.en === null ? null : r.en.slice(0, 10)])).toEqual([
      [null, 'Show Notes'], [null, 'Episode 5 '], ['Les admini', 'Do public '], ['Stéphane V', 'Stéphane V'], ["C'est en i", 'It is by e'],
      [null, 'an intervi'], [null, 'two works '], [null, 'a list of '], [null, 'What is Ra'], ['Raccords, ', 'The Raccor'], ['Tantôt en ', 'Sometimes '],
    ]);
    for (const r of rows) expect(r.confidence).toBeGreaterThan(0.8);
    expect(existsSync(nowhere)).toBe(false);
    const human = await balado(['notes', 'align', SAMPLE]);
    expect(human.stdout).toContain('What is Raccords?');
  });

  it('aligns two files, one per language', async () => {
    const fr = file('fr.txt', 'Bonjour à tous.\n\nMerci de votre écoute.');
    const en = file('en.txt', 'Hello everyone.\n\nThanks for listening.');
    const res = await balado(['--json', 'notes', 'align', '--fr', fr, '--en', en]);
    expect(JSON.parse(res.stdout).rows.map((r: { fr: string; en: string }) => [r.fr, r.en])).toEqual([
      ['Bonjour à tous.', 'Hello everyone.'], ['Merci de votre écoute.', 'Thanks for listening.'],
    ]);
    expect((await balado(['notes', 'align', '--fr', fr])).code).toBe(2);
    expect((await balado(['notes', 'align', SAMPLE, '--fr', fr, '--en', en])).code).toBe(2);
  });

  it('refuses empty, binary and missing files with exit 1 and one line naming the problem', async () => {
    const empty = await balado(['notes', 'align', file('empty.txt', '\n\n')]);
    expect(empty.code).toBe(1);
    expect(empty.stderr.trim().split('\n')).toHaveLength(1);
    expect(empty.stderr).toContain('(empty.txt): the text is empty; nothing was changed');
    const binary = await balado(['notes', 'align', file('cover.png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0xff, 0xfe]))]);
    expect(binary.code).toBe(1);
    expect(binary.stderr).toContain('binary file');
    const fr = await balado(['notes', 'align', path.join(dir, 'absent.txt')], { LANG: 'fr_CA.UTF-8' });
    expect(fr.code).toBe(1);
    expect(fr.stderr).toContain('absent.txt');
  });

  it('imports the sample into an episode, lists it, and asks before replacing notes', async () => {
    const doc = await ok(['notes', 'import', 'raccords/5', SAMPLE]);
    expect(doc.rows).toHaveLength(11);
    expect(doc.progress).toEqual({ reviewed: 0, total: 11, needsWork: 6 });
    const list = await run(['notes', 'list', 'raccords/5']);
    expect(list.stdout).toContain('0 of 11 rows reviewed');
    const again = await run(['notes', 'import', 'raccords/5', SAMPLE]);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('--replace or --append');
    expect((await ok(['notes', 'import', 'raccords/4', file('ep4.txt', 'Merci à nos partenaires.\nThanks to our partners.')])).rows).toHaveLength(1);
    expect((await ok(['notes', 'import', 'raccords/4', '--append', file('ep4b.txt', 'Bonne écoute.')])).rows).toHaveLength(2);
  });

  it('exports a language as HTML, text or Markdown, to stdout or a file', async () => {
    const html = await run(['notes', 'export', 'raccords/5', '--lang', 'en', '--format', 'html']);
    expect(html.code).toBe(0);
    expect(html.stdout).toContain('<ul><li>an interview with Geoff Mulgan');
    expect(html.stdout).not.toContain('<script');
    const out = path.join(dir, 'notes.fr.md');
    const written = await ok(['notes', 'export', 'raccords/5', '--lang', 'fr', '--format', 'markdown', '--out', out]);
    expect(written).toMatchObject({ path: out, lang: 'fr', format: 'markdown' });
    expect(readFileSync(out, 'utf8').startsWith('Les administrations publiques')).toBe(true);
    expect((await run(['notes', 'export', 'raccords/5', '--format', 'html'])).code).toBe(2);
    expect((await run(['notes', 'export', 'raccords/5', '--lang', 'de', '--format', 'html'])).code).toBe(2);
  });

  it('round-trips XLIFF, reporting what did not match, and refuses a malformed file changing nothing', async () => {
    const xlf = path.join(dir, 'ep5.xlf');
    const exported = await ok(['notes', 'export-xliff', 'raccords/5', '--out', xlf]);
    // The six English-only rows and the episode title (no chapters in this episode).
    expect(exported).toMatchObject({ path: xlf, fileName: 'raccords-ep-5.notes.xlf', units: 7 });
    const text = readFileSync(xlf, 'utf8');
    const id = /<trans-unit id="(n\d+)"[^>]*>\s*<source[^>]*>Show Notes<\/source>/.exec(text)?.[1];
    expect(id).toBeDefined();
    const translated = text.replace(/(<trans-unit id="title"[\s\S]*?<\/source>)/, '$1<target xml:lang="en-CA" state="final">Episode 5</target>')
      .replace(new RegExp(`(<trans-unit id="${id}"[\\s\\S]*?</source>)`), '$1<target xml:lang="fr-CA" state="translated">Notes</target>');
    const report = await ok(['notes', 'import-xliff', 'raccords/5', file('ep5.done.xlf', translated)]);
    expect(report).toMatchObject({ units: 7, updated: 2, unchanged: 0 });
    expect(report.unmatched).toHaveLength(5);
    const human = await run(['notes', 'import-xliff', 'raccords/5', file('ep5.done.xlf', translated)]);
    expect(human.stdout).toContain('Updated 0 of 7 units; 2 unchanged; 5 not matched.');
    const before = await ok(['notes', 'list', 'raccords/5']);
    const bad = await run(['notes', 'import-xliff', 'raccords/5', file('bad.xlf', translated.replace('</body>', '<trans-unit id="x"></body>'))]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/^balado: XLIFF file not readable, line \d+: .*nothing was changed\.?\n$/);
    expect((await run(['notes', 'import-xliff', 'raccords/5', file('empty.xlf', '')])).stderr).toContain('the text is empty');
    expect(await ok(['notes', 'list', 'raccords/5'])).toEqual(before);
  });

  it('exports the translation memory as TMX, imports it elsewhere, refuses a malformed one, and looks up', async () => {
    const tmx = path.join(dir, 'memory.tmx');
    const exported = await ok(['tm', 'export', '--out', tmx]);
    expect(exported.units).toBeGreaterThanOrEqual(6);
    const other = path.join(dir, 'other-library');
    const imported = await balado(['--library', other, '--json', 'tm', 'import', tmx]);
    expect(imported.code).toBe(0);
    expect(JSON.parse(imported.stdout)).toMatchObject({ added: exported.units, known: 0, total: exported.units });
    const bad = await balado(['--library', other, 'tm', 'import', file('bad.tmx', '<tmx version="1.4">\n<body>\n<tu>\n</body></tmx>')]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('TMX file not readable, line 4');
    const fr = await balado(['--library', other, 'tm', 'import', file('bad.tmx', '<tmx version="1.4">\n<body>\n<tu>\n</body></tmx>')], { LANG: 'fr_CA.UTF-8' });
    expect(fr.stderr).toContain('Fichier TMX illisible, ligne 4');
    const matches = await ok(['tm', 'lookup', 'Merci à tous nos partenaires.', '--lang', 'fr']);
    expect(matches[0]).toMatchObject({ origin: 'memory', target: 'Thanks to our partners.' });
    expect((await run(['tm', 'lookup', 'Merci'])).code).toBe(2);
    expect((await run(['tm', 'frobnicate'])).code).toBe(2);
    expect((await run(['notes', 'frobnicate'])).code).toBe(2);
  });
});
