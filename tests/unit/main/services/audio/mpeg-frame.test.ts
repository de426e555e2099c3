// MPEG frame headers: known headers decode to the right sizes, and noise is not mistaken for
// a run of frames.

import { describe, expect, it } from 'vitest';
import { findMpegFrames, readMpegFrameHeader } from '../../../../../src/main/services/audio/mpeg-frame.js';

describe('readMpegFrameHeader', () => {
  it('decodes MPEG-1 Layer III, 128 kbps, 44.1 kHz, joint stereo', () => {
    expect(readMpegFrameHeader(Uint8Array.of(0xff, 0xfb, 0x90, 0x64), 0)).toEqual({
      version: 1, layer: 3, bitrateKbps: 128, sampleRate: 44_100, mono: false, frameLength: 417,
      samplesPerFrame: 1152, sideInfoLength: 32, hasCrc: false,
    });
  });

  it('decodes MPEG-2 Layer III, 64 kbps, 22.05 kHz, mono, padded', () => {
    expect(readMpegFrameHeader(Uint8Array.of(0xff, 0xf3, 0x82, 0xc4), 0)).toMatchObject({
      version: 2, layer: 3, bitrateKbps: 64, sampleRate: 22_050, mono: true, frameLength: 209, samplesPerFrame: 576, sideInfoLength: 9,
    });
  });

  it.each([
    ['no sync', [0xfe, 0xfb, 0x90, 0x64]],
    ['reserved version', [0xff, 0xeb, 0x90, 0x64]],
    ['reserved layer', [0xff, 0xf9, 0x90, 0x64]],
    ['bad bitrate', [0xff, 0xfb, 0xf0, 0x64]],
    ['free format', [0xff, 0xfb, 0x00, 0x64]],
    ['reserved rate', [0xff, 0xfb, 0x9c, 0x64]],
    ['too short', [0xff, 0xfb, 0x90]],
  ])('rejects %s', (_, bytes) => {
    expect(readMpegFrameHeader(Uint8Array.from(bytes), 0)).toBeNull();
  });
});

describe('findMpegFrames', () => {
  const frame = () => {
    const bytes = new Uint8Array(417);
    bytes.set([0xff, 0xfb, 0x90, 0x64]);
    return bytes;
  };

  it('finds three chained frames after some junk', () => {
    const stream = new Uint8Array(7 + 3 * 417);
    stream.set([1, 2, 3, 0xff, 0xfb, 0x90, 0x64]); // a lone header in the junk is not enough
    for (let i = 0; i < 3; i++) stream.set(frame(), 7 + i * 417);
    expect(findMpegFrames(stream, 0, 3, true)?.offset).toBe(7);
  });

  it('ignores a header that is not followed by another one', () => {
    const stream = new Uint8Array(2000);
    stream.set([0xff, 0xfb, 0x90, 0x64], 100);
    expect(findMpegFrames(stream, 0, 3, false)).toBeNull();
  });
});
