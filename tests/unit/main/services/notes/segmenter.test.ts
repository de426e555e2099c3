// Splitting pasted show notes: one segment per line or paragraph, list items without their
// markers, headings as short lines without final punctuation, link lines, wrapped lines joined.

import { describe, expect, it } from 'vitest';
import { segment } from '../../../../../src/main/services/notes/segmenter.js';

const kinds = (text: string) => segment(text).map((s) => [s.kind, s.text]);

describe('segment', () => {
  it('reads one paragraph per line, as pasted from a web page', () => {
    expect(kinds('Show Notes\nLes administrations publiques ont-elles la capacité d’innover?\nDo they? Yes.')).toEqual([
      ['heading', 'Show Notes'],
      ['paragraph', 'Les administrations publiques ont-elles la capacité d’innover?'],
      ['paragraph', 'Do they? Yes.'],
    ]);
  });

  it('takes list items with -, •, *, – and numbers, markers removed', () => {
    expect(kinds('- un\n• deux\n* trois\n– quatre\n1. premier\n2) second')).toEqual([
      ['list_item', 'un'], ['list_item', 'deux'], ['list_item', 'trois'], ['list_item', 'quatre'],
      ['numbered_item', 'premier'], ['numbered_item', 'second'],
    ]);
  });

  it('does not take emphasis or a negative number for a list marker', () => {
    expect(kinds('*Raccords* est un balado.\n-5 degrés ce matin.')).toEqual([
      ['paragraph', '*Raccords* est un balado.'], ['paragraph', '-5 degrés ce matin.'],
    ]);
  });

  it('calls short lines without final punctuation headings, and short questions too', () => {
    expect(kinds('What is Raccords?\nCrédits\n# Liens utiles ##\nEpisode 5 (in French) - Recognizing the capacity of municipalities to innovate'))
      .toEqual([
        ['heading', 'What is Raccords?'], ['heading', 'Crédits'], ['heading', 'Liens utiles'],
        ['heading', 'Episode 5 (in French) - Recognizing the capacity of municipalities to innovate'],
      ]);
    expect(kinds('Comment les villes peuvent-elles innover quand les budgets baissent et que tout presse?')[0]?.[0]).toBe('paragraph');
    expect(kinds('Merci. Bonne écoute')[0]?.[0]).toBe('paragraph');
  });

  it('recognises link lines: a bare address, a Markdown link, a short label and an address', () => {
    expect(kinds('https://mis.quebec/raccords\n[Raccords](https://mis.quebec)\nSite web : https://mis.quebec')).toEqual([
      ['link', 'https://mis.quebec/raccords'], ['link', '[Raccords](https://mis.quebec)'], ['link', 'Site web : https://mis.quebec'],
    ]);
  });

  it('keeps a cut-off address at the end of a paragraph as part of it', () => {
    const [last] = segment('Sometimes in French and sometimes in English, available on the MIS website or here: https://');
    expect(last).toMatchObject({ kind: 'paragraph', text: 'Sometimes in French and sometimes in English, available on the MIS website or here: https://' });
  });

  it('joins hard-wrapped lines, and a list item’s indented continuation', () => {
    expect(kinds('Les administrations publiques ont-elles\nla capacité d’innover?\n\n- un point\n  qui continue\n- deux')).toEqual([
      ['paragraph', 'Les administrations publiques ont-elles la capacité d’innover?'],
      ['list_item', 'un point qui continue'],
      ['list_item', 'deux'],
    ]);
  });

  it('gives each segment its first line, with CRLF, a BOM and blank lines', () => {
    expect(segment('\uFEFFTitre\r\n\r\nPremier paragraphe.\r\nDeuxième.\r\n').map((s) => s.line)).toEqual([1, 3, 4]);
    expect(segment('\n \n\t\n')).toEqual([]);
  });
});
