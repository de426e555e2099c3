// The shell's language: the library setting wins, then the OS locale.
import { describe, expect, it } from 'vitest';
import { resolveUiLanguage } from '../../../../src/main/electron/ui-language.js';

describe('resolveUiLanguage', () => {
  it('uses the setting when there is one', () => {
    expect(resolveUiLanguage('en', 'fr-CA')).toBe('en');
    expect(resolveUiLanguage('fr', 'en-US')).toBe('fr');
  });

  it('falls back to the locale: French for any fr variant, English otherwise', () => {
    for (const locale of ['fr', 'fr-CA', 'FR-be', 'fr_CH']) expect(resolveUiLanguage(null, locale)).toBe('fr');
    for (const locale of ['en-US', 'de', 'es-MX', '', 'frr']) expect(resolveUiLanguage(null, locale)).toBe('en');
  });
});
