// What a new episode starts with: tag title or humanised file name, comment as summary, a date
// only from a plausible year.

import { describe, expect, it } from 'vitest';
import {
  episodeFromTags, humaniseFileName, publishedAtFromYear,
} from '../../../../../src/main/services/audio/episode-from-tags.js';
import { episodeCreateSchema } from '../../../../../src/shared/domain/schemas.js';

const tags = { title: null, artist: null, album: null, comment: null, year: null, hasArtwork: false };

describe('humaniseFileName', () => {
  it.each([
    ['/a/b/episode_12-final.mp3', 'Episode 12 final'],
    ['/a/éTÉ--2025__chronique.wav', 'ÉTÉ 2025 chronique'],
    ['/a/already Nice Name.m4a', 'Already Nice Name'],
    ['/a/.mp3', 'Mp3'],
    ['/a/___.mp3', '___'],
  ])('%s → %s', (file, title) => {
    expect(humaniseFileName(file)).toBe(title);
  });
});

describe('publishedAtFromYear', () => {
  it('makes 1 January of a plausible year, in UTC', () => {
    expect(publishedAtFromYear(2019)).toBe('2019-01-01T00:00:00Z');
  });
  it.each([null, 0, 1066, 99_999, new Date().getUTCFullYear() + 5])('leaves %s out', (year) => {
    expect(publishedAtFromYear(year)).toBeNull();
  });
});

describe('episodeFromTags', () => {
  it('puts title and comment in French, as a draft, and passes the episode schema', () => {
    const input = episodeFromTags(3, { ...tags, title: 'Les élus', comment: 'Résumé', year: 2023 }, '/x/ep.mp3');
    expect(input).toEqual({
      showId: 3, spoken: 'fr', status: 'draft',
      title: { fr: 'Les élus', en: '' }, summary: { fr: 'Résumé', en: '' }, publishedAt: '2023-01-01T00:00:00Z',
    });
    expect(episodeCreateSchema.safeParse(input).success).toBe(true);
  });

  it('falls back to the file name and cuts what the schema would refuse', () => {
    expect(episodeFromTags(1, null, '/x/mon_episode.mp3').title?.fr).toBe('Mon episode');
    const long = episodeFromTags(1, { ...tags, title: 'é'.repeat(300), comment: 'x'.repeat(5000) }, '/x/a.mp3');
    expect(long.title?.fr).toHaveLength(255);
    expect(long.summary?.fr).toHaveLength(4000);
    expect(episodeCreateSchema.safeParse(long).success).toBe(true);
  });
});
