import { describe, expect, it } from 'vitest';
import type { ReleaseProgress } from '../../../src/shared/domain/types.js';
import { overallFraction, phaseFraction, type ProgressLike } from '../../../src/renderer/lib/release-progress.js';

/** The events an export sends, in the order export-release.ts sends them. */
function run(zip: boolean): ProgressLike[] {
  const events: ProgressLike[] = [{ phase: 'planning', done: 0, total: 2 }, { phase: 'planning', done: 1, total: 2 }, { phase: 'planning', done: 2, total: 2 }];
  for (let b = 0; b <= 10; b++) events.push({ phase: 'writing', done: b * 100, total: 1000 });
  events.push({ phase: 'verifying', done: 0, total: 1 }, { phase: 'verifying', done: 1, total: 1 });
  events.push({ phase: 'finishing', done: 0, total: 3 }, { phase: 'finishing', done: 1, total: 3 });
  if (zip) for (let b = 0; b <= 4; b++) events.push({ phase: 'zipping', done: b * 250, total: 1000 });
  events.push({ phase: 'finishing', done: 2, total: 3 }, { phase: 'done', done: 3, total: 3 });
  return events;
}

describe('export progress', () => {
  it.each([false, true])('only moves forward, from 0 to 1 (zip: %s)', (zip) => {
    const values = run(zip).map((p) => overallFraction(p, zip));
    expect(values[0]).toBe(0);
    expect(values.at(-1)).toBe(1);
    for (let i = 1; i < values.length; i++) expect(values[i]).toBeGreaterThanOrEqual(values[i - 1] as number);
    expect(Math.max(...values.slice(0, -1))).toBeLessThan(1);
  });

  it('gives the bytes written most of the bar, and the zip a large share when asked', () => {
    const halfWritten: ProgressLike = { phase: 'writing', done: 500, total: 1000 };
    expect(overallFraction(halfWritten, false)).toBeCloseTo(0.44, 5);
    expect(overallFraction({ phase: 'zipping', done: 1000, total: 1000 }, true)).toBeCloseTo(0.97, 5);
  });

  it('reads an unknown total as nothing done yet, and never leaves 0…1', () => {
    expect(phaseFraction({ phase: 'writing', done: 10, total: 0 })).toBe(0);
    expect(phaseFraction({ phase: 'writing', done: 2000, total: 1000 })).toBe(1);
    const odd: ReleaseProgress = { jobId: 'x', phase: 'finishing', done: 3, total: 3 };
    expect(overallFraction(odd, false)).toBeLessThanOrEqual(1);
  });
});
