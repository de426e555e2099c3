// One language of an episode's notes, snippets shown by reference expanded in place, rendered
// as HTML (sanitized), plain text or Markdown, with its size against Apple's 4000-byte limit.

import { blocksToMarkdown, blocksToText, type OutputBlock } from '../../../shared/notes/notes-output.js';
import type { NoteFormat, NoteLang, NoteRow, NotesRender, NotesSize, NoteTextRow } from '../../../shared/notes/types.js';
import { APPLE_DESCRIPTION_LIMIT, codePointLength, utf8ByteLength } from '../../../shared/notes/utf8-bytes.js';
import type { Library } from '../library/library.js';
import { renderHtml } from './render-html.js';

/** The rows a reader sees, in order: an episode's own, and each snippet's where it is shown. */
export function expandRows(library: Library, rows: readonly NoteRow[]): NoteTextRow[] {
  return rows.flatMap((row) => (row.type === 'text' ? [row] : library.notes.rows({ snippetId: row.snippetId }) as NoteTextRow[]));
}

export function blocksOf(rows: readonly NoteTextRow[], lang: NoteLang): OutputBlock[] {
  return rows.map((row) => ({ kind: row.kind, text: row[lang].text }));
}

export function sizeOf(blocks: readonly OutputBlock[]): NotesSize {
  const bytes = utf8ByteLength(renderHtml(blocks));
  return { chars: codePointLength(blocksToText(blocks)), bytes, limit: APPLE_DESCRIPTION_LIMIT, over: bytes > APPLE_DESCRIPTION_LIMIT };
}

const MIME: Record<NoteFormat, string> = { html: 'text/html', text: 'text/plain', markdown: 'text/markdown' };

function renderBlocks(blocks: readonly OutputBlock[], format: NoteFormat): string {
  if (format === 'html') return renderHtml(blocks);
  return format === 'text' ? blocksToText(blocks) : blocksToMarkdown(blocks);
}

export function renderNotes(library: Library, options: { episodeId: number; lang: NoteLang; format: NoteFormat }): NotesRender {
  const rows = expandRows(library, library.notes.rows({ episodeId: options.episodeId }));
  const blocks = blocksOf(rows, options.lang);
  return {
    lang: options.lang,
    format: options.format,
    mime: `${MIME[options.format]}; charset=utf-8`,
    text: renderBlocks(blocks, options.format),
    size: sizeOf(blocks),
  };
}
