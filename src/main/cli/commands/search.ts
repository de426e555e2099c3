// `balado search QUERY [--show S]`: accent-insensitive, prefix, ranked.

import type { CliContext } from '../context.js';
import { parseCommand } from '../options.js';
import { table } from '../output.js';
import { resolveShow } from './resolve-show.js';

export function searchCommand(ctx: CliContext, argv: string[]): void {
  const { values: v, positionals } = parseCommand(argv, { show: { type: 'string' } }, { min: 1, max: 20, names: 'QUERY' });
  const showId = v.show ? resolveShow(ctx.library, v.show).id : undefined;
  const hits = ctx.library.search(positionals.join(' '), { showId });
  ctx.out.result(hits, () =>
    hits.length === 0 ? 'No match.' : table(
      ['ID', 'SHOW', 'NO', 'TITLE (FR)', 'TITLE (EN)', 'MATCH'],
      hits.map((h) => [h.episode.id, h.episode.showSlug, h.episode.number, h.episode.title.fr, h.episode.title.en, h.snippet]),
    ),
  );
}
