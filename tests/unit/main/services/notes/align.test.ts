// Alignment of whole texts: language detection splits a mixed text into streams, unsure
// segments follow their neighbours, two texts stay apart, bad input is refused clearly, and
// (property) every paragraph of the input comes out exactly once, in order.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { alignNotes, JOIN } from '../../../../../src/main/services/notes/align.js';
import { segment } from '../../../../../src/main/services/notes/segmenter.js';
import { thrown } from '../library/temp-library.js';

const FR_WORDS = ['les', 'administrations', 'publiques', 'ont', 'la', 'capacité', 'de', 'innover', 'et', 'des', 'solutions', 'pour', 'une', 'culture'];
const EN_WORDS = ['the', 'public', 'administrations', 'have', 'capacity', 'to', 'innovate', 'and', 'of', 'solutions', 'for', 'a', 'culture', 'with'];
const sentence = (words: string[]) => fc.array(fc.constantFrom(...words), { minLength: 3, maxLength: 40 })
  .map((w) => `${w.join(' ').replace(/^./, (c) => c.toUpperCase())}.`);
const paragraph = fc.oneof(sentence(FR_WORDS), sentence(EN_WORDS), sentence(FR_WORDS).map((s) => `- ${s}`));

describe('alignNotes', () => {
  it('puts French and English segments of a mixed text in their streams', () => {
    const p = alignNotes({ text: 'Bonjour à tous et merci.\n\nHello and thank you all.\n\nÀ bientôt pour la suite.\n\nSee you soon for more.' });
    expect(p.streams.fr.map((s) => s.text)).toEqual(['Bonjour à tous et merci.', 'À bientôt pour la suite.']);
    expect(p.streams.en.map((s) => s.line)).toEqual([3, 7]);
    expect(p.rows.map((r) => [r.fr, r.en])).toEqual([
      ['Bonjour à tous et merci.', 'Hello and thank you all.'],
      ['À bientôt pour la suite.', 'See you soon for more.'],
    ]);
  });

  it('gives a segment it cannot tell (a bare name or address) the language of the one before it', () => {
    const p = alignNotes({ text: 'Notre invité cette semaine\nStéphane Vincent\nhttps://example.org/raccords' });
    expect(p.streams.fr.map((s) => [s.text, s.langConfidence])).toEqual([
      ['Notre invité cette semaine', expect.any(Number)],
      ['Stéphane Vincent', 0.5],
      ['https://example.org/raccords', 0.5],
    ]);
    expect(p.streams.en).toEqual([]);
  });

  it('uses the fallback language when nothing in the text decides', () => {
    expect(alignNotes({ text: 'Geoff Mulgan', defaultLang: 'en' }).rows).toEqual([
      { kind: 'heading', fr: null, en: 'Geoff Mulgan', confidence: 1, frSegments: [], enSegments: [0] },
    ]);
  });

  it('refuses empty or binary text, naming the problem', () => {
    expect(thrown(() => alignNotes({ text: '  \n\n ' }))).toMatchObject({ code: 'notes_text_unreadable', details: { problem: 'the text is empty' } });
    expect(thrown(() => alignNotes({ text: 'GIF89a\u0000\u0001\u0002binary' }))).toMatchObject({ details: { problem: 'this is a binary file, not text' } });
    expect(thrown(() => alignNotes({ fr: '', en: ' ' }))).toMatchObject({ details: { problem: 'both texts are empty' } });
    expect(thrown(() => alignNotes({ text: '\uFFFD'.repeat(20) + ' abc' }))).toMatchObject({ details: { problem: 'this is not UTF-8 text' } });
  });

  it('never loses or duplicates a paragraph of a mixed text (property)', () => {
    fc.assert(fc.property(fc.array(paragraph, { minLength: 1, maxLength: 16 }), (paragraphs) => {
      const text = paragraphs.join('\n\n');
      const p = alignNotes({ text });
      const frSide = p.rows.flatMap((r) => (r.fr === null ? [] : r.fr.split(JOIN)));
      const enSide = p.rows.flatMap((r) => (r.en === null ? [] : r.en.split(JOIN)));
      expect(frSide).toEqual(p.streams.fr.map((s) => s.text));
      expect(enSide).toEqual(p.streams.en.map((s) => s.text));
      // The two streams together are the input's segments, each once, in reading order.
      const merged = [...p.streams.fr, ...p.streams.en].sort((a, b) => a.line - b.line).map((s) => s.text);
      expect(merged).toEqual(segment(text).map((s) => s.text));
    }), { numRuns: 200 });
  });

  it('never loses or duplicates a paragraph of two separate texts (property)', () => {
    const texts = fc.array(sentence(FR_WORDS), { maxLength: 12 });
    fc.assert(fc.property(texts, fc.array(sentence(EN_WORDS), { maxLength: 12 }), (fr, en) => {
      fc.pre(fr.length + en.length > 0);
      const p = alignNotes({ fr: fr.join('\n\n'), en: en.join('\n\n') });
      expect(p.rows.flatMap((r) => (r.fr === null ? [] : r.fr.split(JOIN)))).toEqual(fr);
      expect(p.rows.flatMap((r) => (r.en === null ? [] : r.en.split(JOIN)))).toEqual(en);
    }), { numRuns: 200 });
  });
});
