// WebVTT transcripts: a full file (BOM, header metadata, STYLE, NOTE, identifiers, settings,
// voice spans, hours) accepted with its cue count and end; each malformed case names its line.

import { describe, expect, it } from 'vitest';
import { readTranscript } from '../../../../../src/main/services/transcripts/read-transcript.js';
import { bytes, GOOD_VTT, malformedOf } from './transcript-fixtures.js';

describe('WebVTT transcripts', () => {
  it('reads a real-looking file: three cues, ending at 1:00:02.250, announced as text/vtt', () => {
    expect(readTranscript(bytes(GOOD_VTT), 'ep5.fr.vtt')).toEqual({ format: 'vtt', mime: 'text/vtt', cues: 3, endMs: 3_602_250 });
  });

  it('accepts CRLF line ends and a header-only "WEBVTT" line', () => {
    const crlf = 'WEBVTT\r\n\r\n00:01.000 --> 00:02.000\r\nUn\r\n';
    expect(readTranscript(bytes(crlf), 'a.vtt')).toMatchObject({ cues: 1, endMs: 2000 });
  });

  it('names line 1 when the WEBVTT signature is missing', () => {
    expect(malformedOf('00:00.000 --> 00:01.000\nBonjour\n', 'a.vtt')).toMatchObject({ line: 1, format: 'WebVTT' });
    expect(malformedOf('WEBVTTX\n\n00:00.000 --> 00:01.000\nA\n', 'a.vtt')).toMatchObject({ line: 1 });
  });

  it('names the line of a cue that follows the header without a blank line', () => {
    expect(malformedOf('WEBVTT\nKind: captions\n00:00.000 --> 00:01.000\nA\n')).toMatchObject({ line: 3 });
  });

  it('names the timing line that is not one, and the bad timestamp', () => {
    expect(malformedOf('WEBVTT\n\nintro\nBonjour tout le monde\n')).toMatchObject({ line: 4 });
    const bad = malformedOf('WEBVTT\n\n00:00.000 --> 00:01.000\nA\n\n00:01.000 --> 00:61.000\nB\n');
    expect(bad).toMatchObject({ line: 6 });
    expect(String(bad.en)).toContain('"00:61.000" is not a WebVTT time');
    expect(String(bad.fr)).toContain('ligne 6');
    // A comma is SubRip's, not WebVTT's.
    expect(malformedOf('WEBVTT\n\n00:00:00,000 --> 00:00:01,000\nA\n')).toMatchObject({ line: 3 });
  });

  it('refuses a cue that ends before it starts, and cues out of time order, at their timing line', () => {
    expect(String(malformedOf('WEBVTT\n\n00:05.000 --> 00:01.000\nA\n').en)).toMatch(/line 3: the cue ends \(0:01\) before it starts \(0:05\)/);
    const order = malformedOf('WEBVTT\n\n00:05.000 --> 00:06.000\nA\n\nid\n00:01.000 --> 00:02.000\nB\n');
    expect(order).toMatchObject({ line: 7 });
    expect(String(order.en)).toContain('cues must be in time order');
  });

  it('names the line where two cues run together without a blank line', () => {
    expect(malformedOf('WEBVTT\n\n00:00.000 --> 00:01.000\nA\n00:01.000 --> 00:02.000\nB\n')).toMatchObject({ line: 5 });
  });

  it('refuses "-->" inside a NOTE and STYLE after a cue', () => {
    expect(malformedOf('WEBVTT\n\nNOTE a\n00:00.000 --> 00:01.000\nA\n')).toMatchObject({ line: 4 });
    expect(malformedOf('WEBVTT\n\n00:00.000 --> 00:01.000\nA\n\nSTYLE\n::cue {}\n')).toMatchObject({ line: 6 });
  });

  it('refuses a file without a single cue', () => {
    const none = malformedOf('WEBVTT\n\nNOTE rien encore\n');
    expect(none).toMatchObject({ line: null });
    expect(String(none.fr)).toContain('aucune réplique');
  });
});
