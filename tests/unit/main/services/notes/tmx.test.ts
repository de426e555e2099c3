// TMX 1.4 out and back: the whole translation memory round-trips; a file from another tool is
// read (inline codes dropped, region codes folded); bad files are refused and add nothing.

import { describe, expect, it } from 'vitest';
import { XMLValidator } from 'fast-xml-parser';
import { exportTmx, tmxDate } from '../../../../../src/main/services/notes/tmx-export.js';
import { importTmx } from '../../../../../src/main/services/notes/tmx-import.js';
import { tempDir, thrown, useLibrary } from '../library/temp-library.js';
import { Library } from '../../../../../src/main/services/library/library.js';
import { raccords } from './notes-fixtures.js';

const TRADOS = `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE tmx SYSTEM "tmx14.dtd">
<tmx version="1.4">
  <header creationtool="SDL" creationtoolversion="1" datatype="xml" segtype="sentence" adminlang="en-US" srclang="fr-CA" o-tmf="sdl"/>
  <body>
    <tu tuid="a1" creationdate="20240102T030405Z">
      <tuv xml:lang="fr-CA"><seg>Abonnez-vous <bpt i="1">&lt;b&gt;</bpt>gratuitement<ept i="1">&lt;/b&gt;</ept> &amp; &#233;coutez</seg></tuv>
      <tuv xml:lang="EN-us"><seg>Subscribe <hi>for free</hi> &amp; listen</seg></tuv>
    </tu>
    <tu tuid="a2" srclang="en-US">
      <tuv xml:lang="en-US"><seg>Thank you</seg></tuv>
      <tuv xml:lang="fr-FR"><seg><![CDATA[Merci <beaucoup>]]></seg></tuv>
    </tu>
    <tu tuid="a3">
      <tuv xml:lang="fr-CA"><seg>Seulement en français</seg></tuv>
      <tuv xml:lang="de-DE"><seg>Nur Deutsch</seg></tuv>
    </tu>
  </body>
</tmx>`;

describe('TMX', () => {
  const lib = useLibrary();

  it('exports the memory as valid TMX 1.4 with directions and dates', () => {
    raccords(lib());
    const out = exportTmx(lib());
    expect(XMLValidator.validate(out.text)).toBe(true);
    expect(out).toMatchObject({ fileName: 'balado-translation-memory.tmx', units: 5 });
    expect(out.text).toContain('<tmx version="1.4">');
    expect(out.text).toMatch(/<tu tuid="\d+" srclang="fr" creationdate="\d{8}T\d{6}Z"/);
    expect(out.text).toContain('<prop type="x-balado-origin">alignment</prop>');
    expect(tmxDate('2026-03-04T06:07:08.123Z')).toBe('20260304T060708Z');
  });

  it('round-trips the memory into another library unchanged', () => {
    raccords(lib());
    const other = Library.open(tempDir());
    try {
      const report = importTmx(other, exportTmx(lib()).text);
      expect(report).toMatchObject({ units: 5, added: 5, known: 0, skipped: [], total: 5 });
      const strip = (l: Library) => l.tm.all().map((u) => [u.sourceLang, u.fr, u.en, u.createdAt.slice(0, 19)]);
      expect(strip(other)).toEqual(strip(lib()));
      expect(importTmx(other, exportTmx(lib()).text)).toMatchObject({ added: 0, known: 5, total: 5 });
    } finally {
      other.close();
    }
  });

  it('reads another tool’s TMX: region codes, inline codes, CDATA, dates; skips units without both languages', () => {
    const report = importTmx(lib(), TRADOS);
    expect(report).toMatchObject({ units: 3, added: 2, known: 0, total: 2 });
    expect(report.skipped).toEqual([{ tuid: 'a3', line: 14, missing: ['en'], reason: 'no English text' }]);
    expect(lib().tm.all().map((u) => [u.sourceLang, u.fr, u.en, u.origin, u.createdAt])).toEqual([
      ['fr', 'Abonnez-vous gratuitement & écoutez', 'Subscribe for free & listen', 'tmx', '2024-01-02T03:04:05.000Z'],
      ['en', 'Merci <beaucoup>', 'Thank you', 'tmx', expect.any(String)],
    ]);
  });

  it('refuses malformed, empty, binary and foreign files, naming the problem and line, adding nothing', () => {
    raccords(lib());
    const before = lib().tm.all();
    const cases: [string, RegExp, number | null][] = [
      ['<tmx version="1.4">\n<body>\n<tu><tuv xml:lang="fr"><seg>a</tuv></tu>\n</body></tmx>', /Expected closing tag 'seg'/, 3],
      ['   \n', /the text is empty/, null],
      ['\u0000\u0000\u0000binary', /binary file/, null],
      ['<xliff version="1.2"/>', /this is not TMX/, 1],
      ['<tmx version="2.0"><body/></tmx>', /TMX version 2.0 is not supported/, 1],
      ['<tmx version="1.4"><header/></tmx>', /<tmx> has no <body>/, 1],
      ['<tmx version="1.4"><body>\n<tu><tuv xml:lang="fr"><seg>&eacute;</seg></tuv></tu></body></tmx>', /unknown entity &eacute;/, 2],
      [TRADOS.replace('</body>', '<tu></body>'), /Unclosed tag 'tu'|closing tag/, 18],
    ];
    for (const [text, problem, line] of cases) {
      const error = thrown(() => importTmx(lib(), text));
      expect(error.code, text).toBe('tmx_malformed');
      expect(error.message, text).toMatch(problem);
      expect(error.details?.line ?? null, text).toBe(line);
    }
    expect(lib().tm.all()).toEqual(before);
  });
});
