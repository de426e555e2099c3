// XLIFF 1.2 out and back: rows that need work, chapter titles and the title go out with ids;
// a translated file comes back matched by id with states carried; what does not match is
// reported and left alone; a malformed, empty or binary file is refused and changes nothing.

import { describe, expect, it } from 'vitest';
import { XMLValidator } from 'fast-xml-parser';
import type { Library } from '../../../../../src/main/services/library/library.js';
import { getNotes } from '../../../../../src/main/services/notes/notes-calls.js';
import { exportXliff } from '../../../../../src/main/services/notes/xliff-export.js';
import { importXliff } from '../../../../../src/main/services/notes/xliff-import.js';
import { readXliff } from '../../../../../src/main/services/notes/xliff-read.js';
import { thrown, useLibrary } from '../library/temp-library.js';
import { raccords, textRows } from './notes-fixtures.js';

/** What a CAT tool does: fills each target, with a state. */
function translate(xliff: string, targets: Record<string, { text: string; state?: string }>): string {
  return xliff.replace(/<trans-unit id="([^"]+)"([\s\S]*?)<\/trans-unit>/g, (unit, id: string) => {
    const t = targets[id];
    if (!t) return unit;
    const lang = /<source xml:lang="([^"]+)"/.exec(unit)?.[1] === 'fr-CA' ? 'en-CA' : 'fr-CA';
    const withoutTarget = unit.replace(/\s*<target[\s\S]*?<\/target>/, '');
    const state = t.state ? ` state="${t.state}"` : '';
    return withoutTarget.replace('</source>', `</source>\n<target xml:lang="${lang}"${state}>${t.text}</target>`);
  });
}

function setup(library: Library) {
  const fixture = raccords(library);
  const chapter = library.chapters.add(fixture.ep5.id, { startMs: 0, title: { fr: 'Ouverture', en: '' } });
  library.chapters.add(fixture.ep5.id, { startMs: 60_000, title: { fr: 'Suite', en: 'Next' } });
  return { ...fixture, chapter };
}

describe('XLIFF 1.2', () => {
  const lib = useLibrary();

  it('exports the rows that need work, untranslated chapter titles and the title, one <file> per direction', () => {
    const { ep5, doc, chapter } = setup(lib());
    const out = exportXliff(lib(), { episodeId: ep5.id });
    expect(out.fileName).toBe('raccords-ep-5.notes.xlf');
    expect(XMLValidator.validate(out.text)).toBe(true);
    expect(out.text).toContain('<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">');
    const units = readXliff(out.text);
    const englishOnly = textRows(doc).filter((r) => r.source === 'en').map((r) => `n${r.id}`);
    expect(units.map((u) => u.id).sort()).toEqual([...englishOnly, 'title', `c${chapter.id}`].sort());
    expect(units.find((u) => u.id === 'title')).toMatchObject({ sourceLang: 'fr', targetLang: 'en', source: 'Reconnaître la capacité', original: 'raccords/ep-5' });
    expect(units.find((u) => u.id === englishOnly[0])).toMatchObject({ sourceLang: 'en', targetLang: 'fr', source: 'Show Notes', target: '' });
    expect(out.units).toBe(units.length);
    // `all`: the 11 rows, the title and both chapters, translated or not.
    expect(readXliff(exportXliff(lib(), { episodeId: ep5.id, all: true }).text)).toHaveLength(11 + 1 + 2);
  });

  it('sends a stale row with its old translation, a note on what changed, and needs-review state', () => {
    const { ep5, doc } = setup(lib());
    const row = textRows(doc)[2]!;
    lib().notes.updateSide(row.id, 'fr', 'Les administrations publiques innovent-elles?');
    const out = exportXliff(lib(), { episodeId: ep5.id });
    expect(out.text).toMatch(new RegExp(`<trans-unit id="n${row.id}"[\\s\\S]*?state="needs-review-translation"[\\s\\S]*?Source changed since the translation`));
  });

  it('reads the translated file back: targets by id, states carried, the rest reported and untouched', () => {
    const { ep5, doc, chapter } = setup(lib());
    const rows = textRows(doc);
    const [showNotes, title, item] = [rows[0]!, rows[1]!, rows[5]!];
    const before = rows[6]!;
    const translated = translate(exportXliff(lib(), { episodeId: ep5.id }).text, {
      [`n${showNotes.id}`]: { text: 'Notes de l&apos;épisode', state: 'final' },
      [`n${title.id}`]: { text: 'Épisode 5 (en français)', state: 'translated' },
      [`n${item.id}`]: { text: 'une <g id="1">entrevue</g> avec Geoff Mulgan<x id="2"/>', state: 'needs-review-translation' },
      title: { text: 'Recognizing the capacity' },
      [`c${chapter.id}`]: { text: 'Opening', state: 'translated' },
    }).replace('</body>', '<trans-unit id="n99999"><source>?</source><target>x</target></trans-unit><trans-unit id="zz"><source>?</source><target>y</target></trans-unit></body>');
    const report = importXliff(lib(), { episodeId: ep5.id, text: translated });
    expect(report).toMatchObject({ updated: 5, unchanged: 0 });
    expect(report.unmatched.map((u) => [u.id, u.problem])).toEqual(expect.arrayContaining([
      [`n${before.id}`, 'empty_target'], ['n99999', 'unknown_id'], ['zz', 'unknown_id'],
    ]));
    const after = textRows(report.doc);
    expect(after[0]).toMatchObject({ state: 'reviewed', fr: { text: "Notes de l'épisode", status: 'reviewed' } });
    expect(after[1]).toMatchObject({ state: 'translated', fr: { text: 'Épisode 5 (en français)' } });
    expect(after[5]).toMatchObject({ state: 'draft', fr: { text: 'une entrevue avec Geoff Mulgan' } });
    expect(after[6]).toEqual(rows[6]);
    expect(lib().episodes.get(ep5.id).title.en).toBe('Recognizing the capacity');
    expect(lib().chapters.get(chapter.id).title.en).toBe('Opening');
    // Importing the same file again changes nothing more.
    expect(importXliff(lib(), { episodeId: ep5.id, text: translated })).toMatchObject({ updated: 0, unchanged: 5 });
  });

  it('makes a row translated from a source that changed since the export need an update', () => {
    const { ep5, doc } = setup(lib());
    const showNotes = textRows(doc)[0]!;
    const exported = exportXliff(lib(), { episodeId: ep5.id }).text;
    lib().notes.updateSide(showNotes.id, 'en', 'Episode notes');
    const report = importXliff(lib(), { episodeId: ep5.id, text: translate(exported, { [`n${showNotes.id}`]: { text: 'Notes', state: 'translated' } }) });
    expect(textRows(report.doc)[0]).toMatchObject({ state: 'needs_update', fr: { text: 'Notes' } });
  });

  it('refuses malformed, empty, binary, foreign and wrong-version files, naming the problem and line, changing nothing', () => {
    const { ep5 } = setup(lib());
    const before = getNotes(lib(), { episodeId: ep5.id });
    const cases: [string, RegExp, number | null][] = [
      ['<?xml version="1.0"?>\n<xliff version="1.2">\n<file>\n</xliff>', /Expected closing tag 'file'/, 4],
      ['', /the text is empty/, null],
      ['\u0000\u0001PK binary', /binary file/, null],
      ['<tmx version="1.4"><body/></tmx>', /this is not XLIFF: the root element is <tmx>/, 1],
      ['<xliff version="2.0"><file/></xliff>', /XLIFF version 2.0 is not supported/, 1],
      ['<xliff version="1.2">\n<file source-language="fr" target-language="de"><body/></file></xliff>', /French into English/, 2],
      ['<xliff version="1.2"><file original="raccords/ep-4" source-language="fr" target-language="en"><body>\n<trans-unit id="title"><source>a</source><target>b</target></trans-unit></body></file></xliff>', /this file is for raccords\/ep-4, not raccords\/ep-5/, 2],
      ['<xliff version="1.2"><file source-language="fr" target-language="en"><body>\n\n<trans-unit id="t"><source>&nbsp;</source></trans-unit></body></file></xliff>', /unknown entity &nbsp;/, 3],
      ['<xliff version="1.2"><file source-language="fr" target-language="en"><body><trans-unit><source>a</source></trans-unit></body></file></xliff>', /<trans-unit> without an id/, 1],
    ];
    for (const [text, problem, line] of cases) {
      const error = thrown(() => importXliff(lib(), { episodeId: ep5.id, text }));
      expect(error.code, text).toBe('xliff_malformed');
      expect(error.message, text).toMatch(problem);
      expect(error.details?.line ?? null, text).toBe(line);
      expect(error.message).toMatch(/nothing was changed/);
    }
    expect(getNotes(lib(), { episodeId: ep5.id })).toEqual(before);
  });

  it('rolls everything back when one unit cannot be written', () => {
    const { ep5, doc } = setup(lib());
    const showNotes = textRows(doc)[0]!;
    const text = translate(exportXliff(lib(), { episodeId: ep5.id }).text, {
      [`n${showNotes.id}`]: { text: 'Notes', state: 'final' },
      title: { text: 'x'.repeat(300) },
    });
    expect(thrown(() => importXliff(lib(), { episodeId: ep5.id, text }))).toMatchObject({ code: 'validation' });
    expect(textRows(getNotes(lib(), { episodeId: ep5.id }))[0]!.fr.text).toBe('');
  });
});
