// Bilingual merge: one-to-one by time within the tolerance, nearest wins, the rest reported.

import { describe, expect, it } from 'vitest';
import type { Chapter } from '../../../../../src/shared/domain/types.js';
import { mergeBilingual, pairByTime } from '../../../../../src/main/services/chapters/merge-bilingual.js';
import { ch } from './chapter-fixtures.js';

const existing = (id: number, startMs: number, fr: string): Chapter => ({ id, episodeId: 1, ...ch(startMs, fr) });
const en = (startMs: number, title: string, more = {}) => ({ ...ch(startMs, '', more), title: { fr: '', en: title } });

describe('pairByTime', () => {
  it('pairs the most chapters, then the nearest, without crossing', () => {
    expect(pairByTime([0, 1000], [900, 1100], 1000)).toEqual([[0, 0], [1, 1]]);
    expect(pairByTime([0, 10_000], [400, 600], 1000)).toEqual([[0, 0]]);
    expect(pairByTime([5000], [4200, 5100, 5900], 1000)).toEqual([[0, 1]]);
    expect(pairByTime([], [1], 1000)).toEqual([]);
    expect(pairByTime([0, 3000], [1500], 1000)).toEqual([]);
  });
});

describe('mergeBilingual', () => {
  it('creates chapters with the file\'s language when there are none', () => {
    const result = mergeBilingual([], [en(5000, 'B'), en(0, 'A')], { lang: 'en' });
    expect(result).toMatchObject({ mode: 'created', matched: 0, unmatchedImported: [], unmatchedExisting: [] });
    expect(result.chapters.map((c) => [c.startMs, c.title])).toEqual([[0, { fr: '', en: 'A' }], [5000, { fr: '', en: 'B' }]]);
  });

  it('fills English titles onto French chapters matched within 1 s, reporting the rest on both sides', () => {
    const result = mergeBilingual(
      [existing(1, 0, 'Ouverture'), existing(2, 62_000, 'Le marché'), existing(3, 300_000, 'Entrevue'), existing(4, 900_000, 'Fin')],
      [en(400, 'Opening', { url: 'https://example.org/open' }), en(62_900, 'The market'), en(310_000, 'Interview'), en(899_500, 'End')],
      { lang: 'en' },
    );
    expect(result.mode).toBe('merged');
    expect(result.matched).toBe(3);
    expect(result.chapters.map((c) => [c.id, c.startMs, c.title.fr, c.title.en, c.url])).toEqual([
      [1, 0, 'Ouverture', 'Opening', 'https://example.org/open'],
      [2, 62_000, 'Le marché', 'The market', ''],
      [3, 300_000, 'Entrevue', '', ''],
      [4, 900_000, 'Fin', 'End', ''],
    ]);
    expect(result.unmatchedImported).toEqual([{ startMs: 310_000, title: 'Interview' }]);
    expect(result.unmatchedExisting).toEqual([{ id: 3, startMs: 300_000, title: { fr: 'Entrevue', en: '' } }]);
  });

  it('honours a wider tolerance and never pairs one chapter twice', () => {
    const result = mergeBilingual([existing(1, 10_000, 'A')], [en(7000, 'x'), en(12_500, 'y')], { lang: 'en', toleranceMs: 3000 });
    expect(result.matched).toBe(1);
    expect(result.chapters[0]?.title.en).toBe('y');
    expect(result.unmatchedImported).toEqual([{ startMs: 7000, title: 'x' }]);
  });

  it('keeps a link the user set and the other language untouched', () => {
    const mine = { ...existing(1, 0, 'Ouverture'), url: 'https://mine.example/', title: { fr: 'Ouverture', en: 'Old' } };
    const result = mergeBilingual([mine], [en(0, 'Opening', { url: 'https://theirs.example/' })], { lang: 'en' });
    expect(result.chapters[0]).toMatchObject({ url: 'https://mine.example/', title: { fr: 'Ouverture', en: 'Opening' } });
  });
});
