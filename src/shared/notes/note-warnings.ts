// What the editor flags beside a row without refusing it: a link on one side only, unbalanced
// Markdown, a broken or unsafe link, an empty side. Pure, so it runs while the user types.

import { linksOf, parseInline } from './markdown-inline.js';
import type { NoteLang, NoteWarning } from './types.js';

export interface WarnableRow {
  id: number;
  fr: { text: string };
  en: { text: string };
}

const LANG_NAME = { fr: { fr: 'français', en: 'French' }, en: { fr: 'anglais', en: 'English' } } as const;

export function rowWarnings(row: WarnableRow): NoteWarning[] {
  const warnings: NoteWarning[] = [];
  const add = (problem: NoteWarning['problem'], lang: NoteLang | null, en: string, fr: string) =>
    warnings.push({ problem, rowId: row.id, lang, message: { en, fr } });
  const empty = { fr: row.fr.text.trim() === '', en: row.en.text.trim() === '' };
  if (empty.fr && empty.en) {
    add('empty_side', null, 'Both sides are empty.', 'Les deux côtés sont vides.');
    return warnings;
  }
  const links: Record<NoteLang, number> = { fr: 0, en: 0 };
  for (const lang of ['fr', 'en'] as const) {
    const name = LANG_NAME[lang];
    if (empty[lang]) {
      add('empty_side', lang, `The ${name.en} side is empty.`, `Le côté ${name.fr} est vide.`);
      continue;
    }
    const parsed = parseInline(row[lang].text);
    links[lang] = linksOf(parsed.nodes).length;
    for (const p of parsed.problems) {
      if (p.problem === 'unbalanced_markdown') {
        add(p.problem, lang, `Unbalanced Markdown in ${name.en}: "${p.near}" is never closed.`,
          `Markdown déséquilibré en ${name.fr} : « ${p.near} » n'est jamais fermé.`);
      } else {
        add(p.problem, lang, `Link "${p.near}" in ${name.en} is incomplete or not allowed (http, https or mailto only).`,
          `Le lien « ${p.near} » en ${name.fr} est incomplet ou refusé (http, https ou mailto seulement).`);
      }
    }
  }
  if (!empty.fr && !empty.en && links.fr !== links.en) {
    const lang: NoteLang = links.fr > links.en ? 'fr' : 'en';
    add('link_one_side', lang, `${links.fr} link(s) in French, ${links.en} in English.`,
      `${links.fr} lien(s) en français, ${links.en} en anglais.`);
  }
  return warnings;
}
