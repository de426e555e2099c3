// An episode's own artwork and transcripts as a release carries them: where each goes in the
// bundle, and whether the library's copy is still the file that was imported (a changed or lost
// copy stays out of the feed, and the preflight says why).

import { readFile } from 'node:fs/promises';
import type { Asset, Episode, EpisodeTranscript, UiLanguage } from '../../../shared/domain/types.js';
import { checkAssetFile } from '../audio/file-integrity.js';
import type { Library } from '../library/library.js';
import { sha256Of } from './manifest.js';

export type CopyState = 'ok' | 'missing' | 'changed';

export interface ReleaseArtwork {
  asset: Asset;
  /** `media/<slug>.png|jpg` in the bundle. */
  file: string;
  state: CopyState;
}

export interface ReleaseTranscript {
  transcript: EpisodeTranscript;
  /** `transcripts/<slug>.<lang>.<format>` in the bundle. */
  file: string;
  state: CopyState;
}

export async function artworkForRelease(library: Library, episode: Episode, signal?: AbortSignal): Promise<ReleaseArtwork | null> {
  if (!episode.artwork) return null;
  const asset = library.assets.get(episode.artwork.assetId);
  const check = await checkAssetFile(asset, { signal });
  const ext = asset.mime === 'image/png' ? 'png' : 'jpg';
  return { asset, file: `media/${episode.slug}.${ext}`, state: check.state };
}

async function copyState(t: EpisodeTranscript): Promise<CopyState> {
  let bytes: Buffer;
  try {
    bytes = await readFile(t.path);
  } catch {
    return 'missing';
  }
  // Transcripts are small: hashing the whole copy every time is cheaper than trusting mtimes.
  return bytes.length === t.size && sha256Of(bytes) === t.sha256 ? 'ok' : 'changed';
}

export async function transcriptsForRelease(episode: Episode): Promise<ReleaseTranscript[]> {
  return Promise.all(episode.transcripts.map(async (transcript) => ({
    transcript,
    file: `transcripts/${episode.slug}.${transcript.lang}.${transcript.format}`,
    state: await copyState(transcript),
  })));
}

/** The transcripts a feed lists: present ones only, the feed's own language first. */
export function feedTranscripts(transcripts: readonly ReleaseTranscript[], lang: UiLanguage): ReleaseTranscript[] {
  const present = transcripts.filter((t) => t.state === 'ok');
  return [...present.filter((t) => t.transcript.lang === lang), ...present.filter((t) => t.transcript.lang !== lang)];
}
