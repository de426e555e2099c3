// The transcript gate: format by extension or content, Podcasting 2.0 JSON, and files that are
// no transcript at all (empty, binary, UTF-16, not UTF-8, an image) refused with a clear reason.

import { describe, expect, it } from 'vitest';
import { readTranscript } from '../../../../../src/main/services/transcripts/read-transcript.js';
import { bytes, GOOD_JSON, GOOD_SRT, GOOD_VTT, malformedOf } from './transcript-fixtures.js';

describe('reading a transcript file', () => {
  it('tells the format by content when the name does not (an upload named "transcript")', () => {
    expect(readTranscript(bytes(GOOD_VTT), 'transcript').format).toBe('vtt');
    expect(readTranscript(bytes(GOOD_SRT), 'transcript.txt').format).toBe('srt');
    expect(readTranscript(bytes(GOOD_JSON), 'transcript').format).toBe('json');
  });

  it('trusts the extension: SubRip text named .vtt is a malformed WebVTT file (line 1)', () => {
    expect(malformedOf(GOOD_SRT, 'ep.vtt')).toMatchObject({ line: 1, format: 'WebVTT', file: 'ep.vtt' });
  });

  it('reads Podcasting 2.0 JSON transcripts: segments counted, last end, application/json', () => {
    expect(readTranscript(bytes(GOOD_JSON), 'ep.json')).toEqual({ format: 'json', mime: 'application/json', cues: 2, endMs: 9250 });
  });

  it('names the line of a JSON syntax error, and the segment of a bad one', () => {
    expect(malformedOf('{\n  "version": "1.0.0",\n  "segments": [\n    { "startTime": 0, }\n  ]\n}', 'ep.json')).toMatchObject({ line: 4 });
    expect(malformedOf('{"segments": []}', 'ep.json')).toMatchObject({ line: 1 });
    const segment = malformedOf(JSON.stringify({ version: '1.0.0', segments: [{ startTime: 0, endTime: 1, body: 'a' }, { startTime: 2, body: 'b' }] }), 'ep.json');
    expect(String(segment.en)).toContain('segment 2: startTime and endTime must be seconds');
    const backwards = malformedOf(JSON.stringify({ version: '1.0.0', segments: [{ startTime: 5, endTime: 2, body: 'a' }] }), 'ep.json');
    expect(String(backwards.fr)).toContain('segment 1 : la réplique finit');
    expect(malformedOf(JSON.stringify({ version: '1.0.0', segments: [] }), 'ep.json').line).toBeNull();
  });

  it('refuses an empty file and one of blank lines', () => {
    expect(malformedOf('', 'ep.vtt')).toMatchObject({ line: null });
    expect(String(malformedOf('\n \n\t\n', 'ep.srt').en)).toContain('the file is empty');
  });

  it('refuses binary data, naming the line where it starts', () => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
    const binary = malformedOf(png, 'cover.vtt');
    // The PNG signature holds CR LF and LF: its first NUL byte sits on line 3.
    expect(binary).toMatchObject({ line: 3 });
    expect(String(binary.en)).toContain('not a text file');
    expect(String(binary.fr)).toMatch(/^Transcription illisible « cover\.vtt »/);
  });

  it('asks for UTF-8 when given UTF-16 or Latin-1 text', () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('WEBVTT\n', 'utf16le')]);
    expect(String(malformedOf(utf16, 'ep.vtt').en)).toContain('UTF-16');
    const latin1 = Buffer.from('WEBVTT\n\n00:00.000 --> 00:01.000\nDéjà\n', 'latin1');
    expect(String(malformedOf(latin1, 'ep.vtt').en)).toContain('not UTF-8 text');
  });

  it('refuses text that is no transcript at all', () => {
    expect(malformedOf('Bonjour, voici mes notes.\n', 'notes.txt')).toMatchObject({ line: 1 });
  });
});
