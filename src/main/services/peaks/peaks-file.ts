// The binary peaks file (cache and `balado peaks --out`): a fixed little-endian header, the
// pauses, then 16-bit min/max arrays (mono mix, then each channel). Decoding takes views on the
// file's bytes, so reopening a 3-hour episode costs one read.
//
//   0  "BLPK"           4   format version u16, flags u16 (bit 0: VBR)
//   8  bins/second u32  12  sample rate u32   16  channels u16, reserved u16
//  20  samples f64      28  bins u32          32  integrated LUFS f32 (NaN: none)
//  36  true peak f32    40  sample peak f32   44  pauses u32     48  codec, 8 ASCII bytes
//  56  source sha256, 32 bytes (zeros when unknown)
//  88  pauses: start ms u32, end ms u32 …  then min[bins] max[bins] as i16, per channel too

import type { PeaksData } from './peaks-data.js';

const MAGIC = 'BLPK';
const FORMAT_VERSION = 1;
const HEADER = 88;

/** The header and pauses, then the arrays as views (written one after another, never copied). */
export function encodePeakParts(data: PeaksData, sha256 = ''): Uint8Array[] {
  const bins = data.min.length;
  const arrays = [data.min, data.max, ...data.channelMin.flatMap((min, c) => [min, data.channelMax[c] as Int16Array])];
  const head = new Uint8Array(HEADER + data.silences.length * 8);
  const view = new DataView(head.buffer);
  [...MAGIC].forEach((ch, i) => view.setUint8(i, ch.charCodeAt(0)));
  view.setUint16(4, FORMAT_VERSION, true);
  view.setUint16(6, data.vbr ? 1 : 0, true);
  view.setUint32(8, data.perSecond, true);
  view.setUint32(12, data.sampleRate, true);
  view.setUint16(16, data.channels, true);
  view.setFloat64(20, data.samples, true);
  view.setUint32(28, bins, true);
  view.setFloat32(32, data.loudness.integratedLufs ?? NaN, true);
  view.setFloat32(36, data.loudness.truePeakDbtp ?? NaN, true);
  view.setFloat32(40, data.loudness.samplePeakDbfs ?? NaN, true);
  view.setUint32(44, data.silences.length, true);
  [...data.codec.slice(0, 8)].forEach((ch, i) => view.setUint8(48 + i, ch.charCodeAt(0) & 0x7f));
  for (let i = 0; i < 32 && sha256.length >= 64; i++) view.setUint8(56 + i, parseInt(sha256.slice(2 * i, 2 * i + 2), 16));
  data.silences.forEach((s, i) => {
    view.setUint32(HEADER + i * 8, s.startMs, true);
    view.setUint32(HEADER + i * 8 + 4, s.endMs, true);
  });
  // Int16 arrays are written in the platform's order: little-endian on every target (x64, arm64).
  return [head, ...arrays.map((a) => new Uint8Array(a.buffer, a.byteOffset, bins * 2))];
}

export function encodePeaks(data: PeaksData, sha256 = ''): Uint8Array {
  const parts = encodePeakParts(data, sha256);
  const bytes = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const part of parts) {
    bytes.set(part, at);
    at += part.length;
  }
  return bytes;
}

/** Reads a peaks file; null when it is not one (or another format version): recompute then. */
export function decodePeaks(bytes: Uint8Array): { data: PeaksData; sha256: string } | null {
  if (bytes.length < HEADER || String.fromCharCode(...bytes.subarray(0, 4)) !== MAGIC) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (view.getUint16(4, true) !== FORMAT_VERSION) return null;
  const channels = view.getUint16(16, true);
  const bins = view.getUint32(28, true);
  const pauses = view.getUint32(44, true);
  const arraysAt = HEADER + pauses * 8;
  const arrayCount = 2 + (channels > 1 ? 2 * channels : 0);
  if (bytes.length !== arraysAt + arrayCount * bins * 2) return null;
  // Int16 views need an even byte offset; a Buffer from a pool may not give one.
  const aligned = (bytes.byteOffset + arraysAt) % 2 === 0 ? bytes : bytes.slice();
  const at = (i: number) => new Int16Array(aligned.buffer, aligned.byteOffset + arraysAt + i * bins * 2, bins);
  const nan = (v: number) => (Number.isNaN(v) ? null : Math.round(v * 100) / 100);
  const codec = String.fromCharCode(...bytes.subarray(48, 56)).replace(/\0+$/, '');
  const sha256 = Array.from(bytes.subarray(56, 88), (b) => b.toString(16).padStart(2, '0')).join('');
  return {
    sha256: /^0+$/.test(sha256) ? '' : sha256,
    data: {
      perSecond: view.getUint32(8, true),
      sampleRate: view.getUint32(12, true),
      channels,
      samples: view.getFloat64(20, true),
      codec,
      vbr: (view.getUint16(6, true) & 1) === 1,
      min: at(0),
      max: at(1),
      channelMin: channels > 1 ? Array.from({ length: channels }, (_, c) => at(2 + 2 * c)) : [],
      channelMax: channels > 1 ? Array.from({ length: channels }, (_, c) => at(3 + 2 * c)) : [],
      silences: Array.from({ length: pauses }, (_, i) => ({
        startMs: view.getUint32(HEADER + i * 8, true),
        endMs: view.getUint32(HEADER + i * 8 + 4, true),
      })),
      loudness: {
        integratedLufs: nan(view.getFloat32(32, true)),
        truePeakDbtp: nan(view.getFloat32(36, true)),
        samplePeakDbfs: nan(view.getFloat32(40, true)),
      },
    },
  };
}
