// `balado episode add|list|get|set`; `artwork` and `transcript` live in episode-media.ts.

import path from 'node:path';
import { EPISODE_STATUSES } from '../../../shared/domain/types.js';
import { AppError } from '../../../shared/api/errors.js';
import { episodePatchSchema } from '../../../shared/domain/schemas.js';
import { validationError } from '../../../shared/api/validation-error.js';
import { importAudio } from '../../services/audio/import-audio.js';
import type { CliContext } from '../context.js';
import { oneOf, parseCommand } from '../options.js';
import { formatDuration, table } from '../output.js';
import { UsageError } from '../usage-error.js';
import { describeEpisode, episodeFieldOptions, episodePatchFrom } from './episode-fields.js';
import { episodeArtworkCommand, episodeTranscriptCommand } from './episode-media.js';
import { resolveShow } from './resolve-show.js';

export async function episodeCommand(ctx: CliContext, argv: string[]): Promise<void> {
  const [sub, ...rest] = argv;
  const { library, out } = ctx;
  switch (sub) {
    case 'list': {
      const { values: v } = parseCommand(rest, { show: { type: 'string' }, status: { type: 'string' } }, { min: 0, max: 0, names: '' });
      const showId = v.show ? resolveShow(library, v.show).id : undefined;
      const status = oneOf('status', v.status, EPISODE_STATUSES);
      const episodes = library.episodes.list({ showId, status });
      out.result(episodes, () =>
        episodes.length === 0 ? 'No episodes.' : table(
          ['ID', 'SHOW', 'NO', 'STATUS', 'SPOKEN', 'DURATION', 'TITLE (FR)', 'TITLE (EN)'],
          episodes.map((e) => [e.id, e.showSlug, e.number, e.status, e.spoken, formatDuration(e.durationMs), e.title.fr, e.title.en]),
        ),
      );
      return;
    }
    case 'get': {
      const { positionals } = parseCommand(rest, {}, { min: 1, max: 1, names: 'REF' });
      const episode = library.episodes.get(library.episodes.resolveRef(positionals[0] as string));
      out.result(episode, () => describeEpisode(episode));
      return;
    }
    case 'set': {
      const { values: v, positionals } = parseCommand(rest, episodeFieldOptions, { min: 1, max: 1, names: 'REF' });
      const id = library.episodes.resolveRef(positionals[0] as string);
      const patch = episodePatchFrom(v, library.episodes.get(id));
      if (Object.keys(patch).length === 0) throw new UsageError('episode set needs at least one field to change');
      const episode = library.episodes.update(id, patch);
      out.result(episode, () => `Updated episode ${episode.showSlug}/${episode.number ?? episode.id}.\n${describeEpisode(episode)}`);
      return;
    }
    case 'add': {
      const options = { ...episodeFieldOptions, show: { type: 'string' }, audio: { type: 'string' } } as const;
      const { values: v } = parseCommand(rest, options, { min: 0, max: 0, names: '' });
      if (!v.show) throw new UsageError('episode add needs --show');
      if (!v.audio) throw new UsageError('episode add needs --audio FILE');
      const show = resolveShow(library, v.show);
      const patch = episodePatchFrom(v);
      // Check everything typed before touching the library, so a mistake writes nothing.
      const parsed = episodePatchSchema.safeParse(patch);
      if (!parsed.success) throw validationError(parsed.error.issues);
      if (patch.number !== undefined && patch.number !== null &&
        !library.episodes.numberAvailable(show.id, patch.season ?? null, patch.number, null)) {
        throw new AppError('duplicate', { field: 'number', value: patch.number, scope: show.slug });
      }
      const imported = await importAudio(library, {
        showId: show.id, episodeId: null, path: path.resolve(v.audio),
        onProgress: (p) => ctx.progress(`${p.phase} ${p.bytesTotal ? Math.round((100 * p.bytesDone) / p.bytesTotal) : 0}%`),
      });
      const episode = Object.keys(patch).length > 0 ? library.episodes.update(imported.id, patch) : imported;
      out.result(episode, () => `Added episode ${episode.id} to ${show.slug}.\n${describeEpisode(episode)}`);
      return;
    }
    case 'artwork':
      return episodeArtworkCommand(ctx, rest);
    case 'transcript':
      return episodeTranscriptCommand(ctx, rest);
    default:
      throw new UsageError(sub ? `unknown episode command: ${sub}` : 'episode needs a command: add, list, get, set, artwork or transcript');
  }
}
