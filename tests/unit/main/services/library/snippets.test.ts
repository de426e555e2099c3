// Snippets: owned by a show, shown in episodes by reference, edited once for every episode
// (their version going up so a release sees the change), detached into plain rows.

import { describe, expect, it } from 'vitest';
import type { NoteSnippetRow, NoteTextRow } from '../../../../../src/shared/notes/types.js';
import { makeShow, thrown, useLibrary } from './temp-library.js';

describe('snippets repository', () => {
  const lib = useLibrary();

  function setup() {
    const show = makeShow(lib());
    const ep5 = lib().episodes.create({ showId: show.id, number: 5 });
    const ep6 = lib().episodes.create({ showId: show.id, number: 6 });
    const snippet = lib().snippets.create(show.id, '  Qu’est-ce que Raccords?  ');
    lib().notes.insert({ snippetId: snippet.id }, 0, [
      { kind: 'heading', fr: 'Qu’est-ce que Raccords?', en: 'What is Raccords?' },
      { fr: 'Raccords, un balado de la MIS.', en: 'Raccords is a podcast by the MIS.' },
    ]);
    return { show, ep5, ep6, snippet };
  }

  it('creates a snippet with a trimmed name, lists it by show, counts its episodes', () => {
    const { show, ep5, ep6, snippet } = setup();
    expect(snippet).toMatchObject({ showId: show.id, name: 'Qu’est-ce que Raccords?', version: 1, usedBy: 0 });
    lib().notes.insertSnippet(ep5.id, snippet.id, 0);
    lib().notes.insertSnippet(ep6.id, snippet.id, 0);
    expect(lib().snippets.list(show.id)).toMatchObject([{ id: snippet.id, usedBy: 2 }]);
    expect(lib().snippets.usedBy(snippet.id)).toEqual([ep5.id, ep6.id]);
    expect(thrown(() => lib().snippets.create(show.id, ' '))).toMatchObject({ details: { field: 'name' } });
    expect(thrown(() => lib().snippets.create(999, 'x'))).toMatchObject({ code: 'not_found' });
  });

  it('is one text for every episode: an edit shows everywhere and bumps the version', () => {
    const { ep5, ep6, snippet } = setup();
    const version = lib().snippets.get(snippet.id).version;
    lib().notes.insertSnippet(ep5.id, snippet.id, 0);
    lib().notes.insertSnippet(ep6.id, snippet.id, 0);
    const [, body] = lib().notes.rows({ snippetId: snippet.id }) as NoteTextRow[];
    lib().notes.updateSide(body!.id, 'en', 'Raccords is a podcast made by the MIS.');
    expect(lib().snippets.get(snippet.id).version).toBeGreaterThan(version);
    for (const episodeId of [ep5.id, ep6.id]) {
      const [ref] = lib().notes.rows({ episodeId }) as NoteSnippetRow[];
      expect(ref).toMatchObject({ type: 'snippet', snippetId: snippet.id });
      expect((lib().notes.rows({ snippetId: ref!.snippetId })[1] as NoteTextRow).en.text).toBe('Raccords is a podcast made by the MIS.');
      expect(lib().notes.changedAt(episodeId)).toBe(lib().snippets.get(snippet.id).updatedAt);
    }
    expect(lib().snippets.rename(snippet.id, 'Raccords').version).toBeGreaterThan(version + 1);
  });

  it('refuses a reference row as text, and a snippet of another show', () => {
    const { ep5, snippet } = setup();
    const ref = lib().notes.insertSnippet(ep5.id, snippet.id, 0);
    expect(thrown(() => lib().notes.updateSide(ref.id, 'fr', 'x'))).toMatchObject({ details: { field: 'rowId' } });
    const other = makeShow(lib(), { slug: 'autre' });
    const foreign = lib().snippets.create(other.id, 'Autre');
    expect(thrown(() => lib().notes.insertSnippet(ep5.id, foreign.id, 0))).toMatchObject({ details: { field: 'snippetId' } });
  });

  it('detaches a reference into plain rows of the episode, statuses kept', () => {
    const { ep5, snippet } = setup();
    lib().notes.insert({ episodeId: ep5.id }, 0, [{ fr: 'avant' }, { fr: 'après' }]);
    const ref = lib().notes.insertSnippet(ep5.id, snippet.id, 1);
    const copies = lib().notes.detach(ref.id);
    expect(copies.map((r) => [r.kind, r.en.text, r.state])).toEqual([
      ['heading', 'What is Raccords?', 'translated'], ['paragraph', 'Raccords is a podcast by the MIS.', 'translated'],
    ]);
    const rows = lib().notes.rows({ episodeId: ep5.id }) as NoteTextRow[];
    expect(rows.map((r) => [r.position, r.fr.text])).toEqual([
      [0, 'avant'], [1, 'Qu’est-ce que Raccords?'], [2, 'Raccords, un balado de la MIS.'], [3, 'après'],
    ]);
    // The snippet itself is untouched, and no longer used.
    expect(lib().snippets.get(snippet.id).usedBy).toBe(0);
    expect(lib().notes.rows({ snippetId: snippet.id })).toHaveLength(2);
    expect(thrown(() => lib().notes.detach(rows[0]!.id))).toMatchObject({ details: { field: 'rowId' } });
  });

  it('adopts rows of an episode into a snippet shown where they were', () => {
    const { show, ep5 } = setup();
    const rows = lib().notes.insert({ episodeId: ep5.id }, 0, [{ fr: 'intro' }, { fr: 'Abonnez-vous', en: 'Subscribe' }, { fr: 'fin' }]);
    const credits = lib().snippets.create(show.id, 'Abonnement');
    lib().notes.adopt([rows[1]!.id], credits.id);
    expect(lib().notes.rows({ episodeId: ep5.id }).map((r) => r.type)).toEqual(['text', 'snippet', 'text']);
    expect((lib().notes.rows({ snippetId: credits.id })[0] as NoteTextRow)).toMatchObject({ id: rows[1]!.id, state: 'translated' });
  });

  it('refuses to delete a snippet still shown, and deletes it with its rows otherwise', () => {
    const { ep5, snippet } = setup();
    const ref = lib().notes.insertSnippet(ep5.id, snippet.id, 0);
    expect(thrown(() => lib().snippets.remove(snippet.id))).toMatchObject({ details: { field: 'id' } });
    lib().notes.remove(ref.id);
    lib().snippets.remove(snippet.id);
    expect(thrown(() => lib().snippets.get(snippet.id))).toMatchObject({ code: 'not_found' });
    expect(thrown(() => lib().notes.rows({ snippetId: snippet.id }))).toMatchObject({ code: 'not_found' });
  });

  it('counts a snippet’s rows in the progress of every episode showing it', () => {
    const { show, ep5, snippet } = setup();
    lib().notes.insertSnippet(ep5.id, snippet.id, 0);
    const [heading] = lib().notes.rows({ snippetId: snippet.id }) as NoteTextRow[];
    lib().notes.setStatus(heading!.id, 'en', 'reviewed');
    expect(lib().notes.progress(show.id)[ep5.id]).toEqual({ reviewed: 1, total: 2, needsWork: 0 });
  });
});
