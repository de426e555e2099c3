// --library and --user-data-dir among whatever else Electron and Chromium put in argv.
import { describe, expect, it } from 'vitest';
import { parseShellArgs } from '../../../../src/main/electron/cli-args.js';

describe('parseShellArgs', () => {
  it('reads both spellings among other arguments', () => {
    expect(parseShellArgs(['/usr/bin/electron', '.', '--library', '/tmp/lib', '--no-sandbox'])).toEqual({ libraryDir: '/tmp/lib' });
    expect(parseShellArgs(['Balado Studio', '--library=/srv/a b', '--user-data-dir=/tmp/ud'])).toEqual({
      libraryDir: '/srv/a b', userDataDir: '/tmp/ud',
    });
  });

  it('ignores a flag without a value and lets the last occurrence win', () => {
    expect(parseShellArgs(['app', '--library'])).toEqual({});
    expect(parseShellArgs(['app', '--library', '--inspect'])).toEqual({});
    expect(parseShellArgs(['app', '--library=', '--library', 'b'])).toEqual({ libraryDir: 'b' });
    expect(parseShellArgs(['app', '--library', 'a', '--library', 'b'])).toEqual({ libraryDir: 'b' });
  });

  it('does not mistake similar flags', () => {
    expect(parseShellArgs(['app', '--libraryx', 'a', '--user-data', 'b', 'library', 'c'])).toEqual({});
  });
});
