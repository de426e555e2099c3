// `balado peaks FILE` as a user runs it: a real process on real audio, JSON and binary output,
// no library created, usage errors and unreadable files reported with the right exit codes.

import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodePeaks } from '../../../../../src/main/services/peaks/peaks-file.js';
import { makeAudio, makeBadFile } from '../../../../helpers/make-audio.js';

const BIN = path.resolve(import.meta.dirname, '../../../../../src/main/cli/bin.mjs');
let dir: string;
let wav: string;

function balado(args: string[], env: Record<string, string> = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [BIN, ...args], { env: { ...process.env, LANG: 'fr_CA.UTF-8', ...env }, maxBuffer: 64 << 20 }, (error, stdout, stderr) => {
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr });
    });
  });
}

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'balado-peaks-cli-'));
  wav = await makeAudio(dir, { name: 'ep.wav', format: 'wav', pattern: [{ tone: 440, seconds: 1 }, { silence: 2 }, { tone: 220, seconds: 1 }] });
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('balado peaks', () => {
  it('--json prints duration, bins per second and the min/max arrays; no library is created', async () => {
    const library = path.join(dir, 'never-made');
    const res = await balado(['--library', library, 'peaks', wav, '--per-second', '50', '--json']);
    expect(res.stderr).toBe('');
    expect(res.code).toBe(0);
    const out = JSON.parse(res.stdout) as { duration: number; perSecond: number; min: number[]; max: number[] };
    expect(Object.keys(out)).toEqual(['duration', 'perSecond', 'min', 'max']);
    expect(out).toMatchObject({ duration: 4, perSecond: 50 });
    expect(out.max).toHaveLength(200);
    expect(Math.max(...out.max.slice(0, 50))).toBeCloseTo(0.125, 2);
    expect(Math.max(...out.max.slice(60, 140))).toBe(0);
    expect(Math.min(...out.min)).toBeGreaterThanOrEqual(-1);
    expect(fs.existsSync(library)).toBe(false);
  });

  it('--out writes the binary peaks file (the cache format) with the file hash', async () => {
    const out = path.join(dir, 'ep.bpk');
    const res = await balado(['peaks', wav, '--out', out, '--json']);
    expect(res.code).toBe(0);
    expect(JSON.parse(res.stdout)).toMatchObject({ out, duration: 4, perSecond: 100, bins: 400 });
    const decoded = decodePeaks(new Uint8Array(fs.readFileSync(out)));
    expect(decoded!.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(decoded!.data.silences).toHaveLength(1);
    expect(Math.abs(decoded!.data.silences[0]!.startMs - 1000)).toBeLessThanOrEqual(50);
    expect(Math.abs(decoded!.data.silences[0]!.endMs - 3000)).toBeLessThanOrEqual(50);
  });

  it('prints a readable summary without --json', async () => {
    const res = await balado(['peaks', wav]);
    expect(res.code).toBe(0);
    expect(res.stdout).toMatch(/ep\.wav: 0:04 \(4\.000 s\), 44100 Hz, 1 ch/);
    expect(res.stdout).toMatch(/1 pauses: 1\.0–3\.0 s/);
  });

  it('exits 2 on usage errors and 1, in the user’s language, on unreadable audio', async () => {
    expect((await balado(['peaks'])).code).toBe(2);
    expect((await balado(['peaks', wav, '--per-second', '5'])).code).toBe(2);
    const bad = await makeBadFile(dir, { name: 'faux', kind: 'text' });
    const res = await balado(['peaks', bad]);
    expect(res.code).toBe(1);
    expect(res.stderr).toMatch(/n'est pas un fichier audio lisible/);
  });
});
