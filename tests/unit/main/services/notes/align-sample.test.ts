// The product's own sample (../shared/samples/raccords-ep05-show-notes.txt): pasted mixed show
// notes must come out as the right bilingual rows, in reading order.

import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { alignNotes } from '../../../../../src/main/services/notes/align.js';

const repoRoot = path.resolve(import.meta.dirname, '../../../../..');
const SAMPLE = path.resolve(repoRoot, '..', 'shared', 'samples', 'raccords-ep05-show-notes.txt');
const text = fs.readFileSync(SAMPLE, 'utf8');
const proposal = alignNotes({ text });
const rows = proposal.rows;
const starts = (side: string | null, prefix: string) => side !== null && side.startsWith(prefix);

describe('aligning the Raccords episode 5 sample', () => {
  it('gives eleven rows in reading order', () => {
    expect(rows.map((r) => [r.fr?.slice(0, 20) ?? null, r.en?.slice(0, 20) ?? null])).toEqual([
      [null, 'Show Notes'],
      [null, 'Episode 5 (in French'],
      ['Les administrations ', 'Do public administra'],
      ['Stéphane Vincent, dé', 'Stéphane Vincent, fo'],
      ["C'est en instaurant ", 'It is by establishin'],
      [null, 'an interview with Ge'],
      [null, 'two works from Possi'],
      [null, 'a list of top picks '],
      [null, 'What is Raccords?'],
      ['Raccords, un balado ', 'The Raccords podcast'],
      ['Tantôt en français e', 'Sometimes in French '],
    ]);
  });

  it('pairs each of the three French paragraphs with its English counterpart', () => {
    const pairs = rows.filter((r) => r.fr !== null && r.en !== null);
    expect(pairs.map((r) => [r.frSegments.length, r.enSegments.length])).toEqual([[1, 1], [1, 1], [1, 1], [1, 1], [1, 1]]);
    expect(pairs.some((r) => starts(r.fr, 'Les administrations publiques') && starts(r.en, 'Do public administrations'))).toBe(true);
    expect(pairs.some((r) => starts(r.fr, 'Stéphane Vincent, délégué') && starts(r.en, 'Stéphane Vincent, founder'))).toBe(true);
    expect(pairs.some((r) => starts(r.fr, "C'est en instaurant") && starts(r.en, 'It is by establishing'))).toBe(true);
  });

  it('pairs the Raccords description although the English puts its sentences in another order', () => {
    expect(rows.some((r) => starts(r.fr, 'Raccords, un balado') && starts(r.en, 'The Raccords podcast proposes'))).toBe(true);
    expect(rows.some((r) => starts(r.fr, 'Tantôt en français') && starts(r.en, 'Sometimes in French'))).toBe(true);
  });

  it('keeps the English-only title, list items and headings as rows with an empty French side', () => {
    const englishOnly = rows.filter((r) => r.fr === null);
    expect(englishOnly.map((r) => [r.kind, r.en?.slice(0, 24)])).toEqual([
      ['heading', 'Show Notes'],
      ['heading', 'Episode 5 (in French) - '],
      ['list_item', 'an interview with Geoff '],
      ['list_item', 'two works from Possible '],
      ['list_item', 'a list of top picks to f'],
      ['heading', 'What is Raccords?'],
    ]);
    expect(rows.filter((r) => r.en === null)).toEqual([]);
  });

  it('takes the list markers off and keeps the truncated link at the end as text', () => {
    expect(rows[5]?.en).toMatch(/^an interview with Geoff Mulgan/);
    expect(rows[10]?.en).toMatch(/or by subscribing for free here: https:\/\/$/);
    expect(rows[10]?.fr).toMatch(/en s'abonnant gratuitement ici$/);
  });

  it('is confident where it should be, and loses or repeats nothing', () => {
    for (const row of rows) expect(row.confidence).toBeGreaterThan(0.8);
    expect(rows.flatMap((r) => r.frSegments)).toEqual([0, 1, 2, 3, 4]);
    expect(rows.flatMap((r) => r.enSegments)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(proposal.streams.fr.every((s) => s.lang === 'fr')).toBe(true);
    expect(proposal.streams.en).toHaveLength(11);
  });

  it('gives the same pairs from two separate texts', () => {
    const lines = text.split('\n');
    const fr = [1, 2, 3, 12, 13].map((i) => lines[i]).join('\n\n');
    const en = [0, 4, 5, 6, 7, 8, 9, 10, 11, 14, 15].map((i) => lines[i]).join('\n\n');
    const separate = alignNotes({ fr, en });
    expect(separate.rows.map((r) => [r.fr?.slice(0, 12) ?? null, r.en?.slice(0, 12) ?? null]))
      .toEqual(rows.map((r) => [r.fr?.slice(0, 12) ?? null, r.en?.slice(0, 12) ?? null]));
  });
});
