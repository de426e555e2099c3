// Speech-like audio for the sample show, made in plain TypeScript (users may not have ffmpeg):
// voiced syllables with formants and intonation, grouped in phrases, and ~2 s pauses between
// segments that later chapter suggestions can find. Deterministic for a given seed.

import { seededRandom } from '../../../shared/seeded-random.js';

export interface SpokenSegment {
  seconds: number;
  /** Centre of the voice's pitch, e.g. 120 Hz (low voice) to 220 Hz (high voice). */
  pitchHz: number;
}

export interface SpeechLikeOptions {
  seed: number;
  segments: SpokenSegment[];
  sampleRate?: number;
  /** Silence (with a faint room tone) between two segments. */
  pauseSeconds?: number;
  /** Silence before the first and after the last segment. */
  edgeSeconds?: number;
}

export interface SpeechLike {
  samples: Int16Array;
  sampleRate: number;
  /** Where each pause between segments lies, in milliseconds. */
  pauses: { startMs: number; endMs: number }[];
}

/** Vowel formants (F1, F2 in Hz), roughly a, é, i, o, ou, eu. */
const VOWELS: readonly [number, number][] = [[750, 1300], [450, 1900], [300, 2300], [500, 900], [320, 800], [420, 1450]];
const ROOM_TONE = 0.0006; // about −64 dBFS: a pause is silent to the ear, yet not digital zero
const PEAK = 0.7; // about −3 dBFS


export function synthesizeSpeechLike(options: SpeechLikeOptions): SpeechLike {
  const { seed, segments, sampleRate = 22_050, pauseSeconds = 2, edgeSeconds = 0.5 } = options;
  const random = seededRandom(seed);
  const between = (lo: number, hi: number) => lo + (hi - lo) * random();
  const total = Math.round(
    (edgeSeconds * 2 + segments.reduce((s, seg) => s + seg.seconds, 0) + pauseSeconds * Math.max(0, segments.length - 1)) * sampleRate,
  );
  const out = new Float32Array(total);
  const pauses: SpeechLike['pauses'] = [];

  let cursor = Math.round(edgeSeconds * sampleRate);
  segments.forEach((segment, index) => {
    const end = cursor + Math.round(segment.seconds * sampleRate);
    voiceSegment(out, cursor, end, segment.pitchHz, sampleRate, between);
    cursor = end;
    if (index < segments.length - 1) {
      const pauseEnd = cursor + Math.round(pauseSeconds * sampleRate);
      pauses.push({ startMs: Math.round((cursor * 1000) / sampleRate), endMs: Math.round((pauseEnd * 1000) / sampleRate) });
      cursor = pauseEnd;
    }
  });

  let peak = 0;
  for (const v of out) peak = Math.max(peak, Math.abs(v));
  const gain = peak > 0 ? PEAK / peak : 0;
  const samples = new Int16Array(total);
  for (let i = 0; i < total; i++) {
    const value = (out[i] ?? 0) * gain + (random() * 2 - 1) * ROOM_TONE;
    samples[i] = Math.max(-32768, Math.min(32767, Math.round(value * 32767)));
  }
  return { samples, sampleRate, pauses };
}

/** Phrases of syllables separated by short breaths, filling [start, end). */
function voiceSegment(
  out: Float32Array, start: number, end: number, pitchHz: number, rate: number, between: (lo: number, hi: number) => number,
): void {
  let t = start;
  while (t < end) {
    const phraseEnd = Math.min(end, t + Math.round(between(1.8, 4.2) * rate));
    const phraseLength = phraseEnd - t;
    const phraseStart = t;
    while (t < phraseEnd) {
      const length = Math.min(phraseEnd - t, Math.round(between(0.12, 0.28) * rate));
      // Intonation: the pitch drifts down over a phrase (declination), with a small accent per syllable.
      const progress = (t - phraseStart) / phraseLength;
      const f0 = pitchHz * (1.12 - 0.25 * progress) * between(0.95, 1.08);
      const vowel = VOWELS[Math.floor(between(0, VOWELS.length))] ?? VOWELS[0]!;
      syllable(out, t, length, f0, vowel, rate, between);
      t += length;
      // A word gap now and then.
      if (between(0, 1) < 0.3) t += Math.round(between(0.03, 0.09) * rate);
    }
    // A breath between phrases, unless the segment is over.
    t = phraseEnd + Math.round(between(0.2, 0.4) * rate);
  }
}

function syllable(
  out: Float32Array, at: number, length: number, f0: number, [f1, f2]: [number, number], rate: number,
  between: (lo: number, hi: number) => number,
): void {
  const nyquistSafe = Math.min(3800, rate / 2 - 200);
  const harmonics = Math.max(1, Math.floor(nyquistSafe / f0));
  const gains = new Float32Array(harmonics);
  for (let k = 1; k <= harmonics; k++) {
    const f = k * f0;
    const resonance = 1 / (1 + ((f - f1) / 90) ** 2) + 0.6 / (1 + ((f - f2) / 130) ** 2);
    gains[k - 1] = (resonance + 0.02) / k;
  }
  const attack = Math.min(length / 3, 0.03 * rate);
  const release = Math.min(length / 3, 0.06 * rate);
  const onsetNoise = Math.round(between(0, 0.03) * rate); // a consonant-like burst
  const vibratoPhase = between(0, Math.PI * 2);
  let phase = 0;
  for (let i = 0; i < length && at + i < out.length; i++) {
    const envelope = i < attack
      ? 0.5 - 0.5 * Math.cos((Math.PI * i) / attack)
      : i > length - release ? 0.5 + 0.5 * Math.cos((Math.PI * (i - (length - release))) / release) : 1;
    const pitch = f0 * (1 + 0.015 * Math.sin(vibratoPhase + (2 * Math.PI * 5 * i) / rate));
    phase = (phase + (2 * Math.PI * pitch) / rate) % (2 * Math.PI);
    // sin((k+1)·φ) by the Chebyshev recurrence: one sin and one cos per sample instead of one per harmonic.
    const twoCos = 2 * Math.cos(phase);
    let previous = 0;
    let current = Math.sin(phase);
    let value = 0;
    for (let k = 0; k < harmonics; k++) {
      value += (gains[k] ?? 0) * current;
      const next = twoCos * current - previous;
      previous = current;
      current = next;
    }
    if (i < onsetNoise) value += (between(-1, 1) * 0.08 * (onsetNoise - i)) / onsetNoise;
    out[at + i] = (out[at + i] ?? 0) + value * envelope;
  }
}

/** A 16-bit PCM mono WAV file (RIFF, WAVE_FORMAT_PCM) holding `samples`. */
export function encodeWav(samples: Int16Array, sampleRate: number): Uint8Array {
  const dataBytes = samples.length * 2;
  const bytes = new Uint8Array(44 + dataBytes);
  const view = new DataView(bytes.buffer);
  const text = (at: number, s: string) => [...s].forEach((c, i) => view.setUint8(at + i, c.charCodeAt(0)));
  text(0, 'RIFF');
  view.setUint32(4, 36 + dataBytes, true);
  text(8, 'WAVE');
  text(12, 'fmt ');
  view.setUint32(16, 16, true);
  view.setUint16(20, 1, true); // PCM
  view.setUint16(22, 1, true); // mono
  view.setUint32(24, sampleRate, true);
  view.setUint32(28, sampleRate * 2, true); // bytes per second
  view.setUint16(32, 2, true); // block align
  view.setUint16(34, 16, true); // bits per sample
  text(36, 'data');
  view.setUint32(40, dataBytes, true);
  for (let i = 0; i < samples.length; i++) view.setInt16(44 + i * 2, samples[i] ?? 0, true);
  return bytes;
}
