// The waveform chapter editor end to end, in French: an MP3 made at test time (tone bursts with
// pauses) imported through the UI, a drawn waveform, chapters added with M at known times, titled
// in both languages, dragged (snapping to a pause), undone, persisted across a reload; a chapter
// file merged with its report; a JSON export downloaded. Then a 60-minute episode for screenshots.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import type { Page } from '@playwright/test';
import { makeAudio } from '../helpers/make-audio';
import { test } from './fixtures';
import { createShowAtFirstRun, expect, shot } from './ui';

test.use({ locale: 'fr-CA', timezoneId: 'America/Montreal' });

/** First run: a show made through the dialog, then `file` imported into it; resolves on the Audio tab. */
async function importEpisode(page: Page, url: string, file: string): Promise<void> {
  await createShowAtFirstRun(page, url);
  await page.getByTestId('import-input').setInputFiles(file);
  await expect(page.getByTestId('chapter-editor')).toBeVisible({ timeout: 30_000 });
}

/** The bit of a canvas read in the page (the Node project has no DOM types). */
interface CanvasLike {
  width: number;
  height: number;
  getContext(kind: '2d'): { getImageData(x: number, y: number, w: number, h: number): { data: ArrayLike<number> } } | null;
}

/** Lit pixels of a canvas (alpha > 0), read in the page. */
function litPixels(page: Page, selector: string): Promise<number> {
  return page.locator(selector).first().evaluate((element) => {
    const canvas = element as unknown as CanvasLike;
    const data = canvas.getContext('2d')?.getImageData(0, 0, canvas.width, canvas.height).data ?? [];
    let lit = 0;
    for (let i = 3; i < data.length; i += 4) if ((data[i] ?? 0) > 0) lit++;
    return lit;
  });
}

async function seekTo(page: Page, time: string): Promise<void> {
  const field = page.getByTestId('time-input');
  await field.click();
  await field.fill(time);
  await field.press('Enter');
  await field.press('Escape');
  await expect(page.getByTestId('wave-panel')).toBeFocused();
  await expect(field).toHaveValue(time);
}

const start = (page: Page, i: number) => page.getByTestId(`chapter-start-${i}`);
/** After an edit: the autosave goes pending (600 ms debounce), then lands. */
async function saved(page: Page): Promise<void> {
  const status = page.getByTestId('chapter-save-status');
  await expect(status).toHaveAttribute('data-state', /pending|saving/);
  await expect(status).toHaveAttribute('data-state', 'saved');
}

test('add with M at known times, title FR/EN, drag with snapping, undo, reload, import, export', async ({ page, host }) => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'balado-chapters-'));
  // Bursts at 0–13 s, 15–30 s, 32.5–45 s, 47–60 s; digital silence in between.
  const mp3 = await makeAudio(dir, {
    name: 'chapitres.mp3', format: 'mp3',
    pattern: [{ tone: 220, seconds: 13 }, { silence: 2 }, { tone: 330, seconds: 15 }, { silence: 2.5 }, { tone: 262, seconds: 12.5 }, { silence: 2 }, { tone: 392, seconds: 13 }],
    // ID3 chapters in the file: offered, never imported behind the producer's back.
    chapters: [{ startMs: 0, endMs: 30_000, title: 'Intro (ID3)' }, { startMs: 30_000, endMs: 60_000, title: 'Suite (ID3)' }],
  });
  await importEpisode(page, host.url, mp3);

  // The waveform is drawn from precomputed peaks: wavesurfer's canvases and the overview have ink.
  await expect(page.getByTestId('peaks-progress')).toHaveCount(0, { timeout: 30_000 });
  await expect(page.getByTestId('waveform').locator('canvas').first()).toBeAttached();
  await expect.poll(() => litPixels(page, '[data-testid="waveform"] canvas'), { timeout: 15_000 }).toBeGreaterThan(2000);
  await expect.poll(() => litPixels(page, '[data-testid="waveform-overview"]')).toBeGreaterThan(2000);
  await expect(page.getByTestId('chapters-empty')).toBeVisible();
  await shot(page, 'chapters-01-imported');

  // Two chapters with M: at the start and at 0:00:20.000 typed into the player's time field.
  await page.getByTestId('wave-panel').focus();
  await page.keyboard.press('Home');
  await page.keyboard.press('m');
  await expect(start(page, 0)).toHaveValue('0:00:00.000');
  await seekTo(page, '0:00:20.000');
  await page.keyboard.press('m');
  await expect(start(page, 1)).toHaveValue('0:00:20.000');
  await expect(page.getByTestId('chapter-title-en-1')).toHaveAttribute('placeholder', '— manquant —');
  await expect(page.getByTestId('chapter-problems-1')).toContainText('pas de titre');

  await page.getByTestId('chapter-title-fr-0').fill('Ouverture');
  await page.getByTestId('chapter-title-en-0').fill('Opening');
  await page.getByTestId('chapter-title-fr-1').fill('Les laboratoires publics');
  await page.getByTestId('chapter-title-en-1').fill('Public labs');
  await saved(page);
  await expect(page.getByTestId('chapter-problems-1')).toHaveCount(0);
  await expect(page.getByTestId('chapter-flag-1')).toContainText('Les laboratoires publics');
  await shot(page, 'chapters-02-titled');

  // Drag the 0:20 marker left onto the pause that ends at 0:15: it snaps half a second before speech.
  const handle = page.getByTestId('chapter-flag-1').locator('.flag-handle');
  const box = (await handle.boundingBox())!;
  const pxPerSec = (await page.getByTestId('waveform').boundingBox())!.width / 60;
  await page.mouse.move(box.x + 4, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + 4 - 2.8 * pxPerSec, box.y + box.height / 2, { steps: 8 });
  await page.mouse.move(box.x + 4 - 5.4 * pxPerSec, box.y + box.height / 2, { steps: 8 });
  await expect(page.getByTestId('pause-tick-lit')).toHaveCount(1);
  await expect(page.getByTestId('drag-time')).toHaveText(/^0:00:14\.[3-7]\d\d$/);
  await shot(page, 'chapters-03-dragging-snapped');
  await page.mouse.up();
  await expect(start(page, 1)).toHaveValue(/^0:00:14\.[3-7]\d\d$/);
  await expect(page.getByTestId('wave-panel')).toBeFocused();

  await page.keyboard.press('Control+z');
  await expect(start(page, 1)).toHaveValue('0:00:20.000');
  await page.keyboard.press('Control+Shift+z');
  await expect(start(page, 1)).toHaveValue(/^0:00:14\./);
  await page.keyboard.press('Control+z');
  await expect(start(page, 1)).toHaveValue('0:00:20.000');

  // Nudges (one undo step for a run of them), previous/next chapter, play and pause.
  await expect(page.getByTestId('chapter-row-1')).toHaveClass(/selected/);
  await page.keyboard.press('.');
  await page.keyboard.press('.');
  await expect(start(page, 1)).toHaveValue('0:00:20.200');
  await page.keyboard.press('Shift+Comma');
  await expect(start(page, 1)).toHaveValue('0:00:20.190');
  await page.keyboard.press('Control+z');
  await expect(start(page, 1)).toHaveValue('0:00:20.000');

  // A start is typed (a decimal comma works); Escape drops a half-typed one and gives the keys back.
  await start(page, 1).fill('0:00:20,250');
  await start(page, 1).press('Enter');
  await expect(start(page, 1)).toHaveValue('0:00:20.250');
  await start(page, 1).fill('0:00:3');
  await start(page, 1).press('Escape');
  await expect(page.getByTestId('wave-panel')).toBeFocused();
  await expect(start(page, 1)).toHaveValue('0:00:20.250');
  await page.keyboard.press('Control+z');
  await expect(start(page, 1)).toHaveValue('0:00:20.000');
  await page.keyboard.press('[');
  await expect(page.getByTestId('chapter-row-0')).toHaveClass(/selected/);
  await expect(page.getByTestId('time-input')).toHaveValue('0:00:00.000');
  await page.keyboard.press(']');
  await expect(page.getByTestId('chapter-row-1')).toHaveClass(/selected/);
  await expect(page.getByTestId('time-input')).toHaveValue('0:00:20.000');
  await page.keyboard.press('Space');
  await expect(page.getByTestId('play-pause')).toHaveAttribute('aria-label', /Pause/);
  await expect(page.getByTestId('time-input')).not.toHaveValue('0:00:20.000');
  await page.keyboard.press('Space');
  await expect(page.getByTestId('play-pause')).toHaveAttribute('aria-label', /Lecture/);
  await expect(page.getByTestId('chapter-save-status')).toHaveAttribute('data-state', 'saved');

  await page.reload();
  await expect(page.getByTestId('chapter-editor')).toBeVisible({ timeout: 20_000 });
  await expect(start(page, 1)).toHaveValue('0:00:20.000');
  await expect(page.getByTestId('chapter-title-fr-1')).toHaveValue('Les laboratoires publics');
  await expect(page.getByTestId('chapter-title-en-1')).toHaveValue('Public labs');
  await expect(page.getByTestId('chapter-title-en-0')).toHaveValue('Opening');

  // Reloading inside the autosave's debounce loses nothing either: the unsaved list is kept locally.
  await page.getByTestId('chapter-title-fr-0').fill('Ouverture du débat');
  await page.reload();
  await expect(page.getByTestId('chapter-title-fr-0')).toHaveValue('Ouverture du débat', { timeout: 20_000 });
  await expect(page.getByTestId('chapter-save-status')).toHaveAttribute('data-state', 'saved');
  await page.getByTestId('chapter-title-fr-0').fill('Ouverture');
  await saved(page);

  // An mp4chaps file with English titles: two match by time, one does not and is reported.
  const chaps = path.join(dir, 'chapitres-en.chapters.txt');
  writeFileSync(chaps, '00:00:00.000 Welcome\n00:00:20.000 Public labs and experiments\n00:00:47.000 Unplanned extra\n', 'utf8');
  await page.getByTestId('chapter-io-toggle').click();
  await page.getByTestId('chapter-import-lang').selectOption('en');
  await page.getByTestId('chapter-import-input').setInputFiles(chaps);
  const report = page.getByTestId('import-report');
  await expect(report).toBeVisible();
  await expect(report.getByTestId('import-imported')).toHaveText('3');
  await expect(report.getByTestId('import-matched')).toHaveText('2');
  await expect(report.getByTestId('import-unmatched-imported')).toHaveText('1');
  await expect(report).toContainText('Unplanned extra');
  await expect(page.getByTestId('chapter-title-en-1')).toHaveValue('Public labs and experiments');
  await expect(page.getByTestId('chapter-title-fr-1')).toHaveValue('Les laboratoires publics');
  await shot(page, 'chapters-04-import-report');

  // Export Podcasting 2.0 JSON in French and read the download.
  await page.getByTestId('chapter-export-format').selectOption('json');
  await page.getByTestId('chapter-export-lang').selectOption('fr');
  const download = page.waitForEvent('download');
  await page.getByTestId('chapter-export').click();
  const file = await (await download).path();
  const json = JSON.parse(readFileSync(file, 'utf8')) as { chapters: Array<{ startTime: number; title: string }> };
  expect(json.chapters.map((c) => [c.startTime, c.title])).toEqual([[0, 'Ouverture'], [20, 'Les laboratoires publics']]);

  // The MP3's own ID3 chapters, as English titles: 0:00 matches, 0:30 has no chapter near it.
  await page.getByTestId('chapter-import-lang').selectOption('en');
  await page.getByTestId('chapter-import-embedded').click();
  await expect(report).toContainText('chapitres du fichier audio');
  await expect(report.getByTestId('import-imported')).toHaveText('2');
  await expect(report.getByTestId('import-unmatched-imported')).toHaveText('1');
  await expect(page.getByTestId('chapter-title-en-0')).toHaveValue('Intro (ID3)');
  // An import is one undo step like any edit, and the undone list is saved back.
  await page.keyboard.press('Control+z');
  await expect(page.getByTestId('chapter-title-en-0')).toHaveValue('Welcome');
  await saved(page);
});

/** "0:01:23.500" → 83.5 */
const secondsOf = (clock: string | null) => (clock ?? '').split(':').reduce((total, part) => total * 60 + Number(part), 0);

test('a marker dragged past the edge of a zoomed view scrolls it and follows; snapping holds; Escape cancels', async ({ page, host }) => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'balado-scroll-'));
  // Three minutes of 10 s tones and 2 s pauses: a suggested boundary at 11.5 s, 23.5 s, 35.5 s…
  const pattern = Array.from({ length: 15 }, () => [{ tone: 330, seconds: 10 }, { silence: 2 }]).flat();
  await importEpisode(page, host.url, await makeAudio(dir, { name: 'defilement.mp3', format: 'mp3', pattern }));
  await expect(page.getByTestId('peaks-progress')).toHaveCount(0, { timeout: 30_000 });
  await page.getByTestId('wave-panel').focus();
  await page.keyboard.press('Home');
  await page.keyboard.press('m');
  await seekTo(page, '0:00:20.000');
  await page.keyboard.press('m');
  await expect(start(page, 1)).toHaveValue('0:00:20.000');
  await saved(page);

  // Zoomed in around the playhead (0:20) to about 25 s on screen.
  const wave = (await page.getByTestId('waveform').boundingBox())!;
  const zoomLevel = async () => Number((await page.getByTestId('zoom-level').textContent())?.replace(/[^\d,.]/g, '').replace(',', '.'));
  for (let i = 0; i < 12 && (await zoomLevel()) < wave.width / 25; i++) await page.keyboard.press('+');
  const pxPerSec = await zoomLevel();
  expect(wave.width / pxPerSec).toBeLessThan(30);
  await page.waitForTimeout(300);
  const flag = page.getByTestId('chapter-flag-1');
  /** Seconds at the view's left edge, from where a marker at `seconds` is drawn. */
  const leftEdge = async (seconds: number) => seconds - ((await flag.boundingBox())!.x - wave.x) / pxPerSec;
  const visibleEnd = (await leftEdge(20)) + wave.width / pxPerSec;
  expect(visibleEnd).toBeLessThan(45);

  // Held 30 px past the right edge, the view runs on and the marker with it, well beyond what was visible.
  const handle = flag.locator('.flag-handle');
  const box = (await handle.boundingBox())!;
  const y = box.y + box.height / 2;
  await page.mouse.move(box.x + 4, y);
  await page.mouse.down();
  await page.mouse.move(wave.x + wave.width + 30, y, { steps: 10 });
  const dragTime = page.getByTestId('drag-time');
  await expect.poll(async () => secondsOf(await dragTime.textContent()), { timeout: 10_000 }).toBeGreaterThan(visibleEnd + 30);
  await shot(page, 'chapters-autoscroll-01-past-the-edge');

  // Back inside, the scrolling stops and the marker snaps to the next pause as usual.
  await page.mouse.move(wave.x + wave.width * 0.4, y, { steps: 5 });
  await page.waitForTimeout(200);
  const here = secondsOf(await dragTime.textContent());
  const pause = Math.round((here - 11.5) / 12) * 12 + 11.5;
  const markerX = (await flag.boundingBox())!.x;
  await page.mouse.move(markerX + (pause - here) * pxPerSec + 3, y, { steps: 4 });
  await expect(page.getByTestId('pause-tick-lit')).toHaveCount(1);
  const snapped = secondsOf(await dragTime.textContent());
  expect(Math.abs(snapped - pause)).toBeLessThan(0.15);
  await shot(page, 'chapters-autoscroll-02-snapped-after-scrolling');
  await page.mouse.up();
  await expect.poll(async () => secondsOf(await start(page, 1).inputValue())).toBe(snapped);
  await saved(page);
  // The view scrolled: its left edge is now past everything that was on screen before the drag.
  expect(await leftEdge(snapped)).toBeGreaterThan(visibleEnd);

  // Escape while the view runs: the drag is dropped, the chapter stays, nothing is saved.
  await page.getByTestId('theme-switch').click();
  await page.getByTestId('theme-switch').click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  const again = (await handle.boundingBox())!;
  await page.mouse.move(again.x + 4, again.y + again.height / 2);
  await page.mouse.down();
  await page.mouse.move(wave.x + wave.width + 30, again.y + again.height / 2, { steps: 10 });
  await expect.poll(async () => secondsOf(await dragTime.textContent()), { timeout: 10_000 }).toBeGreaterThan(snapped + 20);
  await shot(page, 'chapters-autoscroll-03-dark-before-escape');
  await page.keyboard.press('Escape');
  await expect(dragTime).toHaveCount(0);
  await page.mouse.up();
  await expect.poll(async () => secondsOf(await start(page, 1).inputValue())).toBe(snapped);
  await page.waitForTimeout(900);
  await expect(page.getByTestId('chapter-save-status')).toHaveAttribute('data-state', 'saved');
});

const run = promisify(execFile);
/** Chapter starts of the 60-minute episode, seconds; a 2.5 s pause ends at each (but the first). */
const STARTS = [0, 312, 745, 1190, 1630, 2105, 2590, 3120];
const TITLES_FR = ['Ouverture', 'Les élus et la démocratie locale', 'Reconnaître la capacité d’innover', 'Les laboratoires publics',
  'Portrait : une ville en transition', 'Ce que disent les chiffres', 'Questions du public', 'Conclusion et remerciements'];
const TITLES_EN = ['Opening', 'Elected officials and local democracy', 'Recognising the capacity to innovate', 'Public labs',
  'Portrait: a city in transition', '', 'Audience questions', 'Closing and thanks'];

/** One hour of speech-like audio (pink noise shaped into syllables and phrases) with pauses, 64 kb/s mono. */
async function makeLongEpisode(dir: string): Promise<string> {
  const out = path.join(dir, 'raccords-ep12-60min.mp3');
  const pauses = STARTS.slice(1).map((s) => `between(t,${s - 2.5},${s})`).join('+');
  const envelope = '(0.3+0.7*abs(sin(2*PI*t*2.7))*(0.55+0.45*sin(2*PI*t*0.21)))*if(gt(mod(t,13),12.55),0.08,1)';
  await run('ffmpeg', ['-nostdin', '-hide_banner', '-loglevel', 'error', '-y', '-f', 'lavfi', '-i', 'anoisesrc=c=pink:r=22050:a=0.6:d=3600',
    '-af', `volume='if(${pauses},0,${envelope})':eval=frame,lowpass=f=3800`, '-ac', '1', '-c:a', 'libmp3lame', '-b:a', '64k', out]);
  return out;
}

const clock = (s: number) => `${String(Math.floor(s / 3600)).padStart(2, '0')}:${String(Math.floor((s % 3600) / 60)).padStart(2, '0')}:${String(s % 60).padStart(2, '0')}.000`;

test('screenshots: a 60-minute episode with chapters in both languages', async ({ page, host }) => {
  test.setTimeout(240_000);
  const dir = mkdtempSync(path.join(os.tmpdir(), 'balado-long-'));
  const mp3 = await makeLongEpisode(dir);
  await importEpisode(page, host.url, mp3);
  await shot(page, 'chapters-60min-00-opening');
  await expect(page.getByTestId('peaks-progress')).toHaveCount(0, { timeout: 120_000 });
  await expect(page.getByTestId('loudness')).toBeVisible();

  // French chapters from an mp4chaps file, English titles merged from Audacity labels written by a
  // French-locale Audacity (decimal commas); one English title left out on purpose.
  const fr = path.join(dir, 'chapitres.txt');
  writeFileSync(fr, STARTS.map((s, i) => `${clock(s)} ${TITLES_FR[i]}`).join('\n'), 'utf8');
  const en = path.join(dir, 'labels-en.txt');
  writeFileSync(en, STARTS.flatMap((s, i) => (TITLES_EN[i] ? [`${s},000000\t${s},000000\t${TITLES_EN[i]}`] : [])).join('\n'), 'utf8');
  await page.getByTestId('chapter-io-toggle').click();
  await page.getByTestId('chapter-import-lang').selectOption('fr');
  await page.getByTestId('chapter-import-input').setInputFiles(fr);
  await expect(page.getByTestId('import-report')).toBeVisible();
  await page.getByTestId('chapter-import-lang').selectOption('en');
  await page.getByTestId('chapter-import-input').setInputFiles(en);
  await expect(page.getByTestId('import-matched')).toHaveText('7');
  await expect(page.locator('[data-testid^="chapter-row-"]')).toHaveCount(8);
  await page.getByTestId('import-report-close').click();
  await page.getByTestId('chapter-io-toggle').click();

  await page.getByTestId('chapter-seek-3').click();
  await page.getByTestId('chapter-url-3').fill('https://example.org/labos');
  await saved(page);
  await expect(page.getByTestId('chapter-problems-5')).toContainText('pas de titre en anglais');
  await expect(page.getByTestId('chapter-title-en-5')).toHaveAttribute('placeholder', '— manquant —');
  await page.getByTestId('wave-panel').focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await shot(page, 'chapters-60min-01-whole-episode');

  // Zoom in around chapter 4 (the playhead is on it): pauses show as ticks, the window in the overview.
  for (let i = 0; i < 4; i++) await page.keyboard.press('+');
  await expect(page.getByTestId('zoom-level')).not.toHaveText(/^0/);
  await page.waitForTimeout(600);
  await shot(page, 'chapters-60min-02-zoomed');

  // Down to ≥ 500 px/s: full-resolution peaks fetched for the visible stretch only.
  const zoomLevel = async () => Number((await page.getByTestId('zoom-level').textContent())?.replace(/[^\d,.]/g, '').replace(',', '.'));
  for (let i = 0; i < 16 && (await zoomLevel()) < 500; i++) await page.keyboard.press('+');
  expect(await zoomLevel()).toBeGreaterThanOrEqual(500);
  await expect.poll(() => litPixels(page, '[data-testid="waveform"] canvas'), { timeout: 15_000 }).toBeGreaterThan(2000);
  await page.waitForTimeout(800);
  await shot(page, 'chapters-60min-03-500px-per-second');
  await page.getByTestId('zoom-fit').click();

  await page.getByTestId('ui-lang-en').click();
  await page.getByTestId('theme-switch').click();
  await page.getByTestId('theme-switch').click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(page.getByTestId('chapter-problems-5')).toContainText('no English title');
  await expect(page.getByTestId('chapter-title-en-5')).toHaveAttribute('placeholder', '— missing —');
  await page.getByTestId('chapter-seek-5').click();
  await page.getByTestId('wave-panel').focus();
  for (let i = 0; i < 3; i++) await page.keyboard.press('+');
  await page.waitForTimeout(600);
  await shot(page, 'chapters-60min-04-dark-english');

  await page.keyboard.press('?');
  await expect(page.getByTestId('shortcuts-editor')).toContainText('Add a chapter at the playhead');
  await shot(page, 'chapters-60min-05-shortcuts');
});
