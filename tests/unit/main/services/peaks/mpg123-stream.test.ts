// The zero-copy MP3 path reads mpg123-decoder's internals; if an update changes them, these tests
// say so: the direct path must give exactly what the package's public decode() gives.

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Mpg123Stream } from '../../../../../src/main/services/peaks/mpg123-stream.js';
import { makeSignal } from './signals.js';

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'balado-mpg123-'));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

async function decodeAll(bytes: Uint8Array, forcePublicApi: boolean, slice: number) {
  const stream = await Mpg123Stream.open({ forcePublicApi });
  const left: number[] = [];
  const right: number[] = [];
  try {
    for (let at = 0; at < bytes.length; at += slice) {
      stream.decode(bytes.subarray(at, at + slice), (l, r, n) => {
        for (let i = 0; i < n; i++) {
          left.push(l[i]!);
          right.push(r[i]!);
        }
      });
    }
  } finally {
    stream.free();
  }
  return { left, right, errors: stream.errors };
}

describe('Mpg123Stream', () => {
  it('gives, through the decoder internals, exactly what the public API gives', async () => {
    const file = await makeSignal(dir, 'stereo', 'sine=f=440:r=44100:d=3[l];anoisesrc=c=pink:r=44100:a=0.3:d=3[r];[l][r]amerge=inputs=2', 'mp3-vbr');
    const bytes = new Uint8Array(fs.readFileSync(file));
    const direct = await decodeAll(bytes, false, 16 * 1024);
    const reference = await decodeAll(bytes, true, 16 * 1024);
    expect(direct.left.length).toBeGreaterThan(3 * 44_100);
    expect(direct.left).toEqual(reference.left);
    expect(direct.right).toEqual(reference.right);
    expect(direct.errors).toBe(0);
  });

  it('does not depend on how the bytes are sliced', async () => {
    const file = await makeSignal(dir, 'mono', 'sine=f=1000:r=22050:d=2', 'mp3');
    const bytes = new Uint8Array(fs.readFileSync(file));
    const big = await decodeAll(bytes, false, 1 << 20);
    const tiny = await decodeAll(bytes, false, 333);
    expect(tiny.left).toEqual(big.left);
  });
});
