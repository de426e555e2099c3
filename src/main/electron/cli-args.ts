// The shell's own command-line flags, read from process.argv among Electron's and Chromium's.
// `--library DIR` picks the library; `--user-data-dir DIR` isolates window state and the
// single-instance lock (tests, portable runs).

export interface ShellArgs {
  libraryDir?: string;
  userDataDir?: string;
}

const FLAGS = { '--library': 'libraryDir', '--user-data-dir': 'userDataDir' } as const;
type Flag = keyof typeof FLAGS;
const isFlag = (s: string): s is Flag => Object.hasOwn(FLAGS, s);

/** Accepts `--flag VALUE` and `--flag=VALUE`; the last occurrence wins; a flag without a value is ignored. */
export function parseShellArgs(argv: readonly string[]): ShellArgs {
  const out: ShellArgs = {};
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i] ?? '';
    const eq = arg.indexOf('=');
    const name = eq === -1 ? arg : arg.slice(0, eq);
    if (!isFlag(name)) continue;
    const value = eq === -1 ? argv[i + 1] : arg.slice(eq + 1);
    if (eq === -1) i += 1;
    if (value !== undefined && value !== '' && !value.startsWith('--')) out[FLAGS[name]] = value;
  }
  return out;
}
