// Warnings beside a row: a link on one side only, unbalanced Markdown, an empty side.

import { describe, expect, it } from 'vitest';
import { rowWarnings } from '../../../../src/shared/notes/note-warnings.js';

const row = (fr: string, en: string) => ({ id: 7, fr: { text: fr }, en: { text: en } });
const problems = (fr: string, en: string) => rowWarnings(row(fr, en)).map((w) => `${w.problem}:${w.lang}`);

describe('rowWarnings', () => {
  it('says nothing about a clean pair', () => {
    expect(problems('Voir [le site](https://mis.quebec).', 'See [the site](https://mis.quebec/en).')).toEqual([]);
  });

  it('flags a link present on one side only, in both languages', () => {
    const [warning] = rowWarnings(row('Abonnez-vous ici : https://mis.quebec', 'Subscribe here.'));
    expect(warning).toMatchObject({ problem: 'link_one_side', rowId: 7, lang: 'fr' });
    expect(warning?.message.en).toBe('1 link(s) in French, 0 in English.');
    expect(warning?.message.fr).toBe('1 lien(s) en français, 0 en anglais.');
  });

  it('flags unbalanced Markdown, a cut-off link and empty sides', () => {
    expect(problems('**Raccords est', 'here: https://')).toEqual(['unbalanced_markdown:fr', 'broken_link:en']);
    expect(problems('', 'Show Notes')).toEqual(['empty_side:fr']);
    expect(problems(' ', '')).toEqual(['empty_side:null']);
  });
});
