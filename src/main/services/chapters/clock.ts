// Times as chapter files write them: reading `h:mm:ss.fff`, `m:ss`, `s.fff` (and a decimal comma
// where a format allows it) into integer milliseconds, and writing the shapes each format expects.

const CLOCK = /^(?:(?:(\d{1,6}):)?(\d{1,6}):)?(\d{1,9})(?:[.,](\d{1,9}))?$/;

/**
 * Milliseconds, or null when `text` is not a time. The leading unit may be any size (`75:30` is
 * 75 minutes), the ones after it must be below 60 (`1:75` is not a time). Fractions round to ms.
 */
export function parseClock(text: string, options: { comma?: boolean } = {}): number | null {
  const match = CLOCK.exec(text.trim());
  if (!match) return null;
  if (!options.comma && text.includes(',')) return null;
  const [, h, m, s, fraction] = match;
  const hours = h === undefined ? 0 : Number(h);
  const minutes = m === undefined ? 0 : Number(m);
  const seconds = Number(s);
  if (h !== undefined && minutes >= 60) return null;
  if (m !== undefined && seconds >= 60) return null;
  const fractionMs = fraction === undefined ? 0 : Math.round(Number(`0.${fraction}`) * 1000);
  return ((hours * 60 + minutes) * 60 + seconds) * 1000 + fractionMs;
}

/** Seconds with a decimal point or comma (`12.5`, `12,5`, `3`), as Audacity writes them. */
export function parseSeconds(text: string): number | null {
  if (!/^\d{1,9}(?:[.,]\d{1,9})?$/.test(text)) return null;
  return Math.round(Number(text.replace(',', '.')) * 1000);
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

function parts(ms: number) {
  const whole = Math.floor(ms / 1000);
  return { h: Math.floor(whole / 3600), m: Math.floor((whole % 3600) / 60), s: whole % 60, ms: ms % 1000 };
}

/** `HH:MM:SS.mmm` (hours at least two digits): NPT, mp4chaps and WebVTT all read it. */
export function formatFull(ms: number): string {
  const p = parts(ms);
  return `${pad(p.h)}:${pad(p.m)}:${pad(p.s)}.${pad(p.ms, 3)}`;
}

/** `mm:ss`, or `h:mm:ss` from one hour on, whole seconds (rounded down): description timestamps. */
export function formatShort(ms: number): string {
  const p = parts(ms);
  return p.h > 0 ? `${p.h}:${pad(p.m)}:${pad(p.s)}` : `${pad(p.m)}:${pad(p.s)}`;
}

/** `m:ss.mmm` or `h:mm:ss.mmm`, milliseconds only when not zero: for messages and the CLI. */
export function formatHuman(ms: number): string {
  const p = parts(ms);
  const head = p.h > 0 ? `${p.h}:${pad(p.m)}:${pad(p.s)}` : `${p.m}:${pad(p.s)}`;
  return p.ms === 0 ? head : `${head}.${pad(p.ms, 3)}`;
}
