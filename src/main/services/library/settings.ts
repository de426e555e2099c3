// App settings stored in the library, one key per Settings field as JSON. Unknown or invalid
// stored values fall back to the default, so an older or hand-edited row never breaks start-up.

import type { Database } from 'better-sqlite3';
import type { Settings } from '../../../shared/domain/types.js';
import { settingsPatchSchema, type SettingsPatch } from '../../../shared/domain/schemas.js';
import { parseInput } from './library-errors.js';
import type { Transact } from './transact.js';

export interface SettingsApi {
  get(): Settings;
  set(patch: SettingsPatch): Settings;
}

export const DEFAULT_SETTINGS: Settings = { uiLanguage: null, theme: 'system' };

export function createSettings(db: Database, transact: Transact): SettingsApi {
  const all = db.prepare<[], { key: string; value: string }>('SELECT key, value FROM settings');
  const upsert = db.prepare<[string, string]>(
    'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
  );

  function get(): Settings {
    const settings: Settings = { ...DEFAULT_SETTINGS };
    for (const { key, value } of all.all()) {
      if (!(key in DEFAULT_SETTINGS)) continue;
      const parsed = settingsPatchSchema.safeParse({ [key]: JSON.parse(value) as unknown });
      if (parsed.success) Object.assign(settings, parsed.data);
    }
    return settings;
  }

  return {
    get,
    set(patch) {
      const valid = parseInput(settingsPatchSchema, patch);
      return transact(() => {
        for (const [key, value] of Object.entries(valid)) {
          if (value !== undefined) upsert.run(key, JSON.stringify(value));
        }
        return get();
      });
    },
  };
}
