// Search through the Library API: accent folding, guests, prefixes, both languages, ranking,
// the show filter, and hostile input that must never reach FTS5 as syntax.

import { describe, expect, it } from 'vitest';
import { makeShow, useLibrary } from './temp-library.js';

describe('Library.search', () => {
  const lib = useLibrary();

  function seed() {
    const show = makeShow(lib());
    const create = (fields: object) => lib().episodes.create({ showId: show.id, ...fields });
    const elus = create({
      number: 1,
      title: { fr: 'Les élus municipaux', en: 'City councillors' },
      summary: { fr: 'Rencontre avec les conseillers.', en: 'Meeting the council.' },
    });
    const labo = create({
      number: 2,
      title: { fr: 'Dans les laboratoires', en: 'Inside the labs' },
      summary: { fr: 'Des chercheuses au travail.', en: 'Researchers at work.' },
    });
    const guest = create({ number: 3, title: { fr: 'Le marché Jean-Talon', en: 'Jean-Talon market' } });
    lib().episodes.setPersons(guest.id, [
      { name: 'Stéphane Gagnon', role: 'guest', group: 'cast', img: '', href: '' },
    ]);
    return { show, elus, labo, guest };
  }

  const ids = (query: string, options?: { showId?: number; limit?: number }) =>
    lib().search(query, options).map((hit) => hit.episode.id);

  it('finds accented words typed without accents, and the reverse', () => {
    const { elus } = seed();
    expect(ids('elus')).toEqual([elus.id]);
    expect(ids('ÉLUS')).toEqual([elus.id]);
    expect(ids('municipaux élus')).toEqual([elus.id]);
  });

  it("finds an episode by its guest's name, accents folded", () => {
    const { guest } = seed();
    expect(ids('stephane')).toEqual([guest.id]);
    expect(ids('gagnon')).toEqual([guest.id]);
  });

  it('matches word prefixes, and needs every word', () => {
    const { labo } = seed();
    expect(ids('labo')).toEqual([labo.id]);
    expect(ids('labo chercheu')).toEqual([labo.id]);
    expect(ids('labo municipaux')).toEqual([]);
  });

  it('searches English titles and summaries too', () => {
    const { elus, labo } = seed();
    expect(ids('councillors')).toEqual([elus.id]);
    expect(ids('researchers')).toEqual([labo.id]);
  });

  it('returns summaries with the show slug, a bm25 rank and a [marked] snippet', () => {
    const { elus } = seed();
    const [hit] = lib().search('elus');
    expect(hit?.episode).toEqual(lib().episodes.list({}).find((e) => e.id === elus.id));
    expect(hit?.episode.showSlug).toBe('raccords');
    expect(typeof hit?.rank).toBe('number');
    expect(hit?.snippet).toContain('[élus]');
  });

  it('ranks a title match above a summary match above a guest match', () => {
    const show = makeShow(lib());
    const create = (fields: object) => lib().episodes.create({ showId: show.id, ...fields });
    const inGuest = create({ title: { fr: 'Un', en: '' } });
    lib().episodes.setPersons(inGuest.id, [{ name: 'Paul Forêt', role: 'guest', group: 'cast', img: '', href: '' }]);
    const inSummary = create({ title: { fr: 'Deux', en: '' }, summary: { fr: 'Une promenade en forêt.', en: '' } });
    const inTitle = create({ title: { fr: 'La forêt boréale', en: '' } });
    expect(ids('foret')).toEqual([inTitle.id, inSummary.id, inGuest.id]);
  });

  it('filters by show and honours the limit', () => {
    const { show } = seed();
    const other = makeShow(lib(), { slug: 'autre' });
    const elsewhere = lib().episodes.create({ showId: other.id, title: { fr: 'Les élus ailleurs', en: '' } });
    expect(ids('elus')).toHaveLength(2);
    expect(ids('elus', { showId: other.id })).toEqual([elsewhere.id]);
    expect(ids('elus', { showId: show.id })).not.toContain(elsewhere.id);
    expect(ids('elus', { limit: 1 })).toHaveLength(1);
  });

  it('answers [] for an empty query and never throws on FTS syntax', () => {
    seed();
    expect(lib().search('')).toEqual([]);
    expect(lib().search('   ')).toEqual([]);
    for (const hostile of ['"', '*', 'NEAR(', ']]>', 'elus"', '"elus', 'a OR', 'NOT', 'AND OR NOT', '^labo',
      'title_fr:elus', '(labo', 'labo)', '-', "l'élu", '{x}', '\u0000', 'e\u0301lus', '🙂', 'x'.repeat(500)]) {
      expect(() => lib().search(hostile)).not.toThrow();
    }
    expect(ids('NEAR(')).toEqual([]);
    expect(ids('"elus"*')).toHaveLength(1);
    expect(ids('e\u0301lus')).toHaveLength(1);
  });

  it('stays in sync after updates and deletes through the API', () => {
    const { elus, labo } = seed();
    lib().episodes.update(elus.id, { title: { fr: 'Les maires', en: 'Mayors' } });
    expect(ids('elus')).toEqual([]);
    expect(ids('maires')).toEqual([elus.id]);
    lib().episodes.delete(labo.id);
    expect(ids('labo')).toEqual([]);
  });
});
