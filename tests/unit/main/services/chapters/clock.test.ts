// Reading and writing times: NPT, clocks, seconds with a decimal point or comma.

import { describe, expect, it } from 'vitest';
import { formatFull, formatHuman, formatShort, parseClock, parseSeconds } from '../../../../../src/main/services/chapters/clock.js';

describe('clock', () => {
  it('reads h:mm:ss.fff, mm:ss, m:ss, s.fff and a leading unit of any size', () => {
    expect(parseClock('01:02:03.004')).toBe(3_723_004);
    expect(parseClock('1:02:03')).toBe(3_723_000);
    expect(parseClock('02:30')).toBe(150_000);
    expect(parseClock('75:30')).toBe(4_530_000);
    expect(parseClock('12.5')).toBe(12_500);
    expect(parseClock('0.0005')).toBe(1);
    expect(parseClock(' 7 ')).toBe(7000);
  });

  it('refuses what is not a time', () => {
    for (const text of ['1:75', '1:60:00', 'abc', '', '1::2', '-1', '1:02:03:04', '12,5']) expect(parseClock(text), text).toBeNull();
    expect(parseClock('12,5', { comma: true })).toBe(12_500);
  });

  it('reads seconds with a point or a comma', () => {
    expect(parseSeconds('12,5')).toBe(12_500);
    expect(parseSeconds('70.125000')).toBe(70_125);
    expect(parseSeconds('1e3')).toBeNull();
  });

  it('writes each shape', () => {
    expect(formatFull(3_723_004)).toBe('01:02:03.004');
    expect(formatShort(150_999)).toBe('02:30');
    expect(formatShort(3_723_999)).toBe('1:02:03');
    expect(formatHuman(62_500)).toBe('1:02.500');
    expect(formatHuman(3_600_000)).toBe('1:00:00');
  });
});
