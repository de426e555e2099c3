// Times as producers type and read them: h:mm:ss.mmm for chapter starts and the playhead,
// h:mm:ss for the ruler. Parsing accepts what people actually type (1:02:03,5 · 47.25 · 2:03).

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** 0:00:47.250 — always with hours, so a column of starts lines up whatever the episode's length. */
export function formatClock(ms: number): string {
  const total = Math.max(0, Math.round(ms));
  const h = Math.floor(total / 3_600_000);
  const m = Math.floor((total % 3_600_000) / 60_000);
  const s = Math.floor((total % 60_000) / 1000);
  return `${h}:${pad(m)}:${pad(s)}.${pad(total % 1000, 3)}`;
}

/**
 * 1:02:03 for the ruler and durations; seconds are floored so a label never runs ahead of its
 * tick. With `decimals` (ruler zoomed below a second) the tenths follow: 1:02:03.5.
 */
export function formatRuler(seconds: number, decimals = 0): string {
  const scale = 10 ** decimals;
  const scaled = Math.max(0, Math.floor(seconds * scale + 1e-6));
  const total = Math.floor(scaled / scale);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const fraction = decimals > 0 ? `.${pad(scaled % scale, decimals)}` : '';
  return `${h}:${pad(m)}:${pad(total % 60)}${fraction}`;
}

/**
 * Milliseconds from "h:mm:ss.mmm", "m:ss.mmm", "ss.mmm" or plain seconds; a decimal comma is
 * accepted (French habit). Null when it is not a time (minutes/seconds ≥ 60 after the first field).
 */
export function parseClock(text: string): number | null {
  const cleaned = text.trim().replace(',', '.');
  const match = /^(?:(\d+):)?(?:(\d+):)?(\d+)(?:\.(\d{1,3})\d*)?$/.exec(cleaned);
  if (!match) return null;
  const [, a, b, c, frac] = match;
  const fields = [a, b, c].filter((f): f is string => f !== undefined).map(Number);
  const seconds = fields[fields.length - 1] ?? 0;
  const minutes = fields.length >= 2 ? (fields[fields.length - 2] ?? 0) : 0;
  const hours = fields.length === 3 ? (fields[0] ?? 0) : 0;
  if (fields.length >= 2 && seconds >= 60) return null;
  if (fields.length === 3 && minutes >= 60) return null;
  const millis = frac ? Number(frac.padEnd(3, '0')) : 0;
  return ((hours * 60 + minutes) * 60 + seconds) * 1000 + millis;
}
