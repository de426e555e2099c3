// SubRip (.srt) as a transcript: blocks separated by blank lines, each a sequence number, a
// timing line (00:00:01,000 --> 00:00:04,000, optional X1… coordinates) and the text. Every
// problem names its line.

import { isBlank, textLines } from '../chapters/text-lines.js';
import { addCue, emptyTally, finish, type CueTally } from './cue-checks.js';
import { srtTime } from './cue-time.js';
import { malformed, quote } from './malformed.js';

const TIMING = /^[ \t]*(\S+)[ \t]*-->[ \t]*(\S+)(?:[ \t]+X1:.*)?[ \t]*$/;

function time(text: string, line: number): number {
  const ms = srtTime(text);
  if (ms === null) {
    throw malformed('srt', line, `timestamp ${quote(text)} is not a SubRip time (hh:mm:ss,mmm)`,
      `l’horodatage ${quote(text)} n’est pas un temps SubRip (hh:mm:ss,mmm)`);
  }
  return ms;
}

export function readSubRip(text: string): CueTally {
  const lines = textLines(text);
  const tally = emptyTally();
  let i = 0;
  while (i < lines.length) {
    if (isBlank(lines[i] as string)) {
      i++;
      continue;
    }
    const numberLine = i + 1;
    const number = (lines[i] as string).trim();
    if (!/^\d+$/.test(number)) {
      throw malformed('srt', numberLine, `expected a subtitle number, found ${quote(number)}`,
        `numéro de sous-titre attendu, trouvé ${quote(number)}`);
    }
    const timing = TIMING.exec(lines[i + 1] ?? '');
    if (!timing) {
      throw malformed('srt', numberLine + 1, 'expected a timing line (00:00:01,000 --> 00:00:04,000)',
        'ligne de minutage attendue (00:00:01,000 --> 00:00:04,000)');
    }
    addCue('srt', numberLine + 1, time(timing[1] as string, numberLine + 1), time(timing[2] as string, numberLine + 1), tally);
    i += 2;
    while (i < lines.length && !isBlank(lines[i] as string)) {
      if ((lines[i] as string).includes('-->')) {
        throw malformed('srt', i + 1, 'a blank line must separate two subtitles', 'une ligne vide doit séparer deux sous-titres');
      }
      i++;
    }
  }
  return finish('srt', tally);
}
