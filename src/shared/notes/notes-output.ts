// One language's notes as they ship: HTML limited to p/ul/ol/li/a/strong/em/br, plain text for
// summaries, and Markdown. Pure and escaped here (the editor's live preview uses it as is);
// main runs the HTML through sanitize-html as well before anything leaves the app.

import { inlineToHtml, inlineToText, parseInline } from './markdown-inline.js';
import type { NoteKind } from './types.js';

export interface OutputBlock {
  kind: NoteKind;
  text: string;
}

const listTag = (kind: NoteKind) => (kind === 'list_item' ? 'ul' : kind === 'numbered_item' ? 'ol' : null);

/** Blocks with text only; consecutive list items of one kind form one list. */
function groups(blocks: readonly OutputBlock[]): { list: 'ul' | 'ol' | null; blocks: OutputBlock[] }[] {
  const out: { list: 'ul' | 'ol' | null; blocks: OutputBlock[] }[] = [];
  for (const block of blocks) {
    if (block.text.trim() === '') continue;
    const list = listTag(block.kind);
    const last = out.at(-1);
    if (list && last && last.list === list) last.blocks.push(block);
    else out.push({ list, blocks: [block] });
  }
  return out;
}

const inlineHtml = (text: string) => inlineToHtml(parseInline(text.trim()).nodes);
const inlineText = (text: string) => inlineToText(parseInline(text.trim()).nodes);

export function blocksToHtml(blocks: readonly OutputBlock[]): string {
  return groups(blocks).map((g) => {
    if (g.list) return `<${g.list}>${g.blocks.map((b) => `<li>${inlineHtml(b.text)}</li>`).join('')}</${g.list}>`;
    const block = g.blocks[0] as OutputBlock;
    // Podcast apps take no <h1>–<h6>: a heading is a paragraph in bold.
    return block.kind === 'heading' ? `<p><strong>${inlineHtml(block.text)}</strong></p>` : `<p>${inlineHtml(block.text)}</p>`;
  }).join('\n');
}

export function blocksToText(blocks: readonly OutputBlock[]): string {
  return groups(blocks).map((g) => {
    if (!g.list) return inlineText((g.blocks[0] as OutputBlock).text);
    return g.blocks.map((b, i) => `${g.list === 'ol' ? `${i + 1}.` : '-'} ${inlineText(b.text).replace(/\n/g, '\n  ')}`).join('\n');
  }).join('\n\n');
}

/** A line that a Markdown reader would take for a block marker gets its marker escaped. */
const escapeBlockStart = (line: string) => line.replace(/^(\s*)([#>+-]|\d+[.)])(?=\s|$)/, '$1\\$2');

export function blocksToMarkdown(blocks: readonly OutputBlock[]): string {
  const lines = (text: string) => text.trim().split('\n').map(escapeBlockStart).join('  \n');
  return groups(blocks).map((g) => {
    if (!g.list) {
      const block = g.blocks[0] as OutputBlock;
      return block.kind === 'heading' ? `## ${lines(block.text)}` : lines(block.text);
    }
    return g.blocks.map((b, i) => `${g.list === 'ol' ? `${i + 1}.` : '-'} ${lines(b.text).replace(/\n/g, '\n   ')}`).join('\n');
  }).join('\n\n');
}
