// The Notes tab's interchange end to end, in French: the real Raccords show notes pasted, aligned,
// reshaped (swap, split, merge, leave out) and stored; a second alignment appended; XLIFF out,
// translated, back in (and a malformed file refused); TMX out of one library and into a fresh one.
// Results are read back through the host's API, the library being the truth.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Locator, Page } from '@playwright/test';
import type { CallArgs, CallName, CallResult } from '../../src/shared/api/contract';
import type { NoteTextRow } from '../../src/shared/notes/types';
import { startHost, test, type HostHandle } from './fixtures';
import { createShowAtFirstRun, expect, shot } from './ui';

test.use({ locale: 'fr-CA', timezoneId: 'America/Montreal' });

const SAMPLE = path.resolve(import.meta.dirname, '..', '..', '..', 'shared', 'samples', 'raccords-ep05-show-notes.txt');

/** The host's API with its session token, as the UI calls it. */
function apiOf(host: HostHandle) {
  const url = new URL(host.url);
  const token = url.searchParams.get('token') ?? '';
  return async <K extends CallName>(name: K, args: CallArgs<K>): Promise<CallResult<K>> => {
    const response = await fetch(`${url.origin}/api/call/${name}`, {
      method: 'POST', headers: { 'content-type': 'application/json', 'x-balado-token': token }, body: JSON.stringify(args),
    });
    const envelope = await response.json() as { ok: true; value: CallResult<K> } | { ok: false; error: unknown };
    if (!envelope.ok) throw new Error(`${name}: ${JSON.stringify(envelope.error)}`);
    return envelope.value;
  };
}

/** First run: a show made through its dialog, a new episode, its Notes tab; resolves with the episode's id. */
async function openNotesTab(page: Page, host: HostHandle): Promise<number> {
  await createShowAtFirstRun(page, host.url);
  await page.getByTestId('new-episode-button').click();
  await expect(page.getByTestId('episode-page')).toBeVisible();
  await page.getByTestId('field-ep-title-fr').fill('Reconnaître la capacité d’innover des municipalités');
  await page.keyboard.press('Control+s');
  await expect(page.getByTestId('episode-title')).toHaveText('Reconnaître la capacité d’innover des municipalités');
  await page.getByTestId('tab-notes').click();
  await expect(page.getByTestId('notes-io')).toBeVisible();
  const api = apiOf(host);
  const [show] = await api('shows.list', {});
  const [episode] = await api('episodes.list', { showId: show!.id });
  return episode!.id;
}

const rows = (page: Page) => page.locator('[data-testid^="proposal-row-"]');
const rowWith = (page: Page, text: string) => rows(page).filter({ hasText: text });
const frOf = (row: Locator) => row.locator('[data-testid^="proposal-fr-"]').first();
const enOf = (row: Locator) => row.locator('[data-testid^="proposal-en-"]').first();
const textRows = async (api: ReturnType<typeof apiOf>, episodeId: number) =>
  (await api('notes.get', { episodeId })).rows.filter((r): r is NoteTextRow => r.type === 'text');

test('paste the Raccords notes, reshape the proposal, store it, then append a second one', async ({ page, host }) => {
  const api = apiOf(host);
  const episodeId = await openNotesTab(page, host);
  const sample = readFileSync(SAMPLE, 'utf8');

  await page.getByTestId('align-open').click();
  const dialog = page.getByTestId('align-dialog');
  await expect(dialog).toBeVisible();
  await expect(page.getByTestId('align-text')).toBeFocused();
  await page.getByTestId('align-text').fill(sample);
  await shot(page, 'notes-io-00-input');
  await page.keyboard.press('Control+Enter');

  // The proposal: French paragraphs paired with their English counterparts, the English-only list alone.
  await expect(page.getByTestId('proposal-grid')).toBeVisible();
  await expect(rows(page)).toHaveCount(11);
  await expect(rows(page).first()).toBeFocused();
  const pairs: Array<[string, string]> = [
    ['Les administrations publiques ont-elles la capacité d\'innover socialement?', 'Do public administrations have the capacity to innovate socially?'],
    ['Stéphane Vincent, délégué général et initiateur du projet La 27e Région', 'Stéphane Vincent, founder and executive officer of La 27e Région'],
    ['C\'est en instaurant cette culture d\'expérimentation', 'It is by establishing this culture of experimentation'],
    ['Tantôt en français et tantôt en anglais', 'Sometimes in French and sometimes in English'],
  ];
  for (const [fr, en] of pairs) {
    const row = rowWith(page, fr);
    await expect(row).toHaveCount(1);
    await expect(enOf(row)).toContainText(en);
    await expect(row.locator('[role="meter"]')).toHaveAttribute('data-value', /^(8\d|9\d)$/);
  }
  for (const item of ['an interview with Geoff Mulgan', 'two works from Possible Futures', 'a list of top picks']) {
    const row = rowWith(page, item);
    await expect(frOf(row)).toHaveText('— vide —');
    await expect(row.locator('select')).toHaveValue('list_item');
  }
  await expect(enOf(rowWith(page, 'What is Raccords?'))).toHaveText('What is Raccords?');
  await expect(page.getByTestId('align-summary')).toContainText('11 lignes proposées');
  await expect(page.getByTestId('align-summary')).toContainText('5 paires');
  await shot(page, 'notes-io-01-proposal-light');
  await page.emulateMedia({ colorScheme: 'dark' });
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await shot(page, 'notes-io-02-proposal-dark');
  await page.emulateMedia({ colorScheme: 'light' });

  // Swap (button) puts "Show Notes" on the French side; S on the keyboard puts it back.
  const first = rows(page).first();
  await page.getByTestId('proposal-swap-0').click();
  await expect(frOf(first)).toHaveText('Show Notes');
  await expect(enOf(first)).toHaveText('— vide —');
  await expect(page.getByTestId('proposal-edited-0')).toBeVisible();
  await page.keyboard.press('s');
  await expect(enOf(first)).toHaveText('Show Notes');

  // Split a pair into its French row and its English row, then merge them back (buttons).
  await page.getByTestId('proposal-split-2').click();
  await expect(rows(page)).toHaveCount(12);
  await expect(enOf(rows(page).nth(2))).toHaveText('— vide —');
  await expect(enOf(rows(page).nth(3))).toContainText('Do public administrations');
  await page.getByTestId('proposal-merge-2').click();
  await expect(rows(page)).toHaveCount(11);
  await expect(enOf(rows(page).nth(2))).toContainText('Do public administrations');

  // The keyboard: M merges the two English-only headings, X splits them again, R leaves "Show Notes" out.
  await rows(page).first().focus();
  await page.keyboard.press('m');
  await expect(rows(page)).toHaveCount(10);
  await expect(enOf(first)).toContainText('Show Notes');
  await expect(enOf(first)).toContainText('Episode 5 (in French)');
  await page.keyboard.press('x');
  await expect(rows(page)).toHaveCount(11);
  await expect(enOf(rows(page).nth(1))).toContainText('Episode 5 (in French)');
  await page.keyboard.press('ArrowDown');
  await expect(rows(page).nth(1)).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('r');
  await expect(first).toHaveAttribute('data-decision', 'rejected');
  // A row reshaped by hand counts as accepted; accepting an untouched one moves on to the next row.
  await expect(rows(page).nth(1)).toHaveAttribute('data-decision', 'accepted');
  for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowDown');
  await expect(rows(page).nth(3)).toBeFocused();
  await expect(rows(page).nth(3)).toHaveAttribute('data-decision', 'open');
  await page.keyboard.press('a');
  await expect(rows(page).nth(3)).toHaveAttribute('data-decision', 'accepted');
  await expect(rows(page).nth(4)).toBeFocused();
  await expect(page.getByTestId('align-commit')).toContainText('Enregistrer 10 lignes');
  await shot(page, 'notes-io-03-proposal-edited');

  // → picks the English side; Shift+↑ moves it into the row above; Ctrl+Z takes the move back.
  await rowWith(page, 'two works from Possible Futures').focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Shift+ArrowUp');
  await expect(rows(page)).toHaveCount(10);
  await expect(enOf(rowWith(page, 'an interview with Geoff Mulgan'))).toContainText('two works from Possible Futures');
  await page.keyboard.press('Control+z');
  await expect(rows(page)).toHaveCount(11);
  await expect(enOf(rowWith(page, 'an interview with Geoff Mulgan'))).not.toContainText('two works');

  // Escape after edits asks first; "Continuer" keeps everything.
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('align-ask-discard')).toBeVisible();
  await page.getByTestId('align-keep').click();
  await expect(rows(page)).toHaveCount(11);
  await expect(first).toHaveAttribute('data-decision', 'rejected');

  // Ctrl+Enter stores it (the episode had no notes: nothing to ask).
  await page.keyboard.press('Control+Enter');
  await expect(dialog).toHaveCount(0);
  await expect(page.getByTestId('toast-info').filter({ hasText: '10 lignes enregistrées' })).toHaveCount(1);
  // The editor shows the stored rows at once (the doc handed to onDoc), without a reload.
  const editorRows = page.getByTestId('notes-grid').locator('[data-testid^="note-row-"]');
  await expect(editorRows).toHaveCount(10);
  const stored = await textRows(api, episodeId);
  expect(stored).toHaveLength(10);
  expect(stored.some((r) => r.en.text === 'Show Notes')).toBe(false);
  const opening = stored.find((r) => r.fr.text.startsWith('Les administrations publiques'));
  expect(opening?.en.text).toMatch(/^Do public administrations have the capacity/);
  expect(opening?.state).toBe('translated');
  const list = stored.filter((r) => r.kind === 'list_item');
  expect(list.map((r) => r.fr.text)).toEqual(['', '', '']);
  expect(list.map((r) => r.en.text.split(' ').slice(0, 3).join(' '))).toEqual(['an interview with', 'two works from', 'a list of']);
  expect(stored.map((r) => r.position)).toEqual([...Array(10).keys()]);

  // From the palette, two separate texts; the episode has notes now, so: replace or append?
  await page.keyboard.press('Control+k');
  await page.getByTestId('palette-input').fill('aligner');
  await page.getByTestId('palette-notes-align').click();
  await expect(dialog).toBeVisible();
  await page.getByTestId('align-mode-two').click();
  await page.getByTestId('align-fr').fill('Pour aller plus loin : la liste de lectures de l’équipe.');
  await page.getByTestId('align-en').fill('To go further: the team’s reading list.');
  await shot(page, 'notes-io-04-two-texts');
  await page.getByTestId('align-run').click();
  await expect(rows(page)).toHaveCount(1);
  await page.getByTestId('align-commit').click();
  await expect(page.getByTestId('align-ask-mode')).toContainText('déjà 10 lignes');
  await shot(page, 'notes-io-05-replace-or-append');
  await page.getByTestId('align-append').click();
  await expect(dialog).toHaveCount(0);
  await expect(editorRows).toHaveCount(11);
  const after = await textRows(api, episodeId);
  expect(after).toHaveLength(11);
  expect(after[10]).toMatchObject({ fr: { text: 'Pour aller plus loin : la liste de lectures de l’équipe.' }, en: { text: 'To go further: the team’s reading list.' } });
});

test('in English: a notes file opened from the menu is aligned at once; an unsure language is shown as a guess', async ({ page, host }) => {
  await openNotesTab(page, host);
  await page.getByTestId('ui-lang-en').click();
  await expect(page.getByTestId('align-open')).toHaveText('Paste and align…');
  const dir = mkdtempSync(path.join(os.tmpdir(), 'balado-notes-io-'));
  const file = path.join(dir, 'ep04-notes.md');
  writeFileSync(file, [
    'Nos invités', 'Marie Tremblay', 'Geoff Mulgan, UCL', 'https://maisoninnovationsociale.ca', 'Our guests',
    'Les villes apprennent à innover avec leurs habitants et les organismes du quartier.',
    'Cities are learning to innovate with their residents and neighbourhood organisations.',
  ].join('\n'));
  await page.getByTestId('io-menu').click();
  await expect(page.getByTestId('io-menu-list')).toBeVisible();
  await expect(page.getByTestId('io-import-notes')).toBeFocused();
  await shot(page, 'notes-io-06-menu-en');
  await page.getByTestId('notes-file-input').setInputFiles(file);
  await expect(page.getByTestId('align-dialog')).toBeVisible();
  await expect(rows(page)).toHaveCount(5);
  const names = rowWith(page, 'Marie Tremblay');
  await expect(names.getByTestId('lang-guess')).toHaveText('language guessed: FR');
  await expect(rowWith(page, 'Nos invités')).toHaveClass(/\blow\b/);
  await expect(page.getByTestId('align-summary')).toContainText('3 to check');
  await expect(page.getByTestId('align-source')).toHaveText('ep04-notes.md');
  await shot(page, 'notes-io-07-guesses-en');
  // Nothing edited: Escape closes without asking.
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('align-dialog')).toHaveCount(0);
  rmSync(dir, { recursive: true, force: true });
});

test('XLIFF out, translated, back in with a report; a malformed file changes nothing', async ({ page, host }) => {
  const api = apiOf(host);
  const episodeId = await openNotesTab(page, host);
  await api('notes.commitAlignment', {
    episodeId, mode: 'replace', rows: [
      { kind: 'heading', fr: 'Qu’est-ce que Raccords?' },
      { fr: 'Raccords, un balado réalisé et financé par la Maison de l’innovation sociale.' },
      { kind: 'list_item', fr: 'une entrevue avec Geoff Mulgan' },
    ],
  });
  const dir = mkdtempSync(path.join(os.tmpdir(), 'balado-xliff-'));

  const download = page.waitForEvent('download');
  await page.getByTestId('io-menu').click();
  await page.getByTestId('io-xliff-export').click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/\.notes\.xlf$/);
  const xliff = readFileSync(await file.path(), 'utf8');
  await expect(page.getByTestId('toast-info').filter({ hasText: 'exporté (4 segments)' })).toHaveCount(1);

  // A translator fills the targets of the notes rows (the title's unit is left empty).
  const targetLang = /target-language="([^"]+)"/.exec(xliff)?.[1] ?? 'en';
  const english: Record<string, string> = {
    'Qu’est-ce que Raccords?': 'What is Raccords?',
    'Raccords, un balado réalisé et financé par la Maison de l’innovation sociale.': 'Raccords, a podcast produced and funded by the Maison de l’innovation sociale.',
    'une entrevue avec Geoff Mulgan': 'an interview with Geoff Mulgan',
  };
  let filled = 0;
  const translated = xliff.replace(/(<trans-unit id="n\d+"[^>]*>\s*<source[^>]*>([\s\S]*?)<\/source>)/g, (unit: string, _head: string, source: string) => {
    const target = english[source];
    if (!target) return unit;
    filled++;
    return `${unit}<target xml:lang="${targetLang}" state="translated">${target}</target>`;
  });
  expect(filled).toBe(3);
  const back = path.join(dir, 'translated.xlf');
  writeFileSync(back, translated);
  await page.getByTestId('xliff-import-input').setInputFiles(back);
  const report = page.getByTestId('io-report');
  await expect(report).toBeVisible();
  await expect(report.getByTestId('io-report-units')).toHaveText('4');
  await expect(report.getByTestId('io-report-updated')).toHaveText('3');
  await expect(report.getByTestId('io-report-unmatched')).toHaveText('1');
  await expect(report.getByTestId('io-report-problems')).toContainText('Titre de l’épisode title — aucune traduction dans le fichier');
  await shot(page, 'notes-io-08-xliff-report');
  await report.getByTestId('io-report-close').click();
  const rowsAfter = await textRows(api, episodeId);
  expect(rowsAfter.map((r) => r.en.text)).toEqual(Object.values(english));
  expect(rowsAfter.map((r) => r.state)).toEqual(['translated', 'translated', 'translated']);

  // Now only the title needs work; "everything" still takes every row, with its translation.
  for (const [item, units] of [['io-xliff-export', 1], ['io-xliff-export-all', 4]] as const) {
    const next = page.waitForEvent('download');
    await page.getByTestId('io-menu').click();
    await page.getByTestId(item).click();
    const text = readFileSync(await (await next).path(), 'utf8');
    expect(text.match(/<trans-unit /g)).toHaveLength(units);
    if (units === 4) expect(text).toContain('>an interview with Geoff Mulgan</target>');
  }

  // Malformed: the file is refused, naming the problem and its line, and the notes stay as they were.
  const broken = path.join(dir, 'broken.xlf');
  writeFileSync(broken, translated.replace('</body>', '</bdy>'));
  await page.getByTestId('xliff-import-input').setInputFiles(broken);
  await expect(page.getByTestId('io-report-error')).toContainText('Fichier XLIFF illisible, ligne');
  await expect(page.getByTestId('io-report-error')).toContainText('rien n\'a été modifié');
  await page.emulateMedia({ colorScheme: 'dark' });
  await shot(page, 'notes-io-09-xliff-refused-dark');
  await page.emulateMedia({ colorScheme: 'light' });
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('io-report')).toHaveCount(0);
  expect(await textRows(api, episodeId)).toEqual(rowsAfter);
  rmSync(dir, { recursive: true, force: true });
});

test('TMX out of one library, into a fresh one: added, then known', async ({ page, host }) => {
  const api = apiOf(host);
  const episodeId = await openNotesTab(page, host);
  await api('notes.commitAlignment', {
    episodeId, mode: 'replace', rows: [
      { fr: 'Les administrations publiques ont-elles la capacité d’innover socialement?', en: 'Do public administrations have the capacity to innovate socially?' },
      { fr: 'Tantôt en français et tantôt en anglais.', en: 'Sometimes in French and sometimes in English.' },
      { kind: 'heading', fr: 'Qu’est-ce que Raccords?', en: 'What is Raccords?' },
    ],
  });
  const dir = mkdtempSync(path.join(os.tmpdir(), 'balado-tmx-'));
  const download = page.waitForEvent('download');
  await page.getByTestId('io-menu').click();
  await page.getByTestId('io-tmx-export').click();
  const tmx = readFileSync(await (await download).path(), 'utf8');
  expect(tmx.match(/<tu /g)).toHaveLength(3);
  // One more unit, French only: the import reports it skipped, with its reason in French.
  const file = path.join(dir, 'memoire.tmx');
  writeFileSync(file, tmx.replace('</body>', '<tu tuid="orphan"><tuv xml:lang="fr"><seg>Seulement en français</seg></tuv></tu></body>'));

  const fresh = await startHost(mkdtempSync(path.join(os.tmpdir(), 'balado-e2e-fresh-')));
  try {
    await openNotesTab(page, fresh);
    for (const [added, known] of [[3, 0], [0, 3]] as const) {
      await page.getByTestId('tmx-import-input').setInputFiles(file);
      const report = page.getByTestId('io-report');
      await expect(report.getByTestId('io-report-units')).toHaveText('4');
      await expect(report.getByTestId('io-report-added')).toHaveText(String(added));
      await expect(report.getByTestId('io-report-known')).toHaveText(String(known));
      await expect(report.getByTestId('io-report-skipped')).toHaveText('1');
      await expect(report.getByTestId('io-report-total')).toHaveText('3');
      await expect(report.getByTestId('io-report-problems')).toContainText('tuid orphan pas de texte anglais');
      if (known === 0) await shot(page, 'notes-io-10-tmx-report');
      await report.getByTestId('io-report-close').click();
    }
    const match = await apiOf(fresh)('notes.tmLookup', { text: 'Tantôt en français et tantôt en anglais.', sourceLang: 'fr' });
    expect(match[0]).toMatchObject({ score: 100, target: 'Sometimes in French and sometimes in English.' });
  } finally {
    await fresh.stop();
    rmSync(fresh.libraryDir, { recursive: true, force: true });
    rmSync(dir, { recursive: true, force: true });
  }
});
