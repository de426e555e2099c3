// The per-sample loops: bin extremes of the mix and of each channel and the K-weighted squares,
// fused in one pass so the two channels' filter chains overlap in the CPU. The filter updates add
// the terms known early first, so each sample waits on as few operations of the previous one as
// possible; scan-simd.ts runs the stereo loop with the very same operations.

import { kWeighting } from './k-weighting.js';

/** Extremes of the current bin, the last stretch's K-weighted energy, the filters' memory. */
export class ScanState {
  mn = Infinity;
  mx = -Infinity;
  /** Channel-summed K-weighted squares of the stretch last scanned. */
  kStretch = 0;
  readonly cmn: Float64Array;
  readonly cmx: Float64Array;
  /** Per channel: shelf s1, s2, high-pass t1, t2 (transposed direct form II). */
  readonly memory: Float64Array;
  /** b0 b1 b2 a1 a2 of the shelf, a1 a2 of the high-pass (its b is 1, −2, 1). */
  readonly coef: Float64Array;

  constructor(sampleRate: number, readonly channels: number) {
    this.cmn = new Float64Array(channels).fill(Infinity);
    this.cmx = new Float64Array(channels).fill(-Infinity);
    this.memory = new Float64Array(channels * 4);
    const { shelf: s, highpass: h } = kWeighting(sampleRate);
    this.coef = Float64Array.of(s.b0, s.b1, s.b2, s.a1, s.a2, h.a1, h.a2);
  }

  resetBin(): void {
    this.mn = Infinity;
    this.mx = -Infinity;
    this.cmn.fill(Infinity);
    this.cmx.fill(-Infinity);
  }
}

/** Samples [from, to) of every channel, all inside one bin and one sub-block. */
export function scan(s: ScanState, data: readonly Float32Array[], from: number, to: number): void {
  if (s.channels === 2) scanStereo(s, data[0] as Float32Array, data[1] as Float32Array, from, to);
  else if (s.channels === 1) scanMono(s, data[0] as Float32Array, from, to);
  else scanAny(s, data, from, to);
}

/** Runs samples through the filters only (a part's lead-in). */
export function warm(s: ScanState, data: readonly Float32Array[], from: number, to: number): void {
  for (let c = 0; c < s.channels; c++) kFilter(s, data[c] as Float32Array, c, from, to);
}

function scanStereo(s: ScanState, l: Float32Array, r: Float32Array, from: number, to: number): void {
  const k = s.coef;
  const b0 = k[0] as number, b1 = k[1] as number, b2 = k[2] as number, a1 = k[3] as number, a2 = k[4] as number;
  const h1 = k[5] as number, h2 = k[6] as number;
  const m = s.memory;
  let ls1 = m[0] as number, ls2 = m[1] as number, lt1 = m[2] as number, lt2 = m[3] as number;
  let rs1 = m[4] as number, rs2 = m[5] as number, rt1 = m[6] as number, rt2 = m[7] as number;
  let mn = s.mn, mx = s.mx, lk = 0, rk = 0;
  let lmn = s.cmn[0] as number, lmx = s.cmx[0] as number, rmn = s.cmn[1] as number, rmx = s.cmx[1] as number;
  for (let i = from; i < to; i++) {
    const a = l[i] as number;
    const b = r[i] as number;
    const mix = (a + b) * 0.5;
    if (mix < mn) mn = mix;
    if (mix > mx) mx = mix;
    if (a < lmn) lmn = a;
    if (a > lmx) lmx = a;
    if (b < rmn) rmn = b;
    if (b > rmx) rmx = b;
    const ly = b0 * a + ls1;
    ls1 = b1 * a + ls2 - a1 * ly;
    ls2 = b2 * a - a2 * ly;
    const lz = ly + lt1;
    lt1 = lt2 - (ly + ly) - h1 * lz;
    lt2 = ly - h2 * lz;
    const ry = b0 * b + rs1;
    rs1 = b1 * b + rs2 - a1 * ry;
    rs2 = b2 * b - a2 * ry;
    const rz = ry + rt1;
    rt1 = rt2 - (ry + ry) - h1 * rz;
    rt2 = ry - h2 * rz;
    lk += lz * lz;
    rk += rz * rz;
  }
  m[0] = ls1; m[1] = ls2; m[2] = lt1; m[3] = lt2;
  m[4] = rs1; m[5] = rs2; m[6] = rt1; m[7] = rt2;
  // Each channel's sum on its own, then added: the order scan-simd.ts keeps in its two lanes.
  s.mn = mn; s.mx = mx; s.kStretch = lk + rk;
  s.cmn[0] = lmn; s.cmx[0] = lmx; s.cmn[1] = rmn; s.cmx[1] = rmx;
}

function scanMono(s: ScanState, x: Float32Array, from: number, to: number): void {
  let mn = s.mn, mx = s.mx;
  for (let i = from; i < to; i++) {
    const v = x[i] as number;
    if (v < mn) mn = v;
    if (v > mx) mx = v;
  }
  s.mn = mn; s.mx = mx;
  s.cmn[0] = mn; s.cmx[0] = mx;
  s.kStretch = kFilter(s, x, 0, from, to);
}

function scanAny(s: ScanState, data: readonly Float32Array[], from: number, to: number): void {
  const n = s.channels;
  for (let i = from; i < to; i++) {
    let sum = 0;
    for (let c = 0; c < n; c++) {
      const v = (data[c] as Float32Array)[i] as number;
      sum += v;
      if (v < (s.cmn[c] as number)) s.cmn[c] = v;
      if (v > (s.cmx[c] as number)) s.cmx[c] = v;
    }
    const mix = sum / n;
    if (mix < s.mn) s.mn = mix;
    if (mix > s.mx) s.mx = mix;
  }
  // BS.1770 weights surround channels 1.41, but channel order differs by container; podcasts are
  // mono or stereo, so every channel counts 1 here.
  s.kStretch = 0;
  for (let c = 0; c < n; c++) s.kStretch += kFilter(s, data[c] as Float32Array, c, from, to);
}

/** Both K-weighting stages on one channel; returns the sum of squared outputs. */
function kFilter(s: ScanState, x: Float32Array, c: number, from: number, to: number): number {
  const k = s.coef;
  const b0 = k[0] as number, b1 = k[1] as number, b2 = k[2] as number, a1 = k[3] as number, a2 = k[4] as number;
  const h1 = k[5] as number, h2 = k[6] as number;
  const m = s.memory;
  const o = c * 4;
  let s1 = m[o] as number, s2 = m[o + 1] as number, t1 = m[o + 2] as number, t2 = m[o + 3] as number;
  let sum = 0;
  for (let i = from; i < to; i++) {
    const v = x[i] as number;
    const y = b0 * v + s1;
    s1 = b1 * v + s2 - a1 * y;
    s2 = b2 * v - a2 * y;
    const z = y + t1;
    t1 = t2 - (y + y) - h1 * z;
    t2 = y - h2 * z;
    sum += z * z;
  }
  m[o] = s1; m[o + 1] = s2; m[o + 2] = t1; m[o + 3] = t2;
  return sum;
}
