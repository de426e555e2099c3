// `balado episode artwork REF FILE | REF --remove` and
// `balado episode transcript REF --lang fr|en FILE | REF --lang fr|en --remove`.

import path from 'node:path';
import { artworkIssues } from '../../../shared/domain/artwork-rules.js';
import { UI_LANGUAGES } from '../../../shared/domain/types.js';
import { importEpisodeArtwork } from '../../services/artwork/import-episode-artwork.js';
import { importTranscript } from '../../services/transcripts/import-transcript.js';
import type { CliContext } from '../context.js';
import { oneOf, parseCommand } from '../options.js';
import { UsageError } from '../usage-error.js';
import { describeEpisode } from './episode-fields.js';

const APPLE_PROBLEMS = {
  not_square: 'not square', size: 'outside 1400–3000 px', not_rgb: 'not RGB', palette: 'palette PNG (some apps want RGB)',
} as const;

/** FILE or --remove, never both and never neither. */
function fileOrRemove(command: string, file: string | undefined, remove: boolean | undefined): string | null {
  if (Boolean(file) === Boolean(remove)) throw new UsageError(`episode ${command} needs FILE or --remove`);
  return file ? path.resolve(file) : null;
}

export async function episodeArtworkCommand({ library, out }: CliContext, argv: string[]): Promise<void> {
  const { values: v, positionals } = parseCommand(argv, { remove: { type: 'boolean' } }, { min: 1, max: 2, names: 'REF FILE' });
  const id = library.episodes.resolveRef(positionals[0] as string);
  const file = fileOrRemove('artwork', positionals[1], v.remove);
  const episode = file ? await importEpisodeArtwork(library, id, file) : library.episodeMedia.setArtwork(id, null);
  const problems = episode.artwork ? artworkIssues(episode.artwork).map((i) => APPLE_PROBLEMS[i.problem]) : [];
  out.result(episode, () => [
    describeEpisode(episode),
    ...(problems.length > 0 ? [`warning: Apple Podcasts will refuse this artwork (${problems.join(', ')})`] : []),
  ].join('\n'));
}

export async function episodeTranscriptCommand({ library, out }: CliContext, argv: string[]): Promise<void> {
  const options = { lang: { type: 'string' }, remove: { type: 'boolean' } } as const;
  const { values: v, positionals } = parseCommand(argv, options, { min: 1, max: 2, names: 'REF FILE' });
  const lang = oneOf('lang', v.lang, UI_LANGUAGES);
  if (!lang) throw new UsageError('episode transcript needs --lang fr|en');
  const id = library.episodes.resolveRef(positionals[0] as string);
  const file = fileOrRemove('transcript', positionals[1], v.remove);
  const episode = file
    ? await importTranscript(library, { episodeId: id, lang, path: file })
    : library.episodeMedia.removeTranscript(id, lang);
  out.result(episode, () => describeEpisode(episode));
}
