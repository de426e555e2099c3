// French or English on the short lines show notes are full of: headings, list items, titles
// with names ("Stéphane Vincent"), labels. A bare name or address is left undecided.

import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../../../../src/main/services/notes/language-detect.js';

const lang = (text: string) => detectLanguage(text).lang;

describe('detectLanguage', () => {
  it.each([
    ['Show Notes', 'en'],
    ['What is Raccords?', 'en'],
    ['What Is Raccords?', 'en'],
    ["Qu'est-ce que Raccords?", 'fr'],
    ['Qu’est-ce que Raccords ?', 'fr'],
    ["Notes de l'épisode", 'fr'],
    ['Pour aller plus loin', 'fr'],
    ['Further reading', 'en'],
    ['Liens', 'fr'],
    ['Links', 'en'],
    ['Ressources', 'fr'],
    ['Resources', 'en'],
    ['Crédits', 'fr'],
    ['Credits', 'en'],
    ['Abonnez-vous', 'fr'],
    ['Subscribe', 'en'],
    ['Merci à nos partenaires', 'fr'],
    ['Thanks to our partners', 'en'],
  ])('heading %j → %s', (text, expected) => expect(lang(text)).toBe(expected));

  it.each([
    ['- an interview with Geoff Mulgan, Professor of Collective Intelligence', 'en'],
    ['- deux œuvres de Possible Futures, une exposition', 'fr'],
    ['- two works from Possible Futures', 'en'],
    ['• une liste de suggestions pour approfondir le thème', 'fr'],
    ['1. Entrevue avec Geoff Mulgan', 'fr'],
    ['2. An interview with Geoff Mulgan', 'en'],
  ])('list item %j → %s', (text, expected) => expect(lang(text)).toBe(expected));

  it.each([
    ['Stéphane Vincent, délégué général de La 27e Région', 'fr'],
    ['Stéphane Vincent, founder of La 27e Région', 'en'],
    ['Entretien avec Stéphane Vincent', 'fr'],
    ['An interview with Stéphane Vincent', 'en'],
    ['Invité : Stéphane Vincent', 'fr'],
    ['Guest: Stéphane Vincent', 'en'],
    ['La 27e Région à Paris', 'fr'],
    ['Épisode 5 - Reconnaître la capacité des municipalités à innover', 'fr'],
    ['Episode 5 (in French) - Recognizing the capacity of municipalities to innovate', 'en'],
    ['Le balado Raccords', 'fr'],
    ['The Raccords podcast', 'en'],
    ["It's the R&D that matters", 'en'],
    ["C'est la R&D qui compte", 'fr'],
  ])('title with names %j → %s', (text, expected) => expect(lang(text)).toBe(expected));

  it('leaves a bare name, a number or an address undecided', () => {
    for (const text of ['Stéphane Vincent', 'Geoff Mulgan', 'Montréal', '2026', 'https://example.org', 'R&D']) {
      expect(detectLanguage(text), text).toMatchObject({ lang: null });
    }
  });

  it('is sure of whole paragraphs and says how sure', () => {
    const fr = detectLanguage("C'est en instaurant cette culture d'expérimentation qu'on parvient à faire « bouger les lignes ».");
    const en = detectLanguage('It is by establishing this culture of experimentation that we succeed in “moving the lines”.');
    expect(fr).toMatchObject({ lang: 'fr' });
    expect(en).toMatchObject({ lang: 'en' });
    expect(fr.confidence).toBeGreaterThan(0.99);
    expect(en.confidence).toBeGreaterThan(0.99);
    expect(detectLanguage('Geoff Mulgan').confidence).toBe(0.5);
  });
});
