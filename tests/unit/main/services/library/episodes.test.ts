// Episodes: creation defaults (guid, slug), validation, duplicates, listing, persons, audio.

import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { makeAsset, makeShow, sleep, thrown, useLibrary } from './temp-library.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('episodes', () => {
  const lib = useLibrary();

  it('creates an episode with a UUID guid, defaults and the show slug', () => {
    const show = makeShow(lib());
    const episode = lib().episodes.create({ showId: show.id, number: 5, title: { fr: 'Les élus', en: 'Elected' } });
    expect(episode.guid).toMatch(UUID);
    expect(episode).toMatchObject({
      showId: show.id,
      showSlug: 'raccords',
      number: 5,
      season: null,
      type: 'full',
      slug: 'ep-5',
      spoken: 'bilingual',
      status: 'draft',
      explicit: false,
      summary: { fr: '', en: '' },
      publishedAt: null,
      timeZone: null,
      audio: null,
      audioAssetId: null,
      durationMs: null,
      persons: [],
    });
    expect(lib().episodes.get(episode.id)).toEqual(episode);
  });

  it('derives slugs from the number, else the title without accents, de-duplicated within the show', () => {
    const show = makeShow(lib());
    const create = (input: object) => lib().episodes.create({ showId: show.id, ...input }).slug;
    expect(create({ title: { fr: 'Les élus du quartier !', en: 'Local officials' } })).toBe('les-elus-du-quartier');
    expect(create({ title: { fr: 'Les élus du quartier', en: '' } })).toBe('les-elus-du-quartier-2');
    expect(create({ title: { fr: '', en: 'Only English' } })).toBe('only-english');
    expect(create({})).toBe('episode');
    expect(create({ number: 1 })).toBe('ep-1');
    expect(create({ number: 1, season: 2 })).toBe('ep-1-2');
    expect(create({ slug: 'mon-choix' })).toBe('mon-choix');
    const other = makeShow(lib(), { slug: 'autre' });
    expect(lib().episodes.create({ showId: other.id, number: 1 }).slug).toBe('ep-1');
  });

  it('inherits explicit from the show unless given', () => {
    const show = makeShow(lib(), { explicit: true });
    expect(lib().episodes.create({ showId: show.id }).explicit).toBe(true);
    expect(lib().episodes.create({ showId: show.id, explicit: false }).explicit).toBe(false);
  });

  it('keeps the guid through every update, refreshes updatedAt, and the schema blocks a direct change', async () => {
    const show = makeShow(lib());
    const episode = lib().episodes.create({ showId: show.id, number: 1 });
    await sleep(5);
    const updated = lib().episodes.update(episode.id, {
      title: { fr: 'Nouveau', en: 'New' },
      number: 2,
      slug: 'nouveau',
      status: 'review',
      publishedAt: '2026-03-04T06:00:00-05:00',
      timeZone: 'America/Montreal',
    });
    expect(updated).toMatchObject({ guid: episode.guid, number: 2, slug: 'nouveau', status: 'review' });
    expect(updated.updatedAt > episode.updatedAt).toBe(true);
    expect(lib().episodes.update(episode.id, {}).guid).toBe(episode.guid);

    const raw = new Database(lib().dbPath);
    try {
      expect(() => raw.prepare("UPDATE episodes SET guid = 'x' WHERE id = ?").run(episode.id)).toThrow(/immutable/);
    } finally {
      raw.close();
    }
    expect(lib().episodes.get(episode.id).guid).toBe(episode.guid);
  });

  it('validates input with the shared schemas', () => {
    const show = makeShow(lib());
    const bad = [
      [{ number: -1 }, 'number', 'positive whole number expected'],
      [{ publishedAt: '2026-03-04 06:00' }, 'publishedAt', 'ISO-8601 date with offset expected, e.g. 2026-03-04T06:00:00-05:00'],
      [{ timeZone: 'Mars/Olympus' }, 'timeZone', 'unknown IANA time zone (e.g. America/Montreal)'],
      [{ status: 'gone' }, 'status', 'value not allowed'],
      [{ slug: 'A B' }, 'slug', expect.stringContaining('lower-case')],
    ] as const;
    for (const [input, field, problem] of bad) {
      const error = thrown(() => lib().episodes.create({ showId: show.id, ...(input as object) }));
      expect(error.code).toBe('validation');
      expect(error.details).toMatchObject({ field, problem });
    }
    const episode = lib().episodes.create({ showId: show.id });
    expect(thrown(() => lib().episodes.update(episode.id, { type: 'movie' as 'full' })).details).toMatchObject({
      field: 'type',
      problemFr: 'valeur non permise',
    });
    expect(thrown(() => lib().episodes.create({ showId: 999 })).details).toEqual({ what: 'show', ref: 999 });
  });

  it('maps a taken number (same show and season) and a taken slug to duplicate errors', () => {
    const show = makeShow(lib());
    lib().episodes.create({ showId: show.id, number: 1, season: 1 });
    const numberError = thrown(() => lib().episodes.create({ showId: show.id, number: 1, season: 1, slug: 'x' }));
    expect(numberError.code).toBe('duplicate');
    expect(numberError.details).toEqual({ field: 'number', value: 1, scope: 'raccords, season 1' });

    const second = lib().episodes.create({ showId: show.id, number: 2 });
    expect(thrown(() => lib().episodes.update(second.id, { number: 1, season: 1 })).details).toMatchObject({
      field: 'number',
      value: 1,
    });
    expect(thrown(() => lib().episodes.update(second.id, { slug: 'ep-1' })).details).toEqual({
      field: 'slug',
      value: 'ep-1',
      scope: 'raccords',
    });
    expect(lib().episodes.get(second.id)).toMatchObject({ number: 2, slug: 'ep-2' });
  });

  it('tells whether a number is free in a show and season, ignoring the episode being edited', () => {
    const show = makeShow(lib());
    const episode = lib().episodes.create({ showId: show.id, number: 3 });
    const { numberAvailable } = lib().episodes;
    expect(numberAvailable(show.id, null, 3, null)).toBe(false);
    expect(numberAvailable(show.id, 0, 3, null)).toBe(false);
    expect(numberAvailable(show.id, null, 3, episode.id)).toBe(true);
    expect(numberAvailable(show.id, 1, 3, null)).toBe(true);
    expect(numberAvailable(show.id, null, 4, null)).toBe(true);
  });

  it('lists by show, then season and number from newest, with filters and a limit', () => {
    const a = makeShow(lib(), { slug: 'a-show' });
    const b = makeShow(lib(), { slug: 'b-show' });
    const create = (showId: number, input: object) => lib().episodes.create({ showId, ...input });
    create(b.id, { number: 1 });
    create(a.id, { number: 1, season: 1 });
    create(a.id, { number: 2, season: 1, status: 'published', spoken: 'fr' });
    create(a.id, { number: 1, season: 2 });
    create(a.id, { title: { fr: 'Sans numéro', en: '' }, season: 2 });
    const names = (list: { showSlug: string; season: number | null; number: number | null }[]) =>
      list.map((e) => `${e.showSlug}:${e.season ?? '-'}:${e.number ?? '-'}`);
    expect(names(lib().episodes.list({}))).toEqual(['a-show:2:1', 'a-show:2:-', 'a-show:1:2', 'a-show:1:1', 'b-show:-:1']);
    expect(names(lib().episodes.list({ showId: b.id }))).toEqual(['b-show:-:1']);
    expect(names(lib().episodes.list({ status: 'published' }))).toEqual(['a-show:1:2']);
    expect(names(lib().episodes.list({ spoken: 'fr' }))).toEqual(['a-show:1:2']);
    expect(lib().episodes.list({ limit: 2 })).toHaveLength(2);
  });

  it('deletes an episode, and answers not_found for unknown ids', () => {
    const show = makeShow(lib());
    const episode = lib().episodes.create({ showId: show.id });
    lib().episodes.delete(episode.id);
    expect(thrown(() => lib().episodes.get(episode.id)).details).toEqual({ what: 'episode', ref: episode.id });
    expect(thrown(() => lib().episodes.delete(episode.id)).code).toBe('not_found');
    expect(thrown(() => lib().episodes.update(episode.id, {})).code).toBe('not_found');
    expect(lib().shows.get(show.id).episodeCount).toBe(0);
  });

  it('sets the persons of an episode in order and drops persons no longer credited anywhere', () => {
    const show = makeShow(lib());
    const episode = lib().episodes.create({ showId: show.id });
    const withGuests = lib().episodes.setPersons(episode.id, [
      { name: 'Marie Tremblay', role: 'host', group: 'cast', img: '', href: '' },
      { name: 'Stéphane Roy', role: 'guest', group: 'cast', img: 'https://example.org/s.jpg', href: '' },
    ]);
    expect(withGuests.persons.map((p) => [p.name, p.role])).toEqual([
      ['Marie Tremblay', 'host'],
      ['Stéphane Roy', 'guest'],
    ]);
    expect(lib().episodes.setPersons(episode.id, []).persons).toEqual([]);
    expect(lib().search('stephane')).toEqual([]);
    expect(thrown(() => lib().episodes.setPersons(episode.id, [{ name: '', role: 'guest', group: 'cast', img: '', href: '' }]))
      .details).toMatchObject({ field: 'persons.0.name' });
    expect(thrown(() => lib().episodes.setPersons(999, [])).code).toBe('not_found');
  });

  it('attaches audio (only an audio asset) and reports its duration in summaries', () => {
    const show = makeShow(lib());
    const audio = makeAsset(lib());
    const episode = lib().episodes.create({ showId: show.id, audioAssetId: audio.id });
    expect(episode.audio).toEqual(audio);
    expect(episode.durationMs).toBe(3_600_000);
    expect(lib().episodes.list({})[0]?.durationMs).toBe(3_600_000);
    expect(lib().episodes.setAudio(episode.id, null)).toMatchObject({ audio: null, audioAssetId: null, durationMs: null });
    const image = makeAsset(lib(), { kind: 'image', path: '/cover.png' });
    expect(thrown(() => lib().episodes.setAudio(episode.id, image.id)).details).toMatchObject({ field: 'audioAssetId' });
    expect(thrown(() => lib().episodes.setAudio(episode.id, 999)).details).toEqual({ what: 'asset', ref: 999 });
    expect(thrown(() => lib().episodes.create({ showId: show.id, audioAssetId: 999 })).code).toBe('not_found');
    expect(lib().episodes.setAudio(episode.id, audio.id).audioAssetId).toBe(audio.id);
  });
});

describe('episodes.resolveRef', () => {
  const lib = useLibrary();

  it('accepts a numeric id, or show-slug/number whatever the season when only one season has it', () => {
    const show = makeShow(lib());
    const one = lib().episodes.create({ showId: show.id, number: 1 });
    const seasonTwo = lib().episodes.create({ showId: show.id, number: 7, season: 2 });

    expect(lib().episodes.resolveRef(String(one.id))).toBe(one.id);
    expect(lib().episodes.resolveRef(' raccords/1 ')).toBe(one.id);
    expect(lib().episodes.resolveRef('raccords/7')).toBe(seasonTwo.id);
  });

  it('answers validation for an ambiguous number and not_found for anything unknown', () => {
    const show = makeShow(lib());
    lib().episodes.create({ showId: show.id, number: 7, season: 1 });
    lib().episodes.create({ showId: show.id, number: 7, season: 2 });
    const ambiguous = thrown(() => lib().episodes.resolveRef('raccords/7'));
    expect(ambiguous.code).toBe('validation');
    expect(ambiguous.details).toMatchObject({ field: 'ref', problem: expect.stringContaining('1, 2') });
    for (const ref of ['999', 'raccords/8', 'nope/1', 'raccords', '']) {
      expect(thrown(() => lib().episodes.resolveRef(ref)).code).toBe('not_found');
    }
  });
});
