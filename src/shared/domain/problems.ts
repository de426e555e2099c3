// Field-level validation problems, keyed so that the schemas stay language-neutral and every
// side (forms, CLI, IPC boundary) shows the same sentence in French or English.

import type { Bilingual } from './types.js';

export const PROBLEMS = {
  required: { fr: 'obligatoire', en: 'required' },
  too_long: { fr: 'trop long', en: 'too long' },
  slug: {
    fr: 'lettres minuscules, chiffres et tirets seulement (ex. « raccords »)',
    en: 'lower-case letters, digits and hyphens only (e.g. "raccords")',
  },
  email: { fr: 'adresse courriel invalide', en: 'not a valid email address' },
  url: { fr: 'adresse web invalide (http:// ou https://)', en: 'not a valid web address (http:// or https://)' },
  language_code: {
    fr: 'code de langue ISO 639 attendu, ex. fr, fr-CA, en-CA',
    en: 'ISO 639 language code expected, e.g. fr, fr-CA, en-CA',
  },
  positive_integer: { fr: 'nombre entier positif attendu', en: 'positive whole number expected' },
  iso_datetime: {
    fr: 'date ISO-8601 avec fuseau attendue, ex. 2026-03-04T06:00:00-05:00',
    en: 'ISO-8601 date with offset expected, e.g. 2026-03-04T06:00:00-05:00',
  },
  time_zone: { fr: 'fuseau horaire IANA inconnu (ex. America/Montreal)', en: 'unknown IANA time zone (e.g. America/Montreal)' },
  number_taken: {
    fr: 'ce numéro est déjà pris dans cette saison',
    en: 'this number is already used in this season',
  },
  one_of: { fr: 'valeur non permise', en: 'value not allowed' },
  absolute_path: { fr: 'chemin absolu attendu', en: 'absolute path expected' },
  invalid: { fr: 'valeur invalide', en: 'invalid value' },
} satisfies Record<string, Bilingual>;

export type ProblemKey = keyof typeof PROBLEMS;

export function problemText(key: string): Bilingual {
  return (PROBLEMS as Record<string, Bilingual>)[key] ?? PROBLEMS.invalid;
}
