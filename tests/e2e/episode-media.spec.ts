// Episode artwork and transcripts in the Details tab, in French: an image made by ffmpeg chosen
// and shown as a thumbnail served by the media route (its real pixels loaded), Apple's rule
// warned at once for a bad image, a WebVTT transcript listed with its format and cues, a
// malformed SubRip refused with its line and nothing stored, everything still there after a
// reload; then the dark theme and removal back to the show's artwork.
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { makeAudio } from '../helpers/make-audio';
import { makeImage } from '../helpers/make-image';
import { test } from './fixtures';
import { createShowAtFirstRun, expect, shot } from './ui';

test.use({ locale: 'fr-CA', timezoneId: 'America/Montreal' });

/** Scrolls the Details tab so the media section sits at the top, for screenshots. */
const showMedia = (page: Page) => page.getByTestId('episode-media')
  .evaluate((el) => (el as unknown as { scrollIntoView(o: object): void }).scrollIntoView({ block: 'start' }));

/** The pixels the browser decoded for an <img> (0 until it loaded from the media route). */
const naturalWidth = (img: Locator) => img.evaluate((el) => (el as unknown as { naturalWidth: number }).naturalWidth);

async function newEpisode(page: Page, url: string, mp3: string): Promise<void> {
  await createShowAtFirstRun(page, url, { fr: 'Raccords', en: 'Connections' });
  await page.getByTestId('import-input').setInputFiles(mp3);
  await expect(page.getByTestId('episode-page')).toBeVisible({ timeout: 20_000 });
  await page.getByTestId('tab-details').click();
  await expect(page.getByTestId('episode-media')).toBeVisible();
}

test('choose artwork and transcripts in Details, see them after a reload', async ({ page, host }) => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'balado-media-e2e-'));
  const mp3 = await makeAudio(dir, { name: 'episode-5.mp3', format: 'mp3', seconds: 10 });
  const cover = await makeImage(dir, 'couverture.png', '1400x1400', { color: 'teal' });
  const small = await makeImage(dir, 'vignette.jpg', '1000x600', { color: 'orange' });
  const vtt = path.join(dir, 'episode-5.fr.vtt');
  writeFileSync(vtt, 'WEBVTT\n\n00:00.000 --> 00:04.000\n<v Hélène>Bienvenue à Raccords.\n\n00:04.000 --> 00:09.500\n<v Jérôme>Merci de m’accueillir.\n');
  const badSrt = path.join(dir, 'episode-5.en.srt');
  writeFileSync(badSrt, '1\n00:00:00,000 --> 00:00:04,000\nWelcome.\n2\n00:00:04,000 --> 00:00:09,000\nThanks.\n');
  await newEpisode(page, host.url, mp3);

  const artwork = page.getByTestId('episode-artwork');
  await expect(artwork.getByTestId('episode-artwork-inherited')).toHaveText('Ni l’épisode ni l’émission n’ont d’illustration : Apple Podcasts en exige une.');
  await expect(page.getByTestId('transcript-fr')).toHaveAttribute('data-state', 'none');
  await showMedia(page);
  await shot(page, 'media-01-empty');

  // A bad image is accepted but warned about at once, with the preflight's own rule.
  await page.getByTestId('episode-artwork-choose-input').setInputFiles(small);
  await expect(page.getByTestId('episode-artwork-size')).toHaveText('1000 × 600 px');
  const problems = page.getByTestId('episode-artwork-problems').getByRole('listitem');
  await expect(problems).toHaveText(['Pas carrée : Apple Podcasts la refusera.', 'Hors de 1400 à 3000 px de côté : Apple Podcasts la refusera.']);
  await showMedia(page);
  await shot(page, 'media-02-artwork-warned');

  await page.getByTestId('episode-artwork-choose-input').setInputFiles(cover);
  await expect(page.getByTestId('episode-artwork-size')).toHaveText('1400 × 1400 px');
  await expect(page.getByTestId('episode-artwork-ok')).toContainText('Conforme à Apple Podcasts');
  await expect(page.getByTestId('episode-artwork-problems')).toHaveCount(0);
  const thumb = page.getByTestId('episode-artwork-thumb');
  await expect(thumb).toHaveAttribute('src', /\/media\/\d+\?token=/);
  await expect.poll(() => naturalWidth(thumb)).toBe(1400);

  await page.getByTestId('transcript-choose-fr-input').setInputFiles(vtt);
  await expect(page.getByTestId('transcript-fr')).toHaveAttribute('data-state', 'set');
  await expect(page.getByTestId('transcript-name-fr')).toHaveText('episode-5.fr.vtt');
  await expect(page.getByTestId('transcript-format-fr')).toContainText('WebVTT');
  await expect(page.getByTestId('transcript-format-fr')).toContainText('2 répliques');
  await expect(page.getByTestId('transcript-format-fr')).toContainText('jusqu’à 0:10');

  // Two subtitles run together: refused, the line named, nothing stored for English.
  await page.getByTestId('transcript-choose-en-input').setInputFiles(badSrt);
  await expect(page.getByTestId('transcript-error-en')).toContainText('ligne 5');
  await expect(page.getByTestId('transcript-error-en')).toContainText('rien n\'a été enregistré');
  await expect(page.getByTestId('transcript-en')).toHaveAttribute('data-state', 'none');
  await showMedia(page);
  await shot(page, 'media-03-set-and-refused');

  await page.reload();
  await expect(page.getByTestId('tab-details')).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByTestId('episode-artwork-size')).toHaveText('1400 × 1400 px');
  await expect.poll(() => naturalWidth(page.getByTestId('episode-artwork-thumb'))).toBe(1400);
  await expect(page.getByTestId('transcript-name-fr')).toHaveText('episode-5.fr.vtt');
  await expect(page.getByTestId('transcript-en')).toHaveAttribute('data-state', 'none');
  await expect(page.getByTestId('transcript-error-en')).toHaveCount(0);
  await showMedia(page);
  await shot(page, 'media-04-after-reload');

  // The switch goes system → light → dark.
  await page.getByTestId('theme-switch').click();
  await expect.poll(() => page.locator('html').getAttribute('data-theme')).toBe('light');
  await page.getByTestId('theme-switch').click();
  await expect.poll(() => page.locator('html').getAttribute('data-theme')).toBe('dark');
  await showMedia(page);
  await shot(page, 'media-05-dark');

  // Keyboard: the remove buttons are reachable and say which language they act on.
  const remove = page.getByTestId('transcript-remove-fr');
  await expect(remove).toHaveAccessibleName('Retirer — transcription en français');
  await remove.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('transcript-fr')).toHaveAttribute('data-state', 'none');
  await page.getByTestId('episode-artwork-remove').click();
  await expect(page.getByTestId('episode-artwork-thumb')).toHaveCount(0);
  await page.reload();
  await expect(page.getByTestId('episode-artwork-inherited')).toBeVisible();
  await expect(page.getByTestId('transcript-fr')).toHaveAttribute('data-state', 'none');
});

test('the show artwork: missing in the release checklist, "Go to" the show settings, chosen there', async ({ page, host }) => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'balado-show-art-e2e-'));
  const mp3 = await makeAudio(dir, { name: 'episode-1.mp3', format: 'mp3', seconds: 4 });
  const grey = await makeImage(dir, 'gris.png', '1400x1400', { color: 'gray', pixFmt: 'gray' });
  const cover = await makeImage(dir, 'couverture.png', '1600x1600', { color: 'navy' });
  await newEpisode(page, host.url, mp3);

  await page.getByTestId('tab-release').click();
  const missing = page.locator('[data-testid="finding"][data-code="artwork_missing"]');
  await expect(missing).toHaveCount(1);
  await missing.getByTestId('finding-goto').click();
  await expect(page.getByTestId('show-settings')).toBeVisible();
  await expect(page.getByTestId('show-artwork-choose')).toBeFocused();
  await expect(page.getByTestId('show-artwork-inherited')).toHaveText('L’émission n’a pas d’illustration : Apple Podcasts en exige une.');

  // Read back from the library's copy: a greyscale image is named as Apple would refuse it.
  await page.getByTestId('show-artwork-choose-input').setInputFiles(grey);
  await expect(page.getByTestId('show-artwork-size')).toHaveText('1400 × 1400 px');
  await expect(page.getByTestId('show-artwork-problems')).toContainText('RVB');

  await page.getByTestId('show-artwork-choose-input').setInputFiles(cover);
  await expect(page.getByTestId('show-artwork-size')).toHaveText('1600 × 1600 px');
  await expect(page.getByTestId('show-artwork-ok')).toContainText('Conforme à Apple Podcasts');
  await expect.poll(() => naturalWidth(page.getByTestId('show-artwork-thumb'))).toBe(1600);
  await page.getByTestId('show-artwork').evaluate((el) => (el as unknown as { scrollIntoView(o: object): void }).scrollIntoView({ block: 'center' }));
  await shot(page, 'media-06-show-artwork');

  // The episode's Details now show the show's artwork as the one the feed will use, and the
  // checklist no longer asks for it.
  await page.getByTestId('episode-list').getByRole('option').first().click();
  await page.getByTestId('tab-details').click();
  await expect(page.getByTestId('show-artwork-thumb')).toBeVisible();
  await page.getByTestId('tab-release').click();
  await expect(page.getByTestId('release-tab')).toBeVisible();
  await expect(missing).toHaveCount(0);

  await page.reload();
  await page.getByTestId('show-settings-button').click();
  await expect(page.getByTestId('show-artwork-size')).toHaveText('1600 × 1600 px');
  await page.getByTestId('show-artwork-remove').click();
  await expect(page.getByTestId('show-artwork-inherited')).toBeVisible();
});
