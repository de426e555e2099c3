// The inline Markdown subset of a segment: what becomes bold, italic, a link or a line break,
// what stays text, and what is reported (unbalanced markers, cut-off or unsafe links).

import { describe, expect, it } from 'vitest';
import { inlineToHtml, inlineToText, isSafeHref, linksOf, parseInline } from '../../../../src/shared/notes/markdown-inline.js';

const html = (text: string) => inlineToHtml(parseInline(text).nodes);
const problems = (text: string) => parseInline(text).problems.map((p) => `${p.problem} ${p.near}`);

describe('parseInline', () => {
  it('reads bold, italic, links and line breaks', () => {
    expect(html('**Raccords** est *le* balado\nde la [MIS](https://mis.quebec/raccords).')).toBe(
      '<strong>Raccords</strong> est <em>le</em> balado<br>de la <a href="https://mis.quebec/raccords">MIS</a>.',
    );
    expect(html('[**gras** dans un lien](https://a.org)')).toBe('<a href="https://a.org"><strong>gras</strong> dans un lien</a>');
  });

  it('links bare addresses, leaving sentence punctuation outside', () => {
    expect(html('Voir https://mis.quebec/raccords. Ou (https://fr.wikipedia.org/wiki/R%26D_(x)).')).toBe(
      'Voir <a href="https://mis.quebec/raccords">https://mis.quebec/raccords</a>. Ou (<a href="https://fr.wikipedia.org/wiki/R%26D_(x)">https://fr.wikipedia.org/wiki/R%26D_(x)</a>).',
    );
  });

  it('keeps stray markers as text: "5 * 3", "** ", escapes', () => {
    expect(html('5 * 3 = 15, \\*pas\\* en italique')).toBe('5 * 3 = 15, *pas* en italique');
    expect(problems('5 * 3 = 15')).toEqual([]);
  });

  it('reports what it cannot close or link', () => {
    expect(problems('**gras sans fin')).toEqual(['unbalanced_markdown **']);
    expect(problems('un *italique')).toEqual(['unbalanced_markdown *']);
    expect(problems('[texte](https://a.org')).toEqual(['unbalanced_markdown ](']);
    expect(problems('abonnez-vous ici : https://')).toEqual(['broken_link https://']);
    expect(problems('[clic](javascript:alert(1))')).toEqual(['broken_link javascript:alert(1)']);
    expect(html('[clic](javascript:alert(1))')).toBe('clic');
  });

  it('escapes everything that is text', () => {
    expect(html('<script>alert("x")</script> & ]]>')).toBe('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; ]]&gt;');
  });

  it('gives plain text with link addresses, and the links', () => {
    const { nodes } = parseInline('**Écoutez** [le site](https://mis.quebec) ou https://a.org\n[écrire](mailto:equipe@mis.quebec)');
    expect(inlineToText(nodes)).toBe('Écoutez le site (https://mis.quebec) ou https://a.org\nécrire (equipe@mis.quebec)');
    expect(linksOf(nodes)).toEqual(['https://mis.quebec', 'https://a.org', 'mailto:equipe@mis.quebec']);
  });
});

describe('isSafeHref', () => {
  it('allows http, https and mailto with a real host or address only', () => {
    expect(isSafeHref('https://mis.quebec/a?b=1')).toBe(true);
    expect(isSafeHref('mailto:equipe@mis.quebec')).toBe(true);
    for (const bad of ['javascript:alert(1)', 'JAVASCRIPT:alert(1)', 'data:text/html,x', 'https://', 'http://nohost', '//evil.org', 'mailto:', 'https://a.org/"onclick']) {
      expect(isSafeHref(bad), bad).toBe(false);
    }
  });
});
