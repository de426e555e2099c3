// library.chapters: time order, whole-list replacement in one transaction (ids kept, nothing
// half-written), and the single edits with the rules they must meet.

import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { makeAsset, makeShow, sleep, thrown, useLibrary } from './temp-library.js';

describe('library.chapters', () => {
  const lib = useLibrary();
  let number = 0;
  /** A new episode, with audio of `durationMs` (none when null). */
  const episode = (durationMs: number | null = 600_000): number => {
    const show = lib().shows.list()[0] ?? makeShow(lib());
    const created = lib().episodes.create({ showId: show.id, number: ++number });
    return durationMs === null ? created.id : lib().episodes.setAudio(created.id, makeAsset(lib(), { durationMs }).id).id;
  };
  const titles = (episodeId: number) => lib().chapters.list(episodeId).map((c) => [c.startMs, c.title.fr, c.title.en]);

  it('adds chapters, lists them by start, normalises titles and defaults the rest', () => {
    const id = episode();
    lib().chapters.add(id, { startMs: 90_000, title: { fr: '  Deux\nlignes ' } });
    const first = lib().chapters.add(id, { startMs: 0, title: { fr: 'Ouverture', en: 'Opening' } });
    expect(first).toEqual({ id: first.id, episodeId: id, startMs: 0, endMs: null, title: { fr: 'Ouverture', en: 'Opening' }, url: '', img: '', hidden: false });
    expect(titles(id)).toEqual([[0, 'Ouverture', 'Opening'], [90_000, 'Deux lignes', '']]);
  });

  it('refuses on add: a start already taken, after the audio, a bad link, an end before the start, a fraction of a ms', () => {
    const id = episode(60_000);
    lib().chapters.add(id, { startMs: 1000, title: { fr: 'a' } });
    expect(thrown(() => lib().chapters.add(id, { startMs: 1000, title: { fr: 'b' } }))).toMatchObject({ code: 'duplicate', details: { field: 'startMs' } });
    expect(thrown(() => lib().chapters.add(id, { startMs: 60_000, title: { fr: 'b' } }))).toMatchObject({ code: 'validation', details: { field: 'startMs' } });
    expect(thrown(() => lib().chapters.add(id, { startMs: 2000, title: { fr: 'b' }, url: 'javascript:alert(1)' }))).toMatchObject({ details: { field: 'url' } });
    expect(thrown(() => lib().chapters.add(id, { startMs: 2000, endMs: 2000, title: { fr: 'b' } }))).toMatchObject({ details: { field: 'endMs' } });
    expect(thrown(() => lib().chapters.add(id, { startMs: 2.5, title: { fr: 'b' } }))).toMatchObject({ details: { field: 'startMs' } });
    expect(thrown(() => lib().chapters.add(9999, { startMs: 0, title: { fr: 'b' } }))).toMatchObject({ code: 'not_found' });
    expect(titles(id)).toEqual([[1000, 'a', '']]);
  });

  it('updates one language, moves a chapter unless the time is taken, removes', () => {
    const id = episode();
    const a = lib().chapters.add(id, { startMs: 0, title: { fr: 'Ouverture' } });
    const b = lib().chapters.add(id, { startMs: 5000, title: { fr: 'Suite' } });
    expect(lib().chapters.update(b.id, { title: { en: 'Next' } }).title).toEqual({ fr: 'Suite', en: 'Next' });
    expect(thrown(() => lib().chapters.update(b.id, { startMs: 0 }))).toMatchObject({ code: 'duplicate' });
    expect(lib().chapters.update(b.id, { startMs: 6000, endMs: 7000, hidden: true })).toMatchObject({ startMs: 6000, endMs: 7000, hidden: true });
    expect(thrown(() => lib().chapters.update(b.id, { endMs: 6000 }))).toMatchObject({ details: { field: 'endMs' } });
    lib().chapters.remove(a.id);
    expect(thrown(() => lib().chapters.remove(a.id))).toMatchObject({ code: 'not_found' });
    expect(thrown(() => lib().chapters.update(a.id, { hidden: true }))).toMatchObject({ code: 'not_found' });
    expect(titles(id)).toEqual([[6000, 'Suite', 'Next']]);
  });

  it('replaces the whole list: given ids kept, others new, missing ones deleted, untouched rows not rewritten', async () => {
    const id = episode();
    const [a, b, c] = lib().chapters.replaceAll(id, [
      { startMs: 0, title: { fr: 'A' } }, { startMs: 1000, title: { fr: 'B' } }, { startMs: 2000, title: { fr: 'C' } },
    ]);
    const before = updatedAt(a!.id);
    await sleep(5);
    // The editor sends Chapter objects back as they came, episodeId included.
    const next = lib().chapters.replaceAll(id, [a!, { ...c!, title: { fr: 'C2', en: 'C2' } }, { startMs: 500, title: { fr: 'new' } }]);
    expect(next.map((x) => [x.startMs, x.title.fr])).toEqual([[0, 'A'], [500, 'new'], [2000, 'C2']]);
    expect(next[0]?.id).toBe(a!.id);
    expect(next[2]?.id).toBe(c!.id);
    expect(next.map((x) => x.id)).not.toContain(b!.id);
    expect(updatedAt(a!.id)).toBe(before);
    expect(updatedAt(c!.id)).not.toBe(before);
    expect(lib().chapters.replaceAll(id, [])).toEqual([]);
  });

  it('keeps lists the editor is still fixing (two chapters at one time)', () => {
    const id = episode();
    const saved = lib().chapters.replaceAll(id, [{ startMs: 1000, title: { fr: 'x' } }, { startMs: 1000, title: { fr: 'y' } }]);
    expect(saved.map((c) => c.title.fr)).toEqual(['x', 'y']);
  });

  it('writes nothing when one chapter of the list is invalid, or belongs to another episode', () => {
    const id = episode();
    const other = episode();
    lib().chapters.replaceAll(id, [{ startMs: 0, title: { fr: 'keep' } }]);
    const theirs = lib().chapters.add(other, { startMs: 0, title: { fr: 'theirs' } });
    expect(thrown(() => lib().chapters.replaceAll(id, [{ startMs: 5, title: { fr: 'ok' } }, { startMs: -1, title: { fr: 'bad' } }])))
      .toMatchObject({ code: 'validation', details: { field: 'chapters.1.startMs' } });
    expect(thrown(() => lib().chapters.replaceAll(id, [theirs]))).toMatchObject({ details: { field: 'chapters.0.episodeId' } });
    // An id of another episode's chapter, without episodeId, is simply a new chapter here.
    const { episodeId: _e, ...bare } = theirs;
    expect(lib().chapters.replaceAll(id, [bare]).map((c) => c.id)).not.toContain(theirs.id);
    expect(titles(other)).toEqual([[0, 'theirs', '']]);
  });

  it('rolls the whole replacement back when a write fails half-way', () => {
    const id = episode();
    lib().chapters.replaceAll(id, [{ startMs: 0, title: { fr: 'A' } }, { startMs: 1000, title: { fr: 'B' } }]);
    const side = new Database(lib().dbPath);
    side.exec("CREATE TRIGGER boom BEFORE INSERT ON chapters WHEN NEW.title_fr = 'boom' BEGIN SELECT RAISE(ABORT, 'boom'); END");
    side.close();
    expect(() => lib().chapters.replaceAll(id, [{ startMs: 5000, title: { fr: 'C' } }, { startMs: 6000, title: { fr: 'boom' } }])).toThrow(/boom/);
    expect(titles(id)).toEqual([[0, 'A', ''], [1000, 'B', '']]);
    expect(() => lib().transaction(() => {
      lib().chapters.replaceAll(id, []);
      throw new Error('undo');
    })).toThrow('undo');
    expect(titles(id)).toHaveLength(2);
  });

  it('goes with its episode', () => {
    const id = episode(null);
    lib().chapters.add(id, { startMs: 0, title: { fr: 'a' } });
    lib().episodes.delete(id);
    expect(thrown(() => lib().chapters.list(id))).toMatchObject({ code: 'not_found' });
    const side = new Database(lib().dbPath, { readonly: true });
    expect(side.prepare('SELECT count(*) FROM chapters').pluck().get()).toBe(0);
    side.close();
  });

  function updatedAt(chapterId: number): string {
    const side = new Database(lib().dbPath, { readonly: true });
    try {
      return side.prepare('SELECT updated_at FROM chapters WHERE id = ?').pluck().get(chapterId) as string;
    } finally {
      side.close();
    }
  }
});
