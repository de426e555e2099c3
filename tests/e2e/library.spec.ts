// The library frame end to end, in French first: empty state, a show made through the UI, an
// MP3 imported through the UI, an accented title saved and found without accents, the switch to
// English, and everything still there after a reload. Screenshots land in test-results/screenshots.
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { makeAudio, makeBadFile } from '../helpers/make-audio';
import { test } from './fixtures';
import { episodeRow, expect, openSample, shot } from './ui';

test.use({ locale: 'fr-CA', timezoneId: 'America/Montreal' });

const TITLE = 'Les élus et la démocratie locale';

test('create a show, import an MP3, title it, find it, switch to English, reload', async ({ page, host }) => {
  const audioDir = mkdtempSync(path.join(os.tmpdir(), 'balado-audio-'));
  await page.goto(host.url);
  await expect(page.getByTestId('first-run')).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr-CA');
  await expect(page.getByTestId('first-run-create')).toHaveText('Créer une émission');
  await shot(page, '01-first-run');

  await page.getByTestId('first-run-create').click();
  const dialog = page.getByTestId('new-show-dialog');
  await expect(dialog).toBeVisible();
  await dialog.getByTestId('field-new-show-title-fr').fill('Raccords');
  await dialog.getByTestId('field-new-show-title-en').fill('Raccords (English)');
  await expect(dialog.getByTestId('field-new-show-slug')).toHaveValue('raccords');
  await shot(page, '02-new-show-dialog');
  await dialog.getByTestId('new-show-create').click();
  await expect(page.getByTestId('show-raccords')).toContainText('Raccords');
  await expect(page.getByTestId('home-view')).toBeVisible();
  await shot(page, '03-show-created');

  const mp3 = await makeAudio(audioDir, { name: 'raccords-ep1.mp3', format: 'mp3', seconds: 4 });
  await page.getByTestId('import-input').setInputFiles(mp3);
  await expect(page.getByTestId('episode-page')).toBeVisible({ timeout: 20_000 });
  await expect(page.getByTestId('episode-list').getByRole('option')).toHaveCount(1);
  await expect(page.getByTestId('audio-player')).toBeVisible();
  await expect(page.getByTestId('panel-audio').getByTestId('audio-facts')).toContainText('raccords-ep1.mp3');
  await expect(page.getByTestId('toast-info').filter({ hasText: 'importé' })).toHaveCount(1);
  await shot(page, '04-imported');

  await page.getByTestId('tab-details').click();
  await page.getByTestId('field-ep-title-fr').fill(TITLE);
  await expect(page.getByTestId('save-status')).toHaveText(/non enregistrées/);
  await page.keyboard.press('Control+s');
  await expect(page.getByTestId('save-status')).toHaveText('Tout est enregistré');
  await expect(page.getByTestId('episode-title')).toHaveText(TITLE);
  await expect(episodeRow(page, TITLE)).toHaveCount(1);
  await shot(page, '05-details-saved');

  await page.getByTestId('search-input').fill('elus');
  const results = page.getByTestId('search-results');
  await expect(results.getByRole('option').filter({ hasText: TITLE })).toHaveCount(1);
  await expect(results.locator('mark').first()).toBeVisible();
  await shot(page, '06-search-without-accents');
  await page.getByTestId('search-input').press('Escape');
  await expect(page.getByTestId('search-input')).toHaveValue('');
  await expect(page.getByTestId('episode-list')).toBeVisible();

  // The switch shows at once; wait for settings.set to land before reloading.
  const saved = page.waitForResponse((r) => r.url().endsWith('/api/call/settings.set'));
  await page.getByTestId('ui-lang-en').click();
  await saved;
  await expect(page.locator('html')).toHaveAttribute('lang', 'en-CA');
  await expect(page.getByTestId('tab-audio')).toHaveText('Audio & chapters');
  await expect(page.getByTestId('tab-release')).toHaveText('Release');
  await expect(page.getByTestId('save-button')).toContainText('Save');
  await shot(page, '07-english');

  await page.reload();
  await expect(page.getByTestId('show-raccords')).toContainText('Raccords (English)');
  await expect(page.getByTestId('tab-details')).toHaveText('Details');
  await expect(page.getByTestId('episode-title')).toHaveText(TITLE);
  await expect(episodeRow(page, TITLE)).toHaveCount(1);
  await expect(page.getByTestId('field-ep-title-fr')).toHaveValue(TITLE);
  await shot(page, '08-after-reload');
});

test('a corrupt MP3 is refused with a message in the UI language', async ({ page, host }) => {
  const audioDir = mkdtempSync(path.join(os.tmpdir(), 'balado-audio-'));
  await page.goto(host.url);
  await openSample(page);
  const bad = await makeBadFile(audioDir, { name: 'casse.mp3', kind: 'random-bytes' });
  await page.getByTestId('import-input').setInputFiles(bad);
  const toast = page.getByTestId('toast-error');
  await expect(toast).toBeVisible({ timeout: 20_000 });
  await expect(toast).toContainText('casse.mp3');
  await expect(toast).not.toContainText(/at \w+ \(|Error:/);
  await expect(page.getByTestId('episode-list').getByRole('option')).toHaveCount(3);
  await shot(page, '09-corrupt-mp3');
});

test('the sample show opens and every tab renders, in both themes', async ({ page, host }) => {
  await page.goto(host.url);
  await openSample(page);
  await expect(page.getByTestId('audio-player')).toBeVisible();
  await expect(page.getByTestId('inspector-guid')).not.toBeEmpty();
  await shot(page, '10-sample-audio');

  await page.getByTestId('tab-notes').click();
  await expect(page.getByTestId('notes-empty')).toBeVisible();
  await page.getByTestId('tab-details').click();
  await expect(page.getByTestId('episode-form')).toBeVisible();
  await expect(page.getByTestId('guests-editor').locator('[data-testid^="person-"]').first()).toBeVisible();
  await shot(page, '11-sample-details');
  await page.getByTestId('tab-release').click();
  // The Release tab checks the show's next release as it opens (tests/e2e/release.spec.ts goes further).
  await expect(page.getByTestId('release-findings').or(page.getByTestId('release-all-clear'))).toBeVisible();

  await page.getByTestId('episode-status').selectOption('review');
  await expect(episodeRow(page, /Deux langues/)).toContainText('Révision');

  await page.getByTestId('new-episode-button').click();
  await expect(page.getByTestId('field-ep-number')).toHaveValue('4');
  await expect(page.getByTestId('episode-list').getByRole('option')).toHaveCount(4);

  await page.getByTestId('show-settings-button').click();
  await expect(page.getByTestId('show-form')).toBeVisible();
  await expect(page.getByTestId('field-show-title-fr')).toHaveValue('Les Ondes de quartier');
  await shot(page, '12-sample-show-settings');

  await page.getByTestId('theme-switch').click(); // system -> light
  await page.getByTestId('theme-switch').click(); // light -> dark
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await episodeRow(page, /Quart de nuit/).click();
  await page.getByTestId('tab-audio').click();
  await shot(page, '13-sample-dark');
});

test('inline validation: a bad owner email and a duplicate episode number', async ({ page, host }) => {
  await page.goto(host.url);
  await openSample(page);

  await page.getByTestId('show-settings-button').click();
  await page.getByTestId('field-show-owner-email').fill('pas-un-courriel');
  await expect(page.getByTestId('problem-show-owner-email')).toHaveText('adresse courriel invalide');
  await expect(page.getByTestId('save-button')).toBeDisabled();
  await expect(page.getByTestId('save-status')).toHaveText('1 champ à corriger avant d’enregistrer');
  await shot(page, '14-invalid-email');
  await page.getByTestId('field-show-owner-email').fill('balado@example.org');
  await expect(page.getByTestId('problem-show-owner-email')).toHaveCount(0);

  await episodeRow(page, /Deux langues/).click();
  await page.getByTestId('tab-details').click();
  await page.getByTestId('field-ep-number').fill('1');
  await expect(page.getByTestId('problem-ep-number')).toHaveText('ce numéro est déjà pris dans cette saison');
  await expect(page.getByTestId('save-button')).toBeDisabled();
  await shot(page, '15-duplicate-number');
  await page.getByTestId('field-ep-number').fill('4');
  await expect(page.getByTestId('problem-ep-number')).toHaveCount(0);
  await expect(page.getByTestId('save-button')).toBeEnabled();
});

test('keyboard: palette, shortcut sheet, inspector, previous/next episode', async ({ page, host }) => {
  await page.goto(host.url);
  await openSample(page);

  await page.keyboard.press('Control+k');
  const palette = page.getByTestId('command-palette');
  await expect(palette).toBeVisible();
  await expect(page.getByTestId('palette-input')).toBeFocused();
  await page.keyboard.type('2');
  await expect(palette.getByRole('option').first()).toContainText('Quart de nuit');
  await shot(page, '16-palette');
  await page.keyboard.press('Enter');
  await expect(palette).toBeHidden();
  await expect(page.getByTestId('episode-title')).toHaveText('Quart de nuit au 102,3');

  await page.keyboard.press('Control+k');
  await page.keyboard.type('anglais');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('tab-audio')).toHaveText('Audio & chapters');
  await page.getByTestId('ui-lang-fr').click();

  await page.keyboard.press('Alt+ArrowDown');
  await expect(page.getByTestId('episode-title')).toHaveText(/Saint-Édouard/);
  await page.keyboard.press('Alt+ArrowUp');
  await expect(page.getByTestId('episode-title')).toHaveText('Quart de nuit au 102,3');

  await expect(page.getByTestId('inspector')).toBeVisible();
  await page.keyboard.press('Control+\\');
  await expect(page.getByTestId('inspector')).toBeHidden();
  await page.keyboard.press('Control+\\');
  await expect(page.getByTestId('inspector')).toBeVisible();

  await page.getByTestId('episode-list').focus();
  await page.keyboard.press('?');
  await expect(page.getByTestId('shortcut-sheet')).toBeVisible();
  await shot(page, '17-shortcuts');
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('shortcut-sheet')).toBeHidden();

  await page.keyboard.press('Control+f');
  await expect(page.getByTestId('search-input')).toBeFocused();
  await page.keyboard.type('nuit');
  await expect(page.getByTestId('search-results').getByRole('option')).not.toHaveCount(0);
  await page.keyboard.press('ArrowDown');
  await expect(page.getByTestId('search-results')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('episode-title')).toHaveText(/nuit/);
});
