// `balado feed import FILE [--slug S]`: an existing show's RSS feed into a new show. A feed that
// cannot be read exits 1 naming the line, and creates nothing.

import fs from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { AppError } from '../../../shared/api/errors.js';
import { slugSchema } from '../../../shared/domain/schemas.js';
import { importFeed } from '../../services/feed-import/import-feed.js';
import type { CliContext } from '../context.js';
import { parseCommand } from '../options.js';
import { UsageError } from '../usage-error.js';

export async function feedCommand(ctx: CliContext, argv: string[]): Promise<void> {
  const [sub, ...rest] = argv;
  if (sub !== 'import') throw new UsageError(sub ? `unknown feed command: ${sub}` : 'feed needs a command: import');
  const { values: v, positionals } = parseCommand(rest, { slug: { type: 'string' } }, { min: 1, max: 1, names: 'FILE' });
  if (v.slug !== undefined && !slugSchema.safeParse(v.slug).success) throw new UsageError(`--slug must be lower-case letters, digits and hyphens; got "${v.slug}"`);
  const file = path.resolve(positionals[0] as string);
  let text: string;
  try {
    text = await fs.readFile(file, 'utf8');
  } catch {
    throw new AppError('file_missing', { path: file });
  }
  const result = await importFeed(ctx.library, {
    text,
    slug: v.slug,
    // A chapters file named by a relative path or file: URL is read beside the feed.
    readLocalFile: async (href) => {
      const target = href.startsWith('file:') ? fileURLToPath(href) : path.resolve(path.dirname(file), href);
      return fs.readFile(target, 'utf8').catch(() => null);
    },
  });
  ctx.out.result(result, () => [
    `Created show ${result.show.slug} (id ${result.show.id}) with ${result.episodes} episode(s), ${result.chapters} chapter(s); ` +
      `${result.remoteMedia} remote audio file(s) to relink.`,
    ...result.notes.map((n) => `  note: ${n[ctx.lang]}`),
  ].join('\n'));
}
