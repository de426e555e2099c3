// Shows: CRUD, validation (schema problems in both languages), duplicate slugs, hosts, artwork.

import { describe, expect, it } from 'vitest';
import type { ShowCreate } from '../../../../../src/shared/domain/schemas.js';
import { makeAsset, makeShow, sleep, thrown, useLibrary } from './temp-library.js';

describe('shows', () => {
  const lib = useLibrary();

  it('creates a show with defaults and reads it back by id, slug and in the list', () => {
    const show = makeShow(lib(), { categories: ['Society & Culture', 'News > Politics'], explicit: true });
    expect(show).toMatchObject({
      slug: 'raccords',
      title: { fr: 'Raccords', en: 'Connections' },
      subtitle: { fr: '', en: '' },
      languages: { fr: 'fr-CA', en: 'en-CA' },
      categories: ['Society & Culture', 'News > Politics'],
      explicit: true,
      artworkAssetId: null,
      episodeCount: 0,
    });
    expect(show.createdAt).toBe(show.updatedAt);
    expect(lib().shows.get(show.id)).toEqual(show);
    expect(lib().shows.getBySlug('raccords')).toEqual(show);
    makeShow(lib(), { slug: 'autre' });
    expect(lib().shows.list().map((s) => s.slug)).toEqual(['autre', 'raccords']);
  });

  it('counts episodes', () => {
    const show = makeShow(lib());
    lib().episodes.create({ showId: show.id, number: 1 });
    lib().episodes.create({ showId: show.id, number: 2 });
    expect(lib().shows.get(show.id).episodeCount).toBe(2);
  });

  it('updates only the given fields and refreshes updatedAt', async () => {
    const show = makeShow(lib(), { author: 'Radio Quartier' });
    await sleep(5);
    const updated = lib().shows.update(show.id, {
      subtitle: { fr: 'Des liens', en: 'Links' },
      languages: { fr: 'fr', en: 'en-US' },
      ownerEmail: 'prod@example.org',
    });
    expect(updated).toMatchObject({
      author: 'Radio Quartier',
      subtitle: { fr: 'Des liens', en: 'Links' },
      languages: { fr: 'fr', en: 'en-US' },
      ownerEmail: 'prod@example.org',
    });
    expect(updated.updatedAt > show.updatedAt).toBe(true);
    expect(updated.createdAt).toBe(show.createdAt);
  });

  it('reports schema problems as validation errors naming the field, in French and English', () => {
    const slugError = thrown(() => makeShow(lib(), { slug: 'Pas Bon' }));
    expect(slugError.code).toBe('validation');
    expect(slugError.details).toMatchObject({ field: 'slug', problem: expect.stringContaining('lower-case') });
    expect(slugError.details?.problemFr).toContain('minuscules');

    const titleError = thrown(() => makeShow(lib(), { title: { fr: ' ', en: '' } }));
    expect(titleError.details).toMatchObject({ field: 'title', problem: 'required', problemFr: 'obligatoire' });

    const show = makeShow(lib());
    expect(thrown(() => lib().shows.update(show.id, { website: 'ftp://x' })).details).toMatchObject({ field: 'website' });
    expect(thrown(() => lib().shows.update(show.id, { title: { fr: '', en: '' } })).details).toMatchObject({
      field: 'title',
    });
    expect(thrown(() => lib().shows.create({ title: { fr: 'x', en: '' } } as ShowCreate)).details).toMatchObject({
      field: 'slug',
    });
  });

  it('maps a taken slug to a duplicate error, on create and on update', () => {
    const show = makeShow(lib());
    const created = thrown(() => makeShow(lib()));
    expect(created.code).toBe('duplicate');
    expect(created.details).toEqual({ field: 'slug', value: 'raccords', scope: 'shows' });
    const other = makeShow(lib(), { slug: 'autre' });
    expect(thrown(() => lib().shows.update(other.id, { slug: show.slug })).code).toBe('duplicate');
  });

  it('answers not_found for unknown ids and slugs', () => {
    expect(thrown(() => lib().shows.get(42)).details).toEqual({ what: 'show', ref: 42 });
    expect(thrown(() => lib().shows.getBySlug('nope')).code).toBe('not_found');
    expect(thrown(() => lib().shows.update(42, { author: 'x' })).code).toBe('not_found');
    expect(thrown(() => lib().shows.hosts(42)).code).toBe('not_found');
  });

  it('replaces hosts in order, reusing a person known by name', () => {
    const show = makeShow(lib());
    lib().shows.setHosts(show.id, [
      { name: 'Marie Tremblay', role: 'Host', group: 'cast', img: 'https://example.org/m.jpg', href: '' },
    ]);
    const hosts = lib().shows.setHosts(show.id, [
      { name: 'Jean Roy', role: 'host', group: 'cast', img: '', href: 'https://example.org/jean' },
      { name: 'marie tremblay', role: 'producer', group: 'audio production', img: '', href: '' },
    ]);
    expect(hosts.map((h) => [h.name, h.role, h.group, h.img])).toEqual([
      ['Jean Roy', 'host', 'cast', ''],
      ['marie tremblay', 'producer', 'audio production', 'https://example.org/m.jpg'],
    ]);
    expect(lib().shows.hosts(show.id)).toEqual(hosts);
    expect(lib().shows.setHosts(show.id, [])).toEqual([]);
    expect(thrown(() => lib().shows.setHosts(show.id, [{ name: 'X', role: 'host', group: 'band' as 'cast', img: '', href: '' }])).details)
      .toMatchObject({ field: 'persons.0.group' });
  });

  it('sets and clears artwork, which must be an image asset', () => {
    const show = makeShow(lib());
    const image = makeAsset(lib(), { kind: 'image', path: '/art/cover.jpg', mime: 'image/jpeg' });
    expect(lib().shows.setArtwork(show.id, image.id).artworkAssetId).toBe(image.id);
    expect(lib().shows.setArtwork(show.id, null).artworkAssetId).toBeNull();
    const audio = makeAsset(lib());
    expect(thrown(() => lib().shows.setArtwork(show.id, audio.id)).details).toMatchObject({ field: 'artworkAssetId' });
    expect(thrown(() => lib().shows.setArtwork(show.id, 999)).details).toEqual({ what: 'asset', ref: 999 });
  });
});
