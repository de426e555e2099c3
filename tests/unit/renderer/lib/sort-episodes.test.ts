import { describe, expect, it } from 'vitest';
import { sortEpisodes } from '../../../../src/renderer/lib/sort-episodes.js';
import type { EpisodeSummary } from '../../../../src/shared/domain/types.js';

const ep = (id: number, number: number | null, fr: string, publishedAt: string | null, status: EpisodeSummary['status'] = 'draft'): EpisodeSummary => ({
  id, showId: 1, showSlug: 's', number, season: null, type: 'full', slug: `e${id}`, spoken: 'fr',
  title: { fr, en: '' }, status, publishedAt, durationMs: null,
});
const list = [
  ep(1, 2, 'Été indien', '2026-02-01T00:00:00Z', 'published'),
  ep(2, null, 'abeilles', null),
  ep(3, 10, 'Zébrures', '2026-01-01T00:00:00Z', 'review'),
  ep(4, 1, 'Élus', null, 'ready'),
];
const ids = (l: EpisodeSummary[]) => l.map((e) => e.id);

describe('sortEpisodes', () => {
  it('sorts by number numerically, unnumbered last in both directions', () => {
    expect(ids(sortEpisodes(list, { key: 'number', dir: 'asc' }, 'fr'))).toEqual([4, 1, 3, 2]);
    expect(ids(sortEpisodes(list, { key: 'number', dir: 'desc' }, 'fr'))).toEqual([3, 1, 4, 2]);
  });
  it('sorts titles the French way (accents do not push É after Z)', () => {
    expect(ids(sortEpisodes(list, { key: 'title', dir: 'asc' }, 'fr'))).toEqual([2, 4, 1, 3]);
  });
  it('sorts by date with undated episodes last, and by workflow status', () => {
    expect(ids(sortEpisodes(list, { key: 'date', dir: 'desc' }, 'fr')).slice(0, 2)).toEqual([1, 3]);
    expect(ids(sortEpisodes(list, { key: 'status', dir: 'asc' }, 'fr'))).toEqual([2, 3, 4, 1]);
  });
});
