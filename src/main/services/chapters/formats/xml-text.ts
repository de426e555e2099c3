// The little XML that Podlove Simple Chapters needs: entity decoding, attribute escaping, and
// blanking comments and CDATA so a chapter commented out is not read. Kept by hand although
// fast-xml-parser is a dependency (feeds use it): its tree carries no line numbers, and every
// chapter error must name the line of the chapter at fault (a bad start, an unknown entity).

import { malformed, quote } from '../malformed.js';

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/**
 * Decodes the five XML entities and numeric references. A bare `&` (as in "Q&A", common in
 * hand-written files) stays as written; an unknown named entity is refused with its line.
 */
export function decodeEntities(text: string, line: number): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[A-Za-z][A-Za-z0-9._-]*);/g, (whole, ref: string) => {
    if (ref.startsWith('#')) {
      const code = ref[1] === 'x' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      if (code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff)) return String.fromCodePoint(code);
      throw malformed('psc', line, `${whole} is not a character`, `${whole} n'est pas un caractère`);
    }
    const named = NAMED[ref];
    if (named !== undefined) return named;
    throw malformed('psc', line, `unknown entity ${quote(whole)} (XML knows &amp; &lt; &gt; &quot; &apos;)`,
      `entité inconnue ${quote(whole)} (XML connaît &amp; &lt; &gt; &quot; &apos;)`);
  });
}

/** An attribute value in double quotes; tabs and line breaks as references so they survive. */
export function escapeAttribute(text: string): string {
  return text.replace(/[&<>"\t\n\r]/g, (c) => ATTRIBUTE_ESCAPES[c] ?? c);
}
const ATTRIBUTE_ESCAPES: Record<string, string> = {
  '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', '\t': '&#9;', '\n': '&#10;', '\r': '&#13;',
};

/** Comments and CDATA replaced by spaces, line breaks kept, so offsets still give line numbers. */
export function blankNonMarkup(xml: string): string {
  const blank = (block: string) => block.replace(/[^\n]/g, ' ');
  let out = '';
  let at = 0;
  // indexOf rather than a lazy regex: an unclosed "<!--" repeated in a big file stays linear.
  for (;;) {
    const comment = xml.indexOf('<!--', at);
    const cdata = xml.indexOf('<![CDATA[', at);
    const start = comment < 0 ? cdata : cdata < 0 ? comment : Math.min(comment, cdata);
    if (start < 0) return out + xml.slice(at);
    const [closing, skip] = start === comment ? ['-->', 4] : [']]>', 9];
    const close = xml.indexOf(closing, start + skip);
    const end = close < 0 ? xml.length : close + closing.length;
    out += xml.slice(at, start) + blank(xml.slice(start, end));
    at = end;
  }
}

/** Literal tabs and line breaks in an attribute value read as spaces (XML attribute normalisation). */
export const normalizeAttribute = (raw: string): string => raw.replace(/[\t\n\r]/g, ' ');
