// Sample rate, channels and length from FLAC and Ogg headers, so a single-part decode can size
// its bins and report progress before the decoder says anything.

import { open } from 'node:fs/promises';
import type { WasmCodec } from './decode-wasm.js';

export interface StreamInfo {
  codec: WasmCodec;
  sampleRate: number | null;
  channels: number | null;
  /** Total samples when the header or the last Ogg page says so. */
  samples: number | null;
}

async function readAt(file: string, position: number, length: number): Promise<Uint8Array> {
  const handle = await open(file, 'r');
  try {
    const bytes = new Uint8Array(Math.max(0, length));
    const { bytesRead } = await handle.read(bytes, 0, bytes.length, Math.max(0, position));
    return bytes.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

const ascii = (b: Uint8Array, at: number, n: number) => String.fromCharCode(...b.subarray(at, at + n));

/** STREAMINFO is always the first metadata block after "fLaC". */
export async function flacInfo(file: string, audioOffset: number): Promise<StreamInfo> {
  const b = await readAt(file, audioOffset, 42);
  if (b.length < 42 || ascii(b, 0, 4) !== 'fLaC' || ((b[4] ?? 0) & 0x7f) !== 0) {
    return { codec: 'flac', sampleRate: null, channels: null, samples: null };
  }
  const s = 8; // STREAMINFO body
  const sampleRate = ((b[s + 10] ?? 0) << 12) | ((b[s + 11] ?? 0) << 4) | ((b[s + 12] ?? 0) >> 4);
  const channels = (((b[s + 12] ?? 0) >> 1) & 0x07) + 1;
  const samples = ((b[s + 13] ?? 0) & 0x0f) * 2 ** 32 + ((((b[s + 14] ?? 0) << 24) >>> 0) + ((b[s + 15] ?? 0) << 16) + ((b[s + 16] ?? 0) << 8) + (b[s + 17] ?? 0));
  return { codec: 'flac', sampleRate: sampleRate || null, channels, samples: samples || null };
}

/** The first packet names the codec; the last page's granule position is the length. */
export async function oggInfo(file: string, size: number): Promise<StreamInfo | null> {
  const head = await readAt(file, 0, 512);
  if (ascii(head, 0, 4) !== 'OggS') return null;
  const packet = 27 + (head[26] ?? 0);
  let info: StreamInfo;
  let preSkip = 0;
  if (ascii(head, packet, 8) === 'OpusHead') {
    preSkip = (head[packet + 10] ?? 0) | ((head[packet + 11] ?? 0) << 8);
    info = { codec: 'opus', sampleRate: 48_000, channels: Math.min(2, head[packet + 9] ?? 0) || null, samples: null };
  } else if (head[packet] === 1 && ascii(head, packet + 1, 6) === 'vorbis') {
    const view = new DataView(head.buffer, head.byteOffset);
    info = { codec: 'vorbis', sampleRate: view.getUint32(packet + 12, true), channels: head[packet + 11] ?? null, samples: null };
  } else {
    return null;
  }
  const tail = await readAt(file, size - 65536, 65536);
  for (let at = tail.length - 27; at >= 0; at--) {
    if (tail[at] !== 0x4f || ascii(tail, at, 4) !== 'OggS') continue;
    const view = new DataView(tail.buffer, tail.byteOffset);
    const granule = view.getUint32(at + 6, true) + view.getUint32(at + 10, true) * 2 ** 32;
    info.samples = granule > preSkip ? granule - preSkip : null;
    break;
  }
  return info;
}
