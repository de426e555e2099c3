// Audacity labels: decimal points and commas, points and regions, spectral lines.

import { describe, expect, it } from 'vitest';
import { FORMATS } from '../../../../../../src/main/services/chapters/formats/index.js';
import { ch, malformedOf, parse, summary } from '../chapter-fixtures.js';

describe('audacity labels', () => {
  it('reads French-locale decimal commas and English points, points and regions', () => {
    const chapters = parse('audacity', '0,000000\t0,000000\tOuverture\n12,5\t65,25\tLe marché\n\\\t100,0\t2000,0\n70.125000\t70.125000\tÀ suivre\n');
    expect(summary(chapters)).toEqual([[0, 'Ouverture'], [12_500, 'Le marché'], [70_125, 'À suivre']]);
    expect(chapters.map((c) => c.endMs)).toEqual([null, 65_250, null]);
  });

  it('reads labels without a title and space-separated hand-made files', () => {
    expect(summary(parse('audacity', '1.5\t1.5\n3 3 Trois mots ici'))).toEqual([[1500, ''], [3000, 'Trois mots ici']]);
  });

  it('writes seconds with six decimals and points; a region keeps its end', () => {
    expect(FORMATS.audacity.serialize([ch(0, 'a\tb'), ch(12_500, 'c', { endMs: 65_250 })], { lang: 'fr' }))
      .toBe('0.000000\t0.000000\ta b\n12.500000\t65.250000\tc\n');
  });

  it('names the line of a bad number or an end before its start', () => {
    const bad = malformedOf(() => parse('audacity', '0\t0\tA\n12;5\t13\tB'));
    expect(bad).toMatchObject({ line: 2 });
    expect(bad.problem).toContain('start "12;5" is not a number of seconds');
    expect(malformedOf(() => parse('audacity', '10\t5\tA')).problem).toContain('end 5 is before start 10');
  });
});
