// Small helpers for the library specs: screenshots into test-results/screenshots/ and the
// steps several tests share (create a show at first run, open the sample show, open an episode by its title).
import { expect as baseExpect, type Page } from '@playwright/test';
import path from 'node:path';

/** Generous waits: the host shares the machine with other suites and can be slow to answer. */
export const expect = baseExpect.configure({ timeout: 15_000 });

const SHOTS = path.resolve(import.meta.dirname, '..', '..', 'test-results', 'screenshots');

export async function shot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: path.join(SHOTS, `${name}.png`) });
}

/** First run: opens the app and creates a show through its dialog; resolves on the show's home view. */
export async function createShowAtFirstRun(page: Page, url: string, title = { fr: 'Raccords', en: 'Raccords (EN)' }): Promise<void> {
  await page.goto(url);
  await page.getByTestId('first-run-create').click();
  const dialog = page.getByTestId('new-show-dialog');
  await dialog.getByTestId('field-new-show-title-fr').fill(title.fr);
  await dialog.getByTestId('field-new-show-title-en').fill(title.en);
  await dialog.getByTestId('new-show-create').click();
  await expect(page.getByTestId('home-view')).toBeVisible();
}

/** From the empty state: create the sample show and wait until its first episode is open. */
export async function openSample(page: Page): Promise<void> {
  await expect(page.getByTestId('first-run')).toBeVisible();
  await page.getByTestId('first-run-sample').click();
  await expect(page.getByTestId('episode-page')).toBeVisible({ timeout: 20_000 });
  await expect(page.getByTestId('episode-list').getByRole('option')).toHaveCount(3);
}

export function episodeRow(page: Page, title: string | RegExp) {
  return page.getByTestId('episode-list').getByRole('option').filter({ hasText: title });
}
