// Where the library lives on each platform, and the two overrides.

import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveLibraryDir } from '../../../../../src/main/services/library/library-location.js';

describe('resolveLibraryDir', () => {
  const home = '/home/ana';

  it('prefers --library, then BALADO_LIBRARY', () => {
    const env = { BALADO_LIBRARY: '/env/lib', XDG_DATA_HOME: '/xdg' };
    expect(resolveLibraryDir({ cliDir: '/cli/lib', env, platform: 'linux', home })).toBe('/cli/lib');
    expect(resolveLibraryDir({ env, platform: 'linux', home })).toBe('/env/lib');
    expect(resolveLibraryDir({ cliDir: 'relative/lib', env: {}, home })).toBe(path.resolve('relative/lib'));
  });

  it('uses XDG_DATA_HOME or ~/.local/share on Linux, ignoring a relative XDG_DATA_HOME', () => {
    expect(resolveLibraryDir({ env: { XDG_DATA_HOME: '/data' }, platform: 'linux', home })).toBe('/data/balado-studio');
    expect(resolveLibraryDir({ env: {}, platform: 'linux', home })).toBe('/home/ana/.local/share/balado-studio');
    expect(resolveLibraryDir({ env: { XDG_DATA_HOME: 'rel' }, platform: 'linux', home })).toBe(
      '/home/ana/.local/share/balado-studio',
    );
  });

  it('uses Application Support on macOS', () => {
    expect(resolveLibraryDir({ env: {}, platform: 'darwin', home: '/Users/ana' })).toBe(
      '/Users/ana/Library/Application Support/Balado Studio',
    );
  });

  it('uses %APPDATA% on Windows', () => {
    expect(resolveLibraryDir({ env: { APPDATA: 'C:\\Users\\ana\\AppData\\Roaming' }, platform: 'win32', home: 'C:\\Users\\ana' }))
      .toBe('C:\\Users\\ana\\AppData\\Roaming\\Balado Studio');
    expect(resolveLibraryDir({ env: {}, platform: 'win32', home: 'C:\\Users\\ana' })).toBe(
      'C:\\Users\\ana\\AppData\\Roaming\\Balado Studio',
    );
  });

  it('defaults to the real environment', () => {
    expect(path.isAbsolute(resolveLibraryDir())).toBe(true);
  });
});
