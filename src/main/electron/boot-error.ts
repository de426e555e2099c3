// What the error box says when the library cannot be opened at start, in the user's language.
// Expected errors (AppError: library too new, locked…) show their own message; bugs show a
// generic line plus the technical text, because the user has to report it.
import { isAppError } from '../../shared/api/errors.js';
import type { UiLanguage } from '../../shared/domain/types.js';

const TITLE: Record<UiLanguage, string> = {
  fr: 'Balado Studio ne peut pas démarrer',
  en: 'Balado Studio cannot start',
};

const UNEXPECTED: Record<UiLanguage, string> = {
  fr: "Une erreur inattendue a empêché l'ouverture de la bibliothèque.",
  en: 'An unexpected error prevented the library from opening.',
};

export function bootErrorMessage(error: unknown, language: UiLanguage, libraryDir: string): {
  title: string;
  content: string;
} {
  const where = language === 'fr' ? `Bibliothèque : ${libraryDir}` : `Library: ${libraryDir}`;
  if (isAppError(error)) return { title: TITLE[language], content: `${error.messages[language]}\n\n${where}` };
  const technical = error instanceof Error ? error.message : String(error);
  return { title: TITLE[language], content: `${UNEXPECTED[language]}\n\n${where}\n\n${technical}` };
}
