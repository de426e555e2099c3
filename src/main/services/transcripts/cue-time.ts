// Cue timestamps of the two caption formats: WebVTT's `[hh:]mm:ss.ttt` and SubRip's
// `hh:mm:ss,ttt` (a full stop is read too: many tools write one), as integer milliseconds.

const VTT_TIME = /^(?:(\d+):)?([0-5]\d):([0-5]\d)\.(\d{3})$/;
const SRT_TIME = /^(\d+):([0-5]\d):([0-5]\d)[,.](\d{3})$/;

const ms = (h: string | undefined, m: string | undefined, s: string | undefined, t: string | undefined) =>
  ((Number(h ?? 0) * 60 + Number(m)) * 60 + Number(s)) * 1000 + Number(t);

/** null when `text` is no WebVTT timestamp. */
export function vttTime(text: string): number | null {
  const m = VTT_TIME.exec(text);
  return m ? ms(m[1], m[2], m[3], m[4]) : null;
}

/** null when `text` is no SubRip timestamp. */
export function srtTime(text: string): number | null {
  const m = SRT_TIME.exec(text);
  return m ? ms(m[1], m[2], m[3], m[4]) : null;
}
