// The API's notes calls over a real library: the doc the editor gets back after every write,
// staleness and minor edits, snippets propagated to every episode, translation-memory
// suggestions from another episode, commit of an alignment and rendering for the release.

import { describe, expect, it } from 'vitest';
import {
  createSnippetFromRows, deleteRow, getNotes, insertRow, insertSnippet, mergeRows, moveRow, setStatus, splitRow, updateRow, updateSide,
  updateSnippet, commitAlignment, detachSnippet, createSnippet, listSnippets,
} from '../../../../../src/main/services/notes/notes-calls.js';
import { renderNotes } from '../../../../../src/main/services/notes/notes-output.js';
import { lookupMemory } from '../../../../../src/main/services/notes/tm-lookup.js';
import type { NoteSnippetRow } from '../../../../../src/shared/notes/types.js';
import { thrown, useLibrary } from '../library/temp-library.js';
import { raccords, textRows } from './notes-fixtures.js';

describe('notes calls', () => {
  const lib = useLibrary();

  it('stores the accepted sample alignment and describes it: rows, sizes, warnings, progress', () => {
    const { doc, ep5, show } = raccords(lib());
    expect(doc.owner).toEqual({ episodeId: ep5.id, snippetId: null, showId: show.id });
    expect(doc.defaultSource).toBe('fr');
    expect(textRows(doc).map((r) => [r.kind, r.source, r.state])).toEqual([
      ['heading', 'en', 'untranslated'], ['heading', 'en', 'untranslated'],
      ['paragraph', 'fr', 'translated'], ['paragraph', 'fr', 'translated'], ['paragraph', 'fr', 'translated'],
      ['list_item', 'en', 'untranslated'], ['list_item', 'en', 'untranslated'], ['list_item', 'en', 'untranslated'],
      ['heading', 'en', 'untranslated'], ['paragraph', 'fr', 'translated'], ['paragraph', 'fr', 'translated'],
    ]);
    expect(doc.progress).toEqual({ reviewed: 0, total: 11, needsWork: 6 });
    expect(doc.size.fr).toMatchObject({ limit: 4000, over: false });
    expect(doc.size.fr.bytes).toBeGreaterThan(doc.size.fr.chars);
    expect(doc.warnings.filter((w) => w.problem === 'empty_side')).toHaveLength(6);
    expect(doc.warnings.filter((w) => w.problem === 'broken_link').map((w) => w.lang)).toEqual(['en']);
    expect(doc.changedAt).toMatch(/^\d{4}-\d\d-\d\dT/);
    // Aligning the back catalogue fills the translation memory.
    expect(lib().tm.count()).toBe(5);
  });

  it('marks a row needing an update after a source edit, not after a minor one, and answers with the doc', () => {
    const { doc } = raccords(lib());
    const row = textRows(doc)[3]!;
    const typo = row.fr.text.replace('délégué général', 'délégué général,');
    const minor = updateSide(lib(), { rowId: row.id, lang: 'fr', text: typo, minor: true });
    expect(textRows(minor)[3]!.state).toBe('translated');
    const major = updateSide(lib(), { rowId: row.id, lang: 'fr', text: typo.replace('initiateur', 'fondateur') });
    expect(textRows(major)[3]).toMatchObject({ state: 'needs_update', needsWork: true });
    expect(textRows(major)[3]!.sourceDiff?.filter((o) => o.op !== 'equal')).toEqual([
      { op: 'delete', text: 'initiateur' }, { op: 'insert', text: 'fondateur' },
    ]);
    expect(major.progress.needsWork).toBe(7);
    const fixed = setStatus(lib(), { rowId: row.id, lang: 'en', status: 'reviewed' });
    expect(textRows(fixed)[3]!.state).toBe('reviewed');
    expect(fixed.progress.reviewed).toBe(1);
  });

  it('inserts, splits, merges, moves and deletes rows, answering with the doc each time', () => {
    const { ep5 } = raccords(lib());
    let doc = insertRow(lib(), { episodeId: ep5.id, at: 0, row: { kind: 'heading', fr: 'Notes de l’épisode' } });
    expect(textRows(doc)[0]).toMatchObject({ kind: 'heading', source: 'fr', state: 'untranslated' });
    const first = doc.rows[0]!.id;
    doc = updateRow(lib(), { rowId: first, kind: 'paragraph' });
    doc = splitRow(lib(), { rowId: first, at: { fr: 8, en: 0 } });
    expect(textRows(doc).slice(0, 2).map((r) => r.fr.text)).toEqual(['Notes de', 'l’épisode']);
    doc = mergeRows(lib(), { rowIds: [first, doc.rows[1]!.id] });
    expect(textRows(doc)[0]!.fr.text).toBe('Notes de l’épisode');
    doc = moveRow(lib(), { rowId: first, to: 11 });
    expect(doc.rows.at(-1)!.id).toBe(first);
    doc = deleteRow(lib(), { rowId: first });
    expect(doc.rows).toHaveLength(11);
    expect(thrown(() => insertRow(lib(), { episodeId: ep5.id, snippetId: 1, at: 0 }))).toMatchObject({ details: { field: 'episodeId' } });
  });

  it('turns the "What is Raccords?" block into a snippet shown in two episodes, edited once for both', () => {
    const { ep4, ep5, doc, show } = raccords(lib());
    const block = doc.rows.slice(8).map((r) => r.id);
    const after = createSnippetFromRows(lib(), { episodeId: ep5.id, rowIds: block, name: 'Qu’est-ce que Raccords?' });
    const ref = after.rows[8] as NoteSnippetRow;
    expect(ref.type).toBe('snippet');
    expect(after.rows).toHaveLength(9);
    expect(after.snippets[0]!.rows.map((r) => r.en.text.slice(0, 17))).toEqual(['What is Raccords?', 'The Raccords podc', 'Sometimes in Fren']);
    // The rendered notes did not change by becoming a snippet.
    expect(renderNotes(lib(), { episodeId: ep5.id, lang: 'en', format: 'html' }).text).toContain('<p><strong>What is Raccords?</strong></p>');
    const inEp4 = insertSnippet(lib(), { episodeId: ep4.id, snippetId: ref.snippetId, at: 0 });
    expect(inEp4.snippets[0]!.usedBy).toBe(2);

    const version = inEp4.snippets[0]!.version;
    const heading = inEp4.snippets[0]!.rows[0]!;
    const edited = updateSide(lib(), { rowId: heading.id, lang: 'fr', text: 'Qu’est-ce que Raccords ?', episodeId: ep4.id });
    expect(edited.owner.episodeId).toBe(ep4.id);
    expect(edited.snippets[0]!.version).toBeGreaterThan(version);
    for (const episodeId of [ep4.id, ep5.id]) {
      expect(renderNotes(lib(), { episodeId, lang: 'fr', format: 'text' }).text).toContain('Qu’est-ce que Raccords ?');
    }
    expect(getNotes(lib(), { episodeId: ep5.id }).changedAt).toBe(edited.snippets[0]!.updatedAt);

    const snippet = updateSnippet(lib(), { id: ref.snippetId, name: 'Raccords' });
    expect(listSnippets(lib(), show.id).map((s) => [s.name, s.usedBy, s.rows.length])).toEqual([['Raccords', 2, 3]]);
    const detached = detachSnippet(lib(), { rowId: inEp4.rows[0]!.id });
    expect(detached.rows.map((r) => r.type)).toEqual(['text', 'text', 'text']);
    expect(lib().snippets.get(snippet.id).usedBy).toBe(1);
  });

  it('suggests the translation of a similar segment from another episode, snippets first', () => {
    const { ep4, show } = raccords(lib());
    createSnippet(lib(), { showId: show.id, name: 'Abonnement', rows: [{ fr: 'Abonnez-vous gratuitement à Raccords sur le site de la MIS.', en: 'Subscribe to Raccords for free on the MIS website.' }] });
    const typed = "C'est en instaurant cette culture d'expérimentation et de R&D sociale et publique qu'on parvient à faire « bouger les lignes ».";
    const [match] = lookupMemory(lib(), { text: typed, sourceLang: 'fr', episodeId: ep4.id });
    expect(match).toMatchObject({ origin: 'memory', target: expect.stringMatching(/^It is by establishing this culture/) });
    expect(match!.score).toBeGreaterThanOrEqual(70);
    expect(match!.score).toBeLessThan(100);
    const both = lookupMemory(lib(), { text: 'Abonnez-vous gratuitement à Raccords sur le site de la MIS', sourceLang: 'fr', episodeId: ep4.id });
    // 10 of the snippet's 11 tokens (its final period aside): 1 − 1/11 → 90 %.
    expect(both.map((m) => [m.origin, m.score])).toEqual([['snippet', 90]]);
    // Snippets come first even when the memory has a closer match.
    lib().tm.record({ sourceLang: 'fr', fr: 'Abonnez-vous gratuitement à Raccords sur le site de la MIS', en: 'Subscribe for free.', origin: 'tmx' });
    const ranked = lookupMemory(lib(), { text: 'Abonnez-vous gratuitement à Raccords sur le site de la MIS', sourceLang: 'fr', episodeId: ep4.id });
    expect(ranked.map((m) => [m.origin, m.score])).toEqual([['snippet', 90], ['memory', 100]]);
    expect(lookupMemory(lib(), { text: 'Rien à voir avec le reste.', sourceLang: 'fr' })).toEqual([]);
    expect(lookupMemory(lib(), { text: '   ', sourceLang: 'en' })).toEqual([]);
  });

  it('appends an alignment after the rows already there, or replaces them', () => {
    const { ep4 } = raccords(lib());
    commitAlignment(lib(), { episodeId: ep4.id, rows: [{ fr: 'Un', en: 'One' }], mode: 'append' });
    const doc = commitAlignment(lib(), { episodeId: ep4.id, rows: [{ fr: 'Deux', en: null }], mode: 'append' });
    expect(textRows(doc).map((r) => r.fr.text)).toEqual(['Un', 'Deux']);
    expect(textRows(commitAlignment(lib(), { episodeId: ep4.id, rows: [], mode: 'replace' }))).toEqual([]);
  });

  it('renders each language as sanitized HTML, plain text and Markdown with its size', () => {
    const { ep5 } = raccords(lib());
    const html = renderNotes(lib(), { episodeId: ep5.id, lang: 'en', format: 'html' });
    expect(html.mime).toBe('text/html; charset=utf-8');
    expect(html.text).toContain('<ul><li>an interview with Geoff Mulgan');
    expect(html.text).toContain('or by subscribing for free here: https://</p>');
    expect(html.size.bytes).toBe(new TextEncoder().encode(html.text).length);
    const fr = renderNotes(lib(), { episodeId: ep5.id, lang: 'fr', format: 'text' });
    expect(fr.text.startsWith('Les administrations publiques')).toBe(true);
    expect(renderNotes(lib(), { episodeId: ep5.id, lang: 'en', format: 'markdown' }).text.startsWith('## Show Notes\n\n## Episode 5')).toBe(true);
  });
});
