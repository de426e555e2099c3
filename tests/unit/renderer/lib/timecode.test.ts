import { describe, expect, it } from 'vitest';
import { formatClock, formatRuler, parseClock } from '../../../../src/renderer/lib/timecode.js';

describe('chapter timecodes', () => {
  it('formats h:mm:ss.mmm with hours always, rounding to the millisecond', () => {
    expect(formatClock(0)).toBe('0:00:00.000');
    expect(formatClock(47_250)).toBe('0:00:47.250');
    expect(formatClock(3_723_004.6)).toBe('1:02:03.005');
  });

  it('reads what producers type, decimal comma included', () => {
    expect(parseClock('1:02:03.450')).toBe(3_723_450);
    expect(parseClock('2:03')).toBe(123_000);
    expect(parseClock('47,25')).toBe(47_250);
    expect(parseClock(' 90 ')).toBe(90_000);
    expect(parseClock('0:00:20.5')).toBe(20_500);
  });

  it('refuses what is not a time', () => {
    expect(parseClock('')).toBeNull();
    expect(parseClock('1:75')).toBeNull();
    expect(parseClock('1:60:00')).toBeNull();
    expect(parseClock('douze')).toBeNull();
  });

  it('round-trips every millisecond format it writes', () => {
    for (const ms of [0, 1, 999, 59_999, 3_599_999, 10_800_000, 36_000_001]) expect(parseClock(formatClock(ms))).toBe(ms);
  });

  it('labels the ruler without running ahead of the tick', () => {
    expect(formatRuler(3599.9999999)).toBe('1:00:00');
    expect(formatRuler(59.99)).toBe('0:00:59');
    expect(formatRuler(1200.5, 1)).toBe('0:20:00.5');
  });
});
