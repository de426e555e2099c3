// Default slugs: accents and ligatures folded, length bounded, suffixes for duplicates.

import { describe, expect, it } from 'vitest';
import { defaultEpisodeSlug, uniqueSlug } from '../../../../../src/main/services/library/slug.js';
import { slugify } from '../../../../../src/shared/domain/slug.js';
import { slugSchema } from '../../../../../src/shared/domain/schemas.js';

describe('slug', () => {
  it('folds accents, ligatures and punctuation into a valid slug', () => {
    expect(slugify('Les élus du Québec : « bilan » !')).toBe('les-elus-du-quebec-bilan');
    expect(slugify('Œuvres et cœurs')).toBe('oeuvres-et-coeurs');
    expect(slugify('  ')).toBe('');
    const long = slugify('Une très longue histoire '.repeat(10));
    expect(long.length).toBeLessThanOrEqual(72);
    expect(slugSchema.safeParse(`${long}-999`).success).toBe(true);
  });

  it('prefers the number, then the French title, then the English one', () => {
    expect(defaultEpisodeSlug({ number: 0, title: { fr: 'Titre', en: '' } })).toBe('ep-0');
    expect(defaultEpisodeSlug({ number: null, title: { fr: 'Été', en: 'Summer' } })).toBe('ete');
    expect(defaultEpisodeSlug({ title: { fr: '!!!', en: 'Summer' } })).toBe('summer');
    expect(defaultEpisodeSlug({})).toBe('episode');
  });

  it('adds -2, -3 until free', () => {
    const taken = new Set(['ete', 'ete-2']);
    expect(uniqueSlug('ete', (s) => taken.has(s))).toBe('ete-3');
    expect(uniqueSlug('hiver', (s) => taken.has(s))).toBe('hiver');
  });
});
