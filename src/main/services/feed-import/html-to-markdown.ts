// Feed notes (HTML as hosts write it) into the notes' Markdown subset: paragraphs, - and 1. lists,
// [links](url), **strong**, *em*. sanitize-html first reduces the HTML to those tags, well formed,
// so the small tokenizer below only ever meets them. Plain text is escaped, not interpreted.

import sanitizeHtml from 'sanitize-html';
import { decodeBasicEntities } from '../release/html-notes.js';

const KEPT = ['p', 'ul', 'ol', 'li', 'a', 'strong', 'em', 'br'];
const TOKEN = /<(\/?)(p|ul|ol|li|a|strong|em|br)\b([^>]*)>|([^<]+)/g;

/** Characters that would otherwise read as Markdown: escaped with a backslash. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\*[\]]/g, (c) => `\\${c}`)
    .replace(/(?<![\w])_|_(?![\w])/g, '\\_')
    .replace(/^(\s*)([-+#])(?=\s)/gm, '$1\\$2')
    .replace(/^(\s*\d+)([.)])(?=\s)/gm, '$1\\$2');
}

export const looksLikeHtml = (text: string): boolean => /<\/?(p|br|a|ul|ol|li|div|strong|em|b|i|h[1-6]|span)\b[^>]*>/i.test(text);

/** Plain text (itunes:summary and the like): paragraphs kept, every Markdown character escaped. */
export function textToMarkdown(text: string): string {
  return text.replace(/\r\n?/g, '\n').split(/\n{2,}/).map((p) => escapeMarkdown(p.trim())).filter(Boolean).join('\n\n');
}

export function htmlToMarkdown(html: string): string {
  const clean = sanitizeHtml(html, {
    allowedTags: KEPT,
    allowedAttributes: { a: ['href'] },
    allowedSchemes: ['http', 'https', 'mailto'],
    transformTags: { div: 'p', h1: 'p', h2: 'p', h3: 'p', h4: 'p', h5: 'p', h6: 'p', blockquote: 'p', b: 'strong', i: 'em' },
  });
  const blocks: string[] = [];
  let line = '';
  const lists: { ordered: boolean; n: number }[] = [];
  const links: { href: string; at: number }[] = [];
  const emphasis = { strong: 0, em: 0 };
  const flush = () => {
    const text = line.replace(/[ \t]+\n/g, '\n').replace(/\n[ \t]+/g, '\n').trim();
    if (text !== '') blocks.push(text);
    line = '';
  };
  for (const m of clean.matchAll(TOKEN)) {
    const [, closing, tag, attrs = '', text] = m;
    if (text !== undefined) {
      line += escapeMarkdown(decodeBasicEntities(text).replace(/\s+/g, ' '));
      continue;
    }
    if (tag === 'br') line += '\n';
    else if (tag === 'p') flush();
    else if (tag === 'ul' || tag === 'ol') {
      flush();
      if (closing) lists.pop();
      else lists.push({ ordered: tag === 'ol', n: 0 });
    } else if (tag === 'li') {
      if (closing) {
        const list = lists.at(-1);
        const text = line.trim();
        line = '';
        if (list && text !== '') blocks.push(`${list.ordered ? `${(list.n += 1)}.` : '-'} ${text}`);
      } else flush();
    } else if (tag === 'strong' || tag === 'em') {
      // Markdown cannot nest the same emphasis: only the outermost one is written.
      const depth = (emphasis[tag] += closing ? -1 : 1) + (closing ? 1 : 0);
      if (depth === 1) line += tag === 'strong' ? '**' : '*';
    }
    else if (tag === 'a' && !closing) {
      links.push({ href: decodeBasicEntities(/href="([^"]*)"/.exec(attrs)?.[1] ?? ''), at: line.length });
      line += '[';
    } else if (tag === 'a') {
      const link = links.pop();
      if (!link) continue;
      const label = line.slice(link.at + 1);
      // A link whose text is its address reads best as the bare address (rendered as a link again).
      line = link.href === '' ? line.slice(0, link.at) + label
        : label.replace(/\\/g, '') === link.href ? `${line.slice(0, link.at)}${link.href}`
          : `${line}](${link.href.replace(/[()\s]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`)})`;
    }
  }
  flush();
  // Consecutive list items are one list: no blank line between them.
  return blocks.reduce((out, block, i) => {
    const listItem = /^(-|\d+\.) /.test(block);
    const previousItem = i > 0 && /^(-|\d+\.) /.test(blocks[i - 1] as string);
    return out + (i === 0 ? '' : listItem && previousItem ? '\n' : '\n\n') + block;
  }, '');
}
