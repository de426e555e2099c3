// The spellchecker checks French and English at once: translators type both in one window, and
// Chromium's Hunspell checker ignores the fields' `lang`. macOS uses the system's own checker,
// which detects the language itself, so there is nothing to choose there.
import type { Session } from 'electron';

/** The best French and English dictionaries among those Electron offers (regional first). */
export function pickSpellCheckerLanguages(available: readonly string[]): string[] {
  const pick = (preferred: string[], prefix: string) =>
    preferred.find((code) => available.includes(code)) ?? available.find((code) => code.startsWith(prefix));
  return [pick(['fr-FR', 'fr', 'fr-CA'], 'fr'), pick(['en-US', 'en-GB', 'en-CA', 'en'], 'en')].filter((c): c is string => c !== undefined);
}

export function configureSpellChecker(session: Pick<Session, 'availableSpellCheckerLanguages' | 'setSpellCheckerLanguages'>, platform: NodeJS.Platform): void {
  if (platform === 'darwin') return;
  const languages = pickSpellCheckerLanguages(session.availableSpellCheckerLanguages);
  if (languages.length > 0) session.setSpellCheckerLanguages(languages);
}
