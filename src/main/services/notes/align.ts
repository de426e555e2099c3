// Pasted show notes → proposed bilingual rows, nothing stored. A mixed text is segmented, each
// segment's language detected (unsure ones follow their neighbours), the French and English
// streams aligned; two texts are segmented and aligned as they are. Every segment lands in
// exactly one row, in order: concatenating a side gives its stream back.

import { AppError } from '../../../shared/api/errors.js';
import { codePointLength } from '../../../shared/notes/utf8-bytes.js';
import { inlineToText, parseInline } from '../../../shared/notes/markdown-inline.js';
import type { AlignInput } from '../../../shared/notes/schemas.js';
import type { AlignmentProposal, AlignmentSegment, NoteKind, NoteLang, ProposedRow } from '../../../shared/notes/types.js';
import { anchorsOf } from './anchors.js';
import type { AlignItem } from './bead-cost.js';
import { alignStreams, MAX_ALIGN_ITEMS, type Bead } from './gale-church.js';
import { detectLanguage } from './language-detect.js';
import { unreadableProblem } from './readable-text.js';
import { segment, type Segment } from './segmenter.js';

/** Two segments that share a row are kept apart by a line break, so no text runs together. */
export const JOIN = '\n';

interface Placed extends AlignmentSegment {
  /** Position in the reading order of the input (both texts together when there are two). */
  order: number;
}

function unreadable(en: string, fr: string, file?: string): AppError {
  return new AppError('notes_text_unreadable', { problem: en, problemFr: fr, file: file ?? null });
}

function segmentsOf(text: string, what: string): Segment[] {
  const problem = unreadableProblem(text);
  if (problem) throw unreadable(problem.en, problem.fr, what);
  return segment(text);
}

/** Each segment's language; an unsure one takes the nearest sure neighbour's (before, then after). */
function detectAll(segments: readonly Segment[], fallback: NoteLang): Placed[] {
  const guesses = segments.map((s) => detectLanguage(s.text));
  return segments.map((s, i) => {
    const own = guesses[i];
    if (own?.lang) return { ...s, lang: own.lang, langConfidence: round(own.confidence), order: i };
    const before = guesses.slice(0, i).reverse().find((g) => g.lang)?.lang;
    const after = guesses.slice(i + 1).find((g) => g.lang)?.lang;
    return { ...s, lang: before ?? after ?? fallback, langConfidence: 0.5, order: i };
  });
}

const round = (x: number) => Math.round(x * 1000) / 1000;

function itemOf(s: Placed): AlignItem {
  return { length: codePointLength(inlineToText(parseInline(s.text).nodes)), kind: s.kind, anchors: anchorsOf(s.text) };
}

/** The row's kind: the segments' when they agree, else the longest segment's. */
function kindOf(segments: readonly Placed[]): NoteKind {
  const longest = [...segments].sort((a, b) => b.text.length - a.text.length)[0];
  return segments.every((s) => s.kind === segments[0]?.kind) ? (segments[0]?.kind ?? 'paragraph') : (longest?.kind ?? 'paragraph');
}

/** Rows with one side only, next to each other, follow the input's reading order. */
function readingOrder(rows: { row: ProposedRow; order: number; paired: boolean }[]): ProposedRow[] {
  const out: ProposedRow[] = [];
  let run: { row: ProposedRow; order: number }[] = [];
  const flush = () => {
    out.push(...run.sort((a, b) => a.order - b.order).map((r) => r.row));
    run = [];
  };
  for (const r of rows) {
    if (r.paired) {
      flush();
      out.push(r.row);
    } else run.push(r);
  }
  flush();
  return out;
}

function propose(fr: Placed[], en: Placed[]): AlignmentProposal {
  if (fr.length > MAX_ALIGN_ITEMS || en.length > MAX_ALIGN_ITEMS) {
    throw unreadable(`too many paragraphs to align at once (at most ${MAX_ALIGN_ITEMS} per language)`,
      `trop de paragraphes à aligner d'un coup (au plus ${MAX_ALIGN_ITEMS} par langue)`);
  }
  const beads: Bead[] = alignStreams(fr.map(itemOf), en.map(itemOf));
  const rows = beads.map((bead) => {
    const frSegs = bead.fr.map((i) => fr[i] as Placed);
    const enSegs = bead.en.map((i) => en[i] as Placed);
    const all = [...frSegs, ...enSegs];
    const row: ProposedRow = {
      kind: kindOf(all),
      fr: frSegs.length ? frSegs.map((s) => s.text).join(JOIN) : null,
      en: enSegs.length ? enSegs.map((s) => s.text).join(JOIN) : null,
      confidence: round(bead.confidence),
      frSegments: bead.fr,
      enSegments: bead.en,
    };
    return { row, order: Math.min(...all.map((s) => s.order)), paired: frSegs.length > 0 && enSegs.length > 0 };
  });
  const strip = ({ order: _order, ...s }: Placed): AlignmentSegment => s;
  return { rows: readingOrder(rows), streams: { fr: fr.map(strip), en: en.map(strip) } };
}

/** Proposes rows for `input`; `fallback` is the language of segments nothing else decides. */
export function alignNotes(input: AlignInput, fallback: NoteLang = 'fr'): AlignmentProposal {
  if ('text' in input) {
    const placed = detectAll(segmentsOf(input.text, 'text'), input.defaultLang ?? fallback);
    return propose(placed.filter((s) => s.lang === 'fr'), placed.filter((s) => s.lang === 'en'));
  }
  const frSegments = input.fr.trim() === '' ? [] : segmentsOf(input.fr, 'fr');
  const enSegments = input.en.trim() === '' ? [] : segmentsOf(input.en, 'en');
  if (frSegments.length === 0 && enSegments.length === 0) throw unreadable('both texts are empty', 'les deux textes sont vides');
  const place = (lang: NoteLang, offset: number) => (s: Segment, i: number): Placed =>
    ({ ...s, lang, langConfidence: 1, order: offset + i });
  return propose(frSegments.map(place('fr', 0)), enSegments.map(place('en', frSegments.length)));
}
