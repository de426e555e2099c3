// The show-notes domain as the editor, the API and the CLI see it: rows of French/English
// segments with per-side status, snippets shared by a show, alignment proposals, the TM.

import type { Bilingual, UiLanguage } from '../domain/types.js';

/** `numbered_item` renders inside `<ol>`, `list_item` inside `<ul>`. */
export const NOTE_KINDS = ['paragraph', 'heading', 'list_item', 'numbered_item', 'link'] as const;
export type NoteKind = (typeof NOTE_KINDS)[number];

/** The vocabulary translators know, in workflow order. */
export const NOTE_STATUSES = ['untranslated', 'draft', 'translated', 'reviewed'] as const;
export type NoteStatus = (typeof NOTE_STATUSES)[number];

/** What the editor shows: the stored status, or `needs_update` when the source changed since. */
export type NoteSideState = NoteStatus | 'needs_update';

export type NoteLang = UiLanguage;

export interface NoteSide {
  /** Inline Markdown subset: **bold**, *italic*, [text](url), line breaks. */
  text: string;
  status: NoteStatus;
  /** Content hash (contentHash) of the other side's text when this side was last marked translated; null = never. */
  fromHash: string | null;
  /** The other side's text at that moment, kept so the editor can show a word diff. */
  fromText: string | null;
}

export interface WordDiffOp {
  op: 'equal' | 'insert' | 'delete';
  text: string;
}

export interface NoteTextRow {
  type: 'text';
  id: number;
  /** Exactly one owner: an episode, or a snippet (then the row is part of that snippet). */
  episodeId: number | null;
  snippetId: number | null;
  /** 0-based, dense within the owner. */
  position: number;
  kind: NoteKind;
  source: NoteLang;
  fr: NoteSide;
  en: NoteSide;
  /** The target side's state: what the status pill and the filter use. */
  state: NoteSideState;
  /** Untranslated, draft or needs update (and not an empty row). */
  needsWork: boolean;
  /** When `state` is needs_update: the source's words since the translation (delete = then, insert = now). */
  sourceDiff: WordDiffOp[] | null;
  updatedAt: string;
}

/** A row of an episode that shows a snippet of its show, by reference. */
export interface NoteSnippetRow {
  type: 'snippet';
  id: number;
  episodeId: number;
  snippetId: number;
  position: number;
  updatedAt: string;
}

export type NoteRow = NoteTextRow | NoteSnippetRow;

export interface Snippet {
  id: number;
  showId: number;
  name: string;
  /** Goes up by one on every change of its name or rows: release code compares it. */
  version: number;
  rows: NoteTextRow[];
  /** How many episodes show it. */
  usedBy: number;
  createdAt: string;
  updatedAt: string;
}

export type NoteWarningKind = 'link_one_side' | 'unbalanced_markdown' | 'empty_side' | 'broken_link';

export interface NoteWarning {
  problem: NoteWarningKind;
  rowId: number;
  /** The side concerned; null for the row as a whole. */
  lang: NoteLang | null;
  message: Bilingual;
}

/** Size of one language's notes as they will ship (the rendered HTML). */
export interface NotesSize {
  /** Characters (code points) of the plain text. */
  chars: number;
  /** UTF-8 bytes of the HTML. */
  bytes: number;
  limit: number;
  over: boolean;
}

export interface NotesProgress {
  reviewed: number;
  total: number;
  needsWork: number;
}

export type NotesOwner =
  | { episodeId: number; snippetId: null; showId: number }
  | { episodeId: null; snippetId: number; showId: number };

/** Everything the Notes tab needs in one answer; every write call returns it again. */
export interface NotesDoc {
  owner: NotesOwner;
  /** Source side of new rows: the episode's spoken language, French when bilingual. */
  defaultSource: NoteLang;
  rows: NoteRow[];
  /** The snippets the rows refer to, with their rows. */
  snippets: Snippet[];
  size: { fr: NotesSize; en: NotesSize };
  warnings: NoteWarning[];
  progress: NotesProgress;
  /** Latest change of these rows or of a snippet they show: the release compares it. */
  changedAt: string;
}

/** One row of an alignment proposal; `frSegments`/`enSegments` index the input streams. */
export interface ProposedRow {
  kind: NoteKind;
  fr: string | null;
  en: string | null;
  /** Posterior probability of this bead (forward-backward over the alignment lattice), 0–1. */
  confidence: number;
  frSegments: number[];
  enSegments: number[];
}

export interface AlignmentSegment {
  text: string;
  kind: NoteKind;
  /** 1-based line of the input where the segment starts. */
  line: number;
  lang: NoteLang;
  /** Certainty of the language detection (0.5 = a guess from the neighbours). */
  langConfidence: number;
}

export interface AlignmentProposal {
  rows: ProposedRow[];
  streams: { fr: AlignmentSegment[]; en: AlignmentSegment[] };
}

export interface TmMatch {
  /** 100 = same text; otherwise word-level similarity (see tm-similarity.ts), ≥ 70. */
  score: number;
  origin: 'snippet' | 'memory';
  sourceLang: NoteLang;
  source: string;
  target: string;
  episodeId: number | null;
  snippetId: number | null;
  updatedAt: string;
}

export interface TextExport {
  fileName: string;
  mime: string;
  text: string;
  /** Segments (trans-units, TM units) written. */
  units: number;
}

export interface XliffUnitReport {
  id: string;
  problem: 'unknown_id' | 'not_in_episode' | 'empty_target' | 'wrong_language' | 'snippet_reference';
  detail: string;
}

export interface XliffImportReport {
  /** Trans-units read from the file. */
  units: number;
  updated: number;
  unchanged: number;
  /** Units left untouched, and why. */
  unmatched: XliffUnitReport[];
  doc: NotesDoc;
}

export interface TmxImportReport {
  /** <tu> elements read. */
  units: number;
  added: number;
  /** Pairs the memory already had. */
  known: number;
  /** `missing`: the languages the unit lacks (the UI says it in its language); `reason` says it in English (CLI). */
  skipped: { tuid: string | null; line: number | null; missing: NoteLang[]; reason: string }[];
  total: number;
}

export const NOTE_FORMATS = ['html', 'text', 'markdown'] as const;
export type NoteFormat = (typeof NOTE_FORMATS)[number];

export interface NotesRender {
  lang: NoteLang;
  format: NoteFormat;
  mime: string;
  text: string;
  size: NotesSize;
}
