// Just enough of the WebAssembly binary format to write one small kernel by hand: numbers,
// sections and the instructions scan-simd.ts uses. No toolchain needed at build or run time.

/** Unsigned LEB128. */
export function u32(n: number): number[] {
  const out: number[] = [];
  do {
    let byte = n & 0x7f;
    n >>>= 7;
    if (n !== 0) byte |= 0x80;
    out.push(byte);
  } while (n !== 0);
  return out;
}

/** Signed LEB128 (i32.const). */
export function s32(n: number): number[] {
  const out: number[] = [];
  for (;;) {
    const byte = n & 0x7f;
    n >>= 7;
    if ((n === 0 && (byte & 0x40) === 0) || (n === -1 && (byte & 0x40) !== 0)) return [...out, byte];
    out.push(byte | 0x80);
  }
}

const vector = (items: number[][]) => [...u32(items.length), ...items.flat()];
const section = (id: number, body: number[]) => [id, ...u32(body.length), ...body];
const name = (text: string) => vector([...new TextEncoder().encode(text)].map((b) => [b]));

export const I32 = 0x7f;
export const F64 = 0x7c;
export const V128 = 0x7b;

/** Instructions by name; memory accesses take their byte offset. */
export const op = {
  get: (local: number) => [0x20, ...u32(local)],
  set: (local: number) => [0x21, ...u32(local)],
  tee: (local: number) => [0x22, ...u32(local)],
  i32: (n: number) => [0x41, ...s32(n)],
  f64: (x: number) => [0x44, ...new Uint8Array(Float64Array.of(x).buffer)],
  i32Add: [0x6a],
  i32Shl: [0x74],
  i32LtU: [0x49],
  i32GeU: [0x4f],
  f32Load: (offset = 0) => [0x2a, 2, ...u32(offset)],
  f64Load: (offset = 0) => [0x2b, 3, ...u32(offset)],
  f64Store: (offset = 0) => [0x39, 3, ...u32(offset)],
  promote: [0xbb],
  f64Add: [0xa0],
  f64Mul: [0xa2],
  f64Lt: [0x63],
  f64Gt: [0x64],
  select: [0x1b],
  block: [0x02, 0x40],
  loop: [0x03, 0x40],
  brIf: (depth: number) => [0x0d, ...u32(depth)],
  end: [0x0b],
  v128Load: (offset = 0) => [0xfd, ...u32(0x00), 4, ...u32(offset)],
  v128Store: (offset = 0) => [0xfd, ...u32(0x0b), 4, ...u32(offset)],
  f64x2Splat: [0xfd, ...u32(0x14)],
  f64x2Extract: (lane: number) => [0xfd, ...u32(0x21), lane],
  f64x2Replace: (lane: number) => [0xfd, ...u32(0x22), lane],
  f64x2Neg: [0xfd, ...u32(0xed)],
  f64x2Add: [0xfd, ...u32(0xf0)],
  f64x2Sub: [0xfd, ...u32(0xf1)],
  f64x2Mul: [0xfd, ...u32(0xf2)],
  /** b < a ? b : a, lane by lane (what `if (b < a) a = b` keeps). */
  f64x2Pmin: [0xfd, ...u32(0xf6)],
  /** a < b ? b : a, lane by lane. */
  f64x2Pmax: [0xfd, ...u32(0xf7)],
};

/**
 * A module with one exported function `name` of i32 parameters and no result, and one exported
 * memory ("memory", one page to start). `locals`: [count, type] runs after the parameters.
 */
export function moduleBytes(fn: { name: string; params: number; locals: [number, number][]; body: number[][] }): Uint8Array {
  const type = [0x60, ...vector(Array.from({ length: fn.params }, () => [I32])), ...vector([])];
  const code = [...vector(fn.locals.map(([count, t]) => [...u32(count), t])), ...fn.body.flat(), ...op.end];
  return Uint8Array.from([
    0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00,
    ...section(1, vector([type])),
    ...section(3, vector([u32(0)])),
    ...section(5, vector([[0x00, ...u32(1)]])),
    ...section(7, vector([[...name('memory'), 0x02, ...u32(0)], [...name(fn.name), 0x00, ...u32(0)]])),
    ...section(10, vector([[...u32(code.length), ...code]])),
  ]);
}
