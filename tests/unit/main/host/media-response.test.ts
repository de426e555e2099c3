import { describe, expect, it } from 'vitest';
import { parseRange } from '../../../../src/main/host/media-response.js';

describe('parseRange', () => {
  it('reads an open-ended range (what <audio> sends when seeking)', () => {
    expect(parseRange('bytes=100-', 1000)).toEqual({ start: 100, end: 999 });
  });
  it('clamps the end to the file and reads suffix ranges', () => {
    expect(parseRange('bytes=0-5000', 1000)).toEqual({ start: 0, end: 999 });
    expect(parseRange('bytes=-200', 1000)).toEqual({ start: 800, end: 999 });
  });
  it('refuses ranges that start past the end', () => {
    expect(parseRange('bytes=1000-', 1000)).toBe('invalid');
    expect(parseRange('bytes=5-2', 1000)).toBe('invalid');
    expect(parseRange('bytes=-', 1000)).toBe('invalid');
  });
  it('ignores absent and multi-part ranges (whole file)', () => {
    expect(parseRange(null, 1000)).toBeNull();
    expect(parseRange('bytes=0-1,5-6', 1000)).toBeNull();
  });
});
