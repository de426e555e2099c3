// CUE sheets: one TRACK per chapter with `TITLE "…"` and `INDEX 01 MM:SS:FF` (75 frames a second).
// CUE has no escape for `"` (titles write it as `'`) and no chapter ends, links or images.

import { invalid } from '../../../../shared/api/errors.js';
import type { ChapterFields } from '../../../../shared/domain/types.js';
import { malformed, quote } from '../malformed.js';
import { fileChapter, finishParse, listed } from '../model.js';
import { isBlank, textLines } from '../text-lines.js';
import type { ChapterFormatModule, ParseOptions } from './format.js';

const FRAMES = 75;
const IGNORED = new Set(['REM', 'PERFORMER', 'SONGWRITER', 'CATALOG', 'CDTEXTFILE', 'ISRC', 'FLAGS', 'PREGAP', 'POSTGAP']);

/** `"quoted value"` (up to the last quote, so a stray inner `"` survives) or a bare word. */
function argument(rest: string): string {
  const text = rest.trim();
  if (!text.startsWith('"')) return text;
  const close = text.lastIndexOf('"');
  return close > 0 ? text.slice(1, close) : text.slice(1);
}

function indexTime(text: string, line: number): number {
  const m = /^(\d{1,4}):([0-5]\d):(\d{2})$/.exec(text);
  if (!m || Number(m[3]) >= FRAMES) {
    throw malformed('cue', line, `INDEX time ${quote(text)} is not MM:SS:FF (75 frames a second)`,
      `le temps d'INDEX ${quote(text)} n'est pas MM:SS:FF (75 images par seconde)`);
  }
  const frames = (Number(m[1]) * 60 + Number(m[2])) * FRAMES + Number(m[3]);
  return Math.round((frames * 1000) / FRAMES);
}

interface Track { line: number; number: string; title: string; startMs: number | null }

function parse(text: string, { lang }: ParseOptions): ChapterFields[] {
  const tracks: Track[] = [];
  let files = 0;
  textLines(text).forEach((raw, i) => {
    const line = i + 1;
    if (isBlank(raw)) return;
    const [, word = '', rest = ''] = /^\s*(\S+)\s*(.*)$/s.exec(raw) ?? [];
    const command = word.toUpperCase();
    const track = tracks.at(-1);
    if (IGNORED.has(command)) return;
    if (command === 'FILE') {
      if (++files > 1) {
        throw malformed('cue', line, 'a second FILE: chapters describe one audio file', 'un second FILE : les chapitres décrivent un seul fichier audio');
      }
    } else if (command === 'TRACK') {
      tracks.push({ line, number: rest.split(/\s+/)[0] ?? '', title: '', startMs: null });
    } else if (command === 'TITLE') {
      if (track) track.title = argument(rest);
    } else if (command === 'INDEX') {
      const [index = '', time = ''] = rest.trim().split(/\s+/);
      if (!track) throw malformed('cue', line, 'INDEX before any TRACK', 'INDEX avant tout TRACK');
      if (Number(index) === 1) track.startMs = indexTime(time, line);
    } else {
      throw malformed('cue', line, `unknown CUE command ${quote(word)}`, `commande CUE inconnue ${quote(word)}`);
    }
  });
  const chapters = tracks.map((t) => {
    if (t.startMs === null) {
      throw malformed('cue', t.line, `track ${t.number} has no INDEX 01`, `la piste ${t.number} n'a pas d'INDEX 01`);
    }
    return fileChapter('cue', t.line, { startMs: t.startMs, title: t.title }, lang);
  });
  return finishParse('cue', chapters);
}

function cueTime(ms: number): string {
  const frames = Math.round((ms * FRAMES) / 1000);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(Math.floor(frames / (60 * FRAMES)))}:${pad(Math.floor(frames / FRAMES) % 60)}:${pad(frames % FRAMES)}`;
}

const quoted = (text: string) => `"${text.replace(/"/g, "'")}"`;

export const cueSheet: ChapterFormatModule = {
  label: 'CUE sheet',
  extension: 'cue',
  mime: 'application/x-cue',
  carries: { end: 'none', url: false, img: false, hidden: false, precisionMs: 1000 / FRAMES },
  parse,
  serialize(chapters, { lang, episodeTitle, showTitle, audioFileName }) {
    const shown = listed(chapters);
    if (shown.length > 99) {
      throw invalid('format', `${shown.length} chapters; a CUE sheet holds at most 99 tracks`,
        `${shown.length} chapitres ; une feuille CUE contient au plus 99 pistes`);
    }
    const file = audioFileName ?? 'audio.mp3';
    const lines = [
      ...(showTitle ? [`PERFORMER ${quoted(showTitle)}`] : []),
      ...(episodeTitle ? [`TITLE ${quoted(episodeTitle)}`] : []),
      `FILE ${quoted(file)} ${/\.wav$/i.test(file) ? 'WAVE' : 'MP3'}`,
      ...shown.flatMap((c, i) => [
        `  TRACK ${String(i + 1).padStart(2, '0')} AUDIO`,
        `    TITLE ${quoted(c.title[lang])}`,
        `    INDEX 01 ${cueTime(c.startMs)}`,
      ]),
    ];
    return `${lines.join('\n')}\n`;
  },
};
