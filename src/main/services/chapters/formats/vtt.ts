// WebVTT chapters (`<track kind="chapters">`): `WEBVTT`, then cues of an optional identifier, a
// timing line and the title. Every cue needs an end, so "until the next chapter" is written out.

import type { ChapterFields } from '../../../../shared/domain/types.js';
import { formatFull } from '../clock.js';
import { malformed, quote } from '../malformed.js';
import { dropImpliedEnds, effectiveEnd, fileChapter, finishParse, listed } from '../model.js';
import { isBlank, textLines } from '../text-lines.js';
import type { ChapterFormatModule, ParseOptions } from './format.js';

const TIMING = /^(\S+)[ \t]+-->[ \t]+(\S+)(?:[ \t].*)?$/;
const VTT_TIME = /^(?:(\d+):)?([0-5]\d):([0-5]\d)\.(\d{3})$/;
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', nbsp: '\u00a0', lrm: '\u200e', rlm: '\u200f', quot: '"', apos: "'" };

function vttTime(text: string, line: number): number {
  const m = VTT_TIME.exec(text);
  if (!m) {
    throw malformed('vtt', line, `timestamp ${quote(text)} is not a WebVTT time (mm:ss.ttt or hh:mm:ss.ttt)`,
      `l'horodatage ${quote(text)} n'est pas un temps WebVTT (mm:ss.ttt ou hh:mm:ss.ttt)`);
  }
  return ((Number(m[1] ?? 0) * 60 + Number(m[2])) * 60 + Number(m[3])) * 1000 + Number(m[4]);
}

/** Cue text: markup tags dropped, character references decoded (unknown ones kept as written). */
function cueText(lines: string[]): string {
  return lines.join(' ').replace(/<[^>]*>/g, '').replace(/&(#x[0-9a-fA-F]+|#\d+|[A-Za-z]+);/g, (whole, ref: string) => {
    if (!ref.startsWith('#')) return ENTITIES[ref] ?? whole;
    const code = ref[1] === 'x' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
    return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : whole;
  });
}

/** Blocks of non-blank lines, each with the line number of its first line. */
function blocks(lines: string[]): { line: number; lines: string[] }[] {
  const found: { line: number; lines: string[] }[] = [];
  let current: { line: number; lines: string[] } | null = null;
  lines.forEach((text, i) => {
    if (isBlank(text)) current = null;
    else if (current) current.lines.push(text);
    else found.push((current = { line: i + 1, lines: [text] }));
  });
  return found;
}

function parse(text: string, { lang, durationMs }: ParseOptions): ChapterFields[] {
  const all = textLines(text);
  if (!/^WEBVTT(?:[ \t].*)?$/.test(all[0] ?? '')) {
    throw malformed('vtt', 1, 'a WebVTT file starts with "WEBVTT"', 'un fichier WebVTT commence par « WEBVTT »');
  }
  const chapters: ChapterFields[] = [];
  // The first block is the header (WEBVTT and its metadata lines).
  for (const block of blocks(all).slice(1)) {
    const first = block.lines[0] as string;
    if (/^(?:NOTE|STYLE|REGION)(?:[ \t]|$)/.test(first)) continue;
    const timingAt = first.includes('-->') ? 0 : 1;
    const timing = TIMING.exec(block.lines[timingAt] ?? '');
    // A lone line that is no timing line is itself the problem; otherwise the line after the identifier.
    const line = block.line + Math.min(timingAt, block.lines.length - 1);
    if (!timing) {
      throw malformed('vtt', line, 'expected a cue timing line (00:00:00.000 --> 00:01:00.000)',
        'ligne de minutage attendue (00:00:00.000 --> 00:01:00.000)');
    }
    const startMs = vttTime(timing[1] as string, line);
    const endMs = vttTime(timing[2] as string, line);
    chapters.push(fileChapter('vtt', line, { startMs, endMs, title: cueText(block.lines.slice(timingAt + 1)) }, lang));
  }
  return dropImpliedEnds(finishParse('vtt', chapters), durationMs);
}

const escapeCue = (text: string) => text.replace(/[&<>]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : '&gt;'));

export const vttChapters: ChapterFormatModule = {
  label: 'WebVTT chapters',
  extension: 'vtt',
  mime: 'text/vtt',
  carries: { end: 'implied', url: false, img: false, hidden: false, precisionMs: 1 },
  parse,
  serialize(chapters, { lang, durationMs }) {
    const shown = listed(chapters);
    const cues = shown.map((c, i) => [
      `chapter-${i + 1}`,
      `${formatFull(c.startMs)} --> ${formatFull(effectiveEnd(shown, i, durationMs))}`,
      ...(c.title[lang] ? [escapeCue(c.title[lang])] : []),
    ].join('\n'));
    return ['WEBVTT', ...cues].join('\n\n') + '\n';
  },
};
