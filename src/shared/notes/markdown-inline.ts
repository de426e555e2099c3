// The inline Markdown subset of a note segment: **bold**, *italic*, [text](url), bare http(s)
// addresses, backslash escapes and line breaks. Anything else is text. Unclosed markers stay
// literal and are reported, so the editor can warn instead of guessing.

export type InlineNode =
  | { type: 'text'; text: string }
  | { type: 'strong'; children: InlineNode[] }
  | { type: 'em'; children: InlineNode[] }
  | { type: 'link'; href: string; children: InlineNode[] }
  | { type: 'break' };

export interface InlineProblem {
  problem: 'unbalanced_markdown' | 'broken_link';
  /** What was found, e.g. `**` or `https://`. */
  near: string;
}

export interface ParsedInline {
  nodes: InlineNode[];
  problems: InlineProblem[];
}

const SAFE_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);

/** Only web and mail addresses become links; `javascript:` and the like never do. */
export function isSafeHref(href: string): boolean {
  if (/[\s<>"'`\\]/.test(href)) return false;
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return false;
  }
  if (!SAFE_PROTOCOLS.has(url.protocol)) return false;
  return url.protocol === 'mailto:' ? /^[^@\s]+@[^@\s]+$/.test(decodeURIComponent(url.pathname)) : url.hostname.includes('.') || url.hostname === 'localhost';
}

// A bare address ends before spaces and quotes; trailing sentence punctuation is not part of it.
const BARE_URL = /\bhttps?:\/\/[^\s<>"«»“”]*/g;
const TRAILING = /[.,;:!?'’»”)\]]+$/;

class Parser {
  readonly problems: InlineProblem[] = [];
  constructor(private readonly s: string) {}

  /** Nodes of s[from, to). */
  parse(from: number, to: number): InlineNode[] {
    const nodes: InlineNode[] = [];
    let text = '';
    const flush = () => {
      if (text) nodes.push(...this.autolink(text));
      text = '';
    };
    let i = from;
    while (i < to) {
      const c = this.s[i] as string;
      if (c === '\\' && i + 1 < to && /[\\*[\]()_#`-]/.test(this.s[i + 1] as string)) {
        text += this.s[i + 1];
        i += 2;
      } else if (c === '\n') {
        flush();
        nodes.push({ type: 'break' });
        i++;
      } else if (c === '*') {
        const strong = this.s.startsWith('**', i);
        const width = strong ? 2 : 1;
        const inner = i + width;
        if (inner >= to || /\s/.test(this.s[inner] as string) || this.s[inner] === '*' && !strong) {
          text += this.s.slice(i, inner);
          i = inner;
          continue;
        }
        const close = this.closing(strong ? '**' : '*', inner, to);
        if (close < 0) {
          this.problems.push({ problem: 'unbalanced_markdown', near: strong ? '**' : '*' });
          text += this.s.slice(i, inner);
          i = inner;
          continue;
        }
        flush();
        nodes.push({ type: strong ? 'strong' : 'em', children: this.parse(inner, close) });
        i = close + width;
      } else if (c === '[') {
        const link = this.link(i, to);
        if (!link) {
          text += c;
          i++;
          continue;
        }
        flush();
        if (isSafeHref(link.href)) nodes.push({ type: 'link', href: link.href, children: this.parse(i + 1, link.labelEnd) });
        else {
          this.problems.push({ problem: 'broken_link', near: link.href });
          nodes.push(...this.parse(i + 1, link.labelEnd));
        }
        i = link.end;
      } else {
        text += c;
        i++;
      }
    }
    flush();
    return nodes;
  }

  /** Index of the closing marker: preceded by a non-space, not part of a longer run for `*`. */
  private closing(marker: string, from: number, to: number): number {
    for (let k = from; k < to; k++) {
      if (this.s[k] === '\\') {
        k++;
        continue;
      }
      if (!this.s.startsWith(marker, k) || k + marker.length > to) continue;
      if (marker === '*' && (this.s[k + 1] === '*' || this.s[k - 1] === '*')) {
        if (this.s[k + 1] === '*') k++;
        continue;
      }
      if (!/\s/.test(this.s[k - 1] as string)) return k;
    }
    return -1;
  }

  /** `[label](href)` starting at `at`; null when it is not one (then `[` is text). */
  private link(at: number, to: number): { labelEnd: number; href: string; end: number } | null {
    let depth = 0;
    let k = at;
    for (; k < to; k++) {
      const c = this.s[k];
      if (c === '\\') k++;
      else if (c === '[') depth++;
      else if (c === ']' && --depth === 0) break;
      else if (c === '\n') return null;
    }
    if (k >= to || this.s[k + 1] !== '(') return null;
    const labelEnd = k;
    let parens = 0;
    for (let h = k + 2; h < to; h++) {
      const c = this.s[h];
      if (c === '(') parens++;
      else if (c === ')' && parens-- === 0) return { labelEnd, href: this.s.slice(k + 2, h).trim(), end: h + 1 };
      else if (c === '\n' || c === ' ') break;
    }
    this.problems.push({ problem: 'unbalanced_markdown', near: '](' });
    return null;
  }

  private autolink(text: string): InlineNode[] {
    const nodes: InlineNode[] = [];
    let at = 0;
    for (const match of text.matchAll(BARE_URL)) {
      let url = match[0];
      const trailing = TRAILING.exec(url);
      if (trailing) url = url.slice(0, url.length - trailing[0].length);
      // Keep a closing parenthesis that belongs to the address (…/Foo_(bar)).
      while (trailing && url.split('(').length > url.split(')').length && text[match.index + url.length] === ')') url += ')';
      if (!isSafeHref(url)) {
        this.problems.push({ problem: 'broken_link', near: url || match[0] });
        continue;
      }
      if (match.index > at) nodes.push({ type: 'text', text: text.slice(at, match.index) });
      nodes.push({ type: 'link', href: url, children: [{ type: 'text', text: url }] });
      at = match.index + url.length;
    }
    if (at < text.length) nodes.push({ type: 'text', text: text.slice(at) });
    return nodes;
  }
}

export function parseInline(text: string): ParsedInline {
  const parser = new Parser(text);
  const nodes = parser.parse(0, text.length);
  return { nodes, problems: parser.problems };
}

/** Every web or mail address the text links to, in order. */
export function linksOf(nodes: readonly InlineNode[]): string[] {
  return nodes.flatMap((n) => {
    if (n.type === 'link') return [n.href, ...linksOf(n.children)];
    if (n.type === 'strong' || n.type === 'em') return linksOf(n.children);
    return [];
  });
}

/** Plain text for summaries: markers gone, a link's address after its label when they differ. */
export function inlineToText(nodes: readonly InlineNode[]): string {
  return nodes.map((n): string => {
    switch (n.type) {
      case 'text': return n.text;
      case 'break': return '\n';
      case 'strong':
      case 'em': return inlineToText(n.children);
      case 'link': {
        const label = inlineToText(n.children);
        const shown = n.href.replace(/^mailto:/, '');
        return label === n.href || label === shown ? label : `${label} (${shown})`;
      }
      default: return assertNever(n);
    }
  }).join('');
}

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c] ?? c);

/** HTML with every text escaped; only `strong`, `em`, `a href` and `br` are ever produced. */
export function inlineToHtml(nodes: readonly InlineNode[]): string {
  return nodes.map((n): string => {
    switch (n.type) {
      case 'text': return escapeHtml(n.text);
      case 'break': return '<br>';
      case 'strong': return `<strong>${inlineToHtml(n.children)}</strong>`;
      case 'em': return `<em>${inlineToHtml(n.children)}</em>`;
      case 'link': return `<a href="${escapeHtml(n.href)}">${inlineToHtml(n.children)}</a>`;
      default: return assertNever(n);
    }
  }).join('');
}

function assertNever(value: never): never {
  throw new Error(`unexpected inline node ${JSON.stringify(value)}`);
}
