// `balado library backup --out FILE` (SQLite online backup) and `balado library info`.

import path from 'node:path';
import type { CliContext } from '../context.js';
import { parseCommand } from '../options.js';
import { UsageError } from '../usage-error.js';

export async function libraryCommand(ctx: CliContext, argv: string[]): Promise<void> {
  const [sub, ...rest] = argv;
  if (sub === 'backup') {
    const { values: v } = parseCommand(rest, { out: { type: 'string' } }, { min: 0, max: 0, names: '' });
    if (!v.out) throw new UsageError('library backup needs --out FILE');
    const out = path.resolve(v.out);
    await ctx.library.backup(out);
    ctx.out.result({ backup: out }, () => `Backed up ${ctx.library.dbPath} to ${out}`);
    return;
  }
  if (sub === 'info') {
    parseCommand(rest, {}, { min: 0, max: 0, names: '' });
    const info = { path: ctx.library.dir, database: ctx.library.dbPath, schemaVersion: ctx.library.schemaVersion() };
    ctx.out.result(info, () => `library   ${info.path}\ndatabase  ${info.database}\nschema    ${info.schemaVersion}`);
    return;
  }
  throw new UsageError(sub ? `unknown library command: ${sub}` : 'library needs a command: backup or info');
}
