// What `balado chapters` prints for people (the --json output is the result objects as they are),
// and the atomic write behind `chapters export --out`.

import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { AppError } from '../../../shared/api/errors.js';
import type { ChapterImportResult, ChapterList, UiLanguage } from '../../../shared/domain/types.js';
import { formatHuman } from '../../services/chapters/clock.js';
import { table } from '../output.js';

export function describeFindings(list: ChapterList, lang: UiLanguage): string[] {
  const label = { error: lang === 'fr' ? 'erreur' : 'error', warning: lang === 'fr' ? 'avertissement' : 'warning' };
  return list.findings.map((f) => `${label[f.severity]}: ${f.message[lang]}`);
}

export function describeChapters(list: ChapterList, lang: UiLanguage): string {
  if (list.chapters.length === 0) return 'No chapters.';
  const rows = list.chapters.map((c, i) => [
    i + 1, formatHuman(c.startMs), c.endMs === null ? '' : formatHuman(c.endMs), c.title.fr, c.title.en,
    c.url, c.hidden ? 'hidden' : '',
  ]);
  return [table(['#', 'START', 'END', 'TITLE (FR)', 'TITLE (EN)', 'URL', ''], rows), ...describeFindings(list, lang)].join('\n');
}

export function describeImport(result: ChapterImportResult, source: string, lang: UiLanguage): string {
  const head = result.mode === 'created'
    ? `Created ${result.imported} chapters (${result.lang}) from ${source} (${result.format}).`
    : `Matched ${result.matched} of ${result.imported} chapters from ${source} (${result.format}) and filled their ${result.lang} titles.`;
  const lines = [head];
  for (const c of result.unmatchedImported) lines.push(`  not matched, from the file: ${formatHuman(c.startMs)} ${c.title}`);
  for (const c of result.unmatchedExisting) {
    lines.push(`  not matched, already here: ${formatHuman(c.startMs)} ${c.title.fr || c.title.en}`);
  }
  return [...lines, ...describeFindings(result, lang)].join('\n');
}

/** Writes `text` to a temporary file beside `target`, then renames it over: never half a file. */
export async function writeAtomically(target: string, text: string): Promise<void> {
  const temp = path.join(path.dirname(target), `.${path.basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    await fs.writeFile(temp, text, { encoding: 'utf8', flag: 'wx' });
    await fs.rename(temp, target);
  } catch (error) {
    await fs.rm(temp, { force: true });
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') throw new AppError('file_missing', { path: path.dirname(target) });
    throw error;
  }
}
