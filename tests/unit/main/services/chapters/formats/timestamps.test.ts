// Description timestamps as YouTube and Spotify read them from show notes.

import { describe, expect, it } from 'vitest';
import { FORMATS } from '../../../../../../src/main/services/chapters/formats/index.js';
import { ch, malformedOf, parse, summary } from '../chapter-fixtures.js';

const NOTES = `Dans cet épisode, on parle du marché.

00:00 Ouverture
(02:30) Le marché
[1:02:03] - Entrevue
- 1:10:00 – Questions | réponses
1:20:00: La fin
Rendez-vous à 2:30pm au 16:9 café, ou 12:30pm.
`;

describe('description timestamps', () => {
  it('reads bare, parenthesised, bracketed and bulleted timestamps with separators; prose is ignored', () => {
    expect(summary(parse('timestamps', NOTES))).toEqual([
      [0, 'Ouverture'], [150_000, 'Le marché'], [3_723_000, 'Entrevue'], [4_200_000, 'Questions | réponses'], [4_800_000, 'La fin'],
    ]);
  });

  it('writes the first at 00:00, whole seconds, h:mm:ss from one hour, hidden chapters left out', () => {
    const text = FORMATS.timestamps.serialize(
      [ch(1200, 'Ouverture'), ch(150_999, '- tiret'), ch(200_000, 'caché', { hidden: true }), ch(3_723_500, 'Après')],
      { lang: 'fr' },
    );
    expect(text).toBe('00:00 Ouverture\n02:30 - - tiret\n1:02:03 Après\n');
    expect(summary(parse('timestamps', text))).toEqual([[0, 'Ouverture'], [150_000, '- tiret'], [3_723_000, 'Après']]);
  });

  it('names the line of a timestamp that is not a time, and a text without any', () => {
    const bad = malformedOf(() => parse('timestamps', 'Notes\n\n00:00 Début\n\n\n\n1:75 Titre'));
    expect(bad).toMatchObject({ line: 7, problem: 'timestamp 1:75 is not a time' });
    expect(bad.message).toContain('line 7: timestamp 1:75 is not a time');
    expect(malformedOf(() => parse('timestamps', 'Just prose.\nNothing else.')).line).toBeNull();
  });
});
