// True peak (BS.1770-4 annex 2): 4× polyphase oversampling with a Hann-windowed sinc, as in
// libebur128. Only stretches loud enough to beat the peak so far are filtered: most audio is skipped.

const FACTOR = 4;
const TAPS = 49;
/** Input samples each output phase looks at. */
const SPAN = Math.ceil(TAPS / FACTOR);
/** Samples per fine skip test; at least SPAN - 1, so a block and the one before cover any window. */
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
// No oversampled value can exceed |x|max over its window times the phase's sum of |h|.
const BOUND = Math.max(...[P1, P2, P3].map((h) => h.reduce((s, c) => s + Math.abs(c), 0)));

/**
 * Measures the peak between samples; the sample peak itself is the caller's (it has the bins).
 * The caller gives, with each stretch, a bound on its |x| per channel, so quiet stretches cost
 * nothing but keeping the last few samples.
 */
export class TruePeakMeter {
  /** Linear peak between samples, over every channel so far. */
  between = 0;
  private readonly history: Float32Array[];
  private readonly previous: Float64Array;
  private work = new Float32Array(0);

  constructor(channels: number) {
    this.history = Array.from({ length: channels }, () => new Float32Array(SPAN));
    this.previous = new Float64Array(channels);
  }

  /** Samples [from, to) of each channel; `low`/`high` bound them (any wider bound works). */
  push(data: readonly Float32Array[], from: number, to: number, low: Float64Array, high: Float64Array): void {
    for (let c = 0; c < this.history.length; c++) {
      const x = data[c] as Float32Array;
      const loudest = Math.max(-(low[c] as number), high[c] as number);
      if (Math.max(loudest, this.previous[c] as number) * BOUND > this.between) this.measure(c, x, from, to);
      this.previous[c] = loudest;
      this.remember(c, x, from, to);
    }
  }

  /** Samples that are only context (a part's lead-in): kept for the next window, not measured. */
  lead(data: readonly Float32Array[], from: number, to: number): void {
    for (let c = 0; c < this.history.length; c++) {
      this.remember(c, data[c] as Float32Array, from, to);
      this.previous[c] = Infinity;
    }
  }

  private remember(c: number, x: Float32Array, from: number, to: number): void {
    const h = this.history[c] as Float32Array;
    const n = to - from;
    if (n >= SPAN) {
      for (let k = 0; k < SPAN; k++) h[k] = x[to - SPAN + k] as number;
    } else if (n > 0) {
      h.copyWithin(0, n);
      for (let k = 0; k < n; k++) h[SPAN - n + k] = x[from + k] as number;
    }
  }

  private measure(c: number, x: Float32Array, from: number, to: number): void {
    const length = to - from;
    if (this.work.length < SPAN + length) this.work = new Float32Array(SPAN + length);
    const work = this.work;
    work.set(this.history[c] as Float32Array, 0);
    for (let k = 0; k < length; k++) work[SPAN + k] = x[from + k] as number;
    const end = SPAN + length;
    let before = Infinity;
    for (let start = SPAN; start < end; start += BLOCK) {
      const stop = Math.min(end, start + BLOCK);
      let loudest = 0;
      for (let i = start; i < stop; i++) {
        const v = work[i] as number;
        const a = v < 0 ? -v : v;
        if (a > loudest) loudest = a;
      }
      if (Math.max(loudest, before) * BOUND > this.between) this.filter(work, start, stop);
      before = loudest;
    }
  }

  private filter(work: Float32Array, start: number, stop: number): void {
    let peak = this.between;
    for (let n = start; n < stop; n++) {
      let y1 = 0;
      let y2 = 0;
      let y3 = 0;
      for (let k = 0; k < SPAN; k++) {
        const x = work[n - k] as number;
        y1 += (P1[k] as number) * x;
        y2 += (P2[k] as number) * x;
        y3 += (P3[k] as number) * x;
      }
      const a = Math.max(Math.abs(y1), Math.abs(y2), Math.abs(y3));
      if (a > peak) peak = a;
    }
    this.between = peak;
  }
}
