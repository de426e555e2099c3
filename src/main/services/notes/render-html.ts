// The HTML that leaves the app: the shared renderer's escaped output, then sanitize-html as a
// second wall, allowing only what podcast apps accept (p ul ol li a strong em br) and links
// to http, https and mailto. Nothing hostile (<script>, on* attributes, javascript:, ]]>) survives.

import sanitizeHtml from 'sanitize-html';
import { blocksToHtml, type OutputBlock } from '../../../shared/notes/notes-output.js';

export const ALLOWED_TAGS = ['p', 'ul', 'ol', 'li', 'a', 'strong', 'em', 'br'] as const;

const OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: [...ALLOWED_TAGS],
  allowedAttributes: { a: ['href'] },
  allowedSchemes: ['http', 'https', 'mailto'],
  allowedSchemesAppliedToAttributes: ['href'],
  allowProtocolRelative: false,
  disallowedTagsMode: 'discard',
};

/** Any HTML, reduced to the allowed tags; `]]>` in text always comes out as `]]&gt;`. */
export function sanitizeNotesHtml(html: string): string {
  return sanitizeHtml(html, OPTIONS);
}

export function renderHtml(blocks: readonly OutputBlock[]): string {
  return sanitizeNotesHtml(blocksToHtml(blocks));
}
