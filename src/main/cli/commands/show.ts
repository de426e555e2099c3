// `balado show create|list`.

import path from 'node:path';
import type { CliContext } from '../context.js';
import { parseCommand } from '../options.js';
import { table } from '../output.js';
import { UsageError } from '../usage-error.js';
import { importArtwork } from '../../services/artwork/import-artwork.js';
import { readImage } from '../../services/artwork/read-image.js';

const createOptions = {
  slug: { type: 'string' }, 'title-fr': { type: 'string' }, 'title-en': { type: 'string' },
  author: { type: 'string' }, 'owner-name': { type: 'string' }, 'owner-email': { type: 'string' },
  'base-url': { type: 'string' }, website: { type: 'string' },
  'language-fr': { type: 'string' }, 'language-en': { type: 'string' }, artwork: { type: 'string' },
} as const;

export async function showCommand(ctx: CliContext, argv: string[]): Promise<void> {
  const [sub, ...rest] = argv;
  if (sub === 'list') {
    parseCommand(rest, {}, { min: 0, max: 0, names: '' });
    const shows = ctx.library.shows.list();
    ctx.out.result(shows, () =>
      shows.length === 0
        ? 'No shows yet. Create one with: balado show create --slug S --title-fr T --title-en T'
        : table(['ID', 'SLUG', 'TITLE (FR)', 'TITLE (EN)', 'EPISODES'], shows.map((s) => [s.id, s.slug, s.title.fr, s.title.en, s.episodeCount])),
    );
    return;
  }
  if (sub === 'create') {
    const { values: v } = parseCommand(rest, createOptions, { min: 0, max: 0, names: '' });
    if (!v.slug) throw new UsageError('show create needs --slug');
    if (!v['title-fr'] && !v['title-en']) throw new UsageError('show create needs --title-fr and/or --title-en');
    // Check the artwork before writing anything, so a bad image leaves no half-made show.
    if (v.artwork) await readImage(path.resolve(v.artwork));
    const show = ctx.library.transaction(() =>
      ctx.library.shows.create({
        slug: v.slug as string,
        title: { fr: v['title-fr'] ?? '', en: v['title-en'] ?? '' },
        ...(v.author !== undefined && { author: v.author }),
        ...(v['owner-name'] !== undefined && { ownerName: v['owner-name'] }),
        ...(v['owner-email'] !== undefined && { ownerEmail: v['owner-email'] }),
        ...(v['base-url'] !== undefined && { baseUrl: v['base-url'] }),
        ...(v.website !== undefined && { website: v.website }),
        ...((v['language-fr'] !== undefined || v['language-en'] !== undefined) && {
          languages: { fr: v['language-fr'] ?? 'fr-CA', en: v['language-en'] ?? 'en-CA' },
        }),
      }),
    );
    const final = v.artwork ? await importArtwork(ctx.library, show.id, path.resolve(v.artwork)) : show;
    ctx.out.result(final, () => `Created show ${final.slug} (id ${final.id}).`);
    return;
  }
  throw new UsageError(sub ? `unknown show command: ${sub}` : 'show needs a command: create or list');
}
