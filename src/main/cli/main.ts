// `balado`: the command line over the same services as the app (no Electron). Exit 0 on
// success, 1 for bad input (one line on stderr naming the problem), 2 for a usage error.

import { AppError } from '../../shared/api/errors.js';
import { Library } from '../services/library/library.js';
import { resolveLibraryDir } from '../services/library/library-location.js';
import { APP_VERSION } from '../services/app-version.js';
import { chaptersCommand } from './commands/chapters.js';
import { episodeCommand } from './commands/episode.js';
import { libraryCommand } from './commands/library.js';
import { notesAlignCommand, notesCommand } from './commands/notes.js';
import { peaksCommand } from './commands/peaks.js';
import { searchCommand } from './commands/search.js';
import { showCommand } from './commands/show.js';
import { tmCommand } from './commands/tm.js';
import type { CliContext } from './context.js';
import { createOutput } from './output.js';
import { USAGE } from './usage.js';
import { UsageError } from './usage-error.js';

interface Globals { library?: string; json: boolean; help: boolean; version: boolean; rest: string[] }

/** Global options may stand anywhere before or after the command words. */
function splitGlobals(argv: string[]): Globals {
  const g: Globals = { json: false, help: false, version: false, rest: [] };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '--json') g.json = true;
    else if (arg === '--help' || arg === '-h') g.help = true;
    else if (arg === '--version') g.version = true;
    else if (arg === '--library') {
      const dir = argv[++i];
      if (!dir) throw new UsageError('--library needs a folder');
      g.library = dir;
    } else if (arg.startsWith('--library=')) g.library = arg.slice('--library='.length);
    else g.rest.push(arg);
  }
  return g;
}

function messageLanguage(): 'fr' | 'en' {
  const locale = process.env.LC_ALL || process.env.LC_MESSAGES || process.env.LANG || '';
  return locale.toLowerCase().startsWith('fr') ? 'fr' : 'en';
}

async function run(argv: string[]): Promise<number> {
  const g = splitGlobals(argv);
  if (g.version) return void process.stdout.write(`${APP_VERSION}\n`), 0;
  if (g.help || g.rest.length === 0) {
    process.stdout.write(USAGE);
    return g.help ? 0 : 2;
  }
  const [command, ...rest] = g.rest as [string, ...string[]];
  const known = ['show', 'episode', 'search', 'library', 'chapters', 'peaks', 'release', 'feed', 'notes', 'tm'];
  if (!known.includes(command)) throw new UsageError(`unknown command: ${command}`);
  // `peaks` reads a file, not the library: it never creates or opens one.
  if (command === 'peaks') {
    await peaksCommand({
      out: createOutput(g.json),
      progress: (line) => {
        if (process.stderr.isTTY && !g.json) process.stderr.write(`\r${line.padEnd(40)}`);
      },
    }, rest);
    if (process.stderr.isTTY && !g.json) process.stderr.write('\r'.padEnd(42) + '\r');
    return 0;
  }
  // `notes align` reads text files only: it never creates or opens a library.
  if (command === 'notes' && rest[0] === 'align') {
    await notesAlignCommand(createOutput(g.json), rest.slice(1));
    return 0;
  }
  const library = Library.open(resolveLibraryDir({ cliDir: g.library, env: process.env }));
  const ctx: CliContext = {
    library,
    out: createOutput(g.json),
    lang: messageLanguage(),
    progress: (line) => {
      if (process.stderr.isTTY && !g.json) process.stderr.write(`\r${line.padEnd(40)}`);
    },
  };
  try {
    if (command === 'show') await showCommand(ctx, rest);
    else if (command === 'episode') await episodeCommand(ctx, rest);
    else if (command === 'search') searchCommand(ctx, rest);
    else if (command === 'chapters') await chaptersCommand(ctx, rest);
    else if (command === 'notes') await notesCommand(ctx, rest);
    else if (command === 'tm') await tmCommand(ctx, rest);
    // Loaded on demand: feeds, sanitizing and zip libraries cost every other command's start-up.
    else if (command === 'release') await (await import('./commands/release.js')).releaseCommand(ctx, rest);
    else if (command === 'feed') await (await import('./commands/feed.js')).feedCommand(ctx, rest);
    else await libraryCommand(ctx, rest);
  } finally {
    if (process.stderr.isTTY && !g.json) process.stderr.write('\r'.padEnd(42) + '\r');
    library.close();
  }
  return 0;
}

run(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (error instanceof UsageError) {
      process.stderr.write(`balado: ${error.message}\nRun "balado --help" for usage.\n`);
      process.exit(2);
    }
    if (error instanceof AppError) {
      process.stderr.write(`balado: ${error.messages[messageLanguage()]}\n`);
      process.exit(1);
    }
    // A bug: show everything.
    console.error(error);
    process.exit(70);
  },
);
