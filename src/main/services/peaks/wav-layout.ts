// A WAV file's sample format and where its PCM data lies, read from the RIFF chunks (which may
// come in any order, with LIST/bext/JUNK chunks before the data).

import { open } from 'node:fs/promises';
import path from 'node:path';
import { audioUnreadable, audioUnsupported } from '../audio/audio-errors.js';

export type WavEncoding = 'u8' | 's16' | 's24' | 's32' | 'f32' | 'f64';

export interface WavLayout {
  encoding: WavEncoding;
  sampleRate: number;
  channels: number;
  /** Bytes per sample frame (all channels). */
  blockAlign: number;
  dataStart: number;
  /** Whole sample frames present (a data size larger than the file is cut to what exists). */
  frames: number;
}

const WAVE_FORMAT_PCM = 1;
const WAVE_FORMAT_IEEE_FLOAT = 3;
const WAVE_FORMAT_EXTENSIBLE = 0xfffe;
const MAX_CHUNKS = 256;

export async function wavLayout(file: string, size: number): Promise<WavLayout> {
  const name = path.basename(file);
  const damaged = (en: string, fr: string) => audioUnreadable(name, { en, fr });
  const handle = await open(file, 'r');
  try {
    const head = new Uint8Array(12);
    await handle.read(head, 0, 12, 0);
    let offset = 12;
    let format: Omit<WavLayout, 'dataStart' | 'frames'> | null = null;
    const chunk = new Uint8Array(48);
    for (let guard = 0; guard < MAX_CHUNKS && offset + 8 <= size; guard++) {
      const { bytesRead } = await handle.read(chunk, 0, chunk.length, offset);
      const view = new DataView(chunk.buffer, 0, bytesRead);
      const id = String.fromCharCode(...chunk.subarray(0, 4));
      const length = view.getUint32(4, true);
      if (id === 'fmt ') {
        if (bytesRead < 24) throw damaged('its format chunk is cut short', 'son bloc de format est tronqué');
        format = readFormat(view, name);
      } else if (id === 'data') {
        if (!format) throw damaged('its audio data comes before its format chunk', 'ses données audio précèdent son bloc de format');
        const available = Math.min(length, size - offset - 8);
        return { ...format, dataStart: offset + 8, frames: Math.floor(available / format.blockAlign) };
      }
      offset += 8 + length + (length % 2);
    }
    throw damaged('it has no audio data chunk', "il n'a aucun bloc de données audio");
  } finally {
    await handle.close();
  }
}

function readFormat(view: DataView, name: string): Omit<WavLayout, 'dataStart' | 'frames'> {
  let tag = view.getUint16(8, true);
  const channels = view.getUint16(10, true);
  const sampleRate = view.getUint32(12, true);
  const blockAlign = view.getUint16(20, true);
  const bits = view.getUint16(22, true);
  // WAVE_FORMAT_EXTENSIBLE names the real format in the first two bytes of its sub-format GUID.
  if (tag === WAVE_FORMAT_EXTENSIBLE && view.byteLength >= 34) tag = view.getUint16(32, true);
  const encoding: WavEncoding | null =
    tag === WAVE_FORMAT_PCM
      ? bits === 8 ? 'u8' : bits === 16 ? 's16' : bits === 24 ? 's24' : bits === 32 ? 's32' : null
      : tag === WAVE_FORMAT_IEEE_FLOAT
        ? bits === 32 ? 'f32' : bits === 64 ? 'f64' : null
        : null;
  if (!encoding) throw audioUnsupported(name, { en: `WAV with format ${tag}, ${bits}-bit`, fr: `WAV au format ${tag}, ${bits} bits` });
  if (channels < 1 || sampleRate < 1 || blockAlign !== (channels * bits) / 8) {
    throw audioUnreadable(name, { en: 'its format chunk is inconsistent', fr: 'son bloc de format est incohérent' });
  }
  return { encoding, sampleRate, channels, blockAlign };
}
