// A transcript for one language of an episode: the file read and judged whole first (a bad one
// stores nothing), then copied into the library's assets/ and recorded, replacing that
// language's previous transcript.

import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { AppError } from '../../../shared/api/errors.js';
import type { Episode, UiLanguage } from '../../../shared/domain/types.js';
import { withAssetCopy } from '../library/asset-copy.js';
import type { Library } from '../library/library.js';
import { readTranscript } from './read-transcript.js';

export interface ImportTranscriptOptions {
  episodeId: number;
  lang: UiLanguage;
  /** The chosen file (the browser host's upload keeps the user's file name). */
  path: string;
}

export async function importTranscript(library: Library, options: ImportTranscriptOptions): Promise<Episode> {
  library.episodes.get(options.episodeId); // not_found before any read or write
  let bytes: Buffer;
  try {
    bytes = await readFile(options.path);
  } catch {
    throw new AppError('file_missing', { path: options.path });
  }
  const fileName = path.basename(options.path);
  const facts = readTranscript(bytes, fileName);
  return withAssetCopy(library.dir, bytes, facts.format, (copy) => library.episodeMedia.setTranscript(options.episodeId, {
    lang: options.lang, format: facts.format, mime: facts.mime, fileName, path: copy.path, size: copy.size, sha256: copy.sha256,
    cues: facts.cues, endMs: facts.endMs,
  }));
}
