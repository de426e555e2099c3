import { describe, expect, it } from 'vitest';
import { isoToLocal, localToIso } from '../../../../src/renderer/lib/zoned-time.js';

describe('publication time in a zone', () => {
  it('gives Montréal its winter and summer offsets', () => {
    expect(localToIso('2026-03-04T06:00', 'America/Montreal')).toBe('2026-03-04T06:00:00-05:00');
    expect(localToIso('2026-07-04T06:00', 'America/Montreal')).toBe('2026-07-04T06:00:00-04:00');
  });
  it('handles half-hour zones and UTC', () => {
    expect(localToIso('2026-01-10T09:30', 'Asia/Kolkata')).toBe('2026-01-10T09:30:00+05:30');
    expect(localToIso('2026-01-10T09:30', 'UTC')).toBe('2026-01-10T09:30:00+00:00');
  });
  it('settles the offset on the day DST starts', () => {
    // 2026-03-08 02:00 → 03:00 in Montréal; 12:00 that day is already EDT.
    expect(localToIso('2026-03-08T12:00', 'America/Montreal')).toBe('2026-03-08T12:00:00-04:00');
    expect(localToIso('2026-11-01T12:00', 'America/Montreal')).toBe('2026-11-01T12:00:00-05:00');
  });
  it('round-trips through the wall clock of the zone', () => {
    const iso = '2026-03-04T06:00:00-05:00';
    expect(isoToLocal(iso, 'America/Montreal')).toBe('2026-03-04T06:00');
    expect(isoToLocal(iso, 'Europe/Paris')).toBe('2026-03-04T12:00');
    expect(isoToLocal(null, 'UTC')).toBe('');
  });
  it('clears the date when the field is emptied', () => {
    expect(localToIso('', 'UTC')).toBeNull();
  });
});
