// The notes' Markdown subset to HTML (paragraphs, - and 1. lists, [links](url), **strong**,
// *em*, backslash escapes, bare web addresses): how episode summaries become feed notes until
// the notes model renders them itself. The output is sanitized again by the caller.

import { escapeHtml } from './html-notes.js';

const INLINE = new RegExp([
  /\\([\\`*_[\]()#+\-.!>])/.source, // 1: escaped character
  // Inner text is whole units (an escaped pair or any other character), so `\*` never closes.
  /\[((?:\\.|[^\]\\\n])+)\]\(((?:https?:\/\/|mailto:)[^\s)]+)\)/.source, // 2, 3: link
  /\*\*(?=\S)((?:\\.|[^*\\])+?)(?<=\S)\*\*/.source, // 4: strong
  /\*(?=\S)((?:\\.|[^*\\])+?)(?<=\S)\*/.source, // 5: em
  /(?<![\w])_(?=\S)((?:\\.|[^_\\])+?)(?<=\S)_(?![\w])/.source, // 6: em
  /(https?:\/\/[^\s<]*[^\s<.,;:!?)\]'"])/.source, // 7: bare address
].join('|'), 'g');

export function inlineHtml(text: string): string {
  let out = '';
  let last = 0;
  for (const m of text.matchAll(INLINE)) {
    out += escapeHtml(text.slice(last, m.index));
    last = m.index + m[0].length;
    if (m[1] !== undefined) out += escapeHtml(m[1]);
    else if (m[2] !== undefined) out += `<a href="${escapeHtml(m[3] ?? '')}">${inlineHtml(m[2])}</a>`;
    else if (m[4] !== undefined) out += `<strong>${inlineHtml(m[4])}</strong>`;
    else if (m[5] !== undefined) out += `<em>${inlineHtml(m[5])}</em>`;
    else if (m[6] !== undefined) out += `<em>${inlineHtml(m[6])}</em>`;
    else if (m[7] !== undefined) out += `<a href="${escapeHtml(m[7])}">${escapeHtml(m[7])}</a>`;
  }
  return out + escapeHtml(text.slice(last));
}

const BULLET = /^\s*[-*+]\s+(.*)$/;
const NUMBERED = /^\s*\d{1,9}[.)]\s+(.*)$/;

export function markdownToHtml(markdown: string): string {
  const blocks: string[] = [];
  let paragraph: string[] = [];
  let list: { tag: 'ul' | 'ol'; items: string[] } | null = null;
  const flush = () => {
    if (paragraph.length > 0) blocks.push(`<p>${inlineHtml(paragraph.join('\n'))}</p>`);
    if (list) blocks.push(`<${list.tag}>${list.items.map((i) => `<li>${inlineHtml(i)}</li>`).join('')}</${list.tag}>`);
    paragraph = [];
    list = null;
  };
  for (const line of markdown.replace(/\r\n?/g, '\n').split('\n')) {
    const bullet = BULLET.exec(line);
    const numbered = bullet ? null : NUMBERED.exec(line);
    if (line.trim() === '') flush();
    else if (bullet || numbered) {
      const tag = bullet ? 'ul' : 'ol';
      if (paragraph.length > 0 || (list && list.tag !== tag)) flush();
      list ??= { tag, items: [] };
      list.items.push(((bullet ?? numbered) as RegExpExecArray)[1] ?? '');
    } else if (list && /^\s{2,}\S/.test(line)) {
      // An indented line continues the last item.
      const items = list.items;
      items[items.length - 1] = `${items[items.length - 1] ?? ''}\n${line.trim()}`;
    } else {
      if (list) flush();
      paragraph.push(line.trim());
    }
  }
  flush();
  return blocks.join('\n');
}
