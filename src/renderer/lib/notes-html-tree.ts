// The shipped notes HTML (already sanitized by the library) read back into a small tree for the
// preview, so React builds the elements itself and nothing is ever set as innerHTML. Only the
// tags podcast apps take survive (p ul ol li a strong em br) and links only to http, https or
// mailto; anything else is kept as the text it contains.
import { isSafeHref } from '../../shared/notes/markdown-inline';

type PreviewTag = 'p' | 'ul' | 'ol' | 'li' | 'a' | 'strong' | 'em' | 'br';
export type PreviewNode = { text: string } | { tag: PreviewTag; href?: string; children: PreviewNode[] };

const TAGS = new Set<string>(['p', 'ul', 'ol', 'li', 'a', 'strong', 'em', 'br']);
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isInteger(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED[name.toLowerCase()] ?? whole;
  });
}

const TOKEN = /<(\/?)([a-z][a-z0-9]*)((?:\s+[a-z-]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+))?)*)\s*\/?>|([^<]+)|(<)/gi;

function hrefOf(attributes: string): string | undefined {
  const match = /\bhref\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i.exec(attributes);
  const raw = match ? (match[1] ?? match[2] ?? match[3] ?? '') : '';
  const href = decodeEntities(raw);
  return href && isSafeHref(href) ? href : undefined;
}

export function htmlTree(html: string): PreviewNode[] {
  const root: PreviewNode[] = [];
  const stack: { tag: PreviewTag; children: PreviewNode[] }[] = [];
  const children = () => stack.at(-1)?.children ?? root;
  const addText = (text: string) => {
    const list = children();
    const last = list.at(-1);
    if (last && 'text' in last) last.text += text;
    else list.push({ text });
  };
  for (const m of html.matchAll(TOKEN)) {
    const [, closing, rawName, attributes, text, stray] = m;
    if (text !== undefined) {
      addText(decodeEntities(text));
      continue;
    }
    if (stray !== undefined) {
      addText('<');
      continue;
    }
    const name = (rawName ?? '').toLowerCase();
    if (!TAGS.has(name)) continue;
    const tag = name as PreviewTag;
    if (closing) {
      const at = stack.map((s) => s.tag).lastIndexOf(tag);
      if (at >= 0) stack.length = at;
      continue;
    }
    if (tag === 'br') {
      children().push({ tag, children: [] });
      continue;
    }
    const node = { tag, children: [] as PreviewNode[], ...(tag === 'a' ? { href: hrefOf(attributes ?? '') } : {}) };
    children().push(node);
    stack.push(node);
  }
  return root;
}
