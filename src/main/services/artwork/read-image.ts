// Reads what artwork (a show's or an episode's) needs to be judged: format (PNG/JPEG by magic bytes, not by
// extension) and pixel size from the image header. Anything else is refused with a clear error.

import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { AppError } from '../../../shared/api/errors.js';
import type { ImageColorModel } from '../../../shared/domain/types.js';

export interface ImageInfo {
  mime: 'image/png' | 'image/jpeg';
  width: number;
  height: number;
  /** Apple Podcasts wants RGB artwork: PNG colour type, or JPEG component count (4 = CMYK). */
  colorModel: ImageColorModel;
  bytes: Buffer;
}

const PNG_COLOR: Record<number, ImageColorModel> = { 0: 'gray', 2: 'rgb', 3: 'palette', 4: 'gray', 6: 'rgba' };
const JPEG_COLOR: Record<number, ImageColorModel> = { 1: 'gray', 3: 'rgb', 4: 'cmyk' };

function jpegSize(bytes: Buffer): { width: number; height: number; components: number } | null {
  let offset = 2;
  while (offset + 9 < bytes.length) {
    if (bytes[offset] !== 0xff) return null;
    const marker = bytes[offset + 1] ?? 0;
    const length = bytes.readUInt16BE(offset + 2);
    // SOF0..SOF15 except DHT (C4), JPG (C8) and DAC (CC) carry the frame size.
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      return { height: bytes.readUInt16BE(offset + 5), width: bytes.readUInt16BE(offset + 7), components: bytes[offset + 9] ?? 0 };
    }
    offset += 2 + length;
  }
  return null;
}

export async function readImage(file: string): Promise<ImageInfo> {
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch {
    throw new AppError('file_missing', { path: file });
  }
  return imageFromBytes(bytes, path.basename(file));
}

/** The same judgement on bytes already read (a release bundle's artwork). */
export function imageFromBytes(bytes: Buffer, name: string): ImageInfo {
  const refuse = (problem: string, problemFr: string) =>
    new AppError('validation', { field: 'artwork', problem: `${name}: ${problem}`, problemFr: `${name} : ${problemFr}` });
  if (bytes.length > 24 && bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) {
    const colorModel = PNG_COLOR[bytes[25] ?? -1] ?? 'unknown';
    return { mime: 'image/png', width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20), colorModel, bytes };
  }
  if (bytes.length > 4 && bytes[0] === 0xff && bytes[1] === 0xd8) {
    const size = jpegSize(bytes);
    if (!size) throw refuse('damaged JPEG (no frame header)', 'JPEG endommagé (pas d’en-tête d’image)');
    const { components, ...pixels } = size;
    return { mime: 'image/jpeg', ...pixels, colorModel: JPEG_COLOR[components] ?? 'unknown', bytes };
  }
  throw refuse('not a PNG or JPEG image', 'pas une image PNG ou JPEG');
}
