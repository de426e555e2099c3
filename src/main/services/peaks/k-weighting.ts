// BS.1770-4 K-weighting (high shelf + RLB high-pass) as two biquads for any sample rate: the
// standard lists 48 kHz coefficients only, so they are re-derived from the analog prototypes.

/** Direct-form coefficients, a0 normalised to 1. */
export interface Biquad {
  b0: number;
  b1: number;
  b2: number;
  a1: number;
  a2: number;
}

// Analog prototype of BS.1770's stage 1 (head effects) and stage 2 (RLB), as fitted by
// libebur128 (and so by ffmpeg's ebur128 filter); at 48 kHz they give the standard's table.
const SHELF = { f0: 1681.974450955533, gainDb: 3.999843853973347, q: 0.7071752369554196 };
const HIGHPASS = { f0: 38.13547087602444, q: 0.5003270373238773 };

export function kWeighting(sampleRate: number): { shelf: Biquad; highpass: Biquad } {
  if (!(sampleRate > 0)) throw new RangeError(`sample rate must be positive, got ${sampleRate}`);
  const k1 = Math.tan((Math.PI * SHELF.f0) / sampleRate);
  const vh = 10 ** (SHELF.gainDb / 20);
  const vb = vh ** 0.4996667741545416;
  const d1 = 1 + k1 / SHELF.q + k1 * k1;
  const shelf: Biquad = {
    b0: (vh + (vb * k1) / SHELF.q + k1 * k1) / d1,
    b1: (2 * (k1 * k1 - vh)) / d1,
    b2: (vh - (vb * k1) / SHELF.q + k1 * k1) / d1,
    a1: (2 * (k1 * k1 - 1)) / d1,
    a2: (1 - k1 / SHELF.q + k1 * k1) / d1,
  };
  const k2 = Math.tan((Math.PI * HIGHPASS.f0) / sampleRate);
  const d2 = 1 + k2 / HIGHPASS.q + k2 * k2;
  const highpass: Biquad = {
    b0: 1,
    b1: -2,
    b2: 1,
    a1: (2 * (k2 * k2 - 1)) / d2,
    a2: (1 - k2 / HIGHPASS.q + k2 * k2) / d2,
  };
  return { shelf, highpass };
}
