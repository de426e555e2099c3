// Small transcripts for the reader tests, written out so each line number a test expects can be
// counted by eye, and a helper that returns the transcript_malformed error's details.

import { readTranscript } from '../../../../../src/main/services/transcripts/read-transcript.js';

export const GOOD_VTT = `\uFEFFWEBVTT - Raccords, épisode 5
Kind: captions
Language: fr-CA

STYLE
::cue { color: yellow }

NOTE transcrit à la main,
relu par Hélène

intro
00:00.000 --> 00:04.500
<v Hélène>Bienvenue à Raccords.

00:00:04.500 --> 00:00:09.000 align:start line:90%
<v Jérôme>Merci de m’accueillir &amp; bonjour
à tous.

3
01:00:00.000 --> 01:00:02.250
Fin.
`;

export const GOOD_SRT = `1\r
00:00:00,000 --> 00:00:04,500\r
Bienvenue à Raccords.\r
\r
2\r
00:00:04,500 --> 00:00:09,000 X1:100 X2:600 Y1:40 Y2:80\r
Merci de m’accueillir,\r
bonjour à tous.\r
\r
3\r
00:00:09.000 --> 00:00:12.250\r
Fin.\r
`;

export const GOOD_JSON = JSON.stringify({
  version: '1.0.0',
  segments: [
    { speaker: 'Hélène', startTime: 0, endTime: 4.5, body: 'Bienvenue à Raccords.' },
    { speaker: 'Jérôme', startTime: 4.5, endTime: 9.25, body: 'Merci.' },
  ],
}, null, 2);

export const bytes = (text: string): Buffer => Buffer.from(text, 'utf8');

/** The details of the transcript_malformed error reading `content` as `name` gives. */
export function malformedOf(content: string | Buffer, name = 'transcript.vtt'): Record<string, unknown> {
  try {
    readTranscript(typeof content === 'string' ? bytes(content) : content, name);
  } catch (error) {
    const e = error as { code?: string; details?: Record<string, unknown>; messages?: { fr: string; en: string } };
    if (e.code !== 'transcript_malformed') throw error;
    return { ...e.details, fr: e.messages?.fr, en: e.messages?.en };
  }
  throw new Error('expected transcript_malformed, the file was accepted');
}
