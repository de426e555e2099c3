// The WebAssembly SIMD stereo scan against the JavaScript loop it replaces: every field of the
// state (filter memories, extremes, K-weighted energy) bit for bit, over stretches of any length.

import { describe, expect, it } from 'vitest';
import { ScanState, scan } from '../../../../../src/main/services/peaks/scan-kernels.js';
import { SimdStereoScan } from '../../../../../src/main/services/peaks/scan-simd.js';
import { seededRandom } from '../../../../../src/shared/seeded-random.js';


/** Every number of the state, as bytes: equal means bit for bit (−0 and NaN included). */
const bits = (s: ScanState) => [...new Uint8Array(Float64Array.of(s.mn, s.mx, s.kStretch, ...s.cmn, ...s.cmx, ...s.memory).buffer)];

describe('SimdStereoScan', () => {
  it('is available here (Node has WebAssembly SIMD)', () => {
    expect(SimdStereoScan.create(new ScanState(44_100, 2))).not.toBeNull();
  });

  it('gives bit for bit what the JavaScript loop gives, stretch after stretch', () => {
    for (const rate of [44_100, 48_000, 22_050]) {
      const next = seededRandom(rate);
      const n = 30_000;
      const left = Float32Array.from({ length: n }, (_, i) => Math.sin(i / 9) * 0.5 + (next() - 0.5) * 0.4);
      const right = Float32Array.from({ length: n }, () => (next() - 0.5) * (next() < 0.01 ? 1.8 : 0.3));
      right.fill(0, 10_000, 10_500);
      const js = new ScanState(rate, 2);
      const wasm = new ScanState(rate, 2);
      const simd = SimdStereoScan.create(wasm)!;
      // Loads of decoder-run size, each scanned in stretches down to a single sample.
      for (let run = 0; run < n;) {
        const runEnd = Math.min(n, run + 1 + Math.floor(next() * 5000));
        simd.load(left, right, run, runEnd);
        for (let from = run; from < runEnd;) {
          const to = Math.min(runEnd, from + 1 + Math.floor(next() * 600));
          scan(js, [left, right], from, to);
          simd.scan(from, to);
          expect(bits(wasm)).toEqual(bits(js));
          if (next() < 0.3) {
            js.resetBin();
            wasm.resetBin();
          }
          from = to;
        }
        run = runEnd;
      }
    }
  });
});
