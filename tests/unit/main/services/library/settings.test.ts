// Settings stored in the library: defaults, partial updates, validation, tolerance of bad rows.

import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import type { SettingsPatch } from '../../../../../src/shared/domain/schemas.js';
import { thrown, useLibrary } from './temp-library.js';

describe('settings', () => {
  const lib = useLibrary();

  it('starts with uiLanguage null (follow the OS) and the system theme', () => {
    expect(lib().settings.get()).toEqual({ uiLanguage: null, theme: 'system' });
  });

  it('applies a partial patch, keeps the rest, and can go back to following the OS', () => {
    expect(lib().settings.set({ uiLanguage: 'fr' })).toEqual({ uiLanguage: 'fr', theme: 'system' });
    expect(lib().settings.set({ theme: 'dark' })).toEqual({ uiLanguage: 'fr', theme: 'dark' });
    expect(lib().settings.set({ uiLanguage: null })).toEqual({ uiLanguage: null, theme: 'dark' });
    expect(lib().settings.get()).toEqual({ uiLanguage: null, theme: 'dark' });
  });

  it('refuses values outside the schema', () => {
    const error = thrown(() => lib().settings.set({ theme: 'neon' } as unknown as SettingsPatch));
    expect(error.code).toBe('validation');
    expect(error.details).toMatchObject({ field: 'theme' });
  });

  it('falls back to defaults for unknown keys and invalid stored values', () => {
    lib().settings.set({ theme: 'light' });
    const raw = new Database(lib().dbPath);
    try {
      raw.prepare("INSERT INTO settings (key, value) VALUES ('uiLanguage', '\"de\"'), ('future', '1')").run();
    } finally {
      raw.close();
    }
    expect(lib().settings.get()).toEqual({ uiLanguage: null, theme: 'light' });
  });
});
