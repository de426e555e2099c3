// The content hash behind staleness: a row needs an update when its source's hash differs from
// the one recorded at translation. Pure (no node:crypto) so the editor can check while typing.

/** Spacing and Unicode form do not count as a change: retyping the same words keeps the hash. */
export function normalizeForHash(text: string): string {
  return text.normalize('NFC').replace(/\s+/g, ' ').trim();
}

/**
 * FNV-1a 64-bit over the UTF-16 code units of the normalized text, as 16 hex digits. Not
 * cryptographic: it detects edits, and a collision only hides one stale mark.
 */
export function contentHash(text: string): string {
  const input = normalizeForHash(text);
  // 64-bit arithmetic in four 16-bit limbs (offset basis 0xcbf29ce484222325, prime 0x100000001b3).
  let h0 = 0x2325, h1 = 0x8422, h2 = 0x9ce4, h3 = 0xcbf2;
  for (let i = 0; i < input.length; i++) {
    h0 ^= input.charCodeAt(i);
    // Multiply by 2^40 + 0x1b3: the 0x1b3 part limb by limb, plus h shifted 40 bits (limb 2, 8 bits up).
    const t0 = h0 * 0x1b3, t1 = h1 * 0x1b3, t2 = h2 * 0x1b3, t3 = h3 * 0x1b3;
    const c1 = t1 + (t0 >>> 16);
    const c2 = t2 + (c1 >>> 16) + (h0 << 8);
    const c3 = t3 + (c2 >>> 16) + (h1 << 8);
    h0 = t0 & 0xffff;
    h1 = c1 & 0xffff;
    h2 = c2 & 0xffff;
    h3 = c3 & 0xffff;
  }
  const hex = (n: number) => n.toString(16).padStart(4, '0');
  return hex(h3) + hex(h2) + hex(h1) + hex(h0);
}
