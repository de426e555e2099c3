// Reading an XLIFF 1.2 file back: its files' directions and episode, and each trans-unit's id,
// source, target text (inline <g> kept as text, placeholders dropped) and state. Anything
// that is not XLIFF 1.x is refused, naming the problem and line; nothing is written here.

import { AppError } from '../../../shared/api/errors.js';
import type { NoteLang, NoteStatus } from '../../../shared/notes/types.js';
import { elements, firstElement, readXml, type Malformed, type XmlElement } from './xml-read.js';

export interface XliffReadUnit {
  id: string;
  line: number;
  sourceLang: NoteLang;
  targetLang: NoteLang;
  /** The episode (`show/episode` slugs) its file names, when it names one. */
  original: string | null;
  source: string;
  target: string;
  status: NoteStatus;
}

export const xliffMalformed: Malformed = (line, problem, problemFr) => new AppError('xliff_malformed', { line, problem, problemFr });

// Inline codes whose content is the original format's markup, not text.
const PLACEHOLDERS = new Set(['x', 'bx', 'ex', 'ph', 'bpt', 'ept', 'it', 'sub']);

/** The text of an element, <g> and <mrk> content included, placeholders left out. */
function plainText(node: XmlElement): string {
  return node.children.map((c) => ('text' in c ? c.text : PLACEHOLDERS.has(c.name) ? '' : plainText(c))).join('');
}

/** fr, fr-CA, FR_ca → fr; anything other than French or English → null. */
export function languageOf(code: string | undefined): NoteLang | null {
  const primary = code?.trim().toLowerCase().split(/[-_]/)[0];
  return primary === 'fr' || primary === 'en' ? primary : null;
}

/**
 * XLIFF states carried into ours: final/signed-off (or approved="yes") → reviewed; translated or
 * no state → translated; needs-review-* → draft (a tool has not confirmed it); the rest → draft.
 */
function statusOf(state: string | undefined, approved: string | undefined): NoteStatus {
  if (approved === 'yes' || state === 'final' || state === 'signed-off') return 'reviewed';
  if (state === undefined || state === 'translated') return 'translated';
  return 'draft';
}

function unitsIn(node: XmlElement): XmlElement[] {
  return elements(node).flatMap((child) => (child.name === 'trans-unit' ? [child] : child.name === 'group' ? unitsIn(child) : []));
}

function readFile(file: XmlElement): XliffReadUnit[] {
  const sourceLang = languageOf(file.attrs['source-language']);
  const targetLang = languageOf(file.attrs['target-language']);
  if (!sourceLang || !targetLang || sourceLang === targetLang) {
    throw xliffMalformed(file.line,
      `<file> translates ${file.attrs['source-language'] ?? '?'} into ${file.attrs['target-language'] ?? '?'}; French into English or English into French expected`,
      `<file> traduit ${file.attrs['source-language'] ?? '?'} vers ${file.attrs['target-language'] ?? '?'} ; français vers anglais ou l'inverse attendu`);
  }
  const body = firstElement(file, 'body');
  if (!body) throw xliffMalformed(file.line, '<file> has no <body>', '<file> sans <body>');
  return unitsIn(body).map((unit) => {
    const id = unit.attrs.id;
    if (!id) throw xliffMalformed(unit.line, '<trans-unit> without an id', '<trans-unit> sans id');
    const source = firstElement(unit, 'source');
    if (!source) throw xliffMalformed(unit.line, `<trans-unit id="${id}"> has no <source>`, `<trans-unit id="${id}"> sans <source>`);
    const target = firstElement(unit, 'target');
    return {
      id, line: unit.line, sourceLang, targetLang, original: file.attrs.original ?? null,
      source: plainText(source), target: target ? plainText(target) : '',
      status: statusOf(target?.attrs.state, unit.attrs.approved),
    };
  });
}

export function readXliff(text: string): XliffReadUnit[] {
  const root = readXml(text, xliffMalformed);
  if (root.name !== 'xliff') {
    throw xliffMalformed(root.line, `this is not XLIFF: the root element is <${root.name}>`, `ce n'est pas du XLIFF : l'élément racine est <${root.name}>`);
  }
  const version = root.attrs.version ?? '';
  if (!/^1\.[0-2]$/.test(version)) {
    throw xliffMalformed(root.line, `XLIFF version ${version || '?'} is not supported; export XLIFF 1.2 from your tool`,
      `XLIFF version ${version || '?'} non prise en charge ; exportez en XLIFF 1.2 depuis votre outil`);
  }
  const files = elements(root, 'file');
  if (files.length === 0) throw xliffMalformed(root.line, 'no <file> element', 'aucun élément <file>');
  return files.flatMap(readFile);
}
