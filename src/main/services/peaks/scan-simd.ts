// The stereo scan (scan-kernels.ts' scanStereo) as a WebAssembly SIMD kernel: both channels'
// K-weighting filters run in the two lanes of one f64x2, with the same operations in the same
// order, so the results are bit for bit those of the JavaScript loop at about a third of its
// cost. Where WebAssembly SIMD is missing, create() returns null and the JavaScript loop runs.

import { F64, I32, moduleBytes, op, V128 } from './wasm-bytes.js';
import type { ScanState } from './scan-kernels.js';

// Parameters: left and right sample arrays (byte offsets, float32), sample count, state offset.
const L = 0, R = 1, N = 2, ST = 3;
const P = 4, END = 5;
const A = 6, B = 7;
const S1 = 8, S2 = 9, T1 = 10, T2 = 11, CMN = 12, CMX = 13, X = 14, Y = 15, Z = 16;
/** The mix's [min, −max] (one pmin keeps both), the [left, right] energies, and ±½. */
const MIX = 17, KS = 18, HALVES = 19;
const B0 = 20, B1 = 21, B2 = 22, A1 = 23, A2 = 24, H1 = 25, H2 = 26;

/** The state block's byte offsets: filter memories and extremes as [left, right] pairs, then scalars, then coefficients. */
const AT = { s1: 0, s2: 16, t1: 32, t2: 48, cmn: 64, cmx: 80, mix: 96, ks: 112, coef: 128 } as const;
const COEF_LOCALS = [B0, B1, B2, A1, A2, H1, H2];
const STATE_BYTES = AT.coef + 16 * COEF_LOCALS.length;
const SAMPLES_AT = 256;

const { get, set } = op;
/** The vectors kept in the state block between calls, and where. */
const KEPT: [number, number][] = [[S1, AT.s1], [S2, AT.s2], [T1, AT.t1], [T2, AT.t2], [CMN, AT.cmn], [CMX, AT.cmx], [MIX, AT.mix]];

// JavaScript: ly = b0*a + ls1; ls1 = b1*a + ls2 - a1*ly; ls2 = b2*a - a2*ly; lz = ly + lt1;
// lt1 = lt2 - (ly + ly) - h1*lz; lt2 = ly - h2*lz; lk += lz*lz (and the same for the right).
const body: number[][] = [
  ...KEPT.flatMap(([local, at]) => [get(ST), op.v128Load(at), set(local)]),
  ...COEF_LOCALS.flatMap((local, k) => [get(ST), op.v128Load(AT.coef + 16 * k), set(local)]),
  op.f64(0), op.f64x2Splat, set(KS),
  op.f64(0.5), op.f64x2Splat, op.f64(-0.5), op.f64x2Replace(1), set(HALVES),
  get(N), op.i32(2), op.i32Shl, set(END),
  op.i32(0), set(P),
  op.block,
  get(P), get(END), op.i32GeU, op.brIf(0),
  op.loop,
  // a, b: this sample of each channel. [mix, −mix] with mix = (a + b)·½ (negation is exact).
  get(L), get(P), op.i32Add, op.f32Load(), op.promote, set(A),
  get(R), get(P), op.i32Add, op.f32Load(), op.promote, set(B),
  get(MIX), get(A), get(B), op.f64Add, op.f64x2Splat, get(HALVES), op.f64x2Mul, op.f64x2Pmin, set(MIX),
  get(A), op.f64x2Splat, get(B), op.f64x2Replace(1), set(X),
  get(CMN), get(X), op.f64x2Pmin, set(CMN),
  get(CMX), get(X), op.f64x2Pmax, set(CMX),
  get(B0), get(X), op.f64x2Mul, get(S1), op.f64x2Add, set(Y),
  get(B1), get(X), op.f64x2Mul, get(S2), op.f64x2Add, get(A1), get(Y), op.f64x2Mul, op.f64x2Sub, set(S1),
  get(B2), get(X), op.f64x2Mul, get(A2), get(Y), op.f64x2Mul, op.f64x2Sub, set(S2),
  get(Y), get(T1), op.f64x2Add, set(Z),
  get(T2), get(Y), get(Y), op.f64x2Add, op.f64x2Sub, get(H1), get(Z), op.f64x2Mul, op.f64x2Sub, set(T1),
  get(Y), get(H2), get(Z), op.f64x2Mul, op.f64x2Sub, set(T2),
  get(KS), get(Z), get(Z), op.f64x2Mul, op.f64x2Add, set(KS),
  get(P), op.i32(4), op.i32Add, op.tee(P), get(END), op.i32LtU, op.brIf(0),
  op.end,
  op.end,
  ...KEPT.flatMap(([local, at]) => [get(ST), get(local), op.v128Store(at)]),
  get(ST), get(KS), op.v128Store(AT.ks),
];

const BYTES = moduleBytes({ name: 'scan', params: 4, locals: [[2, I32], [2, F64], [19, V128]], body });

// The Node side's TypeScript library has no WebAssembly declarations: the little used here.
interface WasmMemory {
  readonly buffer: ArrayBuffer;
  grow(pages: number): number;
}
interface Exports {
  memory: WasmMemory;
  scan(l: number, r: number, n: number, state: number): void;
}
/** A compiled module: only handed back to Instance. */
type WasmModule = object;
const { WebAssembly: wasm } = globalThis as unknown as {
  WebAssembly: { Module: new (bytes: Uint8Array) => WasmModule; Instance: new (module: WasmModule) => { exports: Exports } };
};

function compile(): WasmModule | null {
  try {
    return new wasm.Module(BYTES);
  } catch {
    return null;
  }
}

let compiled: WasmModule | null | undefined;

/** One stereo part's kernel over one ScanState: load() a run of samples, then scan() stretches of it. */
export class SimdStereoScan {
  private f32 = new Float32Array(0);
  private f64 = new Float64Array(0);
  private capacity = 0;
  /** Index in the caller's arrays of the first sample loaded. */
  private base = 0;

  private constructor(private readonly exports: Exports, private readonly s: ScanState) {
    this.views();
  }

  /** Null where the engine has no WebAssembly SIMD (the caller keeps the JavaScript loop). */
  static create(s: ScanState): SimdStereoScan | null {
    if (compiled === undefined) compiled = compile();
    if (!compiled) return null;
    return new SimdStereoScan(new wasm.Instance(compiled).exports, s);
  }

  /** Copies samples [from, to) of both channels into the kernel's memory. */
  load(left: Float32Array, right: Float32Array, from: number, to: number): void {
    const n = to - from;
    if (n > this.capacity) this.grow(n);
    this.f32.set(left.subarray(from, to), SAMPLES_AT / 4);
    this.f32.set(right.subarray(from, to), SAMPLES_AT / 4 + this.capacity);
    this.base = from;
  }

  /** Samples [from, to) (the caller's indices, inside the last load) into the state, like scan(). */
  scan(from: number, to: number): void {
    const { f64: m, s } = this;
    const memory = s.memory;
    // [left, right] pairs: s.memory is per channel (s1 s2 t1 t2, then the right's).
    for (let k = 0; k < 4; k++) {
      m[2 * k] = memory[k] as number;
      m[2 * k + 1] = memory[4 + k] as number;
    }
    m[AT.cmn / 8] = s.cmn[0] as number;
    m[AT.cmn / 8 + 1] = s.cmn[1] as number;
    m[AT.cmx / 8] = s.cmx[0] as number;
    m[AT.cmx / 8 + 1] = s.cmx[1] as number;
    m[AT.mix / 8] = s.mn;
    m[AT.mix / 8 + 1] = -s.mx;
    const offset = (from - this.base) * 4;
    this.exports.scan(SAMPLES_AT + offset, SAMPLES_AT + this.capacity * 4 + offset, to - from, 0);
    for (let k = 0; k < 4; k++) {
      memory[k] = m[2 * k] as number;
      memory[4 + k] = m[2 * k + 1] as number;
    }
    s.cmn[0] = m[AT.cmn / 8] as number;
    s.cmn[1] = m[AT.cmn / 8 + 1] as number;
    s.cmx[0] = m[AT.cmx / 8] as number;
    s.cmx[1] = m[AT.cmx / 8 + 1] as number;
    s.mn = m[AT.mix / 8] as number;
    s.mx = -(m[AT.mix / 8 + 1] as number);
    s.kStretch = (m[AT.ks / 8] as number) + (m[AT.ks / 8 + 1] as number);
  }

  private grow(samples: number): void {
    const bytes = SAMPLES_AT + 2 * 4 * samples;
    const memory = this.exports.memory;
    const pages = Math.ceil((bytes - memory.buffer.byteLength) / 65_536);
    if (pages > 0) memory.grow(pages);
    this.capacity = samples;
    this.views();
  }

  private views(): void {
    this.f32 = new Float32Array(this.exports.memory.buffer);
    this.f64 = new Float64Array(this.exports.memory.buffer, 0, STATE_BYTES / 8);
    const m = this.f64;
    for (let k = 0; k < COEF_LOCALS.length; k++) m[AT.coef / 8 + 2 * k] = m[AT.coef / 8 + 2 * k + 1] = this.s.coef[k] as number;
  }
}
