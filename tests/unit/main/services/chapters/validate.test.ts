// Inline findings: returned, never thrown, one per problem, in both languages.

import { describe, expect, it } from 'vitest';
import { validateChapters } from '../../../../../src/main/services/chapters/validate.js';
import { ch } from './chapter-fixtures.js';

const both = (fr: string, en: string) => ({ fr, en });

describe('validateChapters', () => {
  it('finds nothing in a clean list', () => {
    expect(validateChapters([{ ...ch(0), title: both('Début', 'Start') }, { ...ch(5000), title: both('Fin', 'End') }], { durationMs: 10_000 })).toEqual([]);
  });

  it('flags same time, outside the duration, first not at 0, empty titles per language, bad URL, overlaps', () => {
    const findings = validateChapters([
      { ...ch(12_000), id: 3, title: both('Trois', '') },
      { ...ch(2000), title: both('Un', 'One'), url: 'ftp://nope' },
      { ...ch(2000), title: both('Deux', 'Two'), endMs: 15_000 },
      { ...ch(20_000), title: both('Après', 'After') },
    ], { durationMs: 18_000 });
    expect(findings.map((f) => [f.index, f.problem, f.severity, f.field])).toEqual([
      [0, 'first_not_at_zero', 'warning', 'startMs'],
      [0, 'bad_url', 'error', 'url'],
      [1, 'same_time', 'error', 'startMs'],
      [1, 'overlaps_next', 'warning', 'endMs'],
      [2, 'empty_title', 'warning', 'title.en'],
      [3, 'outside_duration', 'error', 'startMs'],
    ]);
    expect(findings[2]?.message).toEqual({ en: 'chapters 1 and 2 both start at 0:02', fr: 'les chapitres 1 et 2 commencent tous deux à 0:02' });
    expect(findings[4]).toMatchObject({ chapterId: 3, message: { en: 'chapter 3 has no English title', fr: "le chapitre 3 n'a pas de titre en anglais" } });
  });

  it('warns about an end after the audio, and checks no duration when there is no audio', () => {
    const chapters = [{ ...ch(0), title: both('a', 'a'), endMs: 12_000 }];
    expect(validateChapters(chapters, { durationMs: 10_000 }).map((f) => f.problem)).toEqual(['end_outside_duration']);
    expect(validateChapters(chapters)).toEqual([]);
  });
});
