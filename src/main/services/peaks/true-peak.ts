// True peak (BS.1770-4 annex 2): 4× polyphase oversampling with a Hann-windowed sinc, as in
// libebur128. Only blocks loud enough to beat the peak so far are filtered: most audio is skipped.

const FACTOR = 4;
const TAPS = 49;
/** Input samples each in-between phase looks at (the 49th tap is phase 0's, and zero anyway). */
const SPAN = (TAPS - 1) / FACTOR;
/** Samples before a block that its first outputs still look at. */
const HISTORY = SPAN - 1;
/** Samples per fine skip test; at least HISTORY, so a block and the one before cover any window. */
const BLOCK = 16;

/**
 * phases[p - 1][k] multiplies x[n - k] to give the oversampled value p/4 of a sample after
 * x[n - 6]. Phase 0 is x[n - 6] itself (the sinc is zero at every other multiple of 4), so the
 * sample peak stands for it.
 */
function polyphase(): Float64Array[] {
  const phases = Array.from({ length: FACTOR - 1 }, () => new Float64Array(SPAN));
  for (let j = 0; j < TAPS; j++) {
    if (j % FACTOR === 0) continue;
    const m = j - (TAPS - 1) / 2;
    const sinc = Math.sin((m * Math.PI) / FACTOR) / ((m * Math.PI) / FACTOR);
    const hann = 0.5 * (1 - Math.cos((2 * Math.PI * j) / (TAPS - 1)));
    (phases[(j % FACTOR) - 1] as Float64Array)[Math.floor(j / FACTOR)] = sinc * hann;
  }
  return phases;
}

const [P1, P2, P3] = polyphase() as [Float64Array, Float64Array, Float64Array];
// No oversampled value can exceed |x|max over its window times the phase's sum of |h| (1.86).
const BOUND = Math.max(...[P1, P2, P3].map((h) => h.reduce((s, c) => s + Math.abs(c), 0)));

// The window is symmetric: phase 2 is a palindrome and phase 3 is phase 1 reversed. So with
// s_k = x[n-k] + x[n-11+k] and d_k = x[n-k] - x[n-11+k] (k < 6), phase 2 is Σ P2[k]·s_k and
// phases 1 and 3 are (S ± D) / 2 with S = Σ (P1[k] + P3[k])·s_k, D = Σ (P1[k] − P3[k])·d_k:
// max(|y1|, |y3|) = (|S| + |D|) / 2. Half the multiplications of the direct form.
type Six = [number, number, number, number, number, number];
const six = (f: (k: number) => number) => Array.from({ length: SPAN / 2 }, (_, k) => f(k)) as Six;
const [h0, h1, h2, h3, h4, h5] = six((k) => P2[k] as number);
const [s0, s1, s2, s3, s4, s5] = six((k) => (P1[k] as number) + (P3[k] as number));
const [d0, d1, d2, d3, d4, d5] = six((k) => (P1[k] as number) - (P3[k] as number));

/**
 * Loudest oversampled value of outputs [start, stop) of `w`, which holds at least HISTORY samples
 * before `start`. Unrolled over a sliding window: this is the meter's only per-sample loop.
 */
export function oversampledPeak(w: Float32Array, start: number, stop: number): number {
  let peak = 0;
  let x1 = w[start - 1] as number, x2 = w[start - 2] as number, x3 = w[start - 3] as number;
  let x4 = w[start - 4] as number, x5 = w[start - 5] as number, x6 = w[start - 6] as number;
  let x7 = w[start - 7] as number, x8 = w[start - 8] as number, x9 = w[start - 9] as number;
  let x10 = w[start - 10] as number, x11 = w[start - 11] as number;
  for (let n = start; n < stop; n++) {
    const x0 = w[n] as number;
    const e0 = x0 + x11, e1 = x1 + x10, e2 = x2 + x9, e3 = x3 + x8, e4 = x4 + x7, e5 = x5 + x6;
    const o0 = x0 - x11, o1 = x1 - x10, o2 = x2 - x9, o3 = x3 - x8, o4 = x4 - x7, o5 = x5 - x6;
    const half = h0 * e0 + h1 * e1 + h2 * e2 + h3 * e3 + h4 * e4 + h5 * e5;
    const sum = s0 * e0 + s1 * e1 + s2 * e2 + s3 * e3 + s4 * e4 + s5 * e5;
    const difference = d0 * o0 + d1 * o1 + d2 * o2 + d3 * o3 + d4 * o4 + d5 * o5;
    const quarters = (Math.abs(sum) + Math.abs(difference)) * 0.5;
    const a = Math.max(Math.abs(half), quarters);
    if (a > peak) peak = a;
    x11 = x10; x10 = x9; x9 = x8; x8 = x7; x7 = x6; x6 = x5; x5 = x4; x4 = x3; x3 = x2; x2 = x1; x1 = x0;
  }
  return peak;
}

/**
 * Measures the true peak: the loudest sample or value between samples, over every channel. The
 * caller hands, with each stretch, the extremes of real samples that include it (the bin so far),
 * which are both the sample peak and a bound: stretches and blocks whose every oversampled value
 * stays under the peak so far are not filtered, and the result is the same as filtering them all.
 */
export class TruePeakMeter {
  /** Linear true peak so far, over every channel. */
  peak = 0;
  /** Per channel: the HISTORY samples before the next stretch, and their loudest |x|. */
  private readonly history: Float32Array[];
  private readonly historyLoudest: Float64Array;
  private readonly window = new Float32Array(HISTORY + BLOCK);

  constructor(channels: number) {
    this.history = Array.from({ length: channels }, () => new Float32Array(HISTORY));
    this.historyLoudest = new Float64Array(channels);
  }

  /**
   * Samples [from, to) of each channel. `low`/`high` per channel: the extremes of these samples or
   * of a longer run of measured samples that contains them (never a wider bound: it counts as a
   * sample peak).
   */
  push(data: readonly Float32Array[], from: number, to: number, low: Float64Array, high: Float64Array): void {
    for (let c = 0; c < this.history.length; c++) {
      const x = data[c] as Float32Array;
      const loudest = Math.max(-(low[c] as number), high[c] as number);
      if (loudest > this.peak) this.peak = loudest;
      if (Math.max(loudest, this.historyLoudest[c] as number) * BOUND > this.peak) this.measure(c, x, from, to);
      this.remember(c, x, from, to);
    }
  }

  /** Samples that are only context (a part's lead-in): kept for the next window, not measured. */
  lead(data: readonly Float32Array[], from: number, to: number): void {
    for (let c = 0; c < this.history.length; c++) this.remember(c, data[c] as Float32Array, from, to);
  }

  private remember(c: number, x: Float32Array, from: number, to: number): void {
    const h = this.history[c] as Float32Array;
    // Element loops, not subarray(): this runs for every stretch, and views are allocations.
    const n = Math.min(to - from, HISTORY);
    h.copyWithin(0, n);
    for (let k = 0; k < n; k++) h[HISTORY - n + k] = x[to - n + k] as number;
    let loudest = 0;
    for (let k = 0; k < HISTORY; k++) {
      const v = h[k] as number;
      const a = v < 0 ? -v : v;
      if (a > loudest) loudest = a;
    }
    this.historyLoudest[c] = loudest;
  }

  private measure(c: number, x: Float32Array, from: number, to: number): void {
    // Loudest |x| of the HISTORY samples before the block: the history, then the block before.
    let before = this.historyLoudest[c] as number;
    for (let start = from; start < to; start += BLOCK) {
      const stop = Math.min(to, start + BLOCK);
      let loudest = 0;
      for (let i = start; i < stop; i++) {
        const v = x[i] as number;
        const a = v < 0 ? -v : v;
        if (a > loudest) loudest = a;
      }
      if (Math.max(loudest, before) * BOUND > this.peak) {
        const a = start === from ? this.firstBlock(c, x, start, stop) : oversampledPeak(x, start, stop);
        if (a > this.peak) this.peak = a;
      }
      // Every block but a stretch's last is BLOCK ≥ HISTORY long: it covers the next one's reach.
      before = loudest;
    }
  }

  /** The first block looks back into the history: it is filtered from a copy that joins the two. */
  private firstBlock(c: number, x: Float32Array, start: number, stop: number): number {
    const w = this.window;
    w.set(this.history[c] as Float32Array, 0);
    for (let i = start; i < stop; i++) w[HISTORY + i - start] = x[i] as number;
    return oversampledPeak(w, HISTORY, HISTORY + stop - start);
  }
}
