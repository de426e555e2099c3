// SubRip transcripts: CRLF, coordinates, a full stop for a comma; each malformed block names its line.

import { describe, expect, it } from 'vitest';
import { readTranscript } from '../../../../../src/main/services/transcripts/read-transcript.js';
import { bytes, GOOD_SRT, malformedOf } from './transcript-fixtures.js';

describe('SubRip transcripts', () => {
  it('reads three subtitles ending at 0:12.250, announced as application/x-subrip', () => {
    expect(readTranscript(bytes(GOOD_SRT), 'ep5.en.srt')).toEqual({ format: 'srt', mime: 'application/x-subrip', cues: 3, endMs: 12_250 });
  });

  it('skips blank lines before the first subtitle and after the last', () => {
    expect(readTranscript(bytes('\n\n1\n00:00:01,000 --> 00:00:02,000\nUn\n\n\n'), 'a.srt')).toMatchObject({ cues: 1, endMs: 2000 });
  });

  it('names the line of a missing number, a missing timing line and a bad timestamp', () => {
    expect(malformedOf('00:00:01,000 --> 00:00:02,000\nUn\n', 'a.srt')).toMatchObject({ line: 1, format: 'SubRip' });
    expect(malformedOf('1\n00:00:01,000 --> 00:00:02,000\nUn\n\n2\nDeux\n', 'a.srt')).toMatchObject({ line: 6 });
    const bad = malformedOf('1\n00:00:01,000 --> 00:00:02,000\nUn\n\n2\n00:00:02,000 --> 0:0:3,000\nDeux\n', 'a.srt');
    expect(bad).toMatchObject({ line: 6 });
    expect(String(bad.en)).toContain('"0:0:3,000" is not a SubRip time');
  });

  it('names the line where two subtitles run together, and refuses backwards times', () => {
    expect(malformedOf('1\n00:00:01,000 --> 00:00:02,000\nUn\n2\n00:00:02,000 --> 00:00:03,000\nDeux\n', 'a.srt')).toMatchObject({ line: 5 });
    expect(malformedOf('1\n00:00:03,000 --> 00:00:02,000\nUn\n', 'a.srt')).toMatchObject({ line: 2 });
    expect(malformedOf('1\n00:00:03,000 --> 00:00:04,000\nUn\n\n2\n00:00:01,000 --> 00:00:02,000\nDeux\n', 'a.srt')).toMatchObject({ line: 6 });
  });
});
