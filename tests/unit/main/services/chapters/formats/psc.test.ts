// Podlove Simple Chapters: entities, NPT variants, feeds around the chapters, and bad XML.

import { describe, expect, it } from 'vitest';
import { FORMATS } from '../../../../../../src/main/services/chapters/formats/index.js';
import { ch, malformedOf, parse, summary } from '../chapter-fixtures.js';

const PSC = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:psc="http://podlove.org/simple-chapters">
  <channel><item>
    <title>Ép. 5</title>
    <description><![CDATA[<psc:chapter start="00:00:09" title="inside CDATA"/>]]></description>
    <psc:chapters version="1.2">
      <psc:chapter start="0" title="Questions &amp; réponses" />
      <!-- <psc:chapter start="00:00:30" title="commented out"/> -->
      <psc:chapter start="01:02.5" title='L&apos;accueil &#233;t&#xE9; &lt;3 "ok"' href="https://example.org/?a=1&amp;b=2"/>
      <psc:chapter start="1:00:00.250" title="Q&A > fin" image="https://example.org/c.jpg"></psc:chapter>
      <psc:chapter
          start="01:30:00"
          title="Sur plusieurs
lignes"/>
    </psc:chapters>
  </item></channel>
</rss>`;

describe('psc chapters', () => {
  it('reads a feed item: entities decoded, NPT in every shape, comments and CDATA skipped, attributes over lines', () => {
    const chapters = parse('psc', PSC);
    expect(summary(chapters)).toEqual([
      [0, 'Questions & réponses'],
      [62_500, "L'accueil été <3 \"ok\""],
      [3_600_250, 'Q&A > fin'],
      [5_400_000, 'Sur plusieurs lignes'],
    ]);
    expect(chapters[1]?.url).toBe('https://example.org/?a=1&b=2');
    expect(chapters[2]?.img).toBe('https://example.org/c.jpg');
  });

  it('reads any namespace prefix, or none', () => {
    expect(summary(parse('psc', '<sc:chapters xmlns:sc="http://podlove.org/simple-chapters"><sc:chapter start="5" title="a"/></sc:chapters>'))).toEqual([[5000, 'a']]);
    expect(summary(parse('psc', '<chapters><chapter start="00:00:07.5" title="b"/></chapters>'))).toEqual([[7500, 'b']]);
  });

  it('escapes on write and leaves hidden chapters out', () => {
    const text = FORMATS.psc.serialize([ch(0, 'a & <b> "c"\td', { url: 'https://x.example/?q=1&r=2' }), ch(1000, 'caché', { hidden: true })], { lang: 'fr' });
    expect(text).toContain('<psc:chapter start="00:00:00.000" title="a &amp; &lt;b&gt; &quot;c&quot;&#9;d" href="https://x.example/?q=1&amp;r=2"/>');
    expect(text).not.toContain('caché');
    expect(text).toContain('xmlns:psc="http://podlove.org/simple-chapters"');
  });

  it('names the line of a bad time, an unknown entity, a missing start', () => {
    const time = malformedOf(() => parse('psc', '<psc:chapters>\n<psc:chapter start="0" title="a"/>\n<psc:chapter start="1:75" title="b"/>\n</psc:chapters>'));
    expect(time).toMatchObject({ line: 3 });
    expect(time.problem).toContain('start "1:75" is not a time');
    expect(malformedOf(() => parse('psc', '<psc:chapter start="0"\n title="&eacute;"/>'))).toMatchObject({ line: 1 });
    expect(malformedOf(() => parse('psc', '\n\n<psc:chapter title="x"/>'))).toMatchObject({ line: 3, problem: 'chapter without a start attribute' });
    expect(malformedOf(() => parse('psc', '<psc:chapter start="0" title=oops/>')).problem).toContain('cannot read the attributes');
    expect(malformedOf(() => parse('psc', '<rss><item/></rss>')).problem).toBe('no chapters found');
  });
});
