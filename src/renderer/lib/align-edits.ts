// The alignment proposal as the producer reshapes it before storing: rows hold references to the
// aligner's segments, never copies of their text, and every edit moves references between rows.
// Invariant kept by every function here: each segment of both streams sits in exactly one row.
import type { NoteRowInput } from '../../shared/notes/schemas';
import type { AlignmentProposal, AlignmentSegment, NoteKind, NoteLang } from '../../shared/notes/types';

/** One segment of the proposal's streams: `stream` is the language the aligner gave it. */
export interface SegmentRef {
  stream: NoteLang;
  index: number;
}

/** open: not looked at yet; accepted: checked by the producer; rejected: left out of the notes. */
export type RowDecision = 'open' | 'accepted' | 'rejected';

export interface DraftRow {
  /** Stable across edits, for React and for the active row. */
  key: string;
  kind: NoteKind;
  fr: SegmentRef[];
  en: SegmentRef[];
  /** The aligner's confidence in this row; null once the producer reshaped it. */
  confidence: number | null;
  decision: RowDecision;
}

export interface AlignDraft {
  rows: DraftRow[];
  streams: AlignmentProposal['streams'];
  /** Next number for the keys of rows that edits create. */
  nextKey: number;
}

/** Below this the aligner was unsure: the row stands out until the producer decides. */
export const LOW_CONFIDENCE = 0.8;

/** Segments sharing a side are kept apart by a line break, as the aligner joins them. */
const JOIN = '\n';

export function draftFromProposal(proposal: AlignmentProposal): AlignDraft {
  const refs = (stream: NoteLang, indexes: number[]) => indexes.map((index) => ({ stream, index }));
  return {
    rows: proposal.rows.map((row, i) => ({
      key: `r${i}`,
      kind: row.kind,
      fr: refs('fr', row.frSegments),
      en: refs('en', row.enSegments),
      confidence: row.confidence,
      decision: 'open',
    })),
    streams: proposal.streams,
    nextKey: proposal.rows.length,
  };
}

export function segmentOf(draft: AlignDraft, ref: SegmentRef): AlignmentSegment {
  const segment = draft.streams[ref.stream][ref.index];
  if (!segment) throw new Error(`no segment ${ref.stream}[${ref.index}] in the proposal`);
  return segment;
}

/** A side's text as it will be stored; null when the side is empty. */
export function sideText(draft: AlignDraft, row: DraftRow, side: NoteLang): string | null {
  const refs = row[side];
  return refs.length === 0 ? null : refs.map((ref) => segmentOf(draft, ref).text).join(JOIN);
}

/** The segments' kind when they agree, else the longest one's (as the aligner decides). */
function kindOf(draft: AlignDraft, refs: readonly SegmentRef[], fallback: NoteKind): NoteKind {
  const segments = refs.map((ref) => segmentOf(draft, ref));
  const first = segments[0];
  if (!first) return fallback;
  if (segments.every((s) => s.kind === first.kind)) return first.kind;
  return segments.reduce((a, b) => (b.text.length > a.text.length ? b : a)).kind;
}

/** A row the producer made or reshaped: no aligner confidence, and counted as checked. */
function reshaped(draft: AlignDraft, key: string, fr: SegmentRef[], en: SegmentRef[], fallback: NoteKind): DraftRow {
  return { key, kind: kindOf(draft, [...fr, ...en], fallback), fr, en, confidence: null, decision: 'accepted' };
}

const indexOf = (draft: AlignDraft, key: string) => draft.rows.findIndex((r) => r.key === key);

function replaceRows(draft: AlignDraft, at: number, remove: number, rows: DraftRow[], keysUsed = 0): AlignDraft {
  const next = [...draft.rows];
  next.splice(at, remove, ...rows);
  return { ...draft, rows: next, nextKey: draft.nextKey + keysUsed };
}

/** French and English of one row exchanged (a paragraph whose language was mis-detected). */
export function swapSides(draft: AlignDraft, key: string): AlignDraft {
  const i = indexOf(draft, key);
  const row = draft.rows[i];
  if (!row) return draft;
  return replaceRows(draft, i, 1, [{ ...row, fr: row.en, en: row.fr, confidence: null, decision: 'accepted' }]);
}

export function canSplit(row: DraftRow): boolean {
  return row.fr.length + row.en.length > 1;
}

/**
 * A row back into smaller rows: segments that shared a side each get their own row, paired in
 * order with the other side's (2-1 → 1-1 and 1-0); a plain pair comes apart into 1-0 and 0-1.
 */
export function splitRow(draft: AlignDraft, key: string): AlignDraft {
  const i = indexOf(draft, key);
  const row = draft.rows[i];
  if (!row || !canSplit(row)) return draft;
  const pieces: Array<[SegmentRef[], SegmentRef[]]> = [];
  if (row.fr.length === 1 && row.en.length === 1) pieces.push([row.fr, []], [[], row.en]);
  else {
    for (let k = 0; k < Math.max(row.fr.length, row.en.length); k++) {
      const fr = row.fr[k];
      const en = row.en[k];
      pieces.push([fr ? [fr] : [], en ? [en] : []]);
    }
  }
  const rows = pieces.map(([fr, en], k) => reshaped(draft, k === 0 ? row.key : `r${draft.nextKey + k - 1}`, fr, en, row.kind));
  return replaceRows(draft, i, 1, rows, pieces.length - 1);
}

/** A row and the next become one: each side keeps its segments in order (1-0 + 0-1 → 1-1). */
export function mergeWithNext(draft: AlignDraft, key: string): AlignDraft {
  const i = indexOf(draft, key);
  const row = draft.rows[i];
  const next = draft.rows[i + 1];
  if (!row || !next) return draft;
  return replaceRows(draft, i, 2, [reshaped(draft, row.key, [...row.fr, ...next.fr], [...row.en, ...next.en], row.kind)]);
}

/**
 * One side of a row joins the same side of the row above (after its segments) or below (before
 * them); a row left with no text on either side goes away.
 */
export function moveSide(draft: AlignDraft, key: string, side: NoteLang, delta: -1 | 1): AlignDraft {
  const i = indexOf(draft, key);
  const row = draft.rows[i];
  const target = draft.rows[i + delta];
  if (!row || !target || row[side].length === 0) return draft;
  const moved = delta < 0 ? [...target[side], ...row[side]] : [...row[side], ...target[side]];
  const other = side === 'fr' ? 'en' : 'fr';
  const into = reshaped(draft, target.key, side === 'fr' ? moved : target.fr, side === 'en' ? moved : target.en, target.kind);
  const left: DraftRow = { ...row, [side]: [], confidence: null, decision: 'accepted' };
  const keepLeft = left[other].length > 0;
  const rows = delta < 0 ? [into, ...(keepLeft ? [left] : [])] : [...(keepLeft ? [left] : []), into];
  return replaceRows(draft, Math.min(i, i + delta), 2, rows);
}

export function setDecision(draft: AlignDraft, key: string, decision: RowDecision): AlignDraft {
  const i = indexOf(draft, key);
  const row = draft.rows[i];
  if (!row || row.decision === decision) return draft;
  return replaceRows(draft, i, 1, [{ ...row, decision }]);
}

/** Accepting an accepted row (or rejecting a rejected one) takes the decision back. */
export function toggleDecision(draft: AlignDraft, key: string, decision: Exclude<RowDecision, 'open'>): AlignDraft {
  const row = draft.rows.find((r) => r.key === key);
  return setDecision(draft, key, row?.decision === decision ? 'open' : decision);
}

export function setKind(draft: AlignDraft, key: string, kind: NoteKind): AlignDraft {
  const i = indexOf(draft, key);
  const row = draft.rows[i];
  if (!row || row.kind === kind) return draft;
  return replaceRows(draft, i, 1, [{ ...row, kind }]);
}

export function isLowConfidence(row: DraftRow): boolean {
  return row.confidence !== null && row.confidence < LOW_CONFIDENCE;
}

export interface DraftSummary {
  rows: number;
  pairs: number;
  oneSided: number;
  /** Unsure rows nobody has decided on yet. */
  toCheck: number;
  rejected: number;
}

export function summarize(draft: AlignDraft): DraftSummary {
  const kept = draft.rows.filter((r) => r.decision !== 'rejected');
  return {
    rows: draft.rows.length,
    pairs: kept.filter((r) => r.fr.length > 0 && r.en.length > 0).length,
    oneSided: kept.filter((r) => r.fr.length === 0 || r.en.length === 0).length,
    toCheck: draft.rows.filter((r) => r.decision === 'open' && isLowConfidence(r)).length,
    rejected: draft.rows.length - kept.length,
  };
}

/** The rows `notes.commitAlignment` stores: every row but the rejected ones, in order. */
export function rowsToCommit(draft: AlignDraft): NoteRowInput[] {
  return draft.rows
    .filter((row) => row.decision !== 'rejected')
    .map((row) => ({ kind: row.kind, fr: sideText(draft, row, 'fr'), en: sideText(draft, row, 'en') }));
}

/** The aligner could not tell this segment's language and took its neighbours' (langConfidence 0.5). */
export function isLanguageGuess(segment: AlignmentSegment): boolean {
  return segment.langConfidence <= 0.5;
}
