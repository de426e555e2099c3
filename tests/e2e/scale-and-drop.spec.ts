// The frame under a real producer's load and gestures: a library of 10,000 episodes stays a
// virtualized list that the keyboard walks end to end, and an MP3 dropped on the window imports.
import { readFileSync } from 'node:fs';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Library } from '../../src/main/services/library/library';
import { makeAudio } from '../helpers/make-audio';
import { test } from './fixtures';
import { expect, shot } from './ui';

test.use({ locale: 'en-CA', timezoneId: 'America/Montreal' });

test('10,000 episodes: the list renders only what is visible and the keyboard reaches both ends', async ({ page, host }) => {
  // Seeded straight into the library file (another process, as a CLI script would); WAL lets the host read it.
  const library = Library.open(host.libraryDir);
  library.transaction(() => {
    const show = library.shows.create({ slug: 'archive', title: { fr: 'Les Archives', en: 'The Archives' } });
    for (let n = 1; n <= 10_000; n += 1) {
      library.episodes.create({
        showId: show.id, number: n, status: n % 7 === 0 ? 'published' : 'draft',
        title: { fr: `Épisode ${n} : les élus du quartier`, en: `Episode ${n}: local councillors` },
      });
    }
  });
  library.close();

  await page.goto(host.url);
  await page.getByTestId('show-archive').click();
  const list = page.getByTestId('episode-list');
  await expect(list.getByRole('option').first()).toBeVisible({ timeout: 20_000 });
  const rendered = await list.getByRole('option').count();
  expect(rendered).toBeGreaterThan(5);
  expect(rendered).toBeLessThan(100); // virtualized: never 10,000 DOM rows

  await expect(page.getByTestId('show-archive')).toContainText('10,000');
  // Default order: by number, newest first.
  await expect(list.getByRole('option').first()).toContainText('Episode 10000:');
  await list.focus();
  await page.keyboard.press('End');
  await expect(list.getByRole('option').filter({ hasText: /Episode 1: local/ })).toBeVisible();
  await expect(list.getByRole('option').filter({ hasText: /Episode 10000:/ })).toHaveCount(0);
  await page.keyboard.press('Home');
  await expect(list.getByRole('option').filter({ hasText: /Episode 10000:/ })).toBeVisible();
  expect(await list.getByRole('option').count()).toBeLessThan(100);

  await page.getByTestId('search-input').fill('councillors 9999');
  await expect(page.getByTestId('search-results').getByRole('option').filter({ hasText: 'Episode 9999:' })).toBeVisible();
  await shot(page, '20-ten-thousand');
});

test('an MP3 dropped on the window becomes a new episode of the open show', async ({ page, host }) => {
  const library = Library.open(host.libraryDir);
  library.shows.create({ slug: 'raccords', title: { fr: 'Raccords', en: 'Raccords' } });
  library.close();
  const mp3 = await makeAudio(mkdtempSync(path.join(os.tmpdir(), 'balado-drop-')), { name: 'deposé.mp3', format: 'mp3', seconds: 2 });

  await page.goto(host.url);
  await page.getByTestId('show-raccords').click();
  const bytes = [...readFileSync(mp3)];
  const dataTransfer = await page.evaluateHandle((data) => {
    // Runs in the page; the Node-side type check has no DOM types, so name the one it needs.
    const { DataTransfer } = globalThis as unknown as { DataTransfer: new () => { items: { add(file: File): void } } };
    const transfer = new DataTransfer();
    transfer.items.add(new File([new Uint8Array(data)], 'deposé.mp3', { type: 'audio/mpeg' }));
    return transfer;
  }, bytes);
  await page.dispatchEvent('body', 'dragenter', { dataTransfer });
  await expect(page.getByTestId('drop-overlay')).toContainText('Raccords');
  await shot(page, '21-drop-overlay');
  await page.dispatchEvent('body', 'drop', { dataTransfer });
  await expect(page.getByTestId('drop-overlay')).toHaveCount(0);
  await expect(page.getByTestId('episode-page')).toBeVisible({ timeout: 20_000 });
  await expect(page.getByTestId('episode-list').getByRole('option')).toHaveCount(1);
  await expect(page.getByTestId('panel-audio').getByTestId('audio-facts')).toContainText('deposé.mp3');
});
