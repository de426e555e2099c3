// `balado notes align|import|list|export|export-xliff|import-xliff`: the show-notes services on
// the command line. `align` only reads files (no library); `import` aligns and stores the proposal.

import fs from 'node:fs/promises';
import path from 'node:path';
import { AppError } from '../../../shared/api/errors.js';
import { NOTE_FORMATS, type AlignmentProposal, type NotesDoc, type XliffImportReport } from '../../../shared/notes/types.js';
import { UI_LANGUAGES } from '../../../shared/domain/types.js';
import { alignNotes } from '../../services/notes/align.js';
import { commitAlignment, getNotes } from '../../services/notes/notes-calls.js';
import { renderNotes } from '../../services/notes/notes-output.js';
import { unreadableProblem } from '../../services/notes/readable-text.js';
import { episodeSource, exportXliff } from '../../services/notes/xliff-export.js';
import { importXliff } from '../../services/notes/xliff-import.js';
import type { CliContext } from '../context.js';
import { oneOf, parseCommand } from '../options.js';
import type { Output } from '../output.js';
import { table } from '../output.js';
import { UsageError } from '../usage-error.js';
import { writeAtomically } from './chapters-print.js';

/** A text file as UTF-8; missing → file_missing, empty or binary → notes_text_unreadable naming it. */
export async function readTextFile(file: string, check = true): Promise<string> {
  let text: string;
  try {
    text = await fs.readFile(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'EISDIR' || code === 'ENOTDIR') throw new AppError('file_missing', { path: file });
    throw error;
  }
  const problem = check ? unreadableProblem(text) : null;
  if (problem) throw new AppError('notes_text_unreadable', { file: path.basename(file), problem: problem.en, problemFr: problem.fr });
  return text;
}

const short = (text: string | null, width = 48) => {
  if (text === null) return '—';
  const line = text.replace(/\s+/g, ' ');
  return line.length > width ? `${line.slice(0, width - 1)}…` : line;
};

/** FILE, or --fr FILE --en FILE: the input of `align` and `import`. */
async function alignInput(positionals: string[], values: { fr?: string; en?: string }): Promise<{ text: string } | { fr: string; en: string }> {
  if (values.fr !== undefined || values.en !== undefined) {
    if (values.fr === undefined || values.en === undefined) throw new UsageError('--fr and --en go together (one file per language)');
    if (positionals.length > 0) throw new UsageError('give either one mixed FILE or --fr FILE --en FILE, not both');
    return { fr: await readTextFile(path.resolve(values.fr)), en: await readTextFile(path.resolve(values.en)) };
  }
  const file = positionals[0];
  if (file === undefined) throw new UsageError('missing FILE (or --fr FILE --en FILE)');
  return { text: await readTextFile(path.resolve(file)) };
}

function describeProposal(proposal: AlignmentProposal): string {
  const rows = proposal.rows.map((r, i) => [i + 1, r.confidence.toFixed(2), r.kind, short(r.fr, 40), short(r.en, 40)]);
  return table(['#', 'CONF', 'KIND', 'FR', 'EN'], rows);
}

/** `notes align`: prints the proposal; needs no library. */
export async function notesAlignCommand(out: Output, argv: string[]): Promise<void> {
  const options = { fr: { type: 'string' }, en: { type: 'string' }, lang: { type: 'string' } } as const;
  const { values: v, positionals } = parseCommand(argv, options, { min: 0, max: 1, names: 'FILE' });
  const input = await alignInput(positionals, v);
  const fallback = oneOf('lang', v.lang, UI_LANGUAGES) ?? 'fr';
  const proposal = alignNotes(input, fallback);
  const rows = proposal.rows.map((r) => ({ fr: r.fr, en: r.en, confidence: r.confidence }));
  out.result({ rows }, () => describeProposal(proposal));
}

function describeDoc(doc: NotesDoc): string {
  if (doc.rows.length === 0) return 'No notes.';
  const rows = doc.rows.map((r, i) => (r.type === 'snippet'
    ? [i + 1, 'snippet', '', '', `snippet ${r.snippetId}`, '']
    : [i + 1, r.kind, r.source, r.state, short(r.fr.text, 36), short(r.en.text, 36)]));
  const { reviewed, total } = doc.progress;
  const size = `FR ${doc.size.fr.bytes} / ${doc.size.fr.limit} bytes · EN ${doc.size.en.bytes} / ${doc.size.en.limit} bytes`;
  return [table(['#', 'KIND', 'SRC', 'STATE', 'FR', 'EN'], rows), `${reviewed} of ${total} rows reviewed · ${size}`].join('\n');
}

function describeXliff(report: XliffImportReport): string {
  const lines = [`Updated ${report.updated} of ${report.units} units; ${report.unchanged} unchanged; ${report.unmatched.length} not matched.`];
  for (const u of report.unmatched) lines.push(`  not matched: ${u.id} (${u.problem}: ${u.detail})`);
  return lines.join('\n');
}

async function writeOrPrint(out: Output, file: string | undefined, text: string, described: Record<string, unknown>): Promise<void> {
  if (file === undefined) {
    if (out.json) out.result({ ...described, text }, () => text);
    else process.stdout.write(text.endsWith('\n') ? text : `${text}\n`);
    return;
  }
  const target = path.resolve(file);
  await writeAtomically(target, text);
  out.result({ path: target, ...described }, () => `Wrote ${target}`);
}

export async function notesCommand(ctx: CliContext, argv: string[]): Promise<void> {
  const [sub, ...rest] = argv;
  const { library, out } = ctx;
  const episodeOf = (ref: string | undefined) => library.episodes.get(library.episodes.resolveRef(ref ?? ''));
  switch (sub) {
    case 'import': {
      const options = { fr: { type: 'string' }, en: { type: 'string' }, replace: { type: 'boolean' }, append: { type: 'boolean' } } as const;
      const { values: v, positionals } = parseCommand(rest, options, { min: 1, max: 2, names: 'REF and FILE' });
      if (v.replace && v.append) throw new UsageError('--replace or --append, not both');
      const episode = episodeOf(positionals[0]);
      const existing = library.notes.rows({ episodeId: episode.id }).length;
      if (existing > 0 && !v.replace && !v.append) {
        throw new UsageError(`${positionals[0]} already has ${existing} notes rows: add --replace or --append`);
      }
      const proposal = alignNotes(await alignInput(positionals.slice(1), v), episodeSource(episode.spoken));
      const doc = commitAlignment(library, { episodeId: episode.id, rows: proposal.rows, mode: v.append ? 'append' : 'replace' });
      const pairs = proposal.rows.filter((r) => r.fr !== null && r.en !== null).length;
      out.result(doc, () => `Stored ${proposal.rows.length} rows (${pairs} pairs) in episode ${episode.id}; translation memory: ${library.tm.count()} units.`);
      return;
    }
    case 'list': {
      const { positionals } = parseCommand(rest, {}, { min: 1, max: 1, names: 'REF' });
      const doc = getNotes(library, { episodeId: episodeOf(positionals[0]).id });
      out.result(doc, () => describeDoc(doc));
      return;
    }
    case 'export': {
      const options = { lang: { type: 'string' }, format: { type: 'string' }, out: { type: 'string' } } as const;
      const { values: v, positionals } = parseCommand(rest, options, { min: 1, max: 1, names: 'REF' });
      const lang = oneOf('lang', v.lang, UI_LANGUAGES);
      const format = oneOf('format', v.format, NOTE_FORMATS);
      if (!lang || !format) throw new UsageError(`notes export needs --lang fr|en and --format ${NOTE_FORMATS.join('|')}`);
      const rendered = renderNotes(library, { episodeId: episodeOf(positionals[0]).id, lang, format });
      await writeOrPrint(out, v.out, rendered.text, { lang, format, mime: rendered.mime, size: rendered.size });
      return;
    }
    case 'export-xliff': {
      const options = { out: { type: 'string' }, all: { type: 'boolean' } } as const;
      const { values: v, positionals } = parseCommand(rest, options, { min: 1, max: 1, names: 'REF' });
      const exported = exportXliff(library, { episodeId: episodeOf(positionals[0]).id, all: v.all ?? false });
      await writeOrPrint(out, v.out, exported.text, { fileName: exported.fileName, mime: exported.mime, units: exported.units });
      return;
    }
    case 'import-xliff': {
      const { positionals } = parseCommand(rest, {}, { min: 2, max: 2, names: 'REF and FILE' });
      const episode = episodeOf(positionals[0]);
      const report = importXliff(library, { episodeId: episode.id, text: await readTextFile(path.resolve(positionals[1] as string), false) });
      out.result(report, () => describeXliff(report));
      return;
    }
    default:
      throw new UsageError(sub ? `unknown notes command: ${sub}` : 'notes needs a command: align, import, list, export, export-xliff or import-xliff');
  }
}
