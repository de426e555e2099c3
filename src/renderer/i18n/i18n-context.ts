// The UI language and its translator, shared through React context.
import { createContext, useContext } from 'react';
import type { Bilingual, UiLanguage } from '../../shared/domain/types';
import { en } from './en';
import { fr, type Dictionary, type MessageKey } from './fr';

export type Vars = Record<string, string | number>;
/** Keys that come in `.one` / `.other` forms, named without the suffix. */
export type PluralKey = MessageKey extends infer K ? (K extends `${infer B}.one` ? B : never) : never;

export interface I18n {
  lang: UiLanguage;
  other: UiLanguage;
  t: (key: MessageKey, vars?: Vars) => string;
  /** `{n}` with the plural form the language wants (French: 0 and 1 are singular). */
  plural: (key: PluralKey, n: number) => string;
  /** A count with the language's digit grouping: 10 000 (fr), 10,000 (en). */
  count: (n: number) => string;
  /** Picks the UI language's side of a bilingual text. */
  pick: (text: Bilingual) => string;
}

const dictionaries: Record<UiLanguage, Dictionary> = { fr, en };

export function makeI18n(lang: UiLanguage): I18n {
  const dict = dictionaries[lang];
  const rules = new Intl.PluralRules(lang);
  const numbers = new Intl.NumberFormat(lang);
  const t = (key: MessageKey, vars?: Vars) => {
    const text = dict[key];
    if (!vars) return text;
    return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
  };
  return {
    lang,
    other: lang === 'fr' ? 'en' : 'fr',
    t,
    plural: (key, n) => t(rules.select(n) === 'one' ? `${key}.one` : `${key}.other`, { n: numbers.format(n) }),
    count: (n) => numbers.format(n),
    pick: (text) => text[lang],
  };
}

/** French when the browser prefers any French locale, English otherwise. */
export function systemLanguage(): UiLanguage {
  return navigator.language.toLowerCase().startsWith('fr') ? 'fr' : 'en';
}

export const I18nContext = createContext<I18n>(makeI18n('fr'));

export const useI18n = (): I18n => useContext(I18nContext);

/** The same message in both languages, for toasts that must follow a later language switch. */
export function bilingual(key: MessageKey, vars?: Vars): Bilingual {
  return { fr: makeI18n('fr').t(key, vars), en: makeI18n('en').t(key, vars) };
}

/** A `{n}` message in both languages, each with the plural form it wants, for toasts. */
export function bilingualPlural(key: PluralKey, n: number, vars?: Vars): Bilingual {
  const inLang = (lang: UiLanguage) => {
    const { t, count } = makeI18n(lang);
    return t(new Intl.PluralRules(lang).select(n) === 'one' ? `${key}.one` : `${key}.other`, { ...vars, n: count(n) });
  };
  return { fr: inLang('fr'), en: inLang('en') };
}
