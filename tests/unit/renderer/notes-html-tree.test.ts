import { describe, expect, it } from 'vitest';
import { decodeEntities, htmlTree } from '../../../src/renderer/lib/notes-html-tree.js';

describe('the preview’s reading of the shipped HTML', () => {
  it('keeps the allowed tags and decodes the text', () => {
    expect(htmlTree('<p>L&#39;équipe &amp; <strong>nous</strong></p>\n<ul><li>un</li><li><em>deux</em></li></ul>')).toEqual([
      { tag: 'p', children: [{ text: "L'équipe & " }, { tag: 'strong', children: [{ text: 'nous' }] }] },
      { text: '\n' },
      { tag: 'ul', children: [{ tag: 'li', children: [{ text: 'un' }] }, { tag: 'li', children: [{ tag: 'em', children: [{ text: 'deux' }] }] }] },
    ]);
  });

  it('keeps safe links only and never an element it does not know', () => {
    const tree = htmlTree('<p><a href="https://raccords.ca/?a=1&amp;b=2">site</a> <a href="javascript:alert(1)">x</a><script>alert(1)</script><img src=x onerror=alert(1)><br></p>');
    expect(tree).toEqual([{
      tag: 'p',
      children: [
        { tag: 'a', href: 'https://raccords.ca/?a=1&b=2', children: [{ text: 'site' }] },
        { text: ' ' },
        { tag: 'a', href: undefined, children: [{ text: 'x' }] },
        { text: 'alert(1)' },
        { tag: 'br', children: [] },
      ],
    }]);
  });

  it('decodes numeric and named entities and leaves unknown ones', () => {
    expect(decodeEntities('&#233;t&#xE9; &nbsp;&bogus;')).toBe('été \u00a0&bogus;');
  });
});
