// Pasted or imported show notes split into segments: paragraphs, list items (-, •, *, 1.),
// headings (short lines without final punctuation, "What is Raccords?") and link lines.
// Hard-wrapped lines are joined back; every character of text is kept (markers aside).

import type { NoteKind } from '../../../shared/notes/types.js';

export interface Segment {
  text: string;
  kind: NoteKind;
  /** 1-based line where the segment starts. */
  line: number;
}

const BULLET = /^\s*[-•*–—▪◦●‣]\s+(.*)$/u;
const NUMBERED = /^\s*\d{1,3}[.)]\s+(.*)$/u;
const MARKDOWN_HEADING = /^\s*#{1,6}\s+(.*?)\s*#*\s*$/u;
const URL = /\b(?:https?:\/\/|mailto:)[^\s<>"]+/gu;
const MARKDOWN_LINK = /\[[^\]\n]*\]\([^)\s]*\)/gu;
/** What ends a sentence, closing quotes and brackets included. */
const FINAL = /[.!?…:;»”"')\]]$/u;

interface Line {
  text: string;
  line: number;
  marker: 'bullet' | 'number' | 'heading' | null;
}

function classifyLine(raw: string, line: number): Line {
  const bullet = BULLET.exec(raw);
  if (bullet) return { text: bullet[1] as string, line, marker: 'bullet' };
  const numbered = NUMBERED.exec(raw);
  if (numbered) return { text: numbered[1] as string, line, marker: 'number' };
  const heading = MARKDOWN_HEADING.exec(raw);
  if (heading) return { text: heading[1] as string, line, marker: 'heading' };
  return { text: raw, line, marker: null };
}

/** A line, once links are taken out, that is little more than a label: the link is the point. */
function isLinkLine(text: string): boolean {
  const links = [...text.matchAll(URL), ...text.matchAll(MARKDOWN_LINK)];
  if (links.length === 0) return false;
  const rest = text.replace(MARKDOWN_LINK, '').replace(URL, '').replace(/[\s:–—-]+/gu, ' ').trim();
  return rest.length <= 40 && links.some((l) => /[a-z0-9]\.[a-z]/i.test(l[0]));
}

function isHeading(text: string): boolean {
  const words = text.split(/\s+/u).filter(Boolean);
  if (words.length === 0 || words.length > 14 || text.length > 120) return false;
  if (!/^[\p{Lu}\p{N}«"“]/u.test(text)) return false;
  // Two sentences are a paragraph, however short.
  if (/[.!?…]\s+\p{Lu}/u.test(text)) return false;
  if (text.endsWith('?')) return words.length <= 5;
  return !FINAL.test(text) && !/[,]$/.test(text);
}

function kindOf(line: Line, text: string): NoteKind {
  if (line.marker === 'bullet') return 'list_item';
  if (line.marker === 'number') return 'numbered_item';
  if (line.marker === 'heading') return 'heading';
  if (isLinkLine(text)) return 'link';
  return isHeading(text) ? 'heading' : 'paragraph';
}

/** A wrapped line continues the open segment: no sentence end before it, lower case after it. */
function continues(open: Open, current: Line, raw: string): boolean {
  if (current.marker !== null || open.first.marker === 'heading') return false;
  // A list item goes on over indented lines only.
  if (open.first.marker !== null) return /^\s{2,}\S/u.test(raw);
  // An address on a line of its own is a link line, not the end of the sentence above.
  if (/^\s*(?:https?:\/\/|mailto:|www\.)/u.test(current.text)) return false;
  return !FINAL.test(open.text) && /^[\p{Ll}(«"“]/u.test(current.text.trimStart());
}

interface Open {
  first: Line;
  text: string;
}

export function segment(text: string): Segment[] {
  const lines = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').split('\n');
  const segments: Segment[] = [];
  let open: Open | null = null;
  const close = () => {
    if (open && open.text !== '') segments.push({ text: open.text, kind: kindOf(open.first, open.text), line: open.first.line });
    open = null;
  };
  lines.forEach((raw, index) => {
    if (raw.trim() === '') return close();
    const line = classifyLine(raw, index + 1);
    if (open && continues(open, line, raw)) {
      open.text = `${open.text} ${line.text.trim()}`;
      return;
    }
    close();
    open = { first: line, text: line.text.trim() };
  });
  close();
  return segments;
}
