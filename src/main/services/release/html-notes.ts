// Notes HTML as feeds may carry it: sanitized to the notes subset (p ul ol li a strong em br) for
// content:encoded and the notes files, and to Apple's description subset (p ol ul li a).

import sanitizeHtml from 'sanitize-html';

const BASE: sanitizeHtml.IOptions = {
  allowedAttributes: { a: ['href'] },
  allowedSchemes: ['http', 'https', 'mailto'],
  disallowedTagsMode: 'discard',
  // Block-level tags from pasted or imported HTML keep their paragraph instead of running into the next.
  transformTags: { div: 'p', h1: 'p', h2: 'p', h3: 'p', h4: 'p', h5: 'p', h6: 'p', blockquote: 'p', b: 'strong', i: 'em' },
};

/** `br` as the notes model writes it (a line break inside a paragraph). */
export const NOTES_TAGS = ['p', 'ul', 'ol', 'li', 'a', 'strong', 'em', 'br'];
export const APPLE_DESCRIPTION_TAGS = ['p', 'ol', 'ul', 'li', 'a'];

/** The notes subset: what content:encoded and notes/<slug>.<lang>.html carry. */
export function sanitizeNotes(html: string): string {
  return sanitizeHtml(html, { ...BASE, allowedTags: NOTES_TAGS }).trim();
}

/** Apple's description subset: emphasis is dropped, its text kept; a line break becomes a line end. */
export function sanitizeForDescription(html: string): string {
  return sanitizeHtml(html.replace(/<br\s*\/?>/gi, '\n'), { ...BASE, allowedTags: APPLE_DESCRIPTION_TAGS }).trim();
}

/** The text of sanitized notes (for ID3 comments and length checks of plain text). */
export function notesText(html: string): string {
  const text = sanitizeHtml(html.replace(/<\/(p|li)>|<br\s*\/?>/g, (tag) => `${tag}\n`), { allowedTags: [], allowedAttributes: {} });
  return decodeBasicEntities(text).replace(/\n{2,}/g, '\n').trim();
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", '#39': "'", nbsp: '\u00a0' };

export function decodeBasicEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z0-9]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : Number(name.slice(1));
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
