// The speech-like synthesiser: exact length, quiet pauses where it says they are, voiced
// segments loud enough, a valid WAV header, and the same bytes for the same seed.

import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { probeAudio } from '../../../../../src/main/services/audio/probe-audio.js';
import { encodeWav, synthesizeSpeechLike } from '../../../../../src/main/services/sample/wav-synth.js';
import { tempDir } from '../library/temp-library.js';

const options = { seed: 7, segments: [{ seconds: 6, pitchHz: 190 }, { seconds: 5, pitchHz: 120 }, { seconds: 4, pitchHz: 210 }] };

/** RMS level in dBFS of samples[fromMs, toMs). */
function levelDb(samples: Int16Array, rate: number, fromMs: number, toMs: number): number {
  const from = Math.round((fromMs * rate) / 1000);
  const to = Math.round((toMs * rate) / 1000);
  let sum = 0;
  for (let i = from; i < to; i++) sum += ((samples[i] ?? 0) / 32768) ** 2;
  return 10 * Math.log10(sum / (to - from) + 1e-12);
}

describe('synthesizeSpeechLike', () => {
  const speech = synthesizeSpeechLike(options);

  it('lasts edges + segments + pauses, at 22 050 Hz by default', () => {
    expect(speech.sampleRate).toBe(22_050);
    expect(speech.samples.length).toBe(Math.round((0.5 + 6 + 2 + 5 + 2 + 4 + 0.5) * 22_050));
  });

  it('puts a ~2 s pause between segments, far quieter than the speech around it', () => {
    expect(speech.pauses).toEqual([{ startMs: 6500, endMs: 8500 }, { startMs: 13_500, endMs: 15_500 }]);
    for (const pause of speech.pauses) {
      expect(levelDb(speech.samples, speech.sampleRate, pause.startMs, pause.endMs)).toBeLessThan(-55);
    }
    expect(levelDb(speech.samples, speech.sampleRate, 500, 6500)).toBeGreaterThan(-30);
    expect(levelDb(speech.samples, speech.sampleRate, 8500, 13_500)).toBeGreaterThan(-30);
  });

  it('never clips and peaks near −3 dBFS', () => {
    const peak = speech.samples.reduce((max, v) => Math.max(max, Math.abs(v)), 0);
    expect(peak).toBeLessThan(32_767);
    expect(peak / 32_768).toBeGreaterThan(0.6);
  });

  it('is deterministic for a seed, and differs between seeds', () => {
    const bytes = (s: Int16Array) => Buffer.from(s.buffer, s.byteOffset, s.byteLength);
    expect(bytes(synthesizeSpeechLike(options).samples).equals(bytes(speech.samples))).toBe(true);
    expect(bytes(synthesizeSpeechLike({ ...options, seed: 8 }).samples).equals(bytes(speech.samples))).toBe(false);
  });
});

describe('encodeWav', () => {
  it('writes a 16-bit PCM mono RIFF file that probes to the right length', async () => {
    const { samples, sampleRate } = synthesizeSpeechLike({ seed: 1, segments: [{ seconds: 2, pitchHz: 150 }] });
    const bytes = encodeWav(samples, sampleRate);
    expect(bytes.length).toBe(44 + samples.length * 2);
    expect(new TextDecoder().decode(bytes.subarray(0, 4))).toBe('RIFF');
    const file = path.join(tempDir(), 'synth.wav');
    writeFileSync(file, bytes);
    expect(await probeAudio(file)).toMatchObject({
      codec: 'pcm', container: 'wav', sampleRate: 22_050, channels: 1, durationMs: 3000, bitrate: 22_050 * 16,
    });
  });
});
