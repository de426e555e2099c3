// Hostile text in the notes never reaches the HTML that ships: no <script>, no event handler,
// no javascript: link, no ]]> to break out of the feed's CDATA. Only p/ul/ol/li/a/strong/em/br.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ALLOWED_TAGS, renderHtml, sanitizeNotesHtml } from '../../../../../src/main/services/notes/render-html.js';
import type { OutputBlock } from '../../../../../src/shared/notes/notes-output.js';

const HOSTILE = [
  '<script>alert(1)</script>',
  '<SCRIPT SRC=//evil.org/x.js></SCRIPT>',
  '<img src=x onerror=alert(1)>',
  '<a href="javascript:alert(1)" onclick="x()">clic</a>',
  '[clic](javascript:alert(1))',
  '[clic](JaVaScRiPt:alert(1))',
  '[clic](data:text/html;base64,PHNjcmlwdD4=)',
  '<p onmouseover="steal()">survol</p>',
  ']]><script>alert(1)</script><![CDATA[',
  '<iframe src="https://evil.org"></iframe>',
  '<style>body{display:none}</style>',
  '**<b onclick=x>gras</b>**',
  '[x](https://a.org" onclick="alert(1))',
];

/** Text may mention "onerror=" or "javascript:" once escaped; what matters is the real tags. */
function assertSafe(html: string): void {
  expect(html).not.toContain(']]>');
  for (const [, tag, attributes] of html.matchAll(/<\/?([a-zA-Z][\w-]*)([^>]*)>/g)) {
    expect(ALLOWED_TAGS as readonly string[]).toContain((tag as string).toLowerCase());
    const attrs = (attributes as string).replace(/\s*\/$/, '').trim();
    if (tag === 'a' && attrs !== '') expect(attrs).toMatch(/^href="(https?:\/\/|mailto:)[^"\s]*"$/);
    else expect(attrs).toBe('');
  }
}

describe('renderHtml', () => {
  it.each(HOSTILE)('neutralises %j in every kind of block', (text) => {
    for (const kind of ['paragraph', 'heading', 'list_item', 'numbered_item', 'link'] as const) assertSafe(renderHtml([{ kind, text }]));
  });

  it('keeps what is allowed', () => {
    expect(renderHtml([{ kind: 'paragraph', text: '**a** *b* [c](https://a.org/?x=1&y=2) [d](mailto:e@f.org)\ng' }])).toBe(
      '<p><strong>a</strong> <em>b</em> <a href="https://a.org/?x=1&amp;y=2">c</a> <a href="mailto:e@f.org">d</a><br />g</p>',
    );
  });

  it('shows hostile markup as text rather than dropping what the author wrote', () => {
    expect(renderHtml([{ kind: 'paragraph', text: 'Use <b> for bold & ]]> ends CDATA' }]))
      .toBe('<p>Use &lt;b&gt; for bold &amp; ]]&gt; ends CDATA</p>');
  });

  it('is safe for any text at all (property)', () => {
    const alphabet = fc.constantFrom('<', '>', '"', "'", '&', ']]>', 'script', 'javascript:', 'on', '=', '[', ']', '(', ')', '*', 'a', ' ', '\n', 'https://a.org', 'img src=x onerror=');
    const block = fc.record({
      kind: fc.constantFrom('paragraph', 'heading', 'list_item', 'link') as fc.Arbitrary<OutputBlock['kind']>,
      text: fc.array(alphabet, { maxLength: 30 }).map((parts) => parts.join('')),
    });
    fc.assert(fc.property(fc.array(block, { maxLength: 6 }), (blocks) => assertSafe(renderHtml(blocks))), { numRuns: 500 });
  });
});

describe('sanitizeNotesHtml', () => {
  it('strips what a hand-written HTML description might carry', () => {
    assertSafe(sanitizeNotesHtml(HOSTILE.join('\n')));
    expect(sanitizeNotesHtml('<h1>Titre</h1><div><p>ok</p></div><a href="//evil.org">x</a>')).toBe('Titre<p>ok</p><a>x</a>');
  });
});
