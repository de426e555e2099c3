// Reading XLIFF and TMX with fast-xml-parser: validate first (its errors carry a line), then
// parse into a small tree of elements with their lines, decoding entities ourselves so an
// unknown one is an error naming its line rather than text passed through.

import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type { AppError } from '../../../shared/api/errors.js';
import { lineLocator } from '../chapters/text-lines.js';

export interface XmlElement {
  /** Local name, namespace prefix removed (`xlf:trans-unit` → `trans-unit`). */
  name: string;
  attrs: Record<string, string>;
  children: XmlChild[];
  line: number;
}
export type XmlChild = XmlElement | { text: string };

/** Builds the format's own error: `line` 1-based, or null for the file as a whole. */
export type Malformed = (line: number | null, en: string, fr: string) => AppError;

const PARSER = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '',
  preserveOrder: true,
  trimValues: false,
  parseTagValue: false,
  parseAttributeValue: false,
  processEntities: false,
  captureMetaData: true,
  commentPropName: '#comment',
  cdataPropName: '#cdata',
});
// Typed as the `Symbol` wrapper by the library; it is a plain symbol at run time.
const META = XMLParser.getMetaDataSymbol() as unknown as symbol;
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decode(raw: string, line: number, fail: Malformed): string {
  return raw.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[A-Za-z][\w.-]*);/g, (whole, ref: string) => {
    if (ref.startsWith('#')) {
      const code = ref[1] === 'x' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      if (code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff)) return String.fromCodePoint(code);
      throw fail(line, `${whole} is not a character`, `${whole} n'est pas un caractère`);
    }
    const named = NAMED[ref];
    if (named === undefined) {
      throw fail(line, `unknown entity ${whole} (XML knows &amp; &lt; &gt; &quot; &apos;)`,
        `entité inconnue ${whole} (XML connaît &amp; &lt; &gt; &quot; &apos;)`);
    }
    return named;
  });
}

// The parser's preserveOrder output: [{ tag: [children], ':@': attrs }], text as { '#text': string }.
type Ordered = Record<string, unknown>;

function convert(node: Ordered, lineAt: (offset: number) => number, parentLine: number, fail: Malformed): XmlChild | null {
  const tag = Object.keys(node).find((k) => k !== ':@');
  if (tag === undefined) return null;
  if (tag === '#text') return { text: decode(String(node[tag]), parentLine, fail) };
  if (tag === '#comment' || tag.startsWith('?') || tag.startsWith('!')) return null;
  if (tag === '#cdata') {
    const parts = node[tag] as Ordered[];
    return { text: parts.map((p) => String(p['#text'] ?? '')).join('') };
  }
  const meta = (node as Record<symbol, { startIndex?: number } | undefined>)[META];
  const line = meta?.startIndex === undefined ? parentLine : lineAt(meta.startIndex);
  const rawAttrs = (node[':@'] ?? {}) as Record<string, string>;
  const attrs: Record<string, string> = {};
  for (const [name, value] of Object.entries(rawAttrs)) attrs[name] = decode(String(value), line, fail);
  const children = ((node[tag] ?? []) as Ordered[]).map((c) => convert(c, lineAt, line, fail)).filter((c): c is XmlChild => c !== null);
  return { name: tag.replace(/^[\w.-]+:/, ''), attrs, children, line };
}

/** The document's root element; a malformed document throws `fail` with the parser's line. */
export function readXml(text: string, fail: Malformed): XmlElement {
  const source = text.replace(/^\uFEFF/, '');
  const valid = XMLValidator.validate(source);
  if (valid !== true) {
    const { line, msg } = valid.err;
    throw fail(Number.isInteger(line) ? line : null, msg, `XML invalide : ${msg}`);
  }
  const lineAt = lineLocator(source);
  const roots = (PARSER.parse(source) as Ordered[])
    .map((n) => convert(n, lineAt, 1, fail))
    .filter((n): n is XmlElement => n !== null && 'name' in n);
  if (roots.length !== 1) throw fail(null, 'the document must have exactly one root element', 'le document doit avoir un seul élément racine');
  return roots[0] as XmlElement;
}

export const elements = (node: XmlElement, name?: string): XmlElement[] =>
  node.children.filter((c): c is XmlElement => 'name' in c && (name === undefined || c.name === name));

export const firstElement = (node: XmlElement, name: string): XmlElement | undefined => elements(node, name)[0];

/** `xml:lang` (or a plain `lang`) of an element. */
export const langAttr = (node: XmlElement): string | undefined => node.attrs['xml:lang'] ?? node.attrs.lang;
