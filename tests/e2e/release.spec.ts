// The Release tab end to end, in French, on a real library: a show built with the `balado` CLI
// (artwork, audio made by ffmpeg at test time) and the host's API, then the checklist with its
// errors, "Go to" into show settings and Details, fixes, exports with a live progress bar, the
// files, the history and "nothing changed"; and "Import feed…" with real feeds and a broken one.
import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import type { Page } from '@playwright/test';
import { makeAudio } from '../helpers/make-audio';
import { test, type HostHandle } from './fixtures';
import { expect, shot } from './ui';

test.use({ locale: 'fr-CA', timezoneId: 'America/Montreal' });

const run = promisify(execFile);
const ROOT = path.resolve(import.meta.dirname, '..', '..');
const BIN = path.join(ROOT, 'src', 'main', 'cli', 'bin.mjs');
const FEEDS = path.resolve(import.meta.dirname, '..', '..', '..', 'shared', 'samples', 'feeds');
const BASE_URL = 'https://example.org/raccords/';

/** `balado --json …` on the host's library (the CLI and the host share it, as SQLite allows). */
async function balado<T>(host: HostHandle, args: string[]): Promise<T> {
  const { stdout } = await run(process.execPath, [BIN, '--library', host.libraryDir, '--json', ...args], { env: { ...process.env, LANG: 'en_CA.UTF-8' } });
  return JSON.parse(stdout) as T;
}

/** A contract call on the host, with its token, as the UI makes it. */
async function api<T>(host: HostHandle, name: string, args: unknown): Promise<T> {
  const url = new URL(host.url);
  const response = await fetch(new URL(`/api/call/${name}`, url), {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-balado-token': url.searchParams.get('token') ?? '' },
    body: JSON.stringify(args),
  });
  const envelope = (await response.json()) as { ok: boolean; value?: T; error?: unknown };
  if (!envelope.ok) throw new Error(`${name}: ${JSON.stringify(envelope.error)}`);
  return envelope.value as T;
}

/** A square PNG for the show's artwork, made by ffmpeg (no image library is installed). */
async function makeArtwork(dir: string): Promise<string> {
  const out = path.join(dir, 'art.png');
  await run('ffmpeg', ['-nostdin', '-hide_banner', '-loglevel', 'error', '-y', '-f', 'lavfi', '-i', 'color=c=0x2c55c9:s=1400x1400', '-frames:v', '1', out]);
  return out;
}

/**
 * A long constant-bitrate MP3 made fast: one minute of tone encoded once, its bare frames (no
 * ID3, no Xing header) repeated. MP3 frames stand alone, so the result is a valid `minutes`-long
 * file; big enough that writing and zipping the bundle takes a visible moment.
 */
async function makeLongMp3(dir: string, minutes: number): Promise<string> {
  const minute = path.join(dir, 'minute.mp3');
  await run('ffmpeg', ['-nostdin', '-hide_banner', '-loglevel', 'error', '-y', '-f', 'lavfi', '-i', 'sine=f=220:d=60:sample_rate=44100',
    '-b:a', '128k', '-write_xing', '0', '-id3v2_version', '0', minute]);
  const frames = readFileSync(minute);
  const out = path.join(dir, 'long.mp3');
  writeFileSync(out, Buffer.concat(Array.from({ length: minutes }, () => frames)));
  return out;
}

interface Built {
  showId: number;
  first: number;
  second: number;
}

/**
 * Raccords, ready to release but for what the test leaves out: artwork and audio through the CLI
 * (the show settings' artwork picker has its own test in episode-media.spec.ts), texts, categories and chapters through the host's API.
 * `baseUrl: false` leaves the publishing address empty; episode 2 gets no date when `dated` is false.
 */
async function buildShow(host: HostHandle, options: { baseUrl: boolean; dated: boolean; longMinutes?: number }): Promise<Built> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'balado-release-'));
  const art = await makeArtwork(dir);
  const show = await balado<{ id: number }>(host, ['show', 'create', '--slug', 'raccords', '--title-fr', 'Raccords', '--title-en', 'Connections',
    '--author', 'Équipe Raccords', '--owner-name', 'Équipe Raccords', '--owner-email', 'equipe@example.org', '--website', 'https://example.org/',
    '--language-fr', 'fr-CA', '--language-en', 'en-CA', '--artwork', art, ...(options.baseUrl ? ['--base-url', BASE_URL] : [])]);
  await api(host, 'shows.update', { id: show.id, patch: {
    description: { fr: 'Des élus municipaux racontent leurs décisions.', en: 'City councillors talk about their decisions.' },
    categories: ['Society & Culture > Documentary'],
  } });

  const mp3One = options.longMinutes ? await makeLongMp3(dir, options.longMinutes) : await makeAudio(dir, { name: 'un.mp3', format: 'mp3', seconds: 12 });
  const mp3Two = await makeAudio(dir, { name: 'deux.mp3', format: 'mp3', seconds: 9 });
  const one = await balado<{ id: number }>(host, ['episode', 'add', '--show', 'raccords', '--audio', mp3One, '--number', '1', '--spoken', 'fr',
    '--title-fr', 'Les élus et l’innovation', '--title-en', 'Councillors and innovation', '--published', '2026-03-04T06:00:00-05:00']);
  const two = await balado<{ id: number }>(host, ['episode', 'add', '--show', 'raccords', '--audio', mp3Two, '--number', '2', '--spoken', 'en',
    '--title-fr', 'Le budget participatif', '--title-en', 'Participatory budgeting',
    ...(options.dated ? ['--published', '2026-03-11T06:00:00-04:00'] : [])]);
  for (const [id, fr, en] of [[one.id, 'Notes en **français**.', 'Notes in *English*.'], [two.id, 'Un budget voté par les citoyens.', 'A budget voted by citizens.']] as const) {
    await api(host, 'episodes.update', { id, patch: { status: 'ready', summary: { fr, en } } });
    await api(host, 'chapters.replace', { episodeId: id, chapters: [
      { startMs: 0, title: { fr: 'Ouverture', en: 'Opening' } },
      { startMs: 3000, title: { fr: 'Entrevue', en: 'Interview' } },
      { startMs: 6000, title: { fr: 'Conclusion', en: 'Wrap-up' } },
    ] });
  }
  return { showId: show.id, first: one.id, second: two.id };
}

async function openRelease(page: Page, host: HostHandle, title: string): Promise<void> {
  // Episodes open on the remembered tab: the Release tab, so no waveform is computed meanwhile.
  await page.addInitScript(`localStorage.setItem('balado.tab', JSON.stringify('release'))`);
  await page.goto(host.url);
  await page.getByTestId('episode-list').getByRole('option').filter({ hasText: title }).click();
  await expect(page.getByTestId('tab-release')).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByTestId('release-tab')).toBeVisible();
}

async function setTheme(page: Page, theme: 'light' | 'dark'): Promise<void> {
  for (let i = 0; i < 3 && (await page.locator('html').getAttribute('data-theme')) !== theme; i++) {
    await page.getByTestId('theme-switch').click();
  }
  await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
}

const finding = (page: Page, code: string) => page.locator(`[data-testid="finding"][data-code="${code}"]`);

test('the checklist shows the errors, Export says why it waits, Go to opens the field, fixes clear it', async ({ page, host }) => {
  const built = await buildShow(host, { baseUrl: false, dated: false });
  // A chapter of episode 1 without its English title: a warning pointing at one chapter row.
  await api(host, 'chapters.replace', { episodeId: built.first, chapters: [
    { startMs: 0, title: { fr: 'Ouverture', en: 'Opening' } },
    { startMs: 4000, title: { fr: 'Entrevue', en: '' } },
    { startMs: 8000, title: { fr: 'Conclusion', en: 'Wrap-up' } },
  ] });
  await openRelease(page, host, 'Les élus et l’innovation');

  // Errors block: the publishing address is missing (the feeds' self link and every enclosure) and
  // episode 2 has no date. The button is disabled and says how many errors remain.
  const errors = page.getByTestId('release-count-error');
  await expect(errors).toContainText(/^\d+\s*erreurs?$/);
  const errorCount = Number((await errors.locator('.counter-value').textContent()) ?? '0');
  expect(errorCount).toBeGreaterThanOrEqual(2);
  await expect(page.getByTestId('release-export')).toBeDisabled();
  await expect(page.getByTestId('release-gate')).toHaveText(`${errorCount} erreurs à corriger avant l’export`);
  const baseUrlFinding = finding(page, 'url_not_absolute').filter({ hasText: 'Réglages de l’émission › Adresse de publication' });
  await expect(baseUrlFinding).toHaveCount(1);
  await expect(baseUrlFinding).toContainText('Erreur');
  await expect(baseUrlFinding).toContainText('Pour corriger :');
  const dateFinding = finding(page, 'pubdate_missing');
  await expect(dateFinding).toContainText('Détails › Date de publication');
  // The show's findings come first, then the open episode's (highlighted), then episode 2's.
  const groups = page.getByTestId('release-findings').locator('section.finding-group');
  await expect(groups.first()).toHaveAttribute('data-testid', 'finding-group-show');
  await expect(groups.nth(1)).toHaveClass(/current/);
  await expect(groups.nth(1)).toContainText('cet épisode');
  await expect(page.getByTestId('finding-group-show')).toContainText('Les deux flux');
  await shot(page, 'release-01-checklist-errors');
  await setTheme(page, 'dark');
  await shot(page, 'release-02-checklist-errors-dark');
  await setTheme(page, 'light');
  // Every text follows the UI language, the findings' messages included.
  await page.getByTestId('ui-lang-en').click();
  await expect(page.getByTestId('release-gate')).toHaveText(`${errorCount} errors to fix before export`);
  const inEnglish = finding(page, 'url_not_absolute').filter({ hasText: 'Show settings › Publishing address' });
  await expect(inEnglish).toHaveCount(1);
  await expect(inEnglish).toContainText('To fix:');
  await expect(dateFinding).toContainText('has no publication date');
  await shot(page, 'release-02b-checklist-errors-english');
  await page.getByTestId('ui-lang-fr').click();
  await expect(page.getByTestId('release-gate')).toHaveText(`${errorCount} erreurs à corriger avant l’export`);

  // The list is one roving focus: ↓ moves, End / Home jump, Enter goes to the place to fix.
  const rows = page.getByTestId('finding');
  await rows.first().focus();
  await page.keyboard.press('ArrowDown');
  await expect(rows.nth(1)).toBeFocused();
  await page.keyboard.press('End');
  await expect(rows.last()).toBeFocused();
  await page.keyboard.press('Home');
  await expect(rows.first()).toBeFocused();
  await baseUrlFinding.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('show-settings')).toBeVisible();
  await expect(page.locator('#show-base-url')).toBeFocused();
  await page.keyboard.type(BASE_URL);
  await page.keyboard.press('Control+s');
  await expect(page.getByTestId('save-status')).toHaveText('Tout est enregistré');

  // Back on the episode, the tab checks again by itself: the address errors are gone, the date is not.
  await page.getByTestId('episode-list').getByRole('option').filter({ hasText: 'Les élus et l’innovation' }).click();
  await expect(page.getByTestId('release-tab')).toBeVisible();
  await expect(finding(page, 'url_not_absolute')).toHaveCount(0);
  await expect(errors).toContainText(/^1\s*erreur$/);
  await expect(page.getByTestId('release-gate')).toHaveText('1 erreur à corriger avant l’export');

  // "Go to" by mouse: episode 2's Details tab, the publication date focused.
  await dateFinding.getByTestId('finding-goto').click();
  await expect(page.getByTestId('panel-details')).toBeVisible();
  await expect(page.getByTestId('episode-title')).toHaveText('Le budget participatif');
  await expect(page.locator('#ep-published-at')).toBeFocused();
  await page.locator('#ep-published-at').fill('2026-03-11T06:00');
  await page.getByTestId('save-button').click();
  await expect(page.getByTestId('save-status')).toHaveText('Tout est enregistré');

  // No error left: the warning needs an explicit "Export with 1 warning".
  await page.getByTestId('tab-release').click();
  await expect(errors).toContainText(/^0\s*erreur$/);
  await expect(page.locator('[data-testid="finding"][data-severity="error"]')).toHaveCount(0);
  await expect(page.getByTestId('release-count-warning')).toContainText(/^1\s*avertissement$/);
  await expect(page.getByTestId('release-export')).toBeEnabled();
  await expect(page.getByTestId('release-export')).toHaveText('Exporter avec 1 avertissement');
  await expect(page.getByTestId('release-gate')).toHaveText('Les avertissements seront notés dans le rapport de la version.');
  await shot(page, 'release-03-checklist-warning');

  // "Go to" a chapter: the Audio tab, the chapter's English title focused once the editor is there.
  const chapterFinding = finding(page, 'chapters_missing_translation');
  await expect(chapterFinding).toContainText('Audio & chapitres › Chapitres, chapitre 2 · EN');
  await chapterFinding.getByTestId('finding-goto').click();
  await expect(page.getByTestId('chapter-editor')).toBeVisible();
  await expect(page.getByTestId('chapter-title-en-1')).toBeFocused();
  await page.keyboard.type('Interview');
  await expect(page.getByTestId('chapter-save-status')).toHaveAttribute('data-state', /pending|saving/);
  await expect(page.getByTestId('chapter-save-status')).toHaveAttribute('data-state', 'saved');
  await expect(page.getByTestId('chapter-title-en-1')).toHaveValue('Interview');
  await page.getByTestId('tab-release').click();
  await expect(page.getByTestId('release-count-error')).toContainText(/^0\s*erreur$/);
  await expect(finding(page, 'chapters_missing_translation')).toHaveCount(0);
});

test('export with a live progress bar, the files and history, a second one with a warning, then cancel', async ({ page, host }) => {
  test.setTimeout(300_000);
  const built = await buildShow(host, { baseUrl: true, dated: true, longMinutes: 60 });
  await openRelease(page, host, 'Les élus et l’innovation');
  await expect(page.getByTestId('release-count-error')).toContainText(/^0\s*erreur$/);
  await expect(page.getByTestId('release-changes')).toContainText('Première version');
  await expect(page.getByTestId('release-history-empty')).toBeVisible();

  // Release settings validate as you type (labels: 60 characters at most) and save.
  const label = page.getByTestId('field-release-label-fr');
  await label.fill('x'.repeat(61));
  await expect(page.getByTestId('problem-release-label-fr')).toBeVisible();
  await expect(page.getByTestId('save-button')).toBeDisabled();
  await label.fill('(épisode en anglais)');
  await expect(page.getByTestId('problem-release-label-fr')).toHaveCount(0);
  await page.getByTestId('save-button').click();
  await expect(page.getByTestId('save-status')).toHaveText('Tout est enregistré');
  expect((await api<{ otherLanguageLabel: { fr: string } }>(host, 'release.settings', { showId: built.showId })).otherLanguageLabel.fr).toBe('(épisode en anglais)');
  // Saving checks the release again (labels change the feeds): let that check finish first.
  await expect(page.getByTestId('release-validate')).toHaveText('Revérifier');

  // The show changes behind the tab's back: the check run again at export time blocks it and the
  // list shows why; nothing is written.
  await api(host, 'shows.update', { id: built.showId, patch: { baseUrl: '' } });
  await page.getByTestId('release-export').click();
  await expect(page.getByTestId('release-outcome')).toHaveAttribute('data-status', 'blocked');
  await expect(page.getByTestId('release-outcome')).toContainText('Rien n’a été exporté');
  await expect(finding(page, 'url_not_absolute').first()).toBeVisible();
  await expect(page.getByTestId('release-export')).toBeDisabled();
  expect(await api<unknown[]>(host, 'release.list', { showId: built.showId })).toHaveLength(0);
  await api(host, 'shows.update', { id: built.showId, patch: { baseUrl: BASE_URL } });
  await page.getByTestId('release-validate').click();
  await expect(page.getByTestId('release-count-error')).toContainText(/^0\s*erreur$/);
  await page.getByTestId('release-outcome-close').click();

  // Record every value the bar shows, so the test fails if it never appears or never moves.
  await page.evaluate(`(() => {
    window.__bar = [];
    const look = () => {
      const bar = document.querySelector('[data-testid="release-progress"] [role="progressbar"]');
      if (bar) window.__bar.push(Number(bar.getAttribute('aria-valuenow')));
    };
    new MutationObserver(look).observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ['aria-valuenow'] });
  })()`);
  await page.getByTestId('release-zip').check();
  const progress = page.getByTestId('release-progress');
  await page.getByTestId('release-export').click();
  await expect(progress).toBeVisible();
  // The job is in the status bar too, like imports.
  await expect(page.getByTestId('jobs').getByTestId('job').filter({ hasText: 'Export de « Raccords »' })).toBeVisible();
  // Screenshot mid-way, while bytes are written or zipped (checked every 50 ms: together they last over a second).
  await page.waitForFunction(() => {
    // The Node project has no DOM types: the little of the page this reads, typed by hand.
    const { document } = globalThis as unknown as { document: { querySelector(s: string): { getAttribute(n: string): string | null } | null } };
    const value = Number(document.querySelector('[data-testid="release-progress"] [role="progressbar"]')?.getAttribute('aria-valuenow') ?? 0);
    return value >= 20 && value <= 60;
  }, undefined, { polling: 50, timeout: 60_000 });
  await shot(page, 'release-04-exporting');
  const outcome = page.getByTestId('release-outcome');
  await expect(outcome).toHaveAttribute('data-status', 'done', { timeout: 60_000 });
  await expect(progress).toHaveCount(0);
  const seen = await page.evaluate('window.__bar') as number[];
  expect(seen.some((v) => v > 0 && v < 100), `bar values seen: ${seen.join(', ')}`).toBe(true);

  // The bundle: key, folder and zip under the library, every file with its size.
  const key = ((await page.getByTestId('release-done-title').textContent()) ?? '').match(/\d{4}-\d{2}-\d{2}-1/)?.[0];
  expect(key).toBeTruthy();
  await expect(page.getByTestId('release-folder')).toHaveText(path.join(host.libraryDir, 'releases', key as string));
  await expect(page.getByTestId('release-zip-path')).toHaveText(path.join(host.libraryDir, 'releases', `${key}.zip`));
  const files = page.getByTestId('release-files').getByTestId('release-file');
  await expect(files.filter({ hasText: 'feed.fr.xml' })).toHaveCount(1);
  await expect(files.filter({ hasText: 'feed.en.xml' })).toHaveCount(1);
  await expect(files.filter({ hasText: 'report.html' })).toHaveCount(1);
  await expect(files.filter({ hasText: /media\/.*\.mp3/ }).first()).toContainText(/\d+,\d Mo/);
  const recorded = await api<Array<{ key: string; files: unknown[] }>>(host, 'release.list', { showId: built.showId });
  expect(recorded.map((r) => r.key)).toEqual([key]);
  await expect(files).toHaveCount(recorded[0]?.files.length ?? -1);

  // History and "changed since": one release, and nothing changed since it.
  const history = page.getByTestId('release-history').getByTestId('history-row');
  await expect(history).toHaveCount(1);
  await expect(history.first()).toContainText(key as string);
  await expect(history.first().getByTestId('history-files')).toHaveText(String(recorded[0]?.files.length));
  await expect(page.getByTestId('release-changes-none')).toContainText(`Rien n’a changé depuis la version ${key}`);
  await expect(page.getByTestId('release-gate')).toHaveText(`Prêt, mais rien n’a changé depuis la version ${key}.`);
  await page.getByTestId('release-folder-copy').click();
  await expect(page.getByTestId('release-folder-copy-state')).not.toBeEmpty();
  await shot(page, 'release-05-done');
  await setTheme(page, 'dark');
  await shot(page, 'release-06-done-dark');
  await setTheme(page, 'light');

  // Episode 2 loses its English title: the next release changes its metadata and goes out with a
  // warning, only through the explicit "Export with 1 warning"; episode 1's media stays the same bytes.
  await page.getByTestId('release-outcome-close').click();
  await api(host, 'episodes.update', { id: built.second, patch: { title: { fr: 'Le budget participatif', en: '' } } });
  await page.getByTestId('release-validate').click();
  await expect(page.getByTestId('release-count-warning')).toContainText(/^1\s*avertissement$/);
  await expect(page.getByTestId('release-export')).toHaveText('Exporter avec 1 avertissement');
  const changed = page.getByTestId('release-change');
  await expect(changed).toHaveCount(1);
  await expect(changed).toHaveAttribute('data-kind', 'changed');
  await expect(changed).toContainText('Ép. 2 · Le budget participatif');
  await expect(changed).toContainText('métadonnées');
  await page.getByTestId('release-zip').uncheck();
  await page.getByTestId('release-export').click();
  await expect(outcome).toHaveAttribute('data-status', 'done', { timeout: 60_000 });
  const second = key?.replace(/-1$/, '-2') as string;
  await expect(page.getByTestId('release-done-title')).toContainText(second);
  await expect(page.getByTestId('release-zip-path')).toHaveCount(0);
  await expect(page.getByTestId('release-outcome')).toContainText('avec 1 avertissement noté dans le rapport');
  await expect(history).toHaveCount(2);
  await expect(history.first()).toContainText(second);
  await expect(history.first().locator('td').last()).toHaveText('1');
  await expect(page.getByTestId('release-changes-none')).toContainText(`Rien n’a changé depuis la version ${second}`);
  await page.getByTestId(`history-toggle-${key}`).click();
  await page.getByTestId(`history-toggle-${second}`).click();
  const mediaHash = async (k: string) => page.getByTestId(`history-files-${k}`).getByTestId('release-file')
    .filter({ hasText: /^media\/ep-1\.mp3/ }).locator('.hash').getAttribute('title');
  const [before, after] = [await mediaHash(key as string), await mediaHash(second)];
  expect(before).toMatch(/^[0-9a-f]{64}$/);
  expect(after).toBe(before);
  await page.getByTestId(`history-toggle-${second}`).click();
  await page.locator('#release-history-title').evaluate((el) => (el as unknown as { scrollIntoView(o: object): void }).scrollIntoView({ block: 'start' }));
  await shot(page, 'release-07-history');

  // Cancel while the files are written: nothing is recorded and nothing is left in the releases folder.
  await page.getByTestId('release-outcome-close').click();
  await page.getByTestId('release-zip').check();
  await page.getByTestId('release-export').click();
  await page.waitForFunction(() => {
    const { document } = globalThis as unknown as { document: { querySelector(s: string): { getAttribute(n: string): string | null } | null } };
    return document.querySelector('[data-testid="release-progress"]')?.getAttribute('data-phase') === 'writing';
  }, undefined, { polling: 50, timeout: 60_000 });
  await page.getByTestId('release-cancel').click();
  await expect(outcome).toHaveAttribute('data-status', 'cancelled', { timeout: 30_000 });
  await expect(outcome).toContainText('Export annulé');
  await expect(page.getByTestId('jobs').getByTestId('job')).toHaveCount(0);
  expect(await api<unknown[]>(host, 'release.list', { showId: built.showId })).toHaveLength(2);
  expect(readdirSync(path.join(host.libraryDir, 'releases')).sort()).toEqual([key, `${key}.zip`, second].sort());
});

test('Import feed… makes a show of a real feed; a broken feed shows the error and creates nothing', async ({ page, host }) => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'balado-feeds-'));
  await page.goto(host.url);
  await expect(page.getByTestId('first-run')).toBeVisible();
  await shot(page, 'release-08-first-run-feed');

  // From the first-run screen: the real file picker, a real show's feed.
  const chooser = page.waitForEvent('filechooser');
  await page.getByTestId('first-run-feed').click();
  await (await chooser).setFiles(path.join(FEEDS, 'changing-the-tide.xml'));
  const summary = page.getByTestId('feed-import-summary');
  await expect(summary).toBeVisible();
  const episodes = Number(await summary.getByTestId('feed-import-episodes').locator('.feed-figure-value').textContent());
  expect(episodes).toBeGreaterThan(5);
  await expect(summary.getByTestId('feed-import-remote')).toContainText(String(episodes));
  await shot(page, 'release-09-feed-imported');
  await summary.getByTestId('feed-import-close').click();
  const shows = await api<Array<{ id: number; slug: string }>>(host, 'shows.list', {});
  expect(shows).toHaveLength(1);
  await expect(page.getByTestId(`show-${shows[0]?.slug}`)).toHaveAttribute('aria-current', 'true');
  await expect(page.getByTestId('episode-list').getByRole('option')).toHaveCount(episodes);

  // From the sidebar: a malformed feed. The error says so, and no show appears.
  const broken = path.join(dir, 'casse.xml');
  writeFileSync(broken, '<?xml version="1.0"?>\n<rss version="2.0"><channel><title>Cassé</title>\n<item><title>Sans fin</item></channel></rss>');
  const chooser2 = page.waitForEvent('filechooser');
  await page.getByTestId('import-feed-button').click();
  await (await chooser2).setFiles(broken);
  const error = page.getByTestId('feed-import-error');
  await expect(error).toBeVisible();
  await expect(error).toContainText('Flux RSS illisible');
  await expect(error).toContainText('Rien n’a été créé');
  await shot(page, 'release-10-feed-error');
  expect(await api<unknown[]>(host, 'shows.list', {})).toHaveLength(1);
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('feed-import-dialog')).toHaveCount(0);

  // From the palette: another real feed becomes a second show.
  await page.keyboard.press('Control+k');
  await page.getByTestId('palette-input').fill('flux RSS');
  const chooser3 = page.waitForEvent('filechooser');
  await page.keyboard.press('Enter');
  await (await chooser3).setFiles(path.join(FEEDS, 'example.xml'));
  await expect(page.getByTestId('feed-import-summary')).toBeVisible();
  await page.getByTestId('feed-import-close').click();
  expect(await api<unknown[]>(host, 'shows.list', {})).toHaveLength(2);
  await expect(page.getByTestId('show-list').getByRole('listitem')).toHaveCount(2);
});
