// Which language the shell speaks (menus, dialogs): the library setting, else the OS locale.
import type { UiLanguage } from '../../shared/domain/types.js';

/**
 * null setting → French when the locale's primary subtag is "fr" (fr, fr-CA, fr_BE), English
 * otherwise. The subtag, not a prefix: "frr" (North Frisian) is not French.
 */
export function resolveUiLanguage(setting: UiLanguage | null, locale: string): UiLanguage {
  if (setting !== null) return setting;
  return locale.toLowerCase().split(/[-_]/)[0] === 'fr' ? 'fr' : 'en';
}
