// Where the library folder lives: `--library DIR`, then BALADO_LIBRARY, then the OS's app-data
// folder. Pure apart from its defaults, so every platform's rule is testable on any machine.

import os from 'node:os';
import path from 'node:path';

export interface LibraryLocationOptions {
  cliDir?: string;
  env?: NodeJS.ProcessEnv;
  platform?: NodeJS.Platform;
  home?: string;
}

export function resolveLibraryDir(options: LibraryLocationOptions = {}): string {
  const env = options.env ?? process.env;
  const platform = options.platform ?? process.platform;
  const home = options.home ?? os.homedir();
  // Windows paths are joined the Windows way even when computed elsewhere (tests, tooling).
  const p = platform === 'win32' ? path.win32 : path.posix;

  if (options.cliDir) return path.resolve(options.cliDir);
  if (env.BALADO_LIBRARY) return path.resolve(env.BALADO_LIBRARY);

  switch (platform) {
    case 'darwin':
      return p.join(home, 'Library', 'Application Support', 'Balado Studio');
    case 'win32':
      return p.join(env.APPDATA || p.join(home, 'AppData', 'Roaming'), 'Balado Studio');
    default: {
      // The XDG spec says a relative XDG_DATA_HOME is invalid and must be ignored.
      const xdg = env.XDG_DATA_HOME && p.isAbsolute(env.XDG_DATA_HOME) ? env.XDG_DATA_HOME : null;
      return p.join(xdg ?? p.join(home, '.local', 'share'), 'balado-studio');
    }
  }
}
