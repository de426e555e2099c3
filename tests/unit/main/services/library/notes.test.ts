// The notes repository: rows in order, sides and statuses, staleness from content hashes (not
// timestamps), minor edits, split/merge/move/delete, validation naming the field, and the
// translation memory fed by translated rows.

import { describe, expect, it } from 'vitest';
import type { Library } from '../../../../../src/main/services/library/library.js';
import type { NoteTextRow } from '../../../../../src/shared/notes/types.js';
import { makeShow, thrown, useLibrary } from './temp-library.js';

const text = (row: unknown) => row as NoteTextRow;

function setup(library: Library, spoken: 'fr' | 'en' | 'bilingual' = 'fr') {
  const show = makeShow(library);
  const episode = library.episodes.create({ showId: show.id, number: 5, spoken });
  return { show, episode, owner: { episodeId: episode.id } };
}

describe('notes repository', () => {
  const lib = useLibrary();

  it('inserts rows in order, the source defaulting to the only side with text, else the episode language', () => {
    const { owner } = setup(lib(), 'en');
    lib().notes.insert(owner, 0, [{ fr: 'Bonjour', en: 'Hello' }, { fr: 'Seulement en français' }, {}]);
    lib().notes.insert(owner, 1, [{ kind: 'heading', en: 'Show Notes' }]);
    const rows = lib().notes.rows(owner).map(text);
    expect(rows.map((r) => [r.position, r.kind, r.source, r.fr.text, r.en.text, r.state])).toEqual([
      [0, 'paragraph', 'en', 'Bonjour', 'Hello', 'translated'],
      [1, 'heading', 'en', '', 'Show Notes', 'untranslated'],
      [2, 'paragraph', 'fr', 'Seulement en français', '', 'untranslated'],
      [3, 'paragraph', 'en', '', '', 'untranslated'],
    ]);
    expect(rows.map((r) => r.needsWork)).toEqual([false, true, true, false]);
  });

  it('makes a translated row need an update when its source changes, and shows the word diff', () => {
    const { owner } = setup(lib());
    const [row] = lib().notes.insert(owner, 0, [{ fr: 'Stéphane Vincent, délégué et initiateur', en: 'Stéphane Vincent, founder' }]);
    const id = (row as NoteTextRow).id;
    const edited = lib().notes.updateSide(id, 'fr', 'Stéphane Vincent, délégué et fondateur');
    expect(edited.state).toBe('needs_update');
    expect(edited.en.status).toBe('translated');
    expect(edited.sourceDiff).toEqual([
      { op: 'equal', text: 'Stéphane Vincent, délégué et ' }, { op: 'delete', text: 'initiateur' }, { op: 'insert', text: 'fondateur' },
    ]);
    // Typing the old text back makes it current again: content, not timestamps.
    expect(lib().notes.updateSide(id, 'fr', 'Stéphane Vincent, délégué et initiateur').state).toBe('translated');
    // Marking it translated again records the new source.
    lib().notes.updateSide(id, 'fr', 'Stéphane Vincent, délégué général');
    expect(lib().notes.setStatus(id, 'en', 'reviewed')).toMatchObject({ state: 'reviewed', sourceDiff: null });
  });

  it('keeps the translation current after a minor edit of the source', () => {
    const { owner } = setup(lib());
    const id = (lib().notes.insert(owner, 0, [{ fr: 'La 27e Regoin', en: 'La 27e Région' }])[0] as NoteTextRow).id;
    const fixed = lib().notes.updateSide(id, 'fr', 'La 27e Région', { minor: true });
    expect(fixed).toMatchObject({ state: 'translated', fr: { text: 'La 27e Région' }, en: { fromText: 'La 27e Région' } });
    // A minor edit does not make a stale translation current.
    lib().notes.updateSide(id, 'fr', 'La 28e Région');
    expect(lib().notes.updateSide(id, 'fr', 'La 28e Région.', { minor: true }).state).toBe('needs_update');
  });

  it('moves side statuses the way translators expect', () => {
    const { owner } = setup(lib());
    const id = (lib().notes.insert(owner, 0, [{ fr: 'Bonjour' }])[0] as NoteTextRow).id;
    expect(lib().notes.updateSide(id, 'en', 'Hello')).toMatchObject({ state: 'draft', en: { status: 'draft', fromHash: null } });
    expect(lib().notes.setStatus(id, 'en', 'reviewed').state).toBe('reviewed');
    expect(lib().notes.updateSide(id, 'en', 'Hello!')).toMatchObject({ state: 'translated' });
    expect(lib().notes.updateSide(id, 'en', '')).toMatchObject({ state: 'untranslated', en: { status: 'untranslated' } });
    expect(thrown(() => lib().notes.setStatus(id, 'en', 'translated'))).toMatchObject({ code: 'validation', details: { field: 'status' } });
  });

  it('swaps the source side and changes the kind', () => {
    const { owner } = setup(lib());
    const id = (lib().notes.insert(owner, 0, [{ fr: 'Bonjour', en: 'Hello' }])[0] as NoteTextRow).id;
    expect(lib().notes.update(id, { source: 'en', kind: 'heading' })).toMatchObject({ source: 'en', kind: 'heading' });
  });

  it('refuses bad input naming the field, and unknown rows', () => {
    const { owner } = setup(lib());
    const id = (lib().notes.insert(owner, 0, [{ fr: 'a' }])[0] as NoteTextRow).id;
    expect(thrown(() => lib().notes.insert(owner, 5, [{}]))).toMatchObject({ details: { field: 'at' } });
    expect(thrown(() => lib().notes.insert(owner, 0, [{ kind: 'table' as never }]))).toMatchObject({ details: { field: 'rows.0.kind' } });
    expect(thrown(() => lib().notes.updateSide(id, 'fr', 'x'.repeat(20_001)))).toMatchObject({ details: { field: 'text' } });
    expect(thrown(() => lib().notes.updateSide(id, 'fr', 'nul\u0000'))).toMatchObject({ details: { field: 'text' } });
    expect(thrown(() => lib().notes.updateSide(999, 'fr', 'x'))).toMatchObject({ code: 'not_found' });
    expect(thrown(() => lib().notes.rows({ episodeId: 999 }))).toMatchObject({ code: 'not_found' });
  });

  it('splits a row, each half still translated from its own half', () => {
    const { owner } = setup(lib());
    const id = (lib().notes.insert(owner, 0, [{ fr: 'Première phrase. Deuxième phrase.', en: 'First sentence. Second sentence.' }, { fr: 'fin' }])[0] as NoteTextRow).id;
    lib().notes.split(id, { fr: 17, en: 16 });
    const rows = lib().notes.rows(owner).map(text);
    expect(rows.map((r) => [r.position, r.fr.text, r.en.text, r.state])).toEqual([
      [0, 'Première phrase.', 'First sentence.', 'translated'],
      [1, 'Deuxième phrase.', 'Second sentence.', 'translated'],
      [2, 'fin', '', 'untranslated'],
    ]);
    expect(thrown(() => lib().notes.split(id, { fr: 99, en: 0 }))).toMatchObject({ details: { field: 'at.fr' } });
    expect(thrown(() => lib().notes.split(id, { fr: 16, en: 15 }))).toMatchObject({ details: { field: 'at' } });
  });

  it('merges rows that follow each other, statuses the lowest, staleness kept', () => {
    const { owner } = setup(lib());
    const rows = lib().notes.insert(owner, 0, [
      { fr: 'Un.', en: 'One.', status: { en: 'reviewed' } }, { fr: 'Deux.', en: 'Two.' }, { fr: 'Trois.', en: 'Three.' },
    ]).map(text);
    const [a, b, c] = rows.map((r) => r.id) as [number, number, number];
    expect(lib().notes.merge([b, a])).toMatchObject({ fr: { text: 'Un. Deux.' }, en: { text: 'One. Two.', status: 'translated' }, state: 'translated' });
    expect(lib().notes.rows(owner).map((r) => r.position)).toEqual([0, 1]);
    lib().notes.updateSide(c, 'fr', 'Trois !');
    const merged = lib().notes.merge([a, c]);
    expect(merged.state).toBe('needs_update');
    expect(merged.sourceDiff?.filter((o) => o.op !== 'equal')).toEqual([{ op: 'delete', text: '.' }, { op: 'insert', text: ' !' }]);
    expect(thrown(() => lib().notes.merge([a]))).toMatchObject({ details: { field: 'rowIds' } });
  });

  it('refuses to merge rows that do not follow each other', () => {
    const { owner } = setup(lib());
    const [a, , c] = lib().notes.insert(owner, 0, [{ fr: 'a' }, { fr: 'b' }, { fr: 'c' }]).map((r) => r.id) as [number, number, number];
    expect(thrown(() => lib().notes.merge([a, c]))).toMatchObject({ details: { field: 'rowIds' } });
  });

  it('moves and deletes rows, positions kept dense, the episode revision going up', () => {
    const { owner, episode } = setup(lib());
    const [a, b, c] = lib().notes.insert(owner, 0, [{ fr: 'a' }, { fr: 'b' }, { fr: 'c' }]).map((r) => r.id) as [number, number, number];
    const before = lib().notes.changedAt(episode.id);
    lib().notes.move(a, 2);
    expect(lib().notes.rows(owner).map((r) => r.id)).toEqual([b, c, a]);
    lib().notes.remove(c);
    expect(lib().notes.rows(owner).map((r) => [r.id, r.position])).toEqual([[b, 0], [a, 1]]);
    expect(lib().notes.changedAt(episode.id)! >= before!).toBe(true);
    expect(thrown(() => lib().notes.move(a, 5))).toMatchObject({ details: { field: 'to' } });
  });

  it('replaces all rows in one go, and rolls back entirely when one row is bad', () => {
    const { owner } = setup(lib());
    lib().notes.insert(owner, 0, [{ fr: 'a' }]);
    expect(thrown(() => lib().notes.replaceAll(owner, [{ fr: 'b' }, { fr: 'x'.repeat(20_001) }]))).toMatchObject({ details: { field: 'rows.1.fr' } });
    expect(lib().notes.rows(owner).map((r) => text(r).fr.text)).toEqual(['a']);
    lib().notes.replaceAll(owner, [{ fr: 'b' }, { fr: 'c' }]);
    expect(lib().notes.rows(owner).map((r) => text(r).fr.text)).toEqual(['b', 'c']);
  });

  it('feeds the translation memory with translated and reviewed episode rows only', () => {
    const { owner } = setup(lib());
    const [done, open] = lib().notes.insert(owner, 0, [{ fr: 'Bonjour à tous', en: 'Hello everyone' }, { fr: 'Merci' }]).map((r) => r.id) as [number, number];
    expect(lib().tm.all().map((u) => [u.fr, u.en, u.origin, u.rowId])).toEqual([['Bonjour à tous', 'Hello everyone', 'notes', done]]);
    lib().notes.updateSide(open, 'en', 'Thanks');
    expect(lib().tm.count()).toBe(1);
    lib().notes.setStatus(open, 'en', 'translated');
    // Translated again with a better target: the row's own unit is updated, not duplicated.
    lib().notes.updateSide(open, 'en', 'Thank you');
    lib().notes.setStatus(open, 'en', 'reviewed');
    expect(lib().tm.all().map((u) => [u.fr, u.en])).toEqual([['Bonjour à tous', 'Hello everyone'], ['Merci', 'Thank you']]);
  });

  it('counts progress per episode of a show: reviewed, total and needing work', () => {
    const { owner, episode, show } = setup(lib());
    const other = lib().episodes.create({ showId: show.id, number: 6 });
    const [a] = lib().notes.insert(owner, 0, [{ fr: 'Un', en: 'One' }, { fr: 'Deux' }, {}]).map((r) => r.id) as [number];
    lib().notes.setStatus(a, 'en', 'reviewed');
    expect(lib().notes.progress(show.id)).toEqual({
      [episode.id]: { reviewed: 1, total: 2, needsWork: 1 },
      [other.id]: { reviewed: 0, total: 0, needsWork: 0 },
    });
    expect(thrown(() => lib().notes.progress(999))).toMatchObject({ code: 'not_found' });
  });
});
