// The bilingual notes editor end to end, in French: shows and episodes seeded straight into the
// library file (as a script would; WAL lets the running host read them), everything else through
// the real UI against the real services: typing and autosave on both sides, staleness after a
// source edit and its word diff, minor edits, a translation-memory suggestion from another
// episode, a snippet edited in one episode showing in another, the keyboard, undo/redo, the
// status filter; then a realistic doc for screenshots in both themes.
import path from 'node:path';
import type { Page } from '@playwright/test';
import { Library } from '../../src/main/services/library/library';
import type { NoteRowInput } from '../../src/shared/notes/schemas';
import { test } from './fixtures';
import { episodeRow, expect, shot } from './ui';

test.use({ locale: 'fr-CA', timezoneId: 'America/Montreal' });

// Any uncaught error in the page fails the test, whatever it was doing.
let pageErrors: string[] = [];
test.beforeEach(({ page }) => {
  pageErrors = [];
  page.on('pageerror', (e) => pageErrors.push(e.message));
});
test.afterEach(() => {
  expect(pageErrors).toEqual([]);
});

interface SeedEpisode {
  number: number;
  title: string;
  rows?: NoteRowInput[];
}

/** A show "Raccords" with these episodes (and their rows); answers the episodes' ids in order. */
function seed(libraryDir: string, episodes: SeedEpisode[]): number[] {
  const library = Library.open(libraryDir);
  try {
    return library.transaction(() => {
      const show = library.shows.create({ slug: 'raccords', title: { fr: 'Raccords', en: 'Raccords' } });
      return episodes.map((e) => {
        const episode = library.episodes.create({ showId: show.id, number: e.number, title: { fr: e.title, en: `${e.title} (EN)` } });
        if (e.rows?.length) library.notes.insert({ episodeId: episode.id }, 0, e.rows);
        return episode.id;
      });
    });
  } finally {
    library.close();
  }
}

async function openNotes(page: Page, title: string): Promise<void> {
  await episodeRow(page, title).click();
  await page.getByTestId('tab-notes').click();
  await expect(page.getByTestId('notes-tab')).toBeVisible();
  await expect(page.getByTestId('notes-save-status')).toHaveAttribute('data-state', 'saved');
}

/** Every edit lands: the autosave (600 ms after the last key) has nothing left to send. */
async function saved(page: Page): Promise<void> {
  await expect(page.getByTestId('notes-save-status')).toHaveAttribute('data-state', 'saved');
}

const side = (page: Page, lang: 'fr' | 'en', i: number) => page.getByTestId(`note-${lang}-${i}`);
const pill = (page: Page, i: number) => page.getByTestId(`note-status-${i}`);
const rows = (page: Page) => page.locator('[data-testid^="note-row-"]');

test('typing on both sides: autosave, Tab, Ctrl+Enter, reload, UTF-8 bytes', async ({ page, host }) => {
  seed(host.libraryDir, [{ number: 1, title: 'Les étés de Montréal' }]);
  await page.goto(host.url);
  await openNotes(page, 'Les étés de Montréal');
  await expect(page.getByTestId('notes-empty')).toBeVisible();
  await page.getByTestId('notes-empty-add').click();

  await expect(side(page, 'fr', 0)).toBeFocused();
  await page.keyboard.type('Été à Montréal');
  await expect(pill(page, 0)).toHaveAttribute('data-state', 'untranslated');
  await page.keyboard.press('Tab');
  await expect(side(page, 'en', 0)).toBeFocused();
  await page.keyboard.type('Summer in Montreal');
  await expect(pill(page, 0)).toHaveAttribute('data-state', 'draft');
  await expect(pill(page, 0)).toHaveText(/Brouillon/);
  await page.keyboard.press('Control+Enter');
  await expect(pill(page, 0)).toHaveAttribute('data-state', 'translated');
  await expect(pill(page, 0)).toHaveText(/Traduit/);
  await saved(page);

  // <p>Été à Montréal</p>: 14 characters, but É, é (twice) and à take two bytes each: 3 + 18 + 4.
  const fr = page.getByTestId('notes-size-fr');
  await expect(fr).toHaveAttribute('data-bytes', '25');
  await expect(fr).toContainText(/25\s\/\s4\s000 octets/);
  await expect(fr).toContainText('14 car.');
  // <p>Summer in Montreal</p>: 18 characters, one byte each.
  await expect(page.getByTestId('notes-size-en')).toHaveAttribute('data-bytes', '25');
  await expect(page.getByTestId('notes-size-en')).toContainText('18 car.');
  await expect(page.getByTestId('notes-progress')).toHaveText('0/1 révisées');

  await page.reload();
  await expect(side(page, 'fr', 0)).toHaveValue('Été à Montréal');
  await expect(side(page, 'en', 0)).toHaveValue('Summer in Montreal');
  await expect(pill(page, 0)).toHaveAttribute('data-state', 'translated');
});

test('nothing typed is lost on a reload inside the autosave pause; the column order is remembered', async ({ page, host }) => {
  seed(host.libraryDir, [{ number: 1, title: 'Brouillons', rows: [{ fr: 'Bonjour à toutes et à tous.', en: '' }] }]);
  await page.goto(host.url);
  await openNotes(page, 'Brouillons');
  await side(page, 'en', 0).click();
  await page.keyboard.type('Hello everyone.');
  // Reloaded at once: the 600 ms pause has not passed, nothing was sent yet.
  await expect(page.getByTestId('notes-save-status')).toHaveAttribute('data-state', 'pending');
  await page.reload();
  await expect(side(page, 'en', 0)).toHaveValue('Hello everyone.');
  await saved(page);
  // Saved: the mirror is gone, so what the next load shows comes from the library.
  const stored = await page.evaluate(() => Object.keys((globalThis as unknown as { localStorage: object }).localStorage));
  expect(stored.filter((k) => k.startsWith('balado.notes-draft'))).toEqual([]);
  await page.reload();
  await expect(side(page, 'en', 0)).toHaveValue('Hello everyone.');
  await expect(pill(page, 0)).toHaveAttribute('data-state', 'draft');

  // The library cannot be reached: the save fails (and says so), the text survives a reload.
  await page.route('**/api/call/notes.updateSide', (route) => route.abort());
  await side(page, 'en', 0).fill('Hello everyone, welcome.');
  await expect(page.getByTestId('notes-save-status')).toHaveAttribute('data-state', 'error');
  await page.unroute('**/api/call/notes.updateSide');
  await page.reload();
  await expect(side(page, 'en', 0)).toHaveValue('Hello everyone, welcome.');
  await saved(page);
  await page.reload();
  await expect(side(page, 'en', 0)).toHaveValue('Hello everyone, welcome.');

  // English on the left, remembered; Tab still goes from the left side to the right one.
  await expect(page.getByTestId('notes-head-0')).toContainText('Français');
  await page.getByTestId('notes-swap').click();
  await expect(page.getByTestId('notes-head-0')).toContainText('Anglais');
  await expect(side(page, 'en', 0)).toHaveAttribute('data-column', '0');
  await expect(side(page, 'en', 0)).toHaveAttribute('lang', 'en');
  await expect(side(page, 'en', 0)).toHaveAttribute('spellcheck', 'true');
  await page.reload();
  await expect(page.getByTestId('notes-head-0')).toContainText('Anglais');
  await side(page, 'en', 0).click();
  await page.keyboard.press('Tab');
  await expect(side(page, 'fr', 0)).toBeFocused();
  await page.keyboard.press('Shift+Tab');
  await expect(side(page, 'en', 0)).toBeFocused();
  await shot(page, 'notes-01-english-left');
  await page.getByTestId('notes-swap').click();
});

test('a source edited after translation needs an update, with its word diff; still valid marks it translated', async ({ page, host }) => {
  seed(host.libraryDir, [{ number: 1, title: 'Laboratoires', rows: [
    { fr: 'Stéphane Vincent, initiateur du projet.', en: 'Stéphane Vincent, who started the project.' },
  ] }]);
  await page.goto(host.url);
  await openNotes(page, 'Laboratoires');
  await expect(pill(page, 0)).toHaveAttribute('data-state', 'translated');

  await side(page, 'fr', 0).fill('Stéphane Vincent, fondateur du projet.');
  // The pill follows the typing at once, before the autosave.
  await expect(pill(page, 0)).toHaveAttribute('data-state', 'needs_update');
  await expect(pill(page, 0)).toHaveText(/À mettre à jour/);
  const diff = page.getByTestId('note-diff-0');
  await expect(diff.locator('del')).toHaveText('initiateur');
  await expect(diff.locator('ins')).toHaveText('fondateur');
  await saved(page);
  await expect(page.getByTestId('notes-count-update')).toHaveText('1');
  await page.reload();
  await expect(pill(page, 0)).toHaveAttribute('data-state', 'needs_update');
  await expect(page.getByTestId('note-diff-0').locator('del')).toHaveText('initiateur');
  await shot(page, 'notes-02-needs-update');

  await page.getByTestId('note-diff-0-still-valid').click();
  await expect(pill(page, 0)).toHaveAttribute('data-state', 'translated');
  await expect(page.getByTestId('note-diff-0')).toHaveCount(0);
  await expect(page.getByTestId('notes-count-update')).toHaveText('0');

  // Undo makes it stale again, against the same old source (its diff comes back); redo does not.
  await page.getByTestId('notes-undo').click();
  await expect(pill(page, 0)).toHaveAttribute('data-state', 'needs_update');
  await expect(page.getByTestId('note-diff-0').locator('del')).toHaveText('initiateur');
  await expect(side(page, 'fr', 0)).toHaveValue('Stéphane Vincent, fondateur du projet.');
  await page.getByTestId('notes-redo').click();
  await expect(pill(page, 0)).toHaveAttribute('data-state', 'translated');
  await saved(page);
  await page.reload();
  await expect(pill(page, 0)).toHaveAttribute('data-state', 'translated');
});

test('a minor edit of the source keeps the translation current', async ({ page, host }) => {
  seed(host.libraryDir, [{ number: 1, title: 'Coquilles', rows: [
    { fr: 'Les laboratoire publics ont changé la donne.', en: 'Public labs changed the game.' },
  ] }]);
  await page.goto(host.url);
  await openNotes(page, 'Coquilles');
  await side(page, 'fr', 0).click();
  const minor = page.getByTestId('note-minor-0');
  await expect(minor).toHaveAttribute('aria-pressed', 'false');
  await minor.click();
  await expect(minor).toHaveAttribute('aria-pressed', 'true');
  await expect(side(page, 'fr', 0)).toBeFocused();
  await side(page, 'fr', 0).fill('Les laboratoires publics ont changé la donne.');
  await expect(pill(page, 0)).toHaveAttribute('data-state', 'translated');
  await page.keyboard.press('Tab');
  await saved(page);
  // The switch shows on the source being edited, and went off when it was left.
  await expect(minor).toHaveCount(0);
  await side(page, 'fr', 0).click();
  await expect(minor).toHaveAttribute('aria-pressed', 'false');
  await page.reload();
  await expect(side(page, 'fr', 0)).toHaveValue('Les laboratoires publics ont changé la donne.');
  await expect(pill(page, 0)).toHaveAttribute('data-state', 'translated');

  // The shortcut turns it on as well.
  await side(page, 'fr', 0).click();
  await page.keyboard.press('Alt+Shift+M');
  await expect(minor).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.press('Alt+Shift+M');
  await expect(minor).toHaveAttribute('aria-pressed', 'false');

  // The same kind of change without the switch makes the translation stale: the switch did it.
  await side(page, 'fr', 0).fill('Les laboratoires publics ont changé les règles.');
  await expect(pill(page, 0)).toHaveAttribute('data-state', 'needs_update');
  await saved(page);
});

test('a translation-memory suggestion from another episode, inserted with Alt+Enter', async ({ page, host }) => {
  seed(host.libraryDir, [
    { number: 1, title: 'Partenaires', rows: [
      { fr: 'Merci à nos partenaires du Fonds de la radio communautaire.', en: 'Thanks to our partners at the Community Radio Fund.' },
    ] },
    { number: 2, title: 'Nouvel épisode' },
  ]);
  await page.goto(host.url);
  await openNotes(page, 'Nouvel épisode');
  await page.getByTestId('notes-empty-add').click();
  await expect(side(page, 'fr', 0)).toBeFocused();
  await page.keyboard.type('Merci à tous nos partenaires du Fonds de la radio communautaire.');
  await page.keyboard.press('Tab');
  const suggestion = page.getByTestId('tm-suggestion-0');
  await expect(suggestion).toBeVisible();
  await expect(suggestion).toContainText('Thanks to our partners at the Community Radio Fund.');
  await expect(suggestion).toContainText(/ép\. 1/);
  const score = Number((await page.getByTestId('tm-score-0').innerText()).replace(/\D/g, ''));
  expect(score).toBeGreaterThanOrEqual(70);
  expect(score).toBeLessThan(100);
  await shot(page, 'notes-04-tm-suggestion');

  await page.keyboard.press('Alt+Enter');
  await expect(side(page, 'en', 0)).toHaveValue('Thanks to our partners at the Community Radio Fund.');
  await expect(side(page, 'en', 0)).toBeFocused();
  await saved(page);
  await page.reload();
  await expect(side(page, 'en', 0)).toHaveValue('Thanks to our partners at the Community Radio Fund.');
});

test('a snippet made in one episode, shown in another and edited there, changes in both', async ({ page, host }) => {
  seed(host.libraryDir, [
    { number: 1, title: 'Premier', rows: [
      { fr: 'Raccords est produit par Les Ondes de quartier.', en: 'Raccords is produced by Les Ondes de quartier.' },
      { fr: 'Bonne écoute !', en: 'Enjoy the show!' },
    ] },
    { number: 2, title: 'Second', rows: [{ fr: 'Un épisode sur la ville.', en: 'An episode about the city.' }] },
  ]);
  await page.goto(host.url);
  await openNotes(page, 'Premier');
  await page.getByTestId('note-select-0').click();
  await page.getByTestId('notes-make-snippet').click();
  const dialog = page.getByTestId('snippet-name-dialog');
  await expect(dialog).toBeVisible();
  await dialog.getByTestId('snippet-name-input').fill('Générique');
  await dialog.getByTestId('snippet-name-create').click();
  await expect(page.getByTestId('snippet-0-name')).toHaveText('Générique');
  await expect(page.getByTestId('snippet-0-fr-0')).toHaveText('Raccords est produit par Les Ondes de quartier.');

  await openNotes(page, 'Second');
  await side(page, 'fr', 0).click();
  await page.keyboard.press('Alt+Shift+E');
  const picker = page.getByTestId('snippet-picker');
  await expect(picker).toBeVisible();
  await picker.getByRole('option').filter({ hasText: 'Générique' }).click();
  await expect(page.getByTestId('snippet-1-name')).toHaveText('Générique');
  await expect(page.getByTestId('snippet-1-used-by')).toHaveText('affiché dans 2 épisodes');
  await page.getByTestId('snippet-1-edit').click();
  await page.getByTestId('snippet-1-fr-0').fill('Raccords est une production des Ondes de quartier.');
  await saved(page);
  await shot(page, 'notes-05-snippet-editing');

  await openNotes(page, 'Premier');
  await expect(page.getByTestId('snippet-0-fr-0')).toHaveText('Raccords est une production des Ondes de quartier.');
  // The French changed under an English translation: the snippet's row now needs an update everywhere.
  await expect(page.getByTestId('snippet-0-status-0')).toHaveAttribute('data-state', 'needs_update');
});

test('keyboard: rows, move, split, merge, undo/redo, Ctrl+Enter and the status filter', async ({ page, host }) => {
  seed(host.libraryDir, [{ number: 1, title: 'Clavier', rows: [
    { fr: 'Un.', en: 'One.' },
    { fr: 'Première phrase. Deuxième phrase.', en: 'First sentence. Second sentence.' },
    { fr: 'Trois.', en: '' },
  ] }]);
  await page.goto(host.url);
  await openNotes(page, 'Clavier');
  await expect(rows(page)).toHaveCount(3);
  await expect(page.getByTestId('notes-count-work')).toHaveText('1');

  // Alt+↓ / Alt+↑: same language, next / previous row (and not the next episode).
  await side(page, 'fr', 0).click();
  await page.keyboard.press('Alt+ArrowDown');
  await expect(side(page, 'fr', 1)).toBeFocused();
  await page.keyboard.press('Alt+ArrowUp');
  await expect(side(page, 'fr', 0)).toBeFocused();
  await expect(page.getByTestId('episode-title')).toHaveText('Clavier');

  // Alt+Shift+↓ moves the row, the caret stays in it; Ctrl+Z puts it back.
  await page.keyboard.press('Alt+Shift+ArrowDown');
  await expect(side(page, 'fr', 1)).toHaveValue('Un.');
  await expect(side(page, 'fr', 1)).toBeFocused();
  await page.keyboard.press('Control+z');
  await expect(side(page, 'fr', 0)).toHaveValue('Un.');
  await page.keyboard.press('Control+Shift+z');
  await expect(side(page, 'fr', 1)).toHaveValue('Un.');
  await page.keyboard.press('Control+z');
  await expect(side(page, 'fr', 0)).toHaveValue('Un.');

  // Split at the caret (after "Première phrase. "): the English splits at its matching sentence.
  const two = side(page, 'fr', 1);
  await two.click();
  await two.evaluate((el) => (el as unknown as { setSelectionRange(a: number, b: number): void }).setSelectionRange(17, 17));
  await page.keyboard.press('Alt+Shift+Enter');
  await expect(rows(page)).toHaveCount(4);
  await expect(side(page, 'fr', 1)).toHaveValue('Première phrase.');
  await expect(side(page, 'en', 1)).toHaveValue('First sentence.');
  await expect(side(page, 'fr', 2)).toHaveValue('Deuxième phrase.');
  await expect(side(page, 'en', 2)).toHaveValue('Second sentence.');
  await expect(side(page, 'fr', 2)).toBeFocused();
  await expect(pill(page, 2)).toHaveAttribute('data-state', 'translated');

  // Merge them back with Alt+Shift+Delete from the first half.
  await side(page, 'fr', 1).click();
  await page.keyboard.press('Alt+Shift+Delete');
  await expect(rows(page)).toHaveCount(3);
  await expect(side(page, 'fr', 1)).toHaveValue('Première phrase. Deuxième phrase.');
  await expect(side(page, 'en', 1)).toHaveValue('First sentence. Second sentence.');
  // Undo the merge (split again), redo it (merged again).
  await page.keyboard.press('Control+z');
  await expect(rows(page)).toHaveCount(4);
  await expect(side(page, 'fr', 2)).toHaveValue('Deuxième phrase.');
  await page.keyboard.press('Control+y');
  await expect(rows(page)).toHaveCount(3);
  await expect(side(page, 'en', 1)).toHaveValue('First sentence. Second sentence.');

  // Typing is undone per side in one step.
  await side(page, 'en', 0).click();
  await page.keyboard.press('End');
  await page.keyboard.type(' Two?');
  await expect(side(page, 'en', 0)).toHaveValue('One. Two?');
  await page.keyboard.press('Control+z');
  await expect(side(page, 'en', 0)).toHaveValue('One.');
  await saved(page);

  // The filter: only the row needing work; translating it with Ctrl+Enter empties the count.
  await page.getByTestId('notes-filter-work').click();
  await expect(rows(page)).toHaveCount(1);
  await expect(side(page, 'fr', 2)).toBeVisible();
  await side(page, 'fr', 2).click();
  await page.keyboard.press('Tab');
  await expect(side(page, 'en', 2)).toBeFocused();
  await page.keyboard.type('Three.');
  await page.keyboard.press('Control+Enter');
  await expect(pill(page, 2)).toHaveAttribute('data-state', 'translated');
  await expect(page.getByTestId('notes-count-work')).toHaveText('0');
  await saved(page);
  await page.getByTestId('notes-filter-all').click();
  await expect(rows(page)).toHaveCount(3);

  // Ctrl+Shift+Enter marks reviewed and goes to the next row.
  await side(page, 'en', 0).click();
  await page.keyboard.press('Control+Shift+Enter');
  await expect(pill(page, 0)).toHaveAttribute('data-state', 'reviewed');
  await expect(side(page, 'en', 1)).toBeFocused();
  await expect(page.getByTestId('notes-progress')).toHaveText('1/3 révisées');
  await page.keyboard.press('Control+z');
  await expect(pill(page, 0)).toHaveAttribute('data-state', 'translated');
  await expect(page.getByTestId('notes-progress')).toHaveText('0/3 révisées');
  await page.keyboard.press('Control+Shift+z');
  await expect(pill(page, 0)).toHaveAttribute('data-state', 'reviewed');
  await expect(page.getByTestId('notes-progress')).toHaveText('1/3 révisées');
  await expect(page.getByTestId(`notes-progress-${await episodeId(page)}`)).toHaveText('1/3');

  // Insert and delete rows from the keyboard (undo and redo left the caret on the row they changed);
  // undo brings a deleted row back with its status.
  await expect(side(page, 'fr', 0)).toBeFocused();
  await page.keyboard.press('Alt+Shift+N');
  await expect(rows(page)).toHaveCount(4);
  await expect(side(page, 'fr', 1)).toBeFocused();
  await expect(side(page, 'fr', 1)).toHaveValue('');
  await page.keyboard.press('Alt+Shift+Backspace');
  await expect(rows(page)).toHaveCount(3);
  await side(page, 'fr', 0).click();
  await page.keyboard.press('Alt+Shift+Backspace');
  await expect(rows(page)).toHaveCount(2);
  await page.keyboard.press('Control+z');
  await expect(rows(page)).toHaveCount(3);
  await expect(side(page, 'fr', 0)).toHaveValue('Un.');
  await expect(pill(page, 0)).toHaveAttribute('data-state', 'reviewed');
  await saved(page);
});

test('a 400-row doc opens and typing in it stays quick (rows are memoized)', async ({ page, host }) => {
  seed(host.libraryDir, [{ number: 1, title: 'Archive', rows: Array.from({ length: 400 }, (_, i) => ({
    fr: `Paragraphe ${i} : les administrations publiques ont-elles la capacité d’innover socialement ?`,
    en: i % 3 ? `Paragraph ${i}: do public administrations have the capacity to innovate socially?` : '',
  })) }]);
  await page.goto(host.url);
  await openNotes(page, 'Archive');
  await expect(page.getByTestId('note-row-399')).toBeAttached();
  await expect(page.getByTestId('notes-count-work')).toHaveText('134');
  // Far over Apple's 4000 bytes: the size says so, in red, with why in its tooltip.
  await expect(page.getByTestId('notes-size-fr')).toHaveClass(/\bover\b/);
  await expect(page.getByTestId('notes-size-fr')).toHaveAttribute('title', /limite de 4\s000 octets/);
  await page.getByTestId('notes-toolbar').screenshot({ path: path.resolve(import.meta.dirname, '..', '..', 'test-results', 'screenshots', 'notes-18-over-limit.png') });
  await side(page, 'en', 201).click();
  // The time the page spends handling one keystroke (React renders synchronously on input).
  const times = await side(page, 'en', 201).evaluate(async (element) => {
    // The Node project has no DOM types: the little used here, typed by hand.
    const el = element as unknown as { value: string; dispatchEvent(e: unknown): boolean };
    const frame = (globalThis as unknown as { requestAnimationFrame(cb: () => void): void }).requestAnimationFrame;
    const setValue = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(el), 'value')?.set;
    const out: number[] = [];
    for (let i = 0; i < 25; i++) {
      const start = performance.now();
      setValue?.call(el, `${el.value}x`);
      el.dispatchEvent(new Event('input', { bubbles: true }));
      out.push(performance.now() - start);
      await new Promise<void>((resolve) => frame(() => resolve()));
    }
    return out;
  });
  const median = [...times].sort((a, b) => a - b)[Math.floor(times.length / 2)] ?? Infinity;
  console.log(`400 rows: median ${median.toFixed(1)} ms per keystroke`);
  expect(median).toBeLessThan(30);
  await expect(side(page, 'en', 201)).toHaveValue(/x{25}$/);
  await saved(page);
});

/** The open episode's id, read from its row in the list. */
async function episodeId(page: Page): Promise<string> {
  const id = await page.getByTestId('episode-list').locator('[aria-selected="true"]').getAttribute('data-testid');
  return (id ?? '').replace('episode-row-', '');
}

test('a realistic bilingual doc in both themes', async ({ page, host }) => {
  const library = Library.open(host.libraryDir);
  library.transaction(() => {
    const show = library.shows.create({ slug: 'raccords', title: { fr: 'Raccords', en: 'Raccords' } });
    const other = library.episodes.create({ showId: show.id, number: 4, title: { fr: 'La ville en commun', en: 'The city in common' } });
    library.notes.insert({ episodeId: other.id }, 0, [
      { fr: 'Merci à nos partenaires du Fonds de la radio communautaire.', en: 'Thanks to our partners at the Community Radio Fund.' },
    ]);
    const episode = library.episodes.create({
      showId: show.id, number: 5, title: { fr: 'Reconnaître la capacité d’innover', en: 'Recognising the capacity to innovate' },
    });
    const snippet = library.snippets.create(show.id, 'Qu’est-ce que Raccords ?');
    library.notes.insert({ snippetId: snippet.id }, 0, [
      { fr: 'Raccords est le balado des **Ondes de quartier**, en français et en anglais.', en: 'Raccords is the **Ondes de quartier** podcast, in French and English.' },
    ]);
    const owner = { episodeId: episode.id };
    const inserted = library.notes.insert(owner, 0, [
      { kind: 'heading', fr: 'Les administrations publiques peuvent-elles innover ?', en: 'Can public administrations innovate?', status: { en: 'reviewed' } },
      { fr: 'Les administrations publiques ont-elles la capacité d’innover socialement ? Nous en parlons avec deux invités qui les connaissent de l’intérieur.',
        en: 'Do public administrations have the capacity to innovate socially? We talk about it with two guests who know them from the inside.', status: { en: 'reviewed' } },
      { fr: 'Stéphane Vincent, initiateur de la 27e Région, laboratoire de transformation publique.',
        en: 'Stéphane Vincent, who started La 27e Région, a public transformation lab.' },
      { kind: 'list_item', fr: 'Les laboratoires d’innovation publique en France', en: 'Public innovation labs in France', status: { en: 'reviewed' } },
      { kind: 'list_item', fr: 'Le rôle des designers dans les ministères', en: 'The role of designers in ministries' },
      { kind: 'list_item', fr: 'Ce que les citoyens y gagnent', en: 'What citizens get out of it', status: { en: 'draft' } },
      { fr: 'Merci à tous nos partenaires du Fonds de la radio communautaire.', en: '' },
      { kind: 'link', fr: 'Le site de la 27e Région : [la27eregion.fr](https://www.la27eregion.fr)', en: 'La 27e Région’s website: https://www.la27eregion.fr' },
      { fr: 'Musique : **Podington Bear**, licence *CC BY-NC*.', en: 'Music: **Podington Bear**, *CC BY-NC* licence.', status: { en: 'reviewed' } },
    ]);
    // The source of the third row changed after it was translated: it needs an update.
    library.notes.updateSide(inserted[2]!.id, 'fr', 'Stéphane Vincent, fondateur de la 27e Région, laboratoire de transformation publique.');
    library.notes.insertSnippet(episode.id, snippet.id, 9);
  });
  library.close();

  await page.goto(host.url);
  await openNotes(page, 'Reconnaître la capacité');
  await expect(rows(page)).toHaveCount(9);
  await expect(page.getByTestId('snippet-9-block')).toBeVisible();
  await expect(page.getByTestId('notes-warnings')).toBeVisible();
  await shot(page, 'notes-10-doc-light');

  await side(page, 'en', 6).click();
  await expect(page.getByTestId('tm-suggestion-0')).toBeVisible();
  await shot(page, 'notes-11-tm-light');

  await page.getByTestId('notes-preview-toggle').click();
  await expect(page.getByTestId('notes-preview-fr').locator('strong').first()).toBeVisible();
  await expect(page.getByTestId('notes-preview-en')).toContainText('Can public administrations innovate?');
  await shot(page, 'notes-12-preview-light');
  await page.getByTestId('notes-preview-source').click();
  await expect(page.getByTestId('notes-preview-fr').locator('pre')).toContainText('<p><strong>Les administrations publiques');
  await page.getByTestId('notes-preview-toggle').click();
  await expect(page.getByTestId('notes-preview')).toHaveCount(0);

  // Without the inspector (Ctrl+\\) the toolbar fits on two lines.
  await page.keyboard.press('Control+Backslash');
  await expect(page.getByTestId('inspector')).toHaveCount(0);
  await page.getByTestId('notes-tab').evaluate((el) => el.closest('.main')?.scrollTo(0, 0));
  await shot(page, 'notes-16-wide-light');
  await page.keyboard.press('Control+Backslash');

  await page.getByTestId('theme-switch').click(); // system -> light
  await page.getByTestId('theme-switch').click(); // light -> dark
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.getByTestId('notes-tab').evaluate((el) => el.closest('.main')?.scrollTo(0, 0));
  await side(page, 'fr', 2).click();
  await shot(page, 'notes-13-doc-dark');
  await page.getByTestId('note-menu-2').click();
  await shot(page, 'notes-14-menu-dark');
  await page.keyboard.press('Escape');
  await page.keyboard.press('Escape');
  await page.locator('body').press('?');
  await page.getByTestId('shortcuts-notes').scrollIntoViewIfNeeded();
  await expect(page.getByTestId('shortcuts-notes')).toContainText('Couper la ligne au curseur');
  await shot(page, 'notes-15-shortcuts-dark');
  await page.keyboard.press('Escape');

  await page.getByTestId('ui-lang-en').click();
  await expect(page.getByTestId('notes-filter-work')).toHaveText(/Needs work/);
  await expect(pill(page, 2)).toHaveText(/Needs update/);
  await expect(page.getByTestId('notes-size-fr')).toContainText(/830\s\/\s4,000 bytes/);
  await shot(page, 'notes-17-english-dark');
});
