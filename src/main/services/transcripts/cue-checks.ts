// What every timed cue must satisfy, whatever the format: it ends after it starts, and no cue
// starts before the one above it (players show captions in file order).

import type { TranscriptFormat } from '../../../shared/domain/types.js';
import { formatHuman } from '../chapters/clock.js';
import { malformed } from './malformed.js';

/** What a valid transcript holds: its cue (segment) count and where the last one ends. */
export interface CueTally {
  cues: number;
  endMs: number;
}

/** Checks one cue against the ones before it and adds it to `tally`. */
export function addCue(format: TranscriptFormat, line: number | null, startMs: number, endMs: number, tally: CueTally & { lastStartMs: number }): void {
  if (endMs <= startMs) {
    throw malformed(format, line, `the cue ends (${formatHuman(endMs)}) before it starts (${formatHuman(startMs)})`,
      `la réplique finit (${formatHuman(endMs)}) avant de commencer (${formatHuman(startMs)})`);
  }
  if (startMs < tally.lastStartMs) {
    throw malformed(format, line, `the cue starts at ${formatHuman(startMs)}, before the previous one (${formatHuman(tally.lastStartMs)}): cues must be in time order`,
      `la réplique commence à ${formatHuman(startMs)}, avant la précédente (${formatHuman(tally.lastStartMs)}) : les répliques doivent suivre l’ordre du temps`);
  }
  tally.cues += 1;
  tally.lastStartMs = startMs;
  tally.endMs = Math.max(tally.endMs, endMs);
}

export const emptyTally = (): CueTally & { lastStartMs: number } => ({ cues: 0, endMs: 0, lastStartMs: 0 });

/** A file without a single cue is refused: it would publish an empty transcript. */
export function finish(format: TranscriptFormat, tally: CueTally): CueTally {
  if (tally.cues === 0) throw malformed(format, null, 'no cue: the file holds no timed text', 'aucune réplique : le fichier ne contient aucun texte minuté');
  return { cues: tally.cues, endMs: tally.endMs };
}
