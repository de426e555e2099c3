// `balado chapters list|import|export|add`: the chapter services on the command line. A chapter
// file that cannot be read exits 1 naming its line, and changes nothing.

import fs from 'node:fs/promises';
import path from 'node:path';
import { AppError } from '../../../shared/api/errors.js';
import { CHAPTER_FORMATS, UI_LANGUAGES, type UiLanguage } from '../../../shared/domain/types.js';
import { listChapters, defaultChapterLanguage } from '../../services/chapters/chapter-list.js';
import { formatHuman, parseClock } from '../../services/chapters/clock.js';
import { exportChapterText } from '../../services/chapters/export-chapters.js';
import { importChapterText } from '../../services/chapters/import-chapters.js';
import type { CliContext } from '../context.js';
import { oneOf, parseCommand } from '../options.js';
import { UsageError } from '../usage-error.js';
import { describeChapters, describeImport, writeAtomically } from './chapters-print.js';

/** Seconds (`12.5`, `12,5`) or a clock (`1:02:03.5`), as typed after --at or --tolerance. */
function timeOption(name: string, value: string): number {
  const ms = parseClock(value, { comma: true });
  if (ms === null) throw new UsageError(`--${name} must be seconds (e.g. 75.5) or h:mm:ss, got "${value}"`);
  return ms;
}

async function readChapterFile(file: string): Promise<string> {
  try {
    return await fs.readFile(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'EISDIR' || code === 'ENOTDIR') throw new AppError('file_missing', { path: file });
    throw error;
  }
}

export async function chaptersCommand(ctx: CliContext, argv: string[]): Promise<void> {
  const [sub, ...rest] = argv;
  const { library, out } = ctx;
  const episodeOf = (ref: string | undefined) => library.episodes.get(library.episodes.resolveRef(ref ?? ''));
  const langOf = (value: string | undefined, fallback: UiLanguage) => oneOf('lang', value, UI_LANGUAGES) ?? fallback;
  switch (sub) {
    case 'list': {
      const { positionals } = parseCommand(rest, {}, { min: 1, max: 1, names: 'REF' });
      const list = listChapters(library, episodeOf(positionals[0]).id);
      out.result(list, () => describeChapters(list, ctx.lang));
      return;
    }
    case 'import': {
      const options = { format: { type: 'string' }, lang: { type: 'string' }, tolerance: { type: 'string' } } as const;
      const { values: v, positionals } = parseCommand(rest, options, { min: 2, max: 2, names: 'REF and FILE' });
      const format = oneOf('format', v.format, ['auto', ...CHAPTER_FORMATS] as const) ?? 'auto';
      const toleranceMs = v.tolerance === undefined ? undefined : timeOption('tolerance', v.tolerance);
      const episode = episodeOf(positionals[0]);
      const lang = langOf(v.lang, defaultChapterLanguage(episode));
      const file = path.resolve(positionals[1] as string);
      const text = await readChapterFile(file);
      const result = importChapterText(library, { episodeId: episode.id, text, format, lang, fileName: path.basename(file), toleranceMs });
      out.result(result, () => describeImport(result, path.basename(file), ctx.lang));
      return;
    }
    case 'export': {
      const options = { format: { type: 'string' }, lang: { type: 'string' }, out: { type: 'string' } } as const;
      const { values: v, positionals } = parseCommand(rest, options, { min: 1, max: 1, names: 'REF' });
      const format = oneOf('format', v.format, CHAPTER_FORMATS);
      if (!format) throw new UsageError(`chapters export needs --format (${CHAPTER_FORMATS.join(', ')})`);
      const episode = episodeOf(positionals[0]);
      const lang = langOf(v.lang, defaultChapterLanguage(episode));
      const exported = exportChapterText(library, { episodeId: episode.id, format, lang });
      if (v.out === undefined) {
        if (out.json) out.result(exported, () => exported.text);
        else process.stdout.write(exported.text);
        return;
      }
      const target = path.resolve(v.out);
      await writeAtomically(target, exported.text);
      const written = { path: target, fileName: exported.fileName, mime: exported.mime, format, lang };
      out.result(written, () => `Wrote ${format} chapters (${lang}) to ${target}`);
      return;
    }
    case 'add': {
      const options = { at: { type: 'string' }, 'title-fr': { type: 'string' }, 'title-en': { type: 'string' } } as const;
      const { values: v, positionals } = parseCommand(rest, options, { min: 1, max: 1, names: 'REF' });
      if (v.at === undefined) throw new UsageError('chapters add needs --at SECONDS');
      if (v['title-fr'] === undefined && v['title-en'] === undefined) throw new UsageError('chapters add needs --title-fr T (and/or --title-en T)');
      const startMs = timeOption('at', v.at);
      const episode = episodeOf(positionals[0]);
      const chapter = library.chapters.add(episode.id, { startMs, title: { fr: v['title-fr'] ?? '', en: v['title-en'] ?? '' } });
      out.result(chapter, () => `Added chapter ${formatHuman(chapter.startMs)} ${chapter.title.fr || chapter.title.en} to episode ${episode.id}.`);
      return;
    }
    default:
      throw new UsageError(sub ? `unknown chapters command: ${sub}` : 'chapters needs a command: list, import, export or add');
  }
}
