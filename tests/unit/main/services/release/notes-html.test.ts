// Notes as feeds carry them: the Markdown subset rendered and sanitized, Apple's description
// subset, the plain text for ID3 comments, and HTML from other hosts back to Markdown (round trip).

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { htmlToMarkdown, textToMarkdown } from '../../../../../src/main/services/feed-import/html-to-markdown.js';
import { notesText, sanitizeForDescription, sanitizeNotes } from '../../../../../src/main/services/release/html-notes.js';
import { markdownToHtml } from '../../../../../src/main/services/release/markdown-lite.js';

describe('notes HTML', () => {
  it('renders the Markdown subset', () => {
    expect(markdownToHtml('Un **gras** et *italique*, [lien](https://x.org/?a=1&b=2).\n\n- un\n- deux\n\n1. premier\n2. second'))
      .toBe('<p>Un <strong>gras</strong> et <em>italique</em>, <a href="https://x.org/?a=1&amp;b=2">lien</a>.</p>\n' +
        '<ul><li>un</li><li>deux</li></ul>\n<ol><li>premier</li><li>second</li></ol>');
    expect(markdownToHtml('Voir https://example.org/page.')).toBe('<p>Voir <a href="https://example.org/page">https://example.org/page</a>.</p>');
    expect(markdownToHtml('snake_case et 2 \\* 3')).toBe('<p>snake_case et 2 * 3</p>');
  });

  it('sanitizes to the notes subset, and to Apple’s subset for the description', () => {
    const dirty = '<p onclick="x()">A <b>b</b> <script>alert(1)</script><a href="javascript:alert(1)">c</a> ]]></p><div>d</div><img src=x>';
    const notes = sanitizeNotes(dirty);
    expect(notes).toBe('<p>A <strong>b</strong> <a>c</a> ]]&gt;</p><p>d</p>');
    expect(sanitizeForDescription(notes)).toBe('<p>A b <a>c</a> ]]&gt;</p><p>d</p>');
    expect(notesText('<p>A &amp; B</p><ul><li>un</li><li>deux</li></ul>')).toBe('A & B\nun\ndeux');
  });
});

describe('HTML from other hosts to Markdown', () => {
  it('keeps paragraphs, lists, links and emphasis; drops the rest', () => {
    const html = '<p>Hello <b>bold</b> &amp; <i>it</i>,<br>next line</p><ul><li>one</li><li>two <a href="https://x.org/a(b)">link</a></li></ul>' +
      '<h2>Title</h2><p><a href="https://x.org/">https://x.org/</a></p><script>bad()</script><ol><li>first</li></ol>';
    expect(htmlToMarkdown(html)).toBe('Hello **bold** & *it*,\nnext line\n\n- one\n- two [link](https://x.org/a%28b%29)\n\nTitle\n\nhttps://x.org/\n\n1. first');
  });

  it('flattens nested emphasis, which Markdown cannot write', () => {
    expect(htmlToMarkdown('<p><em>a <em>b</em> c</em> <strong>d <strong>e</strong></strong></p>')).toBe('*a b c* **d e**');
  });

  it('escapes Markdown in plain text, which then renders back to the same text', () => {
    const text = '*Note: not advice.**\n\n- not a list\n1. nor this [x](y) _z_';
    const md = textToMarkdown(text);
    expect(notesText(sanitizeNotes(markdownToHtml(md)))).toBe(text.replace(/\n\n/g, '\n'));
  });

  it('round-trips generated notes: Markdown → HTML → Markdown → the same HTML', () => {
    // `_` is left out: `**_a_**`-like text nests emphasis, which Markdown writes one way only (see the flattening test).
    const word = fc.stringMatching(/^[A-Za-zÀ-ÿ0-9&<>"'!?.,;:()#+*\\[\]-]{1,12}$/);
    const inline = fc.oneof(word, word.map((w) => `**${w.replace(/[*\\]/g, '')}x**`), fc.constant('[lien](https://example.org/a?b=1)'));
    const paragraph = fc.array(inline, { minLength: 1, maxLength: 6 }).map((ws) => ws.join(' '));
    fc.assert(fc.property(fc.array(paragraph, { minLength: 1, maxLength: 4 }), (paragraphs) => {
      const html = sanitizeNotes(markdownToHtml(paragraphs.join('\n\n')));
      expect(sanitizeNotes(markdownToHtml(htmlToMarkdown(html)))).toBe(html);
    }), { numRuns: 300 });
  });
});
