// WebVTT (W3C) as a transcript: the `WEBVTT` line, an optional header, then blocks separated by
// blank lines: NOTE comments, STYLE/REGION blocks (before any cue), and cues (an optional
// identifier, a timing line with optional settings, the text). Checked strictly enough that
// every player reads it, and every problem names its line.

import { isBlank, textLines } from '../chapters/text-lines.js';
import { addCue, emptyTally, finish, type CueTally } from './cue-checks.js';
import { vttTime } from './cue-time.js';
import { malformed, quote } from './malformed.js';

const TIMING = /^(\S+)[ \t]+-->[ \t]+(\S+)(?:[ \t].*)?$/;

interface Block {
  /** 1-based line of the block's first line. */
  line: number;
  lines: string[];
}

function blocks(lines: string[], from: number): Block[] {
  const found: Block[] = [];
  let current: Block | null = null;
  for (let i = from; i < lines.length; i++) {
    const text = lines[i] as string;
    if (isBlank(text)) current = null;
    else if (current) current.lines.push(text);
    else found.push((current = { line: i + 1, lines: [text] }));
  }
  return found;
}

function time(text: string, line: number): number {
  const ms = vttTime(text);
  if (ms === null) {
    throw malformed('vtt', line, `timestamp ${quote(text)} is not a WebVTT time (mm:ss.ttt or hh:mm:ss.ttt)`,
      `l’horodatage ${quote(text)} n’est pas un temps WebVTT (mm:ss.ttt ou hh:mm:ss.ttt)`);
  }
  return ms;
}

export function readWebVtt(text: string): CueTally {
  const lines = textLines(text);
  if (!/^WEBVTT(?:[ \t].*)?$/.test(lines[0] ?? '')) {
    throw malformed('vtt', 1, 'a WebVTT file starts with "WEBVTT"', 'un fichier WebVTT commence par « WEBVTT »');
  }
  // The header runs to the first blank line; a timing line in it means the blank line is missing.
  let end = 1;
  while (end < lines.length && !isBlank(lines[end] as string)) {
    if ((lines[end] as string).includes('-->')) {
      throw malformed('vtt', end + 1, 'a blank line must separate the WEBVTT header from the first cue',
        'une ligne vide doit séparer l’en-tête WEBVTT de la première réplique');
    }
    end++;
  }

  const tally = emptyTally();
  for (const block of blocks(lines, end)) {
    const first = block.lines[0] as string;
    if (/^NOTE(?:[ \t]|$)/.test(first)) {
      const arrow = block.lines.findIndex((l) => l.includes('-->'));
      if (arrow >= 0) {
        throw malformed('vtt', block.line + arrow, 'a NOTE comment cannot contain "-->" (is a blank line missing after it?)',
          'un commentaire NOTE ne peut pas contenir « --> » (manque-t-il une ligne vide après lui ?)');
      }
      continue;
    }
    if (/^(?:STYLE|REGION)(?:[ \t]|$)/.test(first)) {
      if (tally.cues > 0) {
        throw malformed('vtt', block.line, `${first.split(/[ \t]/)[0]} blocks must come before the first cue`,
          `les blocs ${first.split(/[ \t]/)[0]} doivent précéder la première réplique`);
      }
      continue;
    }
    // An identifier is optional; a first line that starts like a time is a broken timing line, not one.
    const looksTimed = /^\d+:\d\d/.test(first) && !(block.lines[1] ?? '').includes('-->');
    const timingAt = first.includes('-->') || looksTimed ? 0 : 1;
    const line = block.line + Math.min(timingAt, block.lines.length - 1);
    const timing = TIMING.exec(block.lines[timingAt] ?? '');
    if (!timing) {
      throw malformed('vtt', line, 'expected a cue timing line (00:00:01.000 --> 00:00:04.000)',
        'ligne de minutage attendue (00:00:01.000 --> 00:00:04.000)');
    }
    const payload = block.lines.slice(timingAt + 1).findIndex((l) => l.includes('-->'));
    if (payload >= 0) {
      throw malformed('vtt', line + 1 + payload, 'a blank line must separate two cues', 'une ligne vide doit séparer deux répliques');
    }
    addCue('vtt', line, time(timing[1] as string, line), time(timing[2] as string, line), tally);
  }
  return finish('vtt', tally);
}
