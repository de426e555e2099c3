// MPEG audio frame headers (ISO 11172-3 / 13818-3): enough to recognise real MP3 frames among
// random bytes and to find the Xing/Info tag inside the first frame.

export interface MpegFrameHeader {
  /** 1 = MPEG-1, 2 = MPEG-2, 2.5 = MPEG-2.5 */
  version: 1 | 2 | 2.5;
  layer: 1 | 2 | 3;
  bitrateKbps: number;
  sampleRate: number;
  mono: boolean;
  /** Whole frame in bytes, header included. */
  frameLength: number;
  samplesPerFrame: number;
  /** Bytes of side information after the 4-byte header (and CRC): where a Xing tag starts. */
  sideInfoLength: number;
  hasCrc: boolean;
}

// Index [version row][layer - 1][bitrate index]; row 0 = MPEG-1, row 1 = MPEG-2/2.5.
const BITRATES: readonly (readonly (readonly number[])[])[] = [
  [
    [0, 32, 64, 96, 128, 160, 192, 224, 256, 288, 320, 352, 384, 416, 448],
    [0, 32, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320, 384],
    [0, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320],
  ],
  [
    [0, 32, 48, 56, 64, 80, 96, 112, 128, 144, 160, 176, 192, 224, 256],
    [0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160],
    [0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160],
  ],
];

const SAMPLE_RATES = { 1: [44100, 48000, 32000], 2: [22050, 24000, 16000], 2.5: [11025, 12000, 8000] } as const;

/** Reads the header at `offset`, or null when the 4 bytes cannot start an MPEG audio frame. */
export function readMpegFrameHeader(bytes: Uint8Array, offset: number): MpegFrameHeader | null {
  if (offset + 4 > bytes.length) return null;
  const b1 = bytes[offset + 1] ?? 0;
  const b2 = bytes[offset + 2] ?? 0;
  const b3 = bytes[offset + 3] ?? 0;
  if (bytes[offset] !== 0xff || (b1 & 0xe0) !== 0xe0) return null;
  const versionBits = (b1 >> 3) & 0x03;
  const layerBits = (b1 >> 1) & 0x03;
  const bitrateIndex = b2 >> 4;
  const rateIndex = (b2 >> 2) & 0x03;
  // Reserved values; free-format (index 0) is legal but so rare that accepting it mostly accepts noise.
  if (versionBits === 1 || layerBits === 0 || bitrateIndex === 0 || bitrateIndex === 15 || rateIndex === 3) return null;
  const version = versionBits === 3 ? 1 : versionBits === 2 ? 2 : 2.5;
  const layer = (4 - layerBits) as 1 | 2 | 3;
  const bitrateKbps = BITRATES[version === 1 ? 0 : 1]?.[layer - 1]?.[bitrateIndex] ?? 0;
  const sampleRate = SAMPLE_RATES[version][rateIndex] ?? 0;
  const padding = (b2 >> 1) & 0x01;
  const mono = b3 >> 6 === 3;
  const hasCrc = (b1 & 0x01) === 0;

  let frameLength: number;
  let samplesPerFrame: number;
  if (layer === 1) {
    frameLength = (Math.floor((12 * bitrateKbps * 1000) / sampleRate) + padding) * 4;
    samplesPerFrame = 384;
  } else if (layer === 2 || version === 1) {
    frameLength = Math.floor((144 * bitrateKbps * 1000) / sampleRate) + padding;
    samplesPerFrame = 1152;
  } else {
    frameLength = Math.floor((72 * bitrateKbps * 1000) / sampleRate) + padding;
    samplesPerFrame = 576;
  }
  const sideInfoLength = layer !== 3 ? 0 : version === 1 ? (mono ? 17 : 32) : mono ? 9 : 17;
  return { version, layer, bitrateKbps, sampleRate, mono, frameLength, samplesPerFrame, sideInfoLength, hasCrc };
}

/**
 * Finds the first offset in [from, bytes.length) where `needed` consecutive frames of the same
 * version, layer and rate follow each other exactly: random bytes almost never do that twice.
 * A frame that reaches past the end of `bytes` counts when `endIsEof` (the file really ends there).
 */
export function findMpegFrames(
  bytes: Uint8Array, from: number, needed: number, endIsEof: boolean,
): { offset: number; header: MpegFrameHeader } | null {
  for (let offset = from; offset + 4 <= bytes.length; offset++) {
    const first = readMpegFrameHeader(bytes, offset);
    if (!first) continue;
    let count = 1;
    let next = offset + first.frameLength;
    while (count < needed) {
      if (next + 4 > bytes.length) {
        if (endIsEof && next <= bytes.length) count = needed;
        break;
      }
      const header = readMpegFrameHeader(bytes, next);
      if (!header || header.version !== first.version || header.layer !== first.layer
        || header.sampleRate !== first.sampleRate) break;
      count++;
      next += header.frameLength;
    }
    if (count >= needed) return { offset, header: first };
  }
  return null;
}
